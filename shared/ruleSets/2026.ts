import type { RuleSet } from "./ruleSet.js";

export const ruleSet2026: RuleSet = {
  id: "2026",
  fromYear: 2026,
  law: {
    staff: "Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP",
    civilServants: "Nghị định 335/2025/NĐ-CP",
    party: "Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW",
  },
  discipline: "any",
  partyRemediedExempts: true,
  partyScoreBands: true,
  partyExcellentExceededPct: 30,
  collectiveRulesByDefault: false,
  comparePartyShare: true,
  scoreRating: {
    civilServants: "Nghị định 335/2025/NĐ-CP",
    publicEmployees: "Nghị định 233/2026/NĐ-CP",
  },
  quotaPopulation: "by-law",
};
