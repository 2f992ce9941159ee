import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../shared/report/index.js";
import { reportToBuffer } from "../../xlsx/renderReport.js";
import { rowsLabelled, singleUnitInput } from "./fixtures.js";

describe("renderReport (exceljs)", () => {
  const model = buildReport(singleUnitInput());
  const modelA = model.sheets[0]!;
  const total = rowsLabelled(modelA, "Tổng cộng (1+2+3)")[0]!;
  const cc = rowsLabelled(modelA, "Công chức")[0]!;
  const [h1, h2] = modelA.printTitleRows!;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const buffer = await reportToBuffer(model);
    book = new ExcelJS.Workbook();
    // exceljs declares its own global `Buffer extends ArrayBuffer`, which Node's Buffer type does not satisfy.
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
  });

  it("writes one worksheet per sheet", () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Biểu A - CBCCVC",
      "Biểu B - Đảng viên",
      "Danh sách",
    ]);
  });

  it("writes the summary's numbers as numbers", () => {
    const ws = book.getWorksheet("Biểu A - CBCCVC")!;
    // Total (1+2+3) of the fixture: 17 people, 1 KXL, 16 rated, HTXSNV 3 (18.8%), HTTNV 11 (68.8%), ratio 27.3%.
    const values = [3, 4, 5, 6, 7, 8, 9, 14].map((col) => ws.getCell(total, col).value);
    expect(values).toEqual([17, 1, 16, 3, 18.8, 11, 68.8, 27.3]);
    expect(ws.getCell(total, 2).value).toBe("Tổng cộng (1+2+3)");
    expect(ws.getCell(cc, 3).value).toBe(10);
    expect(ws.getCell(total, 7).numFmt).toBe("0.0");
    expect(ws.getCell(total, 3).numFmt).toBe("#,##0");
  });

  it("sets A4 landscape, fitted to one page wide, with the header repeated", () => {
    for (const ws of book.worksheets) {
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.orientation).toBe("landscape");
      expect(ws.pageSetup.fitToPage).toBe(true);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.fitToHeight).toBe(0);
    }
    expect(book.worksheets[0]!.pageSetup.printTitlesRow).toBe(`${h1}:${h2}`);
    expect(book.worksheets[1]!.pageSetup.printTitlesRow).toBe(`${h1}:${h2}`);
  });

  it("draws fonts, borders, fills, merges and widths", () => {
    const ws = book.getWorksheet("Biểu A - CBCCVC")!;
    expect(ws.getCell(1, 1).font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(ws.getCell(2, 9).font).toMatchObject({ name: "Times New Roman", bold: true, underline: true });
    expect(ws.getCell(total, 3).font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(ws.getCell(total, 3).border?.top?.style).toBe("thin");
    // The công chức ratio, 2 to 6, is over 20% (from 2026 the total's is information only).
    expect(ws.getCell(cc, 14).fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFFF00" },
    });
    expect(ws.getCell(h1, 1).alignment).toMatchObject({
      horizontal: "center",
      vertical: "middle",
      wrapText: true,
    });
    expect(ws.model.merges).toContain(`A${h1}:A${h2}`);
    expect(ws.model.merges).toContain(`F${h1}:G${h1}`);
    // A merged header keeps its borders on the cells it covers.
    expect(ws.getCell(h1, 7).border?.right?.style).toBe("thin");
    expect(ws.getColumn(2).width).toBe(modelA.columns[1]!.width);
    expect(ws.getRow(h1).height).toBe(48);
  });
});
