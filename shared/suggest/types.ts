import type { Cap, RuleId } from "../findings.js";
import type { Localized } from "../i18n.js";
import type { Level } from "../levels.js";

/** The level a suggestion is about: the staff level, or the Party-member level. */
export type SuggestedField = Cap["field"];

/** One reason for a suggested level, in both languages; where a rule caps the level, its id and source. */
export interface SuggestionReason extends Localized {
  field: SuggestedField;
  ruleId?: RuleId;
  source?: string;
}

/**
 * Đề xuất: the highest level a person may get under the rules, and why. A ceiling, not a change:
 * people the clerk rated lower are still given their maximum.
 */
export interface Suggestion {
  sheet: string;
  /** 1-based Excel row. */
  row: number;
  person: string;
  /** Absent for a người lao động: no state rule and no state quota applies (RULES.md §2). */
  level?: Level;
  /** Party members, where the roster rates Party members (it has the Party level column). */
  partyLevel?: Level;
  reasons: SuggestionReason[];
  /** False when data the rules need is missing, or an assumption or a tie decided the level. */
  certain: boolean;
}
