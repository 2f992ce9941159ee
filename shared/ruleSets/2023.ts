import type { RuleSet } from "./ruleSet.js";

export const ruleSet2023: RuleSet = {
  id: "2023",
  fromYear: 2023,
  toYear: 2024,
  law: {
    staff: "Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP",
    civilServants: "Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP",
    party: "Quy định 124-QĐ/TW; Hướng dẫn 25-HD/BTCTW",
  },
  discipline: "any",
  partyRemediedExempts: true,
  partyScoreBands: false,
  collectiveRulesByDefault: false,
  quotaPopulation: "all-staff",
  comparePartyShare: true,
};
