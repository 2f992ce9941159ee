import type { RuleSet } from "./ruleSet.js";

export const ruleSet2025: RuleSet = {
  id: "2025",
  fromYear: 2025,
  toYear: 2025,
  law: {
    staff: "Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP",
    civilServants: "Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP",
    party: "Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW",
  },
  discipline: "any",
  partyRemediedExempts: true,
  partyScoreBands: true,
  partyExcellentExceededPct: 30,
  collectiveRulesByDefault: false,
  quotaPopulation: "all-staff",
  comparePartyShare: true,
};
