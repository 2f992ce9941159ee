/**
 * A real .xlsx file → the host's workbook JSON, so tests and browser pages open real rosters.
 * Cells as Office.js `Range.values` gives them: formulas as their results, rich text as its text,
 * dates as Excel serial numbers, merged-away cells empty. Solid fills and merges come along.
 * Node-only (exceljs).
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../shared/cells.js";
import { plainCellValue } from "../../xlsx/cellValue.js";
import { excelSerial, type HostSheet, type HostWorkbook } from "./workbook.js";

function officeValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  const value = plainCellValue(cell.value);
  return value instanceof Date ? excelSerial(value) : value;
}

/** `#RRGGBB` of a cell's solid or patterned fill given as an RGB colour; theme colours are left out. */
function fillColor(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  if (fill?.type !== "pattern" || fill.pattern === "none") return undefined;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function sheetOf(ws: ExcelJS.Worksheet): HostSheet {
  const rows: CellValue[][] = [];
  const fills: Record<string, string> = {};
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      row.push(officeValue(cell));
      const color = fillColor(cell);
      if (color) fills[cell.address] = color;
    }
    rows.push(row);
  }
  return { name: ws.name, rows, fills, merges: [...(ws.model.merges ?? [])] };
}

/** Reads a workbook from a file path or its bytes. */
export async function fromXlsx(source: string | Uint8Array): Promise<HostWorkbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === "string") await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as ArrayBuffer);
  return { sheets: wb.worksheets.map(sheetOf) };
}
