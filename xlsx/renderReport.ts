import ExcelJS from "exceljs";
import type { CellStyle, ReportModel, ReportSheet } from "../shared/report/model.js";

/** `#RRGGBB` → exceljs ARGB. */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/** A fresh exceljs style per cell: exceljs shares style objects between merged cells and mutates them. */
function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: s.font.name,
      size: s.font.size,
      ...(s.font.bold ? { bold: true } : {}),
      ...(s.font.italic ? { italic: true } : {}),
      ...(s.font.underline ? { underline: true } : {}),
    },
    alignment: {
      horizontal: s.alignment.horizontal,
      vertical: s.alignment.vertical,
      ...(s.alignment.wrap ? { wrapText: true } : {}),
    },
  };
  if (s.border === "thin") style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  return style;
}

function styleOf(sheet: ReportSheet, id: string): CellStyle {
  const style = sheet.styles[id as keyof ReportSheet["styles"]];
  if (!style) throw new Error(`Style ${id} is used on sheet ${sheet.name} but not defined`);
  return style;
}

function drawSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet): void {
  const ws = workbook.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.pageSetup.orientation,
      fitToPage: sheet.pageSetup.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(sheet.printTitleRows
        ? { printTitlesRow: `${sheet.printTitleRows[0]}:${sheet.printTitleRows[1]}` }
        : {}),
    },
  });
  sheet.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = c.value;
    cell.style = excelStyle(styleOf(sheet, c.style));
    if (c.numFmt) cell.numFmt = c.numFmt;
  }
  // Merging after styling gives every cell of the range the top-left cell's style, so borders close around it.
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const h of sheet.rowHeights) ws.getRow(h.row).height = h.height;
}

/** Draws the report model as an exceljs workbook: one worksheet per report sheet. */
export function renderReport(model: ReportModel): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of model.sheets) drawSheet(workbook, sheet);
  return workbook;
}

/** The report as .xlsx bytes. */
export async function reportToBuffer(model: ReportModel): Promise<Buffer> {
  return Buffer.from(await renderReport(model).xlsx.writeBuffer());
}
