/**
 * The benchmark roster (test/bench/generateRoster.ts) as a workbook for the host: what
 * `npm run bench:addin` checks, and the browser tests' large roster.
 */
import type { CellValue } from "../../shared/cells.js";
import { columnLetter } from "../../shared/cells.js";
import { BENCH_HEADER, benchRows } from "../bench/generateRoster.js";
import type { HostWorkbook } from "./workbook.js";

const TITLE = ["SỞ NỘI VỤ", "DANH SÁCH XẾP LOẠI CHẤT LƯỢNG NĂM 2026"];

/**
 * The roster as a clerk's sheet holds it: title rows merged across, a two-row header (a group
 * merged over its sub-headers, the other headers merged down), the numbering row, the people.
 */
export function rosterWorkbook(count: number): HostWorkbook {
  const top: CellValue[] = [];
  const sub: CellValue[] = [];
  const merges: string[] = [];
  for (const h of BENCH_HEADER) {
    const column = top.length;
    if (typeof h === "string") {
      top.push(h);
      sub.push(null);
      merges.push(`${columnLetter(column)}${TITLE.length + 1}:${columnLetter(column)}${TITLE.length + 2}`);
    } else {
      h.sub.forEach((s, i) => {
        top.push(i === 0 ? h.group : null);
        sub.push(s);
      });
      merges.push(
        `${columnLetter(column)}${TITLE.length + 1}:${columnLetter(column + h.sub.length - 1)}${TITLE.length + 1}`,
      );
    }
  }
  const last = columnLetter(top.length - 1);
  TITLE.forEach((_, i) => merges.push(`A${i + 1}:${last}${i + 1}`));
  const rows: CellValue[][] = [
    ...TITLE.map((t) => [t]),
    top,
    sub,
    top.map((_, i) => `(${i + 1})`),
    ...benchRows(count),
  ];
  return { sheets: [{ name: "Danh sách", rows, merges }] };
}
