import type { Localized } from "./i18n.js";
import type { Level } from "./levels.js";

export type Severity = "error" | "warning" | "info";

/** Every rule id of RULES.md. Ids are stable: tests, reports and users refer to them. */
export const RULE_IDS = [
  "input.header-not-found",
  "input.column-missing",
  "input.level-unrecognized",
  "input.number-invalid",
  "input.date-invalid",
  "input.staff-type-unrecognized",
  "input.duplicate-person",
  "input.level-missing",
  "input.formula-no-value",
  "elig.short-service",
  "elig.leave-cap",
  "elig.maternity",
  "party.new-member",
  "party.excluded",
  "party.sick-cap",
  "discipline.fail",
  "party.discipline-fail",
  "score.band",
  "score.missing",
  "score.components",
  "score.period-average",
  "score.period-band",
  "degradation.fail",
  "leader.unit-misconduct",
  "criteria.excellent",
  "criteria.good",
  "criteria.complete",
  "criteria.leader-targets",
  "criteria.leader-subunits",
  "head.above-unit",
  "party.above-staff",
  "party.votes",
  "quota.excellent",
  "collective.distribution",
  "quarter.excellent-blocked",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * The highest level a rule allows on a person's row, as data beside the message: set by every rule
 * that says a level "must be X" or "can be at most X" (RULES.md §4). The suggestion reads it.
 */
export interface Cap {
  field: "level" | "partyLevel";
  level: Level;
  /** Why, without the level given: "Bị kỷ luật khiển trách trong năm đánh giá". */
  reason: Localized;
}

/**
 * A finding before its text is put in one language: what the engine's rules produce.
 * `row` is the 1-based Excel row; group findings (quota, collective) carry `scope` and `rows`.
 */
export interface RawFinding {
  ruleId: RuleId;
  severity: Severity;
  sheet?: string;
  row?: number;
  column?: string;
  rows?: readonly number[];
  person?: string;
  scope?: string;
  message: Localized;
  source?: string;
  /** Not part of what a finding carries to users (RULES.md §7): dropped when the finding is localized. */
  cap?: Cap;
}

/** RULES.md §7: what a finding carries, message in the chosen language. */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  sheet?: string;
  row?: number;
  column?: string;
  rows?: number[];
  person?: string;
  scope?: string;
  message: string;
  source?: string;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
