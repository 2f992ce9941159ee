/**
 * What each kind of column makes of one cell: the value its person table column keeps (a number, a
 * label's code, a text), or why the cell is refused.
 * A reader is made once per column and kept in the sheet's row plan; its results for text cells are
 * remembered there, so a value a column repeats down 50,000 rows is read once.
 */
import type { CellValue } from "../cells.js";
import { readDisciplineForm, readLeaveType, readPartyStatus } from "../coerce/categories.js";
import { readDate, readYear } from "../coerce/date.js";
import { readMark } from "../coerce/mark.js";
import { readNumberValue, readPercent } from "../coerce/number.js";
import { parseLevel } from "../levels.js";
import { parseStaffType } from "../staffTypes.js";
import type { FieldKey, FieldKind } from "./fields.js";
import { cellText } from "./header.js";
import {
  DISCIPLINE_CODES,
  LEAVE_TYPE_CODES,
  LEVEL_CODES,
  MARK_NO,
  MARK_YES,
  PARTY_STATUS_CODES,
  STAFF_TYPE_CODES,
  type CodeBook,
} from "./labelCodes.js";
import type { IsoDate } from "./person.js";
import { SharedValues } from "./sharedValues.js";

/** A cell that is not what its column holds: text that is no level, no staff type, no date, no number. */
export const UNREADABLE: unique symbol = Symbol("unreadable");
/** A number outside its column's range (or not whole where a count is). */
export const OUT_OF_RANGE: unique symbol = Symbol("out of range");
/** White space only: an empty cell. */
export const BLANK: unique symbol = Symbol("blank");

export type Refusal = typeof UNREADABLE | typeof OUT_OF_RANGE;

/**
 * What a cell gave: the value to keep (a birth cell gives a year as a number, a date as text), or
 * why there is none.
 */
export type CellReading = number | string | typeof BLANK | Refusal;

/** The ranges of the number kinds (ROSTER.md), with how a finding states them. */
export const RANGES = {
  months: { min: 0, max: 12, vi: "0–12 tháng", en: "0–12 months" },
  score: { min: 0, max: 100, vi: "0–100 điểm", en: "0–100 points" },
  generalScore: { min: 0, max: 30, vi: "0–30 điểm", en: "0–30 points" },
  taskScore: { min: 0, max: 70, vi: "0–70 điểm", en: "0–70 points" },
  periodScore: { min: 0, max: 100, vi: "0–100 điểm", en: "0–100 points" },
  percent: { min: 0, max: 100, vi: "0–100%", en: "0–100%" },
  count: { min: 0, max: Number.MAX_SAFE_INTEGER, vi: "số nguyên không âm", en: "a whole number ≥ 0" },
} as const;

export type NumberKind = keyof typeof RANGES;

export function isNumberKind(kind: FieldKind): kind is NumberKind {
  return kind in RANGES;
}

/**
 * The range in which a number cell of `kind` is kept as it is, or undefined for a kind that is no number.
 */
export interface PlainRange {
  min: number;
  max: number;
  /** A count: whole numbers only. */
  whole: boolean;
}

export function plainRange(kind: FieldKind): PlainRange | undefined {
  if (!isNumberKind(kind)) return undefined;
  // A percent column reads a number from 0 to 1 as a fraction: only those above 1 are kept as they are.
  const min = kind === "percent" ? 1 + Number.EPSILON : RANGES[kind].min;
  return { min, max: RANGES[kind].max, whole: kind === "count" };
}

/** A number cell of a number column, in range. */
function numberReader(kind: NumberKind) {
  const { min, max } = RANGES[kind];
  const whole = kind === "count";
  const parse = kind === "percent" ? readPercent : readNumberValue;
  return (value: CellValue): CellReading => {
    const n = parse(value);
    if (n === undefined) return UNREADABLE;
    if (n < min || n > max || (whole && !Number.isInteger(n))) return OUT_OF_RANGE;
    return n;
  };
}

/** Dates shared: one string per date a column holds, not one per row. */
function dateReader(withYear: boolean) {
  const dates = new SharedValues<IsoDate, IsoDate>((date) => date);
  return (value: CellValue): CellReading => {
    const year = withYear ? readYear(value) : undefined;
    if (year !== undefined) return year;
    const date = readDate(value);
    return date ? dates.of(date) : UNREADABLE;
  };
}

/** A label's code, or UNREADABLE for text that is none (levels, staff types). */
function labelReader<T extends string>(parse: (text: string) => T | undefined, codes: CodeBook<T>) {
  return (value: CellValue): CellReading => {
    const label = typeof value === "string" ? parse(value) : undefined;
    return label === undefined ? UNREADABLE : codes.code(label);
  };
}

/** A category's code: any text is one, or none (`không`). */
function categoryReader<T extends string>(read: (text: string) => T | undefined, codes: CodeBook<T>) {
  return (value: CellValue): CellReading => codes.code(read(cellText(value)));
}

/** A tick column: 1 or 0; whether a discipline was tied to duty keeps a no apart from no answer. */
function markReader(field: FieldKey) {
  if (field === "disciplineDutyRelated") return (value: CellValue) => (readMark(value) ? MARK_YES : MARK_NO);
  return (value: CellValue) => (readMark(value) ? 1 : 0);
}

/** The cell reader of a column of `field`, whose cells hold `kind`. */
export function cellReader(kind: FieldKind, field: FieldKey): (value: CellValue) => CellReading {
  if (isNumberKind(kind)) return numberReader(kind);
  switch (kind) {
    case "birthDate":
      return dateReader(true);
    case "date":
      return dateReader(false);
    case "mark":
      return markReader(field);
    case "level":
    case "periodLevel":
      return labelReader(parseLevel, LEVEL_CODES);
    case "staffType":
      return labelReader(parseStaffType, STAFF_TYPE_CODES);
    case "leaveType":
      return categoryReader(readLeaveType, LEAVE_TYPE_CODES);
    case "discipline":
      return categoryReader(readDisciplineForm, DISCIPLINE_CODES);
    case "partyStatus":
      return categoryReader(readPartyStatus, PARTY_STATUS_CODES);
    default:
      return cellText;
  }
}
