import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { fromXlsx } from "./fromXlsx.js";

describe("fromXlsx", () => {
  it("gives cells as Range.values would: dates as serials, formulas as results, merged-away cells empty", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Danh sách");
    ws.getCell("A1").value = "Tiêu đề";
    ws.mergeCells("A1:C1");
    ws.getCell("A2").value = new Date(Date.UTC(2025, 11, 10));
    ws.getCell("B2").value = { formula: "1+1", result: 2 };
    ws.getCell("C2").value = { richText: [{ text: "Nguyễn " }, { text: "Văn An", font: { bold: true } }] };
    ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
    const book = await fromXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(book.sheets).toEqual([
      {
        name: "Danh sách",
        rows: [
          ["Tiêu đề", null, null],
          // 10 December 2025 is day 46001 of Excel's 1900 date system.
          [46001, 2, "Nguyễn Văn An"],
        ],
        fills: { B2: "#FFC7CE" },
        merges: ["A1:C1"],
      },
    ]);
  });
});
