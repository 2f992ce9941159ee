import { columnLetter } from "../../shared/cells.js";
import type { Level } from "../../shared/levels.js";
import type { FieldKey } from "../../shared/roster/fields.js";
import type { ColumnInfo, Period, PeriodValue, RosterSheet } from "../../shared/roster/person.js";
import { rosterSheet } from "../../shared/roster/rosterSheet.js";

/**
 * A 2026 roster sheet for rule tests: `fields` in columns A, B, C…, then one score column per
 * period, then (with `levels`) one level column per period: four quarters unless `months`.
 */
export function periodSheet(
  fields: readonly FieldKey[],
  options: { levels?: boolean; months?: boolean } = {},
): RosterSheet {
  const unit = options.months ? "month" : "quarter";
  const count = options.months ? 12 : 4;
  const columns: ColumnInfo[] = fields.map((field, index) => ({
    index,
    letter: columnLetter(index),
    header: field,
    field,
  }));
  const add = (field: "periodScore" | "periodLevel") => {
    for (let i = 1; i <= count; i++) {
      const index = columns.length;
      columns.push({
        index,
        letter: columnLetter(index),
        header: `${field} ${i}`,
        field,
        period: { unit, index: i },
      });
    }
  };
  add("periodScore");
  if (options.levels) add("periodLevel");
  return rosterSheet("Danh sách", [5], columns);
}

function filled<T>(columns: readonly ColumnInfo[], values: readonly (T | undefined)[]): PeriodValue<T>[] {
  return values.flatMap((value, i) =>
    value === undefined ? [] : [{ period: columns[i]!.period as Period, value, column: columns[i]!.letter }],
  );
}

/** The period values of a row of `sheet`, as the reader gives them: the filled periods only. */
export function periodValues(
  sheet: RosterSheet,
  scores: readonly (number | undefined)[],
  levels: readonly (Level | undefined)[] = [],
): { periodScores: PeriodValue<number>[]; periodLevels?: PeriodValue<Level>[] } {
  const out: { periodScores: PeriodValue<number>[]; periodLevels?: PeriodValue<Level>[] } = {
    periodScores: filled(sheet.periodColumns.periodScore, scores),
  };
  if (levels.length > 0) out.periodLevels = filled(sheet.periodColumns.periodLevel, levels);
  return out;
}
