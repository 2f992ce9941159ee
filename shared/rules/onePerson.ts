import type { Person } from "../roster/person.js";
import { PersonTable } from "../roster/personTable.js";
import { writePerson } from "../roster/personRecord.js";
import type { Emit, Rule, RuleContext } from "./rule.js";

/**
 * The table of one row people are written into, one at a time, made again only for another sheet:
 * the suggestions try levels on each person many times, and a table is dear to make.
 */
let one: PersonTable | undefined;

/** A table of one row holding `person`, for `checkRow`; valid until the next person is written. */
export function oneRowOf(person: Person): PersonTable {
  if (one?.sheets[0]!.sheet !== person.sheet) {
    one = new PersonTable(1);
    one.ownAll();
    one.addRows(person.sheet, 1);
  }
  // A person writes only the periods it has: the last one's are emptied first.
  for (const column of one.periodScores) column.values[0] = Number.NaN;
  for (const column of one.periodLevels) column.values[0] = 0;
  writePerson(one, 0, person);
  return one;
}

/** Runs the person rules among `rules` on one person, held as a table of one row. */
export function checkOnePerson(rules: readonly Rule[], person: Person, ctx: RuleContext, emit: Emit): void {
  checkRow(rules, oneRowOf(person), ctx, emit);
}

/** Runs the person rules among `rules` on a table of one row (`oneRowOf`). */
export function checkRow(rules: readonly Rule[], table: PersonTable, ctx: RuleContext, emit: Emit): void {
  for (const rule of rules) rule.checkRows?.(table, 0, 1, ctx, emit);
}
