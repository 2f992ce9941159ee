import type { FieldKey } from "./fields.js";
import type { ColumnInfo, RosterSheet } from "./person.js";

/** A roster sheet from the columns kept: each field's column (the first, for the period fields) and every period column. */
export function rosterSheet(
  name: string,
  headerRows: readonly number[],
  columns: readonly ColumnInfo[],
  people = 0,
): RosterSheet {
  const fieldColumns: Partial<Record<FieldKey, ColumnInfo>> = {};
  const periodScore: ColumnInfo[] = [];
  const periodLevel: ColumnInfo[] = [];
  for (const c of columns) {
    if (c.field === undefined) continue;
    fieldColumns[c.field] ??= c;
    if (c.field === "periodScore") periodScore.push(c);
    else if (c.field === "periodLevel") periodLevel.push(c);
  }
  return { name, headerRows, columns, fieldColumns, periodColumns: { periodScore, periodLevel }, people };
}
