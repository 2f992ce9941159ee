/**
 * What each kind of column makes of one cell: the value a person keeps, or why the cell is refused.
 * A reader is made once per column and kept in the sheet's row plan; its results for text cells are
 * remembered there, so a value a column repeats down 50,000 rows is read once.
 */
import type { CellValue } from "../cells.js";
import { readDisciplineForm, readLeaveType, readPartyStatus } from "../coerce/categories.js";
import { readDate, readYear } from "../coerce/date.js";
import { readMark } from "../coerce/mark.js";
import { readNumberValue, readPercent } from "../coerce/number.js";
import { parseLevel, type Level } from "../levels.js";
import { parseStaffType } from "../staffTypes.js";
import type { FieldKind } from "./fields.js";
import { cellText } from "./header.js";
import type { IsoDate, Period, PeriodValue } from "./person.js";
import { SharedNumbers, SharedValues } from "./sharedValues.js";

/** A cell that is not what its column holds: text that is no level, no staff type, no date, no number. */
export const UNREADABLE: unique symbol = Symbol("unreadable");
/** A number outside its column's range (or not whole where a count is). */
export const OUT_OF_RANGE: unique symbol = Symbol("out of range");
/** White space only: an empty cell. */
export const BLANK: unique symbol = Symbol("blank");

export type Refusal = typeof UNREADABLE | typeof OUT_OF_RANGE;

/** What a cell gave: the value to keep (a birth cell gives a year as a number, a date as text), or none. */
export type CellReading = unknown;

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

const itself = <T>(value: T): T => value;

/** A period's value, frozen: one object serves every row with that value in that column. */
function periodValue<T>(period: Period, column: string) {
  return (value: T) => Object.freeze({ period, value, column }) as PeriodValue<T>;
}

/** A number cell of a number column, in range: whole numbers as they are, fractions shared. */
function numberReader(kind: NumberKind, period: Period | undefined, letter: string) {
  const { min, max } = RANGES[kind];
  const whole = kind === "count";
  const parse = kind === "percent" ? readPercent : readNumberValue;
  const scores = kind === "periodScore" ? new SharedNumbers(periodValue<number>(period!, letter)) : undefined;
  const fractions = new SharedNumbers<number>(itself);
  return (value: CellValue): CellReading => {
    const n = parse(value);
    if (n === undefined) return UNREADABLE;
    if (n < min || n > max || (whole && !Number.isInteger(n))) return OUT_OF_RANGE;
    if (scores) return scores.of(n);
    return Number.isInteger(n) ? n : fractions.of(n);
  };
}

function dateReader(withYear: boolean) {
  const dates = new SharedValues<IsoDate, IsoDate>(itself);
  return (value: CellValue): CellReading => {
    const year = withYear ? readYear(value) : undefined;
    if (year !== undefined) return year;
    const date = readDate(value);
    return date ? dates.of(date) : UNREADABLE;
  };
}

/** A column's cell reader; `period` and `letter` tell a period column's values apart. */
export function cellReader(
  kind: FieldKind,
  period: Period | undefined,
  letter: string,
): (value: CellValue) => CellReading {
  if (isNumberKind(kind)) return numberReader(kind, period, letter);
  switch (kind) {
    case "birthDate":
      return dateReader(true);
    case "date":
      return dateReader(false);
    case "mark":
      return readMark;
    case "level":
      return (value) => (typeof value === "string" && parseLevel(value)) || UNREADABLE;
    case "periodLevel": {
      const levels = new SharedValues<Level, PeriodValue<Level>>(periodValue<Level>(period!, letter));
      return (value) => {
        const level = typeof value === "string" ? parseLevel(value) : undefined;
        return level ? levels.of(level) : UNREADABLE;
      };
    }
    case "staffType":
      return (value) => (typeof value === "string" && parseStaffType(value)) || UNREADABLE;
    case "leaveType":
      return (value) => readLeaveType(cellText(value));
    case "discipline":
      return (value) => readDisciplineForm(cellText(value));
    case "partyStatus":
      return (value) => readPartyStatus(cellText(value));
    default:
      return cellText;
  }
}
