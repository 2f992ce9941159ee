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
