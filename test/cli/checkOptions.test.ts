/**
 * `check` run as a user runs it, on the options and inputs a review found wanting: a unit's approved
 * rate, settings files, assessment dates, a header without the name column, `--sheet` with a
 * collectives sheet, an instructions sheet beside the roster, and the Party share line of the text
 * report. Rosters are built with exceljs in a temporary folder; all runs start in `beforeAll`, two at
 * a time. Expected values are worked out by hand from the fixtures below.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRosterWorkbook, type PlainSheetSpec } from "../../xlsx/rosterWorkbook.js";
import { errorsOf, findings, json, VOTES, type JsonFinding } from "./cliRuns.js";
import { runCliAll, tempDir, type CliRun } from "../helpers/cli.js";
import { collectivesSheet, roster } from "../integration/fixtures.js";

const { dir, remove } = tempDir("xep-loai-check-options-");
const file = (name: string) => join(dir, name);

// A STT, B Họ và tên, C Chức vụ, D Đối tượng, E Kết quả xếp loại. Title rows 1–3, header 4,
// numbering 5, data from row 6.
const HEADER = ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Kết quả xếp loại"];
const cc = (n: number, name: string, level: string, position = "Chuyên viên") => [
  n,
  name,
  position,
  "CC",
  level,
];

/**
 * One HTXSNV (row 6) to three HTTNV: 33% of HTTNV. At 20% of 3, none is allowed (excess 1); at an
 * approved 50% of 3, one is (floor 1.5 = 1).
 */
const KE_HOACH = roster(HEADER, [
  cc(1, "Nguyễn Văn An", "HTXSNV"),
  cc(2, "Trần Thị Bình", "HTTNV"),
  cc(3, "Lê Văn Cường", "HTTNV"),
  cc(4, "Phạm Thị Dung", "HTTNV"),
]);

/** A header with a level column and person columns but no name column (header row 4). */
const NO_NAME = roster(
  ["STT", "Ngày sinh", "Chức vụ", "Đối tượng", "Tự xếp loại", "Kết quả xếp loại"],
  [[1, "12/03/1980", "Chuyên viên", "CC", "HTTNV", "HTTNV"]],
);

/**
 * Two roster sheets and a collectives sheet. On "Phòng Kế hoạch" the head (row 7, under the section
 * row 6) is rated HTTNV, above the unit's HTNV: head.above-unit on E7. "Phòng Tài chính" is rated
 * HTTNV and its head HTTNV: silent.
 */
const SHEETS = [
  roster(HEADER, [{ section: "I. Phòng Kế hoạch" }, cc(1, "Mai Văn Minh", "HTTNV", "Trưởng phòng")], {
    name: "Phòng Kế hoạch",
  }),
  roster(HEADER, [{ section: "II. Phòng Tài chính" }, cc(1, "Lý Thị Nga", "HTTNV", "Trưởng phòng")], {
    name: "Phòng Tài chính",
  }),
  collectivesSheet([
    ["Phòng Kế hoạch", "Phòng", "HTNV"],
    ["Phòng Tài chính", "Phòng", "HTTNV"],
  ]),
];

const INSTRUCTIONS: PlainSheetSpec = {
  name: "Hướng dẫn",
  rows: [["HƯỚNG DẪN LẬP DANH SÁCH"], ["Các phòng gửi danh sách về Văn phòng trước ngày 25/11."]],
};

/** Two HTTNV and nothing else to find: a clean roster. */
const CLEAN = roster(HEADER, [cc(1, "Nguyễn Văn An", "HTTNV"), cc(2, "Trần Thị Bình", "HTTNV")]);

/**
 * Seven cán bộ (or, with `type`, of another staff type), six of them Party members of one chi bộ.
 * Staff: 1 HTXSNV to 6 HTTNV, a share of 1/6 = 16,7% (20% of 6 allows 1). Party levels: 1 HTXSNV to
 * 5 HTTNV, 1/5 = 20% (allows 1). No error. Cán bộ stay under ND48, which compares the two shares;
 * RULES.md §9 makes no such comparison for công chức.
 */
const partyShare = (type: string) =>
  roster(
    ["STT", "Họ và tên", "Đối tượng", "Kết quả xếp loại", "Chi bộ", "Xếp loại đảng viên"],
    [
      [1, "Nguyễn Văn An", type, "HTXSNV", "Chi bộ Văn phòng", "HTXSNV"],
      ...["Bình", "Cường", "Dung", "Em", "Giang"].map((n, i) => [
        i + 2,
        `Trần Văn ${n}`,
        type,
        "HTTNV",
        "Chi bộ Văn phòng",
        "HTTNV",
      ]),
      [7, "Đỗ Văn Hải", type, "HTTNV", null, null],
    ],
  );

/** "Phòng Kế hoạch" written decomposed (NFD), as some keyboards and file systems write it. */
const NFD_SHEET = "Phòng Kế hoạch".normalize("NFD");

const RUNS = {
  rateDefault: ["check", file("phong-ke-hoach.xlsx"), "--json", "--unit-name", "phong-ke-hoach"],
  rateApproved: [
    "check",
    file("phong-ke-hoach.xlsx"),
    "--json",
    "--unit-name",
    "phong-ke-hoach",
    "--unit-rate",
    "phong-ke-hoach=50%",
  ],
  settingsNotJson: ["check", file("phong-ke-hoach.xlsx"), "--settings", file("hong.json")],
  settingsArray: ["check", file("phong-ke-hoach.xlsx"), "--settings", file("mang.json")],
  settingsMissing: ["check", file("phong-ke-hoach.xlsx"), "--settings", file("khong-co.json")],
  votesDefault: ["check", file("votes.xlsx"), "--json"],
  votesSettingsFile: ["check", file("votes.xlsx"), "--json", "--settings", file("cai-dat.json")],
  dateNoSuchMonth: ["check", file("clean.xlsx"), "--assessment-date", "2026-13-45"],
  dateNoSuchDay: ["check", file("clean.xlsx"), "--assessment-date", "31/02/2026"],
  dateGood: ["check", file("clean.xlsx"), "--json", "--assessment-date", "01/12/2026"],
  noNameColumn: ["check", file("no-name.xlsx")],
  sheetNfd: ["check", file("sheets.xlsx"), "--json", "--sheet", NFD_SHEET],
  instructionsBeside: ["check", file("instructions-beside.xlsx"), "--json"],
  instructionsOnly: ["check", file("instructions-only.xlsx"), "--json"],
  partyShare: ["check", file("party-share.xlsx")],
  partyShare2020: ["check", file("party-share.xlsx"), "--year", "2020"],
  partyShareCongChuc: ["check", file("party-share-cc.xlsx")],
} as const;

const run = {} as Record<keyof typeof RUNS, CliRun>;

beforeAll(async () => {
  await writeRosterWorkbook([KE_HOACH], file("phong-ke-hoach.xlsx"));
  await writeRosterWorkbook([VOTES], file("votes.xlsx"));
  await writeRosterWorkbook([CLEAN], file("clean.xlsx"));
  await writeRosterWorkbook([NO_NAME], file("no-name.xlsx"));
  await writeRosterWorkbook(SHEETS, file("sheets.xlsx"));
  await writeRosterWorkbook([INSTRUCTIONS, CLEAN], file("instructions-beside.xlsx"));
  await writeRosterWorkbook([INSTRUCTIONS], file("instructions-only.xlsx"));
  await writeRosterWorkbook([partyShare("CB")], file("party-share.xlsx"));
  await writeRosterWorkbook([partyShare("CC")], file("party-share-cc.xlsx"));
  writeFileSync(file("hong.json"), '{ "votesRule": "at-least-two-thirds", ', "utf8");
  writeFileSync(file("mang.json"), '["votesRule", "at-least-two-thirds"]', "utf8");
  writeFileSync(file("cai-dat.json"), '{ "votesRule": "at-least-two-thirds" }', "utf8");
  const names = Object.keys(RUNS) as (keyof typeof RUNS)[];
  const results = await runCliAll(names.map((n) => RUNS[n]));
  names.forEach((n, i) => (run[n] = results[i]!));
}, 180_000);

afterAll(remove);

interface JsonQuota {
  scope: string;
  rate: number;
  base: number;
  excellent: number;
  allowed: number;
  excess: number;
}

/** A message for the user, not a crash: no stack trace, no Node or JSON.parse text in English. */
function expectCleanFailure(r: CliRun) {
  expect(r.code).toBe(2);
  expect(r.stderr).not.toContain("    at ");
  expect(r.stderr).not.toMatch(/SyntaxError|Unexpected (token|end)|JSON\.parse|ENOENT|no such file|Error:/);
}

describe("check --unit-name with --unit-rate: the unit's approved rate for the agency scope", () => {
  const agency = (r: CliRun) => (json(r).quota as JsonQuota[]).find((q) => q.scope === "agency")!;

  it("at the default 20%, one HTXSNV to three HTTNV is over the agency's quota", () => {
    expect(agency(run.rateDefault)).toMatchObject({
      rate: 0.2,
      base: 3,
      excellent: 1,
      allowed: 0,
      excess: 1,
    });
    // The công chức's agency scope under 2026 (RULES.md §9, by-law).
    expect(errorsOf(run.rateDefault).filter((f) => f.scope === "agency · CC")).toHaveLength(1);
  });

  it("at the approved 50%, the same roster is within the agency's quota", () => {
    expect(agency(run.rateApproved)).toMatchObject({
      rate: 0.5,
      base: 3,
      excellent: 1,
      allowed: 1,
      excess: 0,
    });
    expect(findings(run.rateApproved).filter((f) => f.scope?.startsWith("agency"))).toEqual([]);
  });
});

describe("check --settings: the settings file", () => {
  it("that is not JSON exits 2 naming the file, in Vietnamese", () => {
    const r = run.settingsNotJson;
    expectCleanFailure(r);
    expect(r.stderr).toContain(`Tệp cài đặt "${file("hong.json")}" không phải một đối tượng JSON hợp lệ`);
    expect(r.stdout).toBe("");
  });

  it("that is a JSON array, not an object, exits 2 the same way", () => {
    const r = run.settingsArray;
    expectCleanFailure(r);
    expect(r.stderr).toContain(`Tệp cài đặt "${file("mang.json")}" không phải một đối tượng JSON hợp lệ`);
  });

  it("that does not exist exits 2 saying the file is not found", () => {
    const r = run.settingsMissing;
    expectCleanFailure(r);
    expect(r.stderr).toContain("Không tìm thấy tệp");
    expect(r.stderr).toContain("khong-co.json");
  });

  it("that is valid changes the outcome: votesRule at-least-two-thirds accepts 6 votes of 9", () => {
    expect(run.votesDefault.code).toBe(1);
    expect(errorsOf(run.votesDefault).map((f) => [f.ruleId, f.row, f.column])).toEqual([
      ["party.votes", 7, "F"],
    ]);
    expect(run.votesSettingsFile.code).toBe(0);
    expect(errorsOf(run.votesSettingsFile)).toEqual([]);
  });
});

describe("check --assessment-date", () => {
  it("exits 2 naming --assessment-date for a month 13, day 45", () => {
    const r = run.dateNoSuchMonth;
    expectCleanFailure(r);
    expect(r.stderr).toContain("Cài đặt không hợp lệ");
    expect(r.stderr).toContain("--assessment-date");
  });

  it("exits 2 naming --assessment-date for 31 February", () => {
    const r = run.dateNoSuchDay;
    expectCleanFailure(r);
    expect(r.stderr).toContain("--assessment-date");
  });

  it("accepts dd/mm/yyyy and reports it as an ISO date", () => {
    const r = run.dateGood;
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(json(r).assessmentDate).toBe("2026-12-01");
  });
});

describe("check: a header without the name column", () => {
  it("exits 2 saying the name column is missing", () => {
    const r = run.noNameColumn;
    expectCleanFailure(r);
    expect(r.stderr).toContain("không có trang nào đọc được như một danh sách xếp loại");
    expect(r.stderr).toContain('dòng tiêu đề không có cột "Họ và tên"');
  });
});

describe("check --sheet", () => {
  it("matches the sheet's name whatever its Unicode form, and still uses the collectives sheet", () => {
    const r = run.sheetNfd;
    expect(r.code).toBe(1);
    const doc = json(r) as { people: number; sheets: { name: string; kind: string }[] };
    expect(doc.people).toBe(1);
    expect(doc.sheets.map((s) => [s.name.normalize("NFC"), s.kind])).toEqual([
      ["Phòng Kế hoạch", "roster"],
      ["Tập thể", "collectives"],
    ]);
    expect(errorsOf(r).map((f) => [f.ruleId, f.sheet, f.row, f.column])).toEqual([
      ["head.above-unit", "Phòng Kế hoạch", 7, "E"],
    ]);
  });
});

describe("check: an instructions sheet", () => {
  it("beside a clean roster is reported as information and the exit code stays 0", () => {
    const r = run.instructionsBeside;
    expect(r.code).toBe(0);
    expect(errorsOf(r)).toEqual([]);
    expect(json(r).people).toBe(2);
    const notRoster = findings(r).filter((f) => f.ruleId === "input.header-not-found");
    expect(notRoster.map((f) => [f.severity, f.sheet])).toEqual([["info", "Hướng dẫn"]]);
  });

  it("alone in the workbook exits 2, the sheet's finding an error", () => {
    const r = run.instructionsOnly;
    expectCleanFailure(r);
    const doc = json(r) as { error: string; findings: JsonFinding[] };
    expect(doc.error).toContain("không có trang nào đọc được như một danh sách xếp loại");
    expect(doc.findings.map((f) => [f.ruleId, f.severity, f.sheet])).toEqual([
      ["input.header-not-found", "error", "Hướng dẫn"],
    ]);
  });
});

describe("check: the text report's Party share line", () => {
  it("compares the agency's HTXSNV share with the Party members' for cán bộ under rule set 2026", () => {
    const r = run.partyShare;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("bộ quy tắc 2026");
    expect(r.stdout).toContain("Tỷ lệ HTXSNV toàn cơ quan 16,7%; của đảng viên 20%");
    // The line belongs to the quota section, before the totals.
    const line = r.stdout.indexOf("của đảng viên");
    expect(line).toBeGreaterThan(r.stdout.indexOf("TỶ LỆ HTXSNV"));
    expect(line).toBeLessThan(r.stdout.indexOf("TỔNG HỢP"));
  });

  it("leaves it out under rule set 2020, which makes no such comparison", () => {
    const r = run.partyShare2020;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("bộ quy tắc 2020");
    expect(r.stdout).toContain("TỶ LỆ HTXSNV");
    expect(r.stdout).not.toContain("của đảng viên");
  });

  it("leaves it out for công chức under rule set 2026 (RULES.md §9)", () => {
    const r = run.partyShareCongChuc;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("bộ quy tắc 2026");
    expect(r.stdout).toContain("Toàn cơ quan · công chức");
    expect(r.stdout).not.toContain("của đảng viên");
  });
});
