/**
 * RULES.md §3 `input.formula-no-value`: a formula whose result the file never saved cannot be read;
 * it is not replaced by another column, and the clerk is told to open the file in Excel and save it.
 */
import { describe, expect, it } from "vitest";
import { FormulaWithoutValue, type SheetCell } from "../../shared/cells.js";
import { readSheet } from "../../shared/roster/readSheet.js";
import { at, fieldLetters, findingsOf, personNamed, rosterOf, roundTrip } from "../helpers/xlsxRoster.js";

const read = (rows: readonly (readonly SheetCell[])[]) => readSheet("Danh sách", rows);
const unsaved = (formula: string) => new FormulaWithoutValue(formula);

// A: STT, B: name, C: unit, D: score, E: self, F: proposed, G: final, H: Party level
const HEADER = [
  "STT",
  "Họ và tên",
  "Đơn vị",
  "Tổng điểm",
  "Tự xếp loại",
  "Tập thể đề xuất",
  "Kết quả xếp loại",
  "Xếp loại đảng viên",
];

describe("input.formula-no-value", () => {
  it("fires at a number cell, says to open the file in Excel and save it, and leaves the field empty", () => {
    const result = read([
      HEADER,
      [1, "Nguyễn Văn An", "Phòng A", unsaved("SUM(E2:F2)"), "HTT", "HTT", "HTT", null],
    ]);
    const [f, ...rest] = result.findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "input.formula-no-value",
      severity: "error",
      sheet: "Danh sách",
      row: 2,
      column: "D",
      person: "Nguyễn Văn An",
    });
    expect(f!.message.vi).toContain("=SUM(E2:F2)");
    expect(f!.message.vi).toContain("mở tệp bằng Excel, lưu lại");
    expect(f!.message.en).toContain("Open the file in Excel, save it");
    const an = personNamed(result, "Nguyễn Văn An");
    expect([an.score, an.level]).toEqual([undefined, "HTTNV"]);
  });

  it("in the final level column, leaves no level under review: the proposed level does not replace it", () => {
    const result = read([HEADER, [1, "Nguyễn Văn An", "Phòng A", 85, "HTXS", "HTT", unsaved('"HTT"'), null]]);
    const an = personNamed(result, "Nguyễn Văn An");
    expect([an.level, an.levelUnreadable, an.levelField, an.proposedLevel]).toEqual([
      undefined,
      true,
      "finalLevel",
      "HTTNV",
    ]);
    expect(findingsOf(result, "input.formula-no-value").map(at)).toEqual([
      { sheet: "Danh sách", row: 2, column: "G" },
    ]);
    // Unreadable, not unrecognised text, and not missing either.
    expect(findingsOf(result, "input.level-unrecognized")).toEqual([]);
    expect(findingsOf(result, "input.level-missing")).toEqual([]);
  });

  it("in the Party level column, leaves the Party level unreadable and the staff level as it is", () => {
    const result = read([HEADER, [1, "Nguyễn Văn An", "Phòng A", 85, null, null, "HTT", unsaved("G2")]]);
    const an = personNamed(result, "Nguyễn Văn An");
    expect([an.level, an.partyLevel, an.partyLevelUnreadable]).toEqual(["HTTNV", undefined, true]);
  });

  it("in the unit column, leaves the unit empty: the section above does not fill it", () => {
    const result = read([
      HEADER,
      ["I", "Phòng Tổ chức"],
      [1, "Nguyễn Văn An", unsaved("VLOOKUP(B3,X!A:B,2,0)"), 85, null, null, "HTT", null],
    ]);
    expect(personNamed(result, "Nguyễn Văn An").unit).toBeUndefined();
    expect(findingsOf(result, "input.formula-no-value").map(at)).toEqual([
      { sheet: "Danh sách", row: 3, column: "C" },
    ]);
  });

  it("in the name column, the row is no person, and the cell is named", () => {
    const result = read([HEADER, [1, unsaved("PROPER(X2)"), "Phòng A", 85, null, null, "HTT", null]]);
    expect(result.people).toEqual([]);
    expect(findingsOf(result, "input.formula-no-value")).toMatchObject([
      { row: 2, column: "B", person: undefined, severity: "error" },
    ]);
  });

  it("in a period column, the period is not read", () => {
    const result = read([
      ["Họ và tên", "Điểm theo quý", null, "Xếp loại"],
      [null, "Quý I", "Quý II"],
      ["Nguyễn Văn An", 80, unsaved("AVERAGE(X3:Z3)"), "HTT"],
    ]);
    expect(personNamed(result, "Nguyễn Văn An").periodScores?.map((p) => p.column)).toEqual(["B"]);
    expect(findingsOf(result, "input.formula-no-value").map(at)).toEqual([
      { sheet: "Danh sách", row: 3, column: "C" },
    ]);
  });

  it("is silent for formulas whose result was saved, and for ordinary cells", () => {
    const result = read([HEADER, [1, "Nguyễn Văn An", "Phòng A", 85, "HTT", "HTT", "HTT", "HTT"]]);
    expect(result.findings).toEqual([]);
  });

  it("a header cell holding one reads as blank: the header is still found", () => {
    const sheet = rosterOf(
      read([
        ["STT", "Họ và tên", unsaved("CONCAT(X1,Y1)"), "Xếp loại"],
        [1, "Nguyễn Văn An", 5, "HTT"],
      ]),
    );
    expect(fieldLetters(sheet)).toEqual({ seq: "A", fullName: "B", finalLevel: "D" });
  });
});

describe("input.formula-no-value through a real .xlsx", () => {
  it("fires for a formula written without its result, including a shared one, and not for one with its result", async () => {
    // The master of a formula shared down column D (exceljs's types do not name the sharing fields).
    const shared = { formula: "B2+C2", shareType: "shared", ref: "D2:D3" };
    const [result] = await roundTrip([
      {
        name: "Danh sách",
        rows: [
          ["Họ và tên", "Tiêu chí chung", "Kết quả thực hiện nhiệm vụ", "Tổng điểm", "Xếp loại"],
          ["Nguyễn Văn An", 25, 60, shared, "HTT"],
          ["Trần Thị Bình", 20, 55, { sharedFormula: "D2" }, "HTT"],
          ["Lê Văn Cường", 28, 62, { formula: "B4+C4", result: 90 }, "HTXS"],
        ],
      },
    ]);
    expect(findingsOf(result!, "input.formula-no-value").map(at)).toEqual([
      { sheet: "Danh sách", row: 2, column: "D" },
      { sheet: "Danh sách", row: 3, column: "D" },
    ]);
    expect(result!.people.map((p) => [p.fullName, p.score])).toEqual([
      ["Nguyễn Văn An", undefined],
      ["Trần Thị Bình", undefined],
      ["Lê Văn Cường", 90],
    ]);
  });
});
