import { columnLetter } from "../../shared/cells.js";

/** A rectangle of cells, 1-based and inclusive (the report model's convention). */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B7` for row 7, column 2. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col - 1)}${row}`;
}

/** `A1:O40`, or `B7` for a single cell. */
export function rectAddress(r: Rect): string {
  const first = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? first : `${first}:${cellAddress(r.bottom, r.right)}`;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

/** Row and column (1-based) of a single-cell address such as `B7`; undefined for anything else. */
export function parseCell(address: string): { row: number; col: number } | undefined {
  const match = CELL.exec(address.trim().toUpperCase());
  if (!match) return undefined;
  let col = 0;
  for (const ch of match[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]), col };
}

/** Rectangles (`B7`, `B7:D9`) back to their single-cell addresses, row by row. */
export function rectCells(area: string): string[] {
  const [first, last = first] = area.split(":");
  const a = parseCell(first ?? "");
  const b = parseCell(last ?? "");
  if (!a || !b) throw new Error(`Not a cell or rectangle: ${area}`);
  const cells: string[] = [];
  for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++)
    for (let col = Math.min(a.col, b.col); col <= Math.max(a.col, b.col); col++)
      cells.push(cellAddress(row, col));
  return cells;
}
