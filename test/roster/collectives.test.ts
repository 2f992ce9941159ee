import { describe, expect, it } from "vitest";
import { at, findingsOf, read } from "../helpers/xlsxRoster.js";
import { FormulaWithoutValue } from "../../shared/cells.js";
import { readSheet, type SheetReadResult } from "../../shared/roster/readSheet.js";

function collectivesOf(result: SheetReadResult) {
  if (result.outcome.kind !== "collectives")
    throw new Error(`expected collectives, got ${result.outcome.kind}`);
  return result.outcome.collectives;
}

describe("the collectives sheet (ROSTER.md)", () => {
  it("is recognised by a name, a type and a level column", () => {
    const result = read(
      [
        ["DANH SÁCH XẾP LOẠI TẬP THỂ NĂM 2026"],
        ["STT", "Tên tập thể", "Loại", "Xếp loại"],
        ["(1)", "(2)", "(3)", "(4)"],
        [1, "Phòng Tổ chức cán bộ", "Phòng", "HTTNV"],
        [2, "Chi bộ Văn phòng", "Chi bộ", "Hoàn thành xuất sắc nhiệm vụ"],
        [3, "Tập thể lãnh đạo Sở", "Tập thể lãnh đạo", "HTNV"],
        [4, "Trung tâm Tin học", "Đơn vị", "KHTNV"],
        [5, "Tổng cục Thuế", "", "HTT"],
        [null, "Tổng cộng", null, null],
        [],
        [null, "NGƯỜI LẬP BIỂU", null, "THỦ TRƯỞNG ĐƠN VỊ"],
        [null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)"],
        [null, "Lê Văn Cường", null, "Phạm Thị Dung"],
      ],
      {},
      "Tập thể",
    );
    expect(result.people).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(collectivesOf(result).map((c) => [c.name, c.type, c.level, c.sheet, c.row])).toEqual([
      ["Phòng Tổ chức cán bộ", "department", "HTTNV", "Tập thể", 4],
      ["Chi bộ Văn phòng", "party-cell", "HTXSNV", "Tập thể", 5],
      ["Tập thể lãnh đạo Sở", "leadership", "HTNV", "Tập thể", 6],
      ["Trung tâm Tin học", "unit", "KHTNV", "Tập thể", 7],
      ["Tổng cục Thuế", "other", "HTTNV", "Tập thể", 8],
    ]);
  });

  it("takes the type from the name when there is no type column, and the level under review as for people", () => {
    const result = read([
      ["Đơn vị", "Tự đánh giá", "Đề xuất", "Kết quả xếp loại"],
      ["Phòng Kế hoạch", "HTXS", "HTT", ""],
      ["Chi bộ Tài vụ", "HTXS", "", ""],
      ["Văn phòng Sở", "HTXS", "HTT", "HTNV"],
    ]);
    expect(collectivesOf(result).map((c) => [c.name, c.type, c.level])).toEqual([
      ["Phòng Kế hoạch", "department", "HTTNV"],
      ["Chi bộ Tài vụ", "party-cell", "HTXSNV"],
      ["Văn phòng Sở", "other", "HTNV"],
    ]);
  });

  it("reports an unreadable level and leaves the collective without one", () => {
    const result = read([
      ["Tên đơn vị", "Đề xuất", "Xếp loại"],
      ["Phòng Kế hoạch", "HTT", "Khá"],
    ]);
    expect(collectivesOf(result)).toMatchObject([{ name: "Phòng Kế hoạch", level: undefined }]);
    expect(findingsOf(result, "input.level-unrecognized").map(at)).toEqual([
      { sheet: "Danh sách", row: 2, column: "C" },
    ]);
  });

  it("skips section rows", () => {
    const result = read([
      ["STT", "Tên tập thể", "Xếp loại"],
      [null, "I. Khối phòng ban", null],
      [1, "Phòng Kế hoạch", "HTT"],
    ]);
    expect(collectivesOf(result).map((c) => c.name)).toEqual(["Phòng Kế hoạch"]);
  });
});

describe("a collective's level written as a formula without its result (RULES.md input.formula-no-value)", () => {
  it("is an error at the cell, and the proposed level does not replace it", () => {
    const result = readSheet("Tập thể", [
      ["STT", "Tên tập thể", "Đề xuất", "Xếp loại"],
      [1, "Phòng Tổ chức cán bộ", "HTT", new FormulaWithoutValue("C2")],
      [2, "Văn phòng", "HTT", "HTXS"],
    ]);
    expect(collectivesOf(result).map((c) => [c.name, c.level])).toEqual([
      ["Phòng Tổ chức cán bộ", undefined],
      ["Văn phòng", "HTXSNV"],
    ]);
    expect(findingsOf(result, "input.formula-no-value").map(at)).toEqual([
      { sheet: "Tập thể", row: 2, column: "D" },
    ]);
  });
});
