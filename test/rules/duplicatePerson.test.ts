import { describe, expect, it } from "vitest";
import { duplicatePersonRule } from "../../shared/rules/duplicatePerson.js";
import { ruleSetsOf } from "../../shared/rules/index.js";
import type { Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";

// Columns: A No., B name, C birth date, D unit, E final level.
const sheet = makeSheet(["seq", "fullName", "birthDate", "unit", "finalLevel"]);
const other = makeSheet(["seq", "fullName", "birthDate", "unit", "finalLevel"], "Phòng B");
const person = (values: Partial<Person>, on = sheet) => makePerson({ level: "HTNV", ...values }, on);

describe("input.duplicate-person", () => {
  it("warns on the later row of the same name and birth date, listing both rows", () => {
    const first = person({ fullName: "Nguyễn Văn An", birthDate: "1980-05-01" });
    const second = person({ fullName: "  NGUYỄN  văn an ".normalize("NFD"), birthDate: "1980-05-01" });
    const [f, ...rest] = runRule(duplicatePersonRule, [first, second]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "input.duplicate-person",
      severity: "warning",
      sheet: "Danh sách",
      row: second.row,
      column: "B",
      rows: [first.row, second.row],
    });
    expect(f!.source).toBeUndefined();
    expect(f!.message).toBe(
      `Có thể trùng người: “${second.fullName}”, sinh ngày 01/05/1980 đã có ở dòng ${first.row}; kiểm tra và bỏ dòng lặp`,
    );
    const [en] = runRule(duplicatePersonRule, [first, second], { lang: "en" });
    expect(en!.message).toBe(
      `Possible duplicate: “${second.fullName}”, born 01/05/1980 is already listed at row ${first.row}; check and remove the repeated row`,
    );
  });

  it("folds diacritics: a name typed without them is the same name", () => {
    const a = person({ fullName: "Trần Thị Ánh", birthDate: "1990-01-02" });
    const b = person({ fullName: "Tran Thi Anh", birthDate: "1990-01-02" });
    expect(runRule(duplicatePersonRule, [a, b])).toHaveLength(1);
  });

  it("is silent for the same name with different birth dates", () => {
    const a = person({ fullName: "Nguyễn Văn An", birthDate: "1980-05-01" });
    const b = person({ fullName: "Nguyễn Văn An", birthDate: "1985-05-01" });
    expect(runRule(duplicatePersonRule, [a, b])).toEqual([]);
  });

  it("matches on birth year where only the year is given", () => {
    const a = person({ fullName: "Lê Văn Bình", birthYear: 1975 });
    const b = person({ fullName: "Lê Văn Bình", birthYear: 1975 });
    const c = person({ fullName: "Lê Văn Bình", birthYear: 1976 });
    const [f, ...rest] = runRule(duplicatePersonRule, [a, b, c]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ row: b.row, rows: [a.row, b.row] });
    expect(f!.message).toContain("sinh năm 1975");
  });

  it("where neither row gives a birth date, matches the same name in the same unit only", () => {
    const a = person({ fullName: "Phạm Thu Hà", unit: "Phòng Tổ chức" });
    const b = person({ fullName: "Phạm Thu Hà", unit: "PHÒNG TỔ CHỨC" });
    const c = person({ fullName: "Phạm Thu Hà", unit: "Phòng Kế hoạch" });
    const [f, ...rest] = runRule(duplicatePersonRule, [a, b, c]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ row: b.row, rows: [a.row, b.row] });
    expect(f!.message).toContain("cùng đơn vị “PHÒNG TỔ CHỨC”");
  });

  it("does not match a row with a birth date against one without", () => {
    const a = person({ fullName: "Phạm Thu Hà", unit: "Phòng Tổ chức", birthDate: "1990-01-01" });
    const b = person({ fullName: "Phạm Thu Hà", unit: "Phòng Tổ chức" });
    expect(runRule(duplicatePersonRule, [a, b])).toEqual([]);
  });

  it("reports each later occurrence with every row of that person", () => {
    const rows = [1, 2, 3].map(() => person({ fullName: "Đỗ Minh Tuấn", birthDate: "1970-07-07" }));
    const findings = runRule(duplicatePersonRule, rows);
    expect(findings.map((f) => f.row)).toEqual([rows[1]!.row, rows[2]!.row]);
    for (const f of findings) expect(f.rows).toEqual(rows.map((p) => p.row));
    expect(findings[1]!.message).toContain(`dòng ${rows[0]!.row}, dòng ${rows[1]!.row}`);
  });

  it("without unit or birth date, treats a sheet as one unit and names the other sheet", () => {
    const a = person({ fullName: "Vũ Hoàng" });
    const b = person({ fullName: "Vũ Hoàng" });
    const c = person({ fullName: "Vũ Hoàng" }, other);
    const findings = runRule(duplicatePersonRule, [a, b, c]);
    expect(findings.map((f) => f.row)).toEqual([b.row]);
    const d = person({ fullName: "Hồ Xuân", birthDate: "1999-09-09" });
    const e = person({ fullName: "Hồ Xuân", birthDate: "1999-09-09" }, other);
    const [f] = runRule(duplicatePersonRule, [d, e]);
    expect(f).toMatchObject({ sheet: "Phòng B", row: e.row });
    expect(f!.message).toContain(`dòng ${d.row} (sheet “Danh sách”)`);
  });

  it("finds one repeated row among thousands of distinct names, and nothing without it", () => {
    const roster = Array.from({ length: 5000 }, (_, i) =>
      person({ fullName: `Nguyễn Văn ${i} Thành`, birthDate: "1980-01-01" }),
    );
    expect(runRule(duplicatePersonRule, roster)).toEqual([]);
    const repeated = person({ fullName: "NGUYEN VAN 1234 THANH", birthDate: "1980-01-01" });
    const findings = runRule(duplicatePersonRule, [...roster, repeated]);
    expect(findings.map((f) => [f.row, f.rows])).toEqual([[repeated.row, [roster[1234]!.row, repeated.row]]]);
  });

  it("applies under every rule set", () => {
    expect(ruleSetsOf(duplicatePersonRule)).toEqual(["2020", "2023", "2025", "2026"]);
  });
});
