import type { FieldKey } from "./fields.js";
import type { ColumnInfo, RosterSheet } from "./person.js";

/** A roster sheet from the columns kept: each field's column (the first, for the period fields) and every period column. */
export function rosterSheet(
  name: string,
  headerRows: readonly number[],
  columns: readonly ColumnInfo[],
  people = 0,
): RosterSheet {
  const first = new Map<FieldKey, ColumnInfo>();
  const periodScore: ColumnInfo[] = [];
  const periodLevel: ColumnInfo[] = [];
  for (const c of columns) {
    if (c.field === undefined) continue;
    if (!first.has(c.field)) first.set(c.field, c);
    if (c.field === "periodScore") periodScore.push(c);
    else if (c.field === "periodLevel") periodLevel.push(c);
  }
  // Made from its entries in one go: an object whose keys are read and then written one by one turns
  // into a slow dictionary in V8, and the rules read `fieldColumns` on every row.
  const fieldColumns: Partial<Record<FieldKey, ColumnInfo>> = Object.fromEntries(first);
  return { name, headerRows, columns, fieldColumns, periodColumns: { periodScore, periodLevel }, people };
}
