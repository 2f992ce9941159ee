import { describe, expect, it } from "vitest";
import { duplicatePersonRule } from "../../shared/rules/duplicatePerson.js";
import { ruleSetsOf } from "../../shared/rules/index.js";
import type { Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";
import { checkRead } from "../../shared/check.js";
import { readSheet } from "../../shared/roster/readSheet.js";
import { settingsSchema } from "../../shared/settings.js";

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

  it("names at most three earlier rows, then how many more", () => {
    const rows = [1, 2, 3, 4, 5, 6].map(() => person({ fullName: "Đỗ Minh Tuấn", birthDate: "1970-07-07" }));
    const r = rows.map((p) => p.row);
    const findings = runRule(duplicatePersonRule, rows);
    expect(findings.map((f) => f.row)).toEqual(r.slice(1));
    expect(findings[2]!.message).toContain(`đã có ở dòng ${r[0]}, dòng ${r[1]}, dòng ${r[2]};`);
    expect(findings[3]!.message).toContain(
      `đã có ở dòng ${r[0]}, dòng ${r[1]}, dòng ${r[2]} và 1 dòng khác;`,
    );
    expect(findings[4]!.message).toContain(`dòng ${r[2]} và 2 dòng khác;`);
    expect(findings[4]!.message).not.toContain(`dòng ${r[3]}`);
    const [, , , , en] = runRule(duplicatePersonRule, rows, { lang: "en" });
    expect(en!.message).toContain(`row ${r[0]}, row ${r[1]}, row ${r[2]} and 2 more rows;`);
    // Each finding's rows: the first rows of the person and its own.
    expect(findings.map((f) => f.rows)).toEqual([
      r.slice(0, 4),
      r.slice(0, 4),
      r.slice(0, 4),
      [...r.slice(0, 3), r[4]],
      [...r.slice(0, 3), r[5]],
    ]);
  });

  it("clusters as before where a year-only row links two birth dates of that year", () => {
    // 1980-05-01 and 1980 are the same person, so are 1980 and 1980-06-01; the first joins all three.
    const a = person({ fullName: "Ngô Lan", birthDate: "1980-05-01" });
    const b = person({ fullName: "Ngô Lan", birthYear: 1980 });
    const c = person({ fullName: "Ngô Lan", birthDate: "1980-06-01" });
    const d = person({ fullName: "Ngô Lan", birthDate: "1981-06-01" });
    const findings = runRule(duplicatePersonRule, [a, b, c, d]);
    expect(findings.map((f) => [f.row, f.rows])).toEqual([
      [b.row, [a.row, b.row, c.row]],
      [c.row, [a.row, b.row, c.row]],
    ]);
  });

  it("5,000 copies of one person: one finding per later row, each message of bounded length (RULES.md §3)", () => {
    const n = 5000;
    const copies = Array.from({ length: n }, () =>
      person({ fullName: "Nguyễn Văn An", birthDate: "1980-01-01" }),
    );
    const byUnit = Array.from({ length: n }, (_, i) =>
      person({ fullName: "Trần Thị Bình", unit: i % 2 === 0 ? "Phòng A" : "Phòng B" }),
    );
    const findings = runRule(duplicatePersonRule, [...copies, ...byUnit]);
    expect(findings).toHaveLength(2 * n - 3);
    expect(new Set(findings.map((f) => f.row)).size).toBe(findings.length);
    for (const f of findings) {
      expect(f.message.length).toBeLessThan(300);
      expect(f.rows!.length).toBeLessThanOrEqual(4);
    }
    const last = findings.find((f) => f.row === copies[n - 1]!.row)!;
    expect(last.message).toContain(`và ${n - 4} dòng khác`);
    // Rows of one unit are one person; the two units are two.
    expect(findings.filter((f) => f.person === "Trần Thị Bình")).toHaveLength(n - 2);
  });

  it("finds on read sheets the same person spelled with other spacing and case, on one sheet and across two", () => {
    const header = ["STT", "Họ và tên", "Ngày sinh", "Xếp loại"];
    const first = [header, [1, "Nguyễn Văn An", "01/05/1980", "HTNV"], [2, "Lê Bình", "02/02/1990", "HTNV"]];
    const second = [
      header,
      [1, " NGUYỄN\u00a0văn  an\t", "01/05/1980", "HTNV"],
      [2, "Lê Bình", "03/03/1991", "HTNV"],
    ];
    const duplicates = (sheets: ReturnType<typeof readSheet>[]) =>
      checkRead(sheets, settingsSchema.parse({ year: 2026 }), { fallbackYear: 2026 })
        .findings.filter((f) => f.ruleId === "input.duplicate-person")
        .map((f) => [f.sheet, f.row, f.person]);
    // The reader tidies the name's spaces; the check folds its case and diacritics.
    expect(duplicates([readSheet("A", first), readSheet("B", second)])).toEqual([["B", 2, "NGUYỄN văn an"]]);
    expect(duplicates([readSheet("A", [...first, ...second.slice(1)])])).toEqual([["A", 4, "NGUYỄN văn an"]]);
  });

  it("applies under every rule set", () => {
    expect(ruleSetsOf(duplicatePersonRule)).toEqual(["2020", "2023", "2025", "2026"]);
  });
});
