/**
 * Findings are sorted by sheet, row and severity; among a row's findings of one severity the engine
 * keeps the order it found them in: the person rules first, then the roster checks in the order of
 * the rule catalogue. A change to how the engine walks the people must keep it.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../shared/cells.js";
import { checkRead } from "../../shared/check.js";
import { readSheet } from "../../shared/roster/readSheet.js";
import { settingsSchema } from "../../shared/settings.js";
import { benchSheet } from "../bench/generateRoster.js";

/** 60 generated rows; Excel row 11 repeats row 4's person, a công chức with no score, on sick leave 7 months. */
function roster(): CellValue[][] {
  const rows = benchSheet(60);
  const header = rows[2]!;
  const set = (row: CellValue[], column: string, value: CellValue) => (row[header.indexOf(column)] = value);
  const first = rows[3]!;
  const repeat = rows[10]!;
  set(repeat, "Họ và tên", first[header.indexOf("Họ và tên")]!);
  set(repeat, "Ngày sinh", first[header.indexOf("Ngày sinh")]!);
  set(repeat, "Đối tượng", "CC");
  for (const column of header)
    if (typeof column === "string" && /điểm/i.test(column)) set(repeat, column, null);
  set(repeat, "Số tháng nghỉ", 7);
  set(repeat, "Loại nghỉ", "ốm");
  return rows;
}

describe("the order of a row's findings", () => {
  it("is person rules, then roster checks in catalogue order, among findings of one severity", () => {
    const result = checkRead([readSheet("Danh sách", roster())], settingsSchema.parse({ year: 2026 }), {
      fallbackYear: 2026,
    });
    const warnings = result.findings.filter((f) => f.row === 11 && f.severity === "warning");
    expect(warnings.map((f) => f.ruleId)).toEqual([
      "elig.short-service", // a person rule: 7 months of sick leave
      "input.duplicate-person", // roster checks, in the order of the rule catalogue
      "score.missing",
    ]);
  });
});
