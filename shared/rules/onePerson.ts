import type { PersonTable } from "../roster/personTable.js";
import type { Emit, Rule, RuleContext } from "./rule.js";

/** Runs the person rules among `rules` on row i of the table alone: the suggestions ask one person at a time. */
export function checkRow(
  rules: readonly Rule[],
  table: PersonTable,
  i: number,
  ctx: RuleContext,
  emit: Emit,
): void {
  for (const rule of rules) rule.checkRows?.(table, i, i + 1, ctx, emit);
}
