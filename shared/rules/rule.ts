import type { RawFinding, RuleId, Severity } from "../findings.js";
import type { Localized } from "../i18n.js";
import type { Collective } from "../roster/person.js";
import type { FieldKey } from "../roster/fields.js";
import type { PersonTable } from "../roster/personTable.js";
import type { RuleSet } from "../ruleSets/index.js";
import type { ResolvedSettings } from "../settings.js";
import type { CappedMessage } from "./helpers.js";

export interface RuleContext {
  settings: ResolvedSettings;
  ruleSet: RuleSet;
  /** Collectives by folded name (`foldKey`), from the collectives sheet and the settings. */
  collectives: ReadonlyMap<string, Collective>;
}

export type Emit = (finding: RawFinding) => void;

/**
 * The columns a rule reads. `all`: every one must be present; `any`: at least one. When they are
 * absent the engine reports `input.column-missing` (info) for the sheet, naming the check and columns.
 */
export interface RuleNeeds {
  all?: readonly FieldKey[];
  any?: readonly FieldKey[];
}

/**
 * A rule of RULES.md: its id, its source, which rule sets it belongs to, and a check of each person
 * (a sheet's rows) or of the whole roster. Findings go to `emit`, so a rule that finds nothing allocates nothing.
 */
export interface Rule {
  id: RuleId;
  /** What the rule checks, for `input.column-missing` and the rule catalogue. */
  title: Localized;
  /** Legal source, for the rule set given (sources differ by year for some rules). */
  source(ruleSet: RuleSet): string;
  appliesTo(ruleSet: RuleSet, settings: ResolvedSettings): boolean;
  needs?: RuleNeeds;
  /**
   * For a check that needs more than columns (collective ratings): why it cannot run on this
   * roster, which the engine reports as skipped (`input.column-missing`, info) instead of running it.
   */
  unavailable?(ctx: RuleContext): Localized | undefined;
  /** A person rule on the rows `from` to `to` (excluded) of the table, all of one sheet. */
  checkRows?(table: PersonTable, from: number, to: number, ctx: RuleContext, emit: Emit): void;
  /** A roster rule on every row of the table. */
  checkTable?(table: PersonTable, ctx: RuleContext, emit: Emit): void;
}

/**
 * A finding about row `i` of the table, pointing at the cell of `field` when the sheet has that
 * column. The message's cap, when it bounds the level, becomes the finding's.
 */
export function rowFinding(
  rule: Rule,
  ctx: RuleContext,
  table: PersonTable,
  i: number,
  field: FieldKey | undefined,
  message: CappedMessage,
  severity: Severity = "error",
): RawFinding {
  const sheet = table.runOf(i).sheet;
  const finding: RawFinding = {
    ruleId: rule.id,
    severity,
    sheet: sheet.name,
    row: table.row[i]!,
    column: field ? sheet.fieldColumns[field]?.letter : undefined,
    person: table.fullName[i]!,
    message: { vi: message.vi, en: message.en },
    source: rule.source(ctx.ruleSet),
  };
  if (message.cap) finding.cap = message.cap;
  return finding;
}
