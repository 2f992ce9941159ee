/**
 * `check` run as a user runs it: a child process from the repository root, on .xlsx rosters built
 * with exceljs in a temporary folder. All the runs start in `beforeAll`, two at a time.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULE_IDS } from "../../shared/findings.js";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { errorsOf, findings, json, VOTES } from "./cliRuns.js";
import { runCliAll, tempDir, type CliRun } from "../helpers/cli.js";
import { collectivesSheet, roster } from "../integration/fixtures.js";

const { dir, remove } = tempDir();
const file = (name: string) => join(dir, name);

// A STT, B Họ và tên, C Ngày sinh, D Chức vụ, E Đối tượng, F Tổng điểm, G Kết quả xếp loại.
// Title rows 1–3, header 4, numbering 5, then data from row 6.
const HEADER = ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Đối tượng", "Tổng điểm", "Kết quả xếp loại"];
const staff = (n: number, name: string, born: string, type: string, score: number | null, level: string) => [
  n,
  name,
  born,
  "Chuyên viên",
  type,
  score,
  level,
];

/** One HTXSNV to five HTTNV, scores within their bands, a người lao động: no error. */
const CLEAN = roster(HEADER, [
  staff(1, "Nguyễn Văn An", "12/03/1975", "CC", 95, "HTXSNV"),
  staff(2, "Trần Thị Bình", "25/07/1980", "CC", 88, "HTTNV"),
  staff(3, "Lê Văn Cường", "01/01/1985", "CC", 80, "HTTNV"),
  staff(4, "Phạm Thị Dung", "14/02/1988", "CC", 82, "HTTNV"),
  staff(5, "Hoàng Văn Em", "30/09/1990", "CC", 78, "HTTNV"),
  staff(6, "Vũ Thị Giang", "05/05/1992", "CC", 75, "HTTNV"),
  staff(7, "Đinh Văn Long", "03/03/1979", "HĐLĐ", null, "HTTNV"),
]);

/**
 * One error (row 8: a công chức scoring 65 rated HTTNV, ND335 under 2026, cell G8), one warning
 * (row 13 repeats row 9's person: B13), and the information about skipped checks.
 */
const ERRORS = roster(HEADER, [
  { section: "I. Phòng Tổ chức cán bộ" },
  staff(1, "Nguyễn Văn An", "12/03/1975", "CC", 92, "HTXSNV"),
  staff(2, "Trần Thị Bình", "25/07/1980", "CC", 65, "HTTNV"),
  staff(3, "Lê Văn Cường", "01/01/1985", "CC", 80, "HTTNV"),
  staff(4, "Phạm Thị Dung", "14/02/1988", "CC", 82, "HTTNV"),
  staff(5, "Hoàng Văn Em", "30/09/1990", "CC", 78, "HTTNV"),
  staff(6, "Vũ Thị Giang", "05/05/1992", "CC", 85, "HTTNV"),
  staff(7, "LÊ VĂN CƯỜNG", "01/01/1985", "CC", 80, "HTTNV"),
]);

/** One HTXSNV to four HTTNV: over 20% of HTTNV, within 20% of HTTNV + HTXSNV. */
const QUOTA = roster(HEADER, [
  staff(1, "Nguyễn Văn An", "12/03/1975", "CC", 95, "HTXSNV"),
  staff(2, "Trần Thị Bình", "25/07/1980", "CC", 88, "HTTNV"),
  staff(3, "Lê Văn Cường", "01/01/1985", "CC", 80, "HTTNV"),
  staff(4, "Phạm Thị Dung", "14/02/1988", "CC", 82, "HTTNV"),
  staff(5, "Hoàng Văn Em", "30/09/1990", "CC", 78, "HTTNV"),
]);

/**
 * Two roster sheets and a collectives sheet. "Phòng Tổ chức" is clean; on "Phòng Kế hoạch" the
 * head (row 7: section row 6) is rated above the unit's HTNV from the collectives sheet: cell G7.
 */
const TWO_SHEETS = [
  { ...CLEAN, name: "Phòng Tổ chức" },
  roster(
    HEADER,
    [
      { section: "I. Phòng Kế hoạch" },
      [1, "Mai Văn Minh", "02/02/1972", "Trưởng phòng", "CC", 80, "HTTNV"],
      [2, "Lý Thị Nga", "19/06/1986", "Chuyên viên", "CC", 86, "HTTNV"],
      [3, "Tạ Văn Oanh", "28/12/1989", "Chuyên viên", "CC", 83, "HTTNV"],
    ],
    { name: "Phòng Kế hoạch" },
  ),
  collectivesSheet([["Phòng Kế hoạch", "Phòng", "HTNV"]]),
];

const RUNS = {
  clean: ["check", file("clean.xlsx"), "--json"],
  errorsJson: ["check", file("errors.xlsx"), "--json"],
  errorsText: ["check", file("errors.xlsx")],
  errorsEnglish: ["check", file("errors.xlsx"), "--lang", "en"],
  errors2020: ["check", file("errors.xlsx"), "--json", "--year", "2020"],
  quota: ["check", file("quota.xlsx"), "--json"],
  quotaInclusive: ["check", file("quota.xlsx"), "--json", "--quota-base", "good-inclusive"],
  votes: ["check", file("votes.xlsx"), "--json"],
  votesAtLeast: ["check", file("votes.xlsx"), "--json", "--votes-rule", "at-least-two-thirds"],
  twoSheets: ["check", file("two-sheets.xlsx"), "--json"],
  oneSheet: ["check", file("two-sheets.xlsx"), "--json", "--sheet", "Phòng Tổ chức"],
  noSuchSheet: ["check", file("two-sheets.xlsx"), "--sheet", "Phòng Tài vụ"],
  notWorkbook: ["check", file("ghi-chu.xlsx")],
  notWorkbookJson: ["check", file("ghi-chu.xlsx"), "--json"],
  noHeader: ["check", file("huong-dan.xlsx")],
  missing: ["check", file("khong-co.xlsx")],
  badQuotaBase: ["check", file("clean.xlsx"), "--quota-base", "tat-ca"],
  badVotesRuleEnglish: ["check", file("clean.xlsx"), "--votes-rule", "half", "--lang", "en"],
  unknownFlag: ["check", file("clean.xlsx"), "--strict-mode"],
} as const;

const run = {} as Record<keyof typeof RUNS, CliRun>;

beforeAll(async () => {
  await writeRosterWorkbook([CLEAN], file("clean.xlsx"));
  await writeRosterWorkbook([ERRORS], file("errors.xlsx"));
  await writeRosterWorkbook([QUOTA], file("quota.xlsx"));
  await writeRosterWorkbook([VOTES], file("votes.xlsx"));
  await writeRosterWorkbook(TWO_SHEETS, file("two-sheets.xlsx"));
  await writeRosterWorkbook(
    [
      {
        name: "Hướng dẫn",
        rows: [["HƯỚNG DẪN LẬP DANH SÁCH"], ["Các phòng gửi danh sách về Văn phòng trước ngày 25/11."]],
      },
    ],
    file("huong-dan.xlsx"),
  );
  writeFileSync(file("ghi-chu.xlsx"), "Họ và tên;Xếp loại\nNguyễn Văn An;HTXSNV\n", "utf8");
  const names = Object.keys(RUNS) as (keyof typeof RUNS)[];
  const results = await runCliAll(names.map((n) => RUNS[n]));
  names.forEach((n, i) => (run[n] = results[i]!));
}, 120_000);

afterAll(remove);

const FINDING_KEYS = [
  "ruleId",
  "severity",
  "sheet",
  "row",
  "column",
  "rows",
  "person",
  "scope",
  "message",
  "source",
];

describe("check --json", () => {
  it("prints one JSON document with the rule set, the people read, findings, quota and summary", () => {
    const r = run.clean;
    expect(r.stderr).toBe("");
    const doc = json(r);
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(["ruleSet", "people", "findings", "quota", "summary"]),
    );
    expect(doc.ruleSet).toBe("2026");
    expect(doc.people).toBe(7);
    expect(typeof doc.summary).toBe("object");
    expect((doc.summary as { people: number }).people).toBe(7);
  });

  it("gives every finding the documented fields only, rows as 1-based Excel rows", () => {
    for (const r of [run.clean, run.errorsJson, run.quota, run.votes, run.twoSheets]) {
      for (const f of findings(r)) {
        expect(FINDING_KEYS).toEqual(expect.arrayContaining(Object.keys(f)));
        expect(RULE_IDS).toContain(f.ruleId);
        expect(["error", "warning", "info"]).toContain(f.severity);
        expect(typeof f.message).toBe("string");
        expect(f.message.length).toBeGreaterThan(0);
        if (f.row !== undefined) expect(Number.isInteger(f.row) && f.row >= 1).toBe(true);
        if (f.column !== undefined) expect(f.column).toMatch(/^[A-Z]{1,3}$/);
        for (const row of f.rows ?? []) expect(Number.isInteger(row) && row >= 1).toBe(true);
        // A finding points somewhere: a cell's row, the rows of a group, or (sheet-level) its sheet.
        expect(f.row !== undefined || f.rows !== undefined || f.sheet !== undefined).toBe(true);
      }
    }
  });

  it("gives every quota scope its counts and the HTXSNV people in quota order", () => {
    const quota = json(run.quota).quota as Record<string, unknown>[];
    expect(quota.map((q) => q.scope)).toEqual(["agency", "group"]);
    for (const q of quota) {
      expect(["agency", "group", "unit", "party"]).toContain(q.scope);
      expect(typeof q.key).toBe("string");
      for (const k of ["excellent", "base", "allowed", "excess"]) expect(Number.isInteger(q[k])).toBe(true);
      expect(q.people).toEqual([expect.objectContaining({ name: "Nguyễn Văn An", row: 6 })]);
    }
    // Under 2026 the công chức are a population of their own (RULES.md §9, by-law).
    expect(quota[0]).toMatchObject({
      scope: "agency",
      key: "agency",
      population: "CC",
      excellent: 1,
      base: 4,
      allowed: 0,
      excess: 1,
    });
  });

  it("exits 0 without an error finding", () => {
    expect(run.clean.code).toBe(0);
    expect(errorsOf(run.clean)).toEqual([]);
  });

  it("exits 1 with one, pointing at the sheet, row and column", () => {
    const r = run.errorsJson;
    expect(r.code).toBe(1);
    expect(errorsOf(r).map((f) => [f.ruleId, f.sheet, f.row, f.column, f.person])).toEqual([
      ["score.band", "Danh sách", 8, "G", "Trần Thị Bình"],
    ]);
    const warnings = findings(r).filter((f) => f.severity === "warning");
    expect(warnings.map((f) => [f.ruleId, f.row, f.column, f.rows])).toEqual([
      ["input.duplicate-person", 13, "B", [9, 13]],
    ]);
    expect(errorsOf(r)[0]!.message).toMatch(/^Đạt 65 điểm/);
  });
});

describe("check: settings flags", () => {
  it("--year 2020 picks rule set 2020, where score bands do not bind công chức", () => {
    const doc = json(run.errors2020);
    expect(doc.ruleSet).toBe("2020");
    expect(run.errors2020.code).toBe(0);
    expect(findings(run.errors2020).some((f) => f.ruleId === "score.band")).toBe(false);
  });

  it("--quota-base good-inclusive counts HTXSNV in the base: exit 1 becomes 0", () => {
    expect(run.quota.code).toBe(1);
    // 1 HTXSNV to 4 HTTNV, all công chức (RULES.md §9): floor(20% × 4) = 0 allowed, over for the agency
    // (an error) and for the derived group, which is only a warning without a peer-group column (§5).
    expect(errorsOf(run.quota).map((f) => [f.ruleId, f.scope])).toEqual([["quota.excellent", "agency · CC"]]);
    const groupWarnings = findings(run.quota).filter(
      (f) => f.ruleId === "quota.excellent" && f.severity === "warning",
    );
    expect(groupWarnings.map((f) => f.scope)).toEqual([
      "group · CC: (chưa ghi đơn vị) · CC · không lãnh đạo",
    ]);
    expect(run.quotaInclusive.code).toBe(0);
    const agency = (json(run.quotaInclusive).quota as { scope: string; base: number; allowed: number }[])[0]!;
    expect(agency).toMatchObject({ scope: "agency", base: 5, allowed: 1 });
  });

  it("--votes-rule at-least-two-thirds accepts 6 votes of 9", () => {
    expect(run.votes.code).toBe(1);
    expect(errorsOf(run.votes).map((f) => [f.ruleId, f.row, f.column])).toEqual([["party.votes", 7, "F"]]);
    expect(run.votesAtLeast.code).toBe(0);
    expect(errorsOf(run.votesAtLeast)).toEqual([]);
  });

  it("an invalid value exits 2 with a message naming the setting", () => {
    const r = run.badQuotaBase;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cài đặt không hợp lệ");
    expect(r.stderr).toContain("--quota-base (quotaBase)");
    // What was given and the values allowed, in plain words.
    expect(r.stderr).toContain("không phải một lựa chọn; chọn một trong: good, good-inclusive, headcount");
    expect(r.stderr).not.toContain("    at ");
    const en = run.badVotesRuleEnglish;
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("Invalid settings");
    expect(en.stderr).toContain("votesRule");
  });

  it("an unknown flag exits 2 with the usage", () => {
    const r = run.unknownFlag;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không có tùy chọn --strict-mode");
    expect(r.stderr).not.toContain("    at ");
  });
});

describe("check: sheets", () => {
  it("checks every roster sheet and uses the collectives sheet", () => {
    const r = run.twoSheets;
    expect(r.code).toBe(1);
    const doc = json(r);
    expect(doc.people).toBe(10);
    expect(errorsOf(r).map((f) => [f.ruleId, f.sheet, f.row, f.column])).toEqual([
      ["head.above-unit", "Phòng Kế hoạch", 7, "G"],
    ]);
  });

  it("--sheet checks only the sheet named", () => {
    const r = run.oneSheet;
    expect(r.code).toBe(0);
    expect(json(r).people).toBe(7);
    expect(findings(r).every((f) => f.sheet === "Phòng Tổ chức")).toBe(true);
  });

  it("--sheet naming no sheet exits 2 and says which", () => {
    const r = run.noSuchSheet;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Phòng Tài vụ");
    expect(r.stderr).not.toContain("    at ");
  });
});

describe("check: input that cannot be used exits 2 with a clear message and no stack trace", () => {
  it("a text file named .xlsx", () => {
    const r = run.notWorkbook;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Không đọc được tệp");
    expect(r.stderr).toContain("ghi-chu.xlsx");
    expect(r.stderr).not.toContain("    at ");
  });

  it("a workbook with no roster header", () => {
    const r = run.noHeader;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("không có trang nào đọc được như một danh sách xếp loại");
    expect(r.stderr).toContain("không tìm thấy dòng tiêu đề");
    expect(r.stderr).not.toContain("    at ");
  });

  it("a missing file", () => {
    const r = run.missing;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không tìm thấy tệp");
    expect(r.stderr).toContain("khong-co.xlsx");
    expect(r.stderr).not.toContain("    at ");
  });

  it("with --json, stdout is still one JSON document", () => {
    const r = run.notWorkbookJson;
    expect(r.code).toBe(2);
    expect(json(r).error).toContain("Không đọc được tệp");
    expect(r.stderr).not.toContain("    at ");
  });
});

describe("check: the text report", () => {
  const out = () => run.errorsText.stdout;

  it("groups findings by severity, each with sheet!cell, then the quota table, then the totals", () => {
    expect(run.errorsText.code).toBe(1);
    const text = out();
    const at = (s: string) => text.indexOf(s);
    const order = ["LỖI (1)", "CẢNH BÁO (1)", "THÔNG TIN (", "TỶ LỆ HTXSNV", "TỔNG HỢP"].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const errorSection = text.slice(order[0], order[1]);
    expect(errorSection).toMatch(/Danh sách!G8 Trần Thị Bình \[score\.band\] Đạt 65 điểm/);
    expect(text.slice(order[1], order[2])).toMatch(/Danh sách!B13 LÊ VĂN CƯỜNG \[input\.duplicate-person\]/);
    expect(text.slice(order[2], order[3])).toContain("[input.column-missing]");
  });

  it("shows each quota scope with its counts, and the totals by staff type and level", () => {
    const text = out();
    // Agency, its công chức counted among themselves (RULES.md §9): 1 HTXSNV, 6 HTTNV, 20%, 1 allowed,
    // none over.
    expect(text).toMatch(/Toàn cơ quan · công chức\s+1\s+6\s+20%\s+1\s+0/);
    // Công chức: 7 people, 1 HTXSNV, 6 HTTNV, no HTNV, KHTNV or KXL.
    expect(text).toMatch(/Công chức\s+7\s+1\s+6\s+0\s+0\s+0/);
    expect(text).toContain("bộ quy tắc 2026");
    expect(text).toContain("Đã đọc 7 người");
  });

  it("--lang en writes headings and messages in English", () => {
    const r = run.errorsEnglish;
    expect(r.code).toBe(1);
    for (const heading of ["ERRORS (1)", "WARNINGS (1)", "INFORMATION (", "QUOTA OF EXCELLENT", "TOTALS"])
      expect(r.stdout).toContain(heading);
    expect(r.stdout).toMatch(/Danh sách!G8 Trần Thị Bình \[score\.band\] Scored 65/);
    expect(r.stdout).not.toContain("Đạt 65 điểm");
    expect(r.stdout).toMatch(/Civil servants\s+7\s+1\s+6/);
  });
});
