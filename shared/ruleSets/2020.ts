import type { RuleSet } from "./ruleSet.js";

export const ruleSet2020: RuleSet = {
  id: "2020",
  fromYear: 2020,
  toYear: 2022,
  law: {
    staff: "Nghị định 90/2020/NĐ-CP",
    civilServants: "Nghị định 90/2020/NĐ-CP",
    party: "Quy định 132-QĐ/TW; Hướng dẫn 21-HD/BTCTW",
  },
  discipline: "duty-related",
  partyRemediedExempts: false,
  partyScoreBands: false,
  collectiveRulesByDefault: true,
  quotaPopulation: "all-staff",
  comparePartyShare: false,
};
