import { columnLetter } from "../cells.js";
import { memoByText } from "../memo.js";
import { foldKey } from "../text.js";
import { FIELDS, isFieldKey, PERIOD_FIELDS, type FieldKey } from "./fields.js";
import type { HeaderBlock, HeaderOptions } from "./header.js";
import { vocabulary } from "./headerMatch.js";
import type { ColumnInfo } from "./person.js";
import { assignPeriods, combinePeriodHeaders, namesPeriods, periodField } from "./periodHeaders.js";

/** A hand-made column mapping: header text or column letter → field, or "ignore". */
export type ColumnMapping = Readonly<Record<string, string>>;

const ROSTER_VOCABULARY = vocabulary<FieldKey>(FIELDS);
const COLUMN_LETTERS = /^[A-Z]{1,3}$/;
const REPEATABLE: ReadonlySet<FieldKey> = new Set(PERIOD_FIELDS);

/** The field a header's words name, remembered: the header search reads each cell of its rows several times. */
const fieldNamedBy = memoByText(
  (text: string): FieldKey | undefined =>
    periodField(text) ?? (namesPeriods(text) ? undefined : ROSTER_VOCABULARY.match(text)),
);

/** How a roster's header is read: the matcher of a header cell, and what two-row headers and periods add. */
export interface RosterHeaderReading {
  match: (text: string, index: number) => FieldKey | undefined;
  options: HeaderOptions<FieldKey>;
}

/**
 * The header matcher with the hand-made mapping first: by column letter, then by header text. A key
 * that looks like a letter (`STT`, `TT`) is also tried as header text. A column mapped by letter
 * counts while looking for the header, so mapping an unrecognised name column makes the header found.
 * Then a period (`Quý I`, `T3`) makes a period column, and a group naming periods without a number
 * (`Điểm đánh giá hằng tháng`) names no field, whatever its words.
 */
export function rosterHeaderReading(mapping: ColumnMapping): RosterHeaderReading {
  const byHeader = new Map<string, FieldKey | "ignore">();
  const byLetter = new Map<string, FieldKey | "ignore">();
  for (const [key, value] of Object.entries(mapping)) {
    if (!isFieldKey(value) && value !== "ignore") continue;
    byHeader.set(foldKey(key), value);
    if (COLUMN_LETTERS.test(key)) byLetter.set(key, value);
  }
  const manual = (text: string, index: number) =>
    byLetter.get(columnLetter(index)) ?? (text.length <= 500 ? byHeader.get(foldKey(text)) : undefined);
  const match = (text: string, index: number): FieldKey | undefined => {
    const mapped = manual(text, index);
    if (mapped !== undefined) return mapped === "ignore" ? undefined : mapped;
    return fieldNamedBy(text);
  };
  return {
    match,
    options: {
      repeatable: REPEATABLE,
      combine: (group, sub, index) =>
        manual(sub, index) === undefined
          ? combinePeriodHeaders(group, sub, (text) => match(text, index))
          : undefined,
    },
  };
}

/** The header's columns: letters mapped by hand win over what the detector found; periods are read. */
export function rosterColumns(block: HeaderBlock<FieldKey>, mapping: ColumnMapping): ColumnInfo[] {
  const columns: ColumnInfo[] = block.columns.map((c) => ({ ...c }));
  for (const [key, value] of Object.entries(mapping)) {
    if (!COLUMN_LETTERS.test(key)) continue;
    const target = columns.find((c) => c.letter === key);
    if (!target) continue;
    if (value === "ignore") {
      target.field = undefined;
      continue;
    }
    if (!isFieldKey(value)) continue;
    if (!REPEATABLE.has(value)) for (const c of columns) if (c.field === value) c.field = undefined;
    target.field = value;
  }
  assignPeriods(columns);
  return columns.filter((c) => c.header !== "" || c.field !== undefined);
}
