/**
 * RULES.md §3 `input.level-missing`: a named row with no level in any staff level column, and not
 * marked not rated, is counted as not yet rated (a warning), and the summary says how many.
 */
import { describe, expect, it } from "vitest";
import { summarizeUnit } from "../../shared/summary/index.js";
import { at, findingsOf, read } from "../helpers/xlsxRoster.js";
import { PersonTable } from "../../shared/roster/personTable.js";

// A: STT, B: name, C: self, D: proposed, E: final, F: Party level
const HEADER = [
  "STT",
  "Họ và tên",
  "Tự xếp loại",
  "Tập thể đề xuất",
  "Kết quả xếp loại",
  "Xếp loại đảng viên",
];

describe("input.level-missing", () => {
  const result = read([
    HEADER,
    [1, "Nguyễn Văn An", "HTT", "HTT", "HTT", "HTT"],
    [2, "Trần Thị Bình", null, "", null, null],
    [3, "Lê Văn Cường", "HTT", null, null, null],
    [4, "Phạm Thu Hà", null, null, "Không xếp loại", null],
    [5, "Vũ Hoàng", null, null, "Khá", null],
    [6, "Đỗ Minh Tuấn", null, null, null, "HTT"],
    [null, null, null, null, null, "HTT"],
  ]);

  it("warns once on each named row whose staff level cells are all empty, at the final level column", () => {
    expect(findingsOf(result, "input.level-missing").map(at)).toEqual([
      { sheet: "Danh sách", row: 3, column: "E" },
      { sheet: "Danh sách", row: 7, column: "E" },
    ]);
    const [binh] = findingsOf(result, "input.level-missing");
    expect(binh).toMatchObject({ severity: "warning", person: "Trần Thị Bình" });
    expect(binh!.message.vi).toContain("được tính là chưa xếp loại");
    expect(binh!.message.vi).toContain("dòng 3");
    expect(binh!.message.en).toContain("counted as not yet rated");
  });

  it("is silent for a self-rating alone, for `Không xếp loại`, and for an unreadable level (its own error)", () => {
    const rows = findingsOf(result, "input.level-missing").map((f) => f.row);
    expect(rows).not.toContain(4);
    expect(rows).not.toContain(5);
    expect(rows).not.toContain(6);
    expect(findingsOf(result, "input.level-unrecognized").map(at)).toEqual([
      { sheet: "Danh sách", row: 6, column: "E" },
    ]);
  });

  it("is silent on a sheet with only a Party level column", () => {
    const party = read([
      ["STT", "Họ và tên", "Xếp loại đảng viên"],
      [1, "Nguyễn Văn An", "HTT"],
      [2, "Trần Thị Bình", null],
    ]);
    expect(party.people).toHaveLength(2);
    expect(findingsOf(party, "input.level-missing")).toEqual([]);
  });

  it("points at the first staff level column there is: the self-rating on a sheet with no other", () => {
    const self = read([
      ["Họ và tên", "Chức vụ", "Tự xếp loại"],
      ["Nguyễn Văn An", "Chuyên viên", null],
    ]);
    expect(findingsOf(self, "input.level-missing").map(at)).toEqual([
      { sheet: "Danh sách", row: 2, column: "C" },
    ]);
  });

  it("the summary counts the people not yet rated, and they stay among `missing`", () => {
    const summary = summarizeUnit(PersonTable.fromPeople(result.people));
    expect(summary.notYetRated).toBe(2);
    // Bình and Tuấn have no level; Vũ Hoàng's unreadable level is missing too, but is an error to fix.
    expect(summary.byStaffType.unknown.missing).toBe(3);
  });
});
