import { describe, expect, it } from "vitest";
import { plainCellValue } from "../../xlsx/cellValue.js";

const CELLS = [
  ["a string", "Nguyễn Văn An", "Nguyễn Văn An"],
  ["a number", 85.5, 85.5],
  ["a boolean", true, true],
  ["null", null, null],
  ["undefined", undefined, null],
  [
    "rich text",
    { richText: [{ text: "Nguyễn " }, { text: "Văn An", font: { bold: true } }] },
    "Nguyễn Văn An",
  ],
  ["a formula's result", { formula: "A1+1", result: 90 }, 90],
  ["a formula's text result", { formula: "A1", result: "HTT" }, "HTT"],
  ["a formula's empty text result", { formula: 'IF(A1>0,"","x")', result: "" }, ""],
  ["a shared formula's result", { sharedFormula: "B2", result: 11 }, 11],
  ["a formula's error", { formula: "1/0", result: { error: "#DIV/0!" } }, "#DIV/0!"],
  ["an error", { error: "#N/A" }, "#N/A"],
  ["a hyperlink", { text: "Phòng Kế hoạch", hyperlink: "https://example.org" }, "Phòng Kế hoạch"],
  [
    "a hyperlink with rich text",
    { text: { richText: [{ text: "Văn " }, { text: "phòng" }] }, hyperlink: "x" },
    "Văn phòng",
  ],
] as const;

describe("plainCellValue: exceljs cells as Office.js would give them", () => {
  it.each([...CELLS, ["a formula without a result", { formula: "A1" }, null] as const])(
    "%s",
    (_, value, expected) => {
      expect(plainCellValue(value)).toEqual(expected);
    },
  );

  it("keeps a Date", () => {
    const d = new Date(Date.UTC(1980, 4, 17));
    expect(plainCellValue(d)).toBe(d);
  });
});
