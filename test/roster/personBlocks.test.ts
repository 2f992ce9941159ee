import { describe, expect, it } from "vitest";
import type { CellValue } from "../../shared/cells.js";
import { createSheetReader } from "../../shared/roster/readSheet.js";
import { at, read, rosterOf } from "../helpers/xlsxRoster.js";

const HEADER = ["STT", "Họ và tên", "Chức vụ", "Tổng điểm", "Xếp loại", "Ghi chú"];

/**
 * 600 people under two sections: 255 under the first (rows 3–257), the section row at 258, then 345
 * (rows 259–603). Person rows are read 256 at a time, so the second section starts a block (row 259)
 * and its 256th person (row 514) ends one: bad cells sit on the first and last rows of that block and
 * on the first two of the next.
 */
function roster(): CellValue[][] {
  const rows: CellValue[][] = [HEADER, ["I. Phòng Tổ chức", null, null, null, null, null]];
  for (let i = 1; i <= 600; i++) {
    if (i === 256) rows.push(["II. Phòng Kế hoạch", null, null, null, null, null]);
    const score: CellValue = i === 256 ? "abc" : i === 511 ? "n/a" : i === 512 ? 150 : 80 + (i % 10);
    const level: CellValue = i === 256 ? "XYZ" : i === 513 ? null : "HTTNV";
    rows.push([i, `Người số ${i}`, "Chuyên viên", score, level, null]);
  }
  return rows;
}

describe("person rows read a block at a time", () => {
  it("reads every person with the section above it, whatever block the row falls in", () => {
    const result = read(roster());
    expect(rosterOf(result).people).toBe(600);
    expect(result.people.map((p) => p.row)).toEqual(
      Array.from({ length: 600 }, (_, i) => (i < 255 ? i + 3 : i + 4)),
    );
    expect(result.people.slice(0, 255).every((p) => p.unit === "Phòng Tổ chức")).toBe(true);
    expect(result.people.slice(255).every((p) => p.unit === "Phòng Kế hoạch")).toBe(true);
    // Row 511 holds person 508: 80 + 8 points.
    expect(result.people.find((p) => p.row === 511)?.score).toBe(88);
  });

  it("gives each bad cell one finding at its row and column, in row order and along the row", () => {
    const result = read(roster());
    expect(result.findings.map((f) => [f.ruleId, at(f), f.person])).toEqual([
      ["input.number-invalid", { sheet: "Danh sách", row: 259, column: "D" }, "Người số 256"],
      ["input.level-unrecognized", { sheet: "Danh sách", row: 259, column: "E" }, "Người số 256"],
      ["input.number-invalid", { sheet: "Danh sách", row: 514, column: "D" }, "Người số 511"],
      ["input.number-invalid", { sheet: "Danh sách", row: 515, column: "D" }, "Người số 512"],
      ["input.level-missing", { sheet: "Danh sách", row: 516, column: "E" }, "Người số 513"],
    ]);
    const refused = result.people.find((p) => p.row === 259)!;
    expect([refused.score, refused.level, refused.levelUnreadable]).toEqual([undefined, undefined, true]);
    expect(result.people.find((p) => p.row === 515)?.score).toBeUndefined();
  });

  it("reads the same people and findings fed row by row as from a whole sheet, across blocks", () => {
    const rows = roster();
    const reader = createSheetReader("Danh sách");
    rows.forEach((row, i) => reader.push([...row], i + 1));
    const streamed = reader.finish();
    const whole = read(rows);
    expect(streamed.people.map((p) => [p.row, p.fullName, p.score, p.level, p.unit])).toEqual(
      whole.people.map((p) => [p.row, p.fullName, p.score, p.level, p.unit]),
    );
    expect(streamed.findings).toEqual(whole.findings);
  });
});
