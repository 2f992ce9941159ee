/**
 * A1 addresses as Office.js takes and gives them, and the 0-based rectangles the host stores.
 * Browser-safe: bundled into the test page.
 */
import { columnLetter } from "../../shared/cells.js";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A block of cells: top-left corner (0-based) and size. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export const WHOLE_SHEET: Rect = { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };

/** Excel column letters → 0-based index (A → 0, AA → 26); -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function span(a: number, b: number): [start: number, count: number] {
  return [Math.min(a, b), Math.abs(a - b) + 1];
}

function rowNumber(text: string): number {
  const n = Number(text);
  return n >= 1 && n <= MAX_ROWS ? n - 1 : -1;
}

function validColumn(index: number): boolean {
  return index >= 0 && index < MAX_COLUMNS;
}

/**
 * One area of an address without sheet name: `B7`, `A1:D20`, `A:C` (whole columns), `5:6` (whole
 * rows), with or without `$`. Undefined when it is none of these.
 */
export function parseRect(address: string): Rect | undefined {
  const text = address.trim().toUpperCase().replace(/\$/g, "");
  const [first, second, extra] = text.split(":");
  if (first === undefined || extra !== undefined) return undefined;
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const a = cell.exec(first);
  if (a) {
    const b = second === undefined ? a : cell.exec(second);
    if (!b) return undefined;
    const c1 = columnIndex(a[1]!);
    const c2 = columnIndex(b[1]!);
    const r1 = rowNumber(a[2]!);
    const r2 = rowNumber(b[2]!);
    if (!validColumn(c1) || !validColumn(c2) || r1 < 0 || r2 < 0) return undefined;
    const [row, rows] = span(r1, r2);
    const [column, columns] = span(c1, c2);
    return { row, column, rows, columns };
  }
  if (second === undefined) return undefined;
  if (/^\d+$/.test(first) && /^\d+$/.test(second)) {
    const r1 = rowNumber(first);
    const r2 = rowNumber(second);
    if (r1 < 0 || r2 < 0) return undefined;
    const [row, rows] = span(r1, r2);
    return { row, column: 0, rows, columns: MAX_COLUMNS };
  }
  const c1 = columnIndex(first);
  const c2 = columnIndex(second);
  if (!validColumn(c1) || !validColumn(c2)) return undefined;
  const [column, columns] = span(c1, c2);
  return { row: 0, column, rows: MAX_ROWS, columns };
}

/** A rectangle as Office.js writes it: `B7`, `A1:D20`, `A:C`, `5:6`. */
export function formatRect(rect: Rect): string {
  const lastRow = rect.row + rect.rows;
  const lastColumn = columnLetter(rect.column + rect.columns - 1);
  if (rect.column === 0 && rect.columns === MAX_COLUMNS) return `${rect.row + 1}:${lastRow}`;
  if (rect.row === 0 && rect.rows === MAX_ROWS) return `${columnLetter(rect.column)}:${lastColumn}`;
  const topLeft = `${columnLetter(rect.column)}${rect.row + 1}`;
  return rect.rows === 1 && rect.columns === 1 ? topLeft : `${topLeft}:${lastColumn}${lastRow}`;
}

/**
 * A sheet name as it prefixes an address: quoted unless it is a plain identifier that cannot be
 * read as a cell reference (`A1`, `R1C1`).
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name);
  const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C?\d*$/i.test(name) || /^C\d*$/i.test(name);
  return plain && !cellLike ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellCount(rect: Rect): number {
  return rect.rows * rect.columns;
}

export function containsCell(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rows &&
    column >= rect.column &&
    column < rect.column + rect.columns
  );
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}
