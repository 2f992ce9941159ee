/**
 * The highest levels the person rules allow: rate the person at the top, let the rules say what they
 * say of that proposal, and take the lowest cap they set (RULES.md §4). The rules are the one source.
 */
import type { Cap, RawFinding } from "../findings.js";
import { levelOrder, type Level } from "../levels.js";
import { levelCode } from "../roster/labelCodes.js";
import type { PersonTable } from "../roster/personTable.js";
import { checkRow } from "../rules/onePerson.js";
import type { Rule, RuleContext } from "../rules/rule.js";
import type { SuggestedField, SuggestionReason } from "./types.js";

/** The levels suggested for a person; a field left out is not suggested. */
export type Levels = Partial<Record<SuggestedField, Level>>;

/** A bound on one level from beyond the person rules (the quota's), and the reason shown for it. */
export interface Bound {
  field: SuggestedField;
  level: Level;
  reason: SuggestionReason;
}

export interface Ceiling {
  levels: Levels;
  /** The bounds that hold each level where it is. */
  reasons: SuggestionReason[];
  /** Warnings of the rules that hold a level: an assumption was made (RULES.md §4.2 under `2020`). */
  doubts: SuggestionReason[];
}

/** Rates row i at `levels`, so that the rules can be asked about that proposal. */
function rate(t: PersonTable, i: number, levels: Levels): void {
  if (levels.level !== undefined) {
    t.level[i] = levelCode(levels.level);
    t.levelUnreadable[i] = 0;
  }
  if (levels.partyLevel !== undefined) {
    t.partyLevel[i] = levelCode(levels.partyLevel);
    t.partyLevelUnreadable[i] = 0;
  }
}

/** Whether a cap on `field` lowers `levels`; KXL (order 0) is below every rated level. */
export function lowers(levels: Levels, field: SuggestedField, level: Level): boolean {
  const current = levels[field];
  return current !== undefined && levelOrder(level) < levelOrder(current);
}

/** `levels` lowered to the lowest of `caps` on each field. */
function lowest(levels: Levels, caps: readonly { field: SuggestedField; level: Level }[]): Levels {
  const out = { ...levels };
  for (const c of caps) if (lowers(out, c.field, c.level)) out[c.field] = c.level;
  return out;
}

/** "Bị kỷ luật khiển trách trong năm đánh giá (khoản 5 Điều 2 Nghị định 90/2020/NĐ-CP …)". */
function capReason(finding: RawFinding, cap: Cap): SuggestionReason {
  const { ruleId, source } = finding;
  const cite = (text: string) => (source ? `${text} (${source})` : text);
  return { field: cap.field, ruleId, source, vi: cite(cap.reason.vi), en: cite(cap.reason.en) };
}

function distinct(reasons: readonly SuggestionReason[]): SuggestionReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.field}\u0000${r.vi}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The highest levels of row i from `top`, under `given` bounds (the quota's) and the caps of `rules`:
 * lower each level to the lowest cap, and ask again at the new levels until no rule caps, since the
 * criteria of a level can fail below a level whose criteria passed. The row is left rated at them
 * (only its levels are changed: `t` is a copy of the roster's table, made for the suggestions).
 */
export function ceiling(
  t: PersonTable,
  i: number,
  top: Levels,
  given: readonly Bound[],
  rules: readonly Rule[],
  ctx: RuleContext,
): Ceiling {
  const capped: { finding: RawFinding; cap: Cap }[] = [];
  const warnings: RawFinding[] = [];
  const emit = (finding: RawFinding) => {
    if (finding.cap) capped.push({ finding, cap: finding.cap });
    else if (finding.severity === "warning") warnings.push(finding);
  };
  let levels = lowest(top, given);
  for (;;) {
    const before = capped.length;
    rate(t, i, levels);
    checkRow(rules, t, i, ctx, emit);
    const next = lowest(
      levels,
      capped.slice(before).map((c) => c.cap),
    );
    if (next.level === levels.level && next.partyLevel === levels.partyLevel) break;
    levels = next;
  }
  // Only the caps that hold a level where it ends are told, so only their text is built.
  const holds = (field: SuggestedField, level: Level) => levels[field] === level;
  const reasons = distinct([
    ...given.filter((b) => holds(b.field, b.level)).map((b) => b.reason),
    ...capped.filter((c) => holds(c.cap.field, c.cap.level)).map((c) => capReason(c.finding, c.cap)),
  ]);
  const doubts: SuggestionReason[] = [];
  for (const w of warnings) {
    const held = reasons.find((r) => r.ruleId === w.ruleId);
    if (held) doubts.push({ field: held.field, ruleId: w.ruleId, source: w.source, ...w.message });
  }
  return { levels, reasons, doubts: distinct(doubts) };
}
