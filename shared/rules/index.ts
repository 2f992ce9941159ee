/** Every rule of RULES.md §3 (duplicates), §4, §6 and §9, in the order of the catalogue. */
import { RULE_SETS } from "../ruleSets/index.js";
import { defaultSettings } from "../settings.js";
import { collectiveDistributionRule } from "./collectiveDistribution.js";
import { degradationRule } from "./degradation.js";
import { disciplineRule, partyDisciplineRule } from "./discipline.js";
import { duplicatePersonRule } from "./duplicatePerson.js";
import { leaveCapRule, maternityRule, shortServiceRule } from "./eligibility.js";
import { headAboveUnitRule } from "./headAboveUnit.js";
import { leaderSubunitsRule, leaderTargetsRule } from "./leaderCriteria.js";
import { partyAboveStaffRule } from "./partyAboveStaff.js";
import { excludedRule, newMemberRule, sickCapRule } from "./partyEligibility.js";
import { partyVotesRule } from "./partyVotes.js";
import { periodAverageRule, periodBandRule } from "./periodScores.js";
import { quarterCapRule } from "./quarterCap.js";
import type { Rule } from "./rule.js";
import { scoreBandRule } from "./scoreBands.js";
import { scoreComponentsRule } from "./scoreComponents.js";
import { scoreMissingRule } from "./scoreMissing.js";
import { scoreRatedCriteriaRule } from "./scoreRatedCriteria.js";
import { unitMisconductRule } from "./unitMisconduct.js";
import { completeCriteriaRule, excellentCriteriaRule, goodCriteriaRule } from "./taskCriteria.js";

export const ALL_RULES: readonly Rule[] = [
  duplicatePersonRule,
  shortServiceRule,
  leaveCapRule,
  maternityRule,
  newMemberRule,
  excludedRule,
  sickCapRule,
  disciplineRule,
  partyDisciplineRule,
  scoreBandRule,
  scoreMissingRule,
  scoreComponentsRule,
  periodAverageRule,
  periodBandRule,
  degradationRule,
  unitMisconductRule,
  scoreRatedCriteriaRule,
  excellentCriteriaRule,
  goodCriteriaRule,
  completeCriteriaRule,
  leaderTargetsRule,
  leaderSubunitsRule,
  headAboveUnitRule,
  partyAboveStaffRule,
  partyVotesRule,
  collectiveDistributionRule,
  quarterCapRule,
];

/** The rule sets a rule belongs to under default settings (for the rule catalogue). */
export function ruleSetsOf(rule: Rule): string[] {
  return RULE_SETS.filter((rs) => rule.appliesTo(rs, defaultSettings(rs.fromYear))).map((rs) => rs.id);
}
