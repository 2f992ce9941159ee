import type { CellValue } from "../cells.js";
import type { IsoDate } from "../roster/person.js";

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system, allowing for its phantom 29 February 1900. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel's dates run from 1900 to 9999; outside them a "date" is a typing slip (and not `YYYY-MM-DD`). */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function iso(year: number, month: number, day: number): IsoDate | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function fromDate(d: Date): IsoDate | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** An Excel serial day number (1900 date system) as an ISO date. */
export function serialToIso(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const day = Math.floor(serial);
  // Excel counts a 29 February 1900 that never was (serial 60): days before it are one day later.
  if (day === 60) return undefined;
  return fromDate(new Date(EXCEL_EPOCH_MS + (day < 60 ? day + 1 : day) * DAY_MS));
}

const SEPARATORS = new Set([47, 46, 45]); // "/", ".", "-"

/** `d/m/yyyy` read by hand: the commonest date text, on every row of a roster. */
function dayMonthYear(text: string): [number, number, number] | undefined {
  const parts: number[] = [0, 0, 0];
  let part = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      parts[part] = parts[part]! * 10 + (c - 48);
      digits++;
    } else if (SEPARATORS.has(c) && part < 2 && digits >= 1 && digits <= 2) {
      part++;
      digits = 0;
    } else return undefined;
  }
  return part === 2 && digits === 4 ? (parts as [number, number, number]) : undefined;
}

/**
 * Reads a date: an Excel date (a Date from exceljs, a serial number from Office.js), or text
 * `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` (and ISO `yyyy-mm-dd`).
 */
export function readDate(value: CellValue): IsoDate | undefined {
  if (value instanceof Date) return fromDate(value);
  if (typeof value === "number") return serialToIso(value);
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const dmy = dayMonthYear(text);
  if (dmy) return iso(dmy[2], dmy[1], dmy[0]);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/** A birth cell may hold only a year (`1980`, as a number or text). */
export function readYear(value: CellValue): number | undefined {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!/^(19|20)\d{2}$/.test(text)) return undefined;
  return Number(text);
}
