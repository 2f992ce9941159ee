import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { CellValue } from "../shared/cells.js";

/** A header cell, or a group header merged over its sub-headers (a two-row header). */
export type HeaderSpec = string | { group: string; sub: readonly string[] };

/** A cell to write: a plain value, or what exceljs writes as is (rich text, a formula with its result). */
export type WritableCell = CellValue | ExcelJS.CellValue;

export type RowSpec = readonly WritableCell[] | { section: string };

/** A sheet laid out like a real roster (ROSTER.md): title rows, header, numbering row, sections, signature. */
export interface RosterSheetSpec {
  name: string;
  titleRows?: readonly string[];
  header: readonly HeaderSpec[];
  /** A numbering row under the header: `(1) (2) …`, or the labels given (`(12)=(10)+(11)`). */
  numbering?: boolean | readonly string[];
  rows: Iterable<RowSpec>;
  /** The signature block; `signedOn` (dd/mm/yyyy) is the date of its place-and-date line (default 10/12/2026). */
  signature?: boolean;
  signedOn?: string;
}

export interface PlainSheetSpec {
  name: string;
  rows: readonly (readonly WritableCell[])[];
}

function isRoster(spec: RosterSheetSpec | PlainSheetSpec): spec is RosterSheetSpec {
  return "header" in spec;
}

function writeRosterSheet(ws: ExcelJS.Worksheet, spec: RosterSheetSpec): void {
  const width = spec.header.reduce((n, h) => n + (typeof h === "string" ? 1 : h.sub.length), 0);
  for (const title of spec.titleRows ?? []) {
    const row = ws.addRow([title]);
    ws.mergeCells(row.number, 1, row.number, width);
    row.commit();
  }
  const twoRows = spec.header.some((h) => typeof h !== "string");
  const top: CellValue[] = [];
  const sub: CellValue[] = [];
  for (const h of spec.header) {
    if (typeof h === "string") {
      top.push(h);
      sub.push(null);
    } else {
      h.sub.forEach((s, i) => {
        top.push(i === 0 ? h.group : null);
        sub.push(s);
      });
    }
  }
  const topRow = ws.addRow(top);
  const first = topRow.number;
  if (twoRows) {
    const subRow = ws.addRow(sub);
    let col = 1;
    for (const h of spec.header) {
      if (typeof h === "string") ws.mergeCells(first, col, first + 1, col);
      else ws.mergeCells(first, col, first, col + h.sub.length - 1);
      col += typeof h === "string" ? 1 : h.sub.length;
    }
    subRow.commit();
  }
  topRow.commit();
  if (spec.numbering)
    ws.addRow(
      Array.isArray(spec.numbering)
        ? [...spec.numbering]
        : Array.from({ length: width }, (_, i) => `(${i + 1})`),
    ).commit();
  for (const r of spec.rows) {
    if ("section" in r) {
      const row = ws.addRow([r.section]);
      ws.mergeCells(row.number, 1, row.number, width);
      row.commit();
    } else ws.addRow([...r]).commit();
  }
  if (spec.signature) {
    ws.addRow([]).commit();
    // The right-hand block sits three columns from the end; a narrow table keeps it right of column B.
    const right = Math.max(width - 3, 2);
    const place = new Array<CellValue>(Math.max(width, right + 1)).fill(null);
    const [day, month, year] = (spec.signedOn ?? "10/12/2026").split("/");
    place[right] = `Hà Nội, ngày ${day} tháng ${month} năm ${year}`;
    ws.addRow(place).commit();
    const sign = new Array<CellValue>(place.length).fill(null);
    sign[1] = "NGƯỜI LẬP BIỂU";
    sign[right] = "THỦ TRƯỞNG ĐƠN VỊ";
    ws.addRow(sign).commit();
    const hint = new Array<CellValue>(place.length).fill(null);
    hint[1] = "(Ký, ghi rõ họ tên)";
    hint[right] = "(Ký tên, đóng dấu)";
    ws.addRow(hint).commit();
  }
}

/**
 * Writes a workbook of roster-like sheets with exceljs's streaming writer, to a file or to bytes.
 * Used to build test fixtures, the benchmark's large roster and the demonstration rosters.
 */
export async function writeRosterWorkbook(
  sheets: readonly (RosterSheetSpec | PlainSheetSpec)[],
  filename?: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter(
    filename ? { filename, useSharedStrings: true } : { stream, useSharedStrings: true },
  );
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    if (isRoster(spec)) writeRosterSheet(ws, spec);
    else for (const r of spec.rows) ws.addRow([...r]).commit();
    ws.commit();
  }
  await wb.commit();
  return Buffer.concat(chunks);
}
