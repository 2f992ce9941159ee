import { ruleSet2020 } from "./2020.js";
import { ruleSet2023 } from "./2023.js";
import { ruleSet2025 } from "./2025.js";
import { ruleSet2026 } from "./2026.js";
import type { RuleSet } from "./ruleSet.js";

export type { RuleSet } from "./ruleSet.js";

export const RULE_SETS: readonly RuleSet[] = [ruleSet2020, ruleSet2023, ruleSet2025, ruleSet2026];

export function ruleSetById(id: string): RuleSet | undefined {
  return RULE_SETS.find((rs) => rs.id === id);
}

/** The rule set for an evaluation year; years before the first take the first. */
export function ruleSetForYear(year: number): RuleSet {
  const found = RULE_SETS.find((rs) => year >= rs.fromYear && (rs.toYear === undefined || year <= rs.toYear));
  return found ?? RULE_SETS[0]!;
}
