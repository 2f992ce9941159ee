/**
 * `consolidate` run as a user runs it, on the options a review found wanting: units' approved rates
 * in the report, the reporting deadline and the units expected to report, and clear failures for a
 * bad deadline, an output folder that does not exist and an unknown language. The report workbook is
 * read back with exceljs; expected values are worked out by hand from the fixtures below.
 */
import { existsSync, utimesSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { runCliAll, tempDir, type CliRun } from "../helpers/cli.js";
import { roster } from "../integration/fixtures.js";

const { dir, remove } = tempDir("xep-loai-consolidate-options-");
const file = (name: string) => join(dir, name);

const HEADER = ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Kết quả xếp loại"];
/** A unit of công chức only: `excellent` HTXSNV, then `good` HTTNV; its list signed on `signedOn`. */
const unit = (excellent: number, good: number, options: { signedOn?: string; signature?: boolean } = {}) =>
  roster(
    HEADER,
    Array.from({ length: excellent + good }, (_, i) => [
      i + 1,
      `Cán bộ số ${i + 1}`,
      "Chuyên viên",
      "CC",
      i < excellent ? "HTXSNV" : "HTTNV",
    ]),
    options,
  );

/**
 * The three units, each file named after its unit:
 * - phong-ke-hoach: 1 HTXSNV to 3 HTTNV (33,3%), approved 50%: above 20%, within 50%;
 * - phong-tai-chinh: 1 HTXSNV to 3 HTTNV (33,3%), no approved rate: above 20%;
 * - phong-tai-vu: 2 HTXSNV to 3 HTTNV (66,7%), approved 50%: above even the approved rate.
 */
const UNITS = {
  // Signed on the deadline day: on time; the day after: late; a list without a signature block: no date.
  "phong-ke-hoach": unit(1, 3, { signedOn: "25/11/2026" }),
  "phong-tai-chinh": unit(1, 3, { signedOn: "26/11/2026" }),
  "phong-tai-vu": unit(2, 3, { signature: false }),
};
const input = (name: keyof typeof UNITS) => file(`${name}.xlsx`);

const RATES_REPORT = file("bao-cao-ty-le.xlsx");
const ALL_STAFF_REPORT = file("bao-cao-ty-le-chung.xlsx");
const STATUS_REPORT = file("bao-cao-han.xlsx");
const NOT_WRITTEN = file("khong-ghi.xlsx");

/** A file's modification time says when it was copied, not sent: it must not decide the status. */
const COPIED_LATER = new Date(2026, 11, 1, 9, 0);

const RUNS = {
  rates: [
    "consolidate",
    input("phong-ke-hoach"),
    input("phong-tai-chinh"),
    input("phong-tai-vu"),
    "--out",
    RATES_REPORT,
    "--json",
    "--unit-rate",
    "phong-ke-hoach=50%",
    "--unit-rate",
    "phong-tai-vu=50%",
  ],
  ratesAllStaff: [
    "consolidate",
    input("phong-ke-hoach"),
    input("phong-tai-chinh"),
    input("phong-tai-vu"),
    "--out",
    ALL_STAFF_REPORT,
    "--unit-rate",
    "phong-ke-hoach=50%",
    "--unit-rate",
    "phong-tai-vu=50%",
    "--quota-population",
    "all-staff",
  ],
  status: [
    "consolidate",
    input("phong-ke-hoach"),
    input("phong-tai-chinh"),
    input("phong-tai-vu"),
    "--out",
    STATUS_REPORT,
    "--deadline",
    "25/11/2026",
    "--expect",
    "Phòng Kế hoạch",
    "--expect",
    "phong-tai-chinh",
    "--expect",
    "Phòng Quản trị",
  ],
  badDeadline: ["consolidate", input("phong-ke-hoach"), "--out", NOT_WRITTEN, "--deadline", "31/02/2026"],
  noFolder: ["consolidate", input("phong-ke-hoach"), "--out", join(dir, "no", "such", "dir", "r.xlsx")],
  badLang: ["consolidate", input("phong-ke-hoach"), "--out", NOT_WRITTEN, "--lang", "fr"],
} as const;

const run = {} as Record<keyof typeof RUNS, CliRun>;
let rates: ExcelJS.Workbook;
let ratesAllStaff: ExcelJS.Workbook;
let status: ExcelJS.Workbook;

beforeAll(async () => {
  for (const [name, sheet] of Object.entries(UNITS)) await writeRosterWorkbook([sheet], file(`${name}.xlsx`));
  for (const name of Object.keys(UNITS) as (keyof typeof UNITS)[])
    utimesSync(input(name), COPIED_LATER, COPIED_LATER);
  const names = Object.keys(RUNS) as (keyof typeof RUNS)[];
  const results = await runCliAll(names.map((n) => RUNS[n]));
  names.forEach((n, i) => (run[n] = results[i]!));
  rates = new ExcelJS.Workbook();
  await rates.xlsx.readFile(RATES_REPORT);
  ratesAllStaff = new ExcelJS.Workbook();
  await ratesAllStaff.xlsx.readFile(ALL_STAFF_REPORT);
  status = new ExcelJS.Workbook();
  await status.xlsx.readFile(STATUS_REPORT);
}, 120_000);

afterAll(remove);

const RATIO_COL = 14;
const NOTE_COL = 15;

/** The row of `label` (column 2) inside the block of the unit `block` of table A. */
function rowIn(ws: ExcelJS.Worksheet, block: string, label: string): number {
  let inside = false;
  let found = 0;
  ws.eachRow((row, r) => {
    const text = row.getCell(2).value;
    if (typeof row.getCell(1).value === "string" && /^[IVX]+$/.test(String(row.getCell(1).value)))
      inside = text === block;
    else if (text === "Toàn cơ quan") inside = false;
    else if (inside && text === label && !found) found = r;
  });
  expect(found, `${block} / ${label}`).toBeGreaterThan(0);
  return found;
}

const highlighted = (cell: ExcelJS.Cell) =>
  (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb === "FFFFFF00";

/** The ratio cell and the note of `label` in the block of the unit `block` of table A of `book`. */
function cellsAt(book: ExcelJS.Workbook, block: string, label: string) {
  const ws = book.getWorksheet("Biểu A - CBCCVC")!;
  const r = rowIn(ws, block, label);
  return { ratio: ws.getCell(r, RATIO_COL), note: ws.getCell(r, NOTE_COL).value };
}

// Rule set 2026 (the rosters' title year): the ratio is checked on the công chức row (RULES.md §9,
// REPORT.md "From 2026"), with the notes of the công chức's quota scopes; the subtotal's ratio
// (all staff) is information only.
describe("consolidate --unit-rate: a unit's approved rate in the report", () => {
  const at = (block: string, label: string) => cellsAt(rates, block, label);

  it("writes the report", () => {
    expect(run.rates.stderr).toBe("");
    expect(existsSync(RATES_REPORT)).toBe(true);
  });

  it("notes a share above 20% but within the approved 50% as within it, without highlight", () => {
    const cc = at("phong-ke-hoach", "Công chức");
    expect(cc.ratio.value).toBe(33.3);
    expect(cc.note).toBe("Trong tỷ lệ được duyệt 50%");
    expect(highlighted(cc.ratio)).toBe(false);
    // The subtotal shows the all-staff ratio for information: no verdict, no highlight.
    const subtotal = at("phong-ke-hoach", "Cộng (1+2+3)");
    expect(subtotal.ratio.value).toBe(33.3);
    expect(subtotal.note).toBeNull();
    expect(highlighted(subtotal.ratio)).toBe(false);
  });

  it("keeps 20% for a unit without an approved rate: the same share is above it, highlighted", () => {
    const cc = at("phong-tai-chinh", "Công chức");
    expect(cc.ratio.value).toBe(33.3);
    // The ratio's verdict, then the công chức's agency scope over its quota (20% of 3: none allowed).
    expect(cc.note).toBe("Vượt tỷ lệ 20%; Vượt chỉ tiêu HTXSNV: toàn đơn vị vượt 1");
    expect(highlighted(cc.ratio)).toBe(true);
  });

  it("says when a share is above even the approved rate, highlighted", () => {
    const cc = at("phong-tai-vu", "Công chức");
    expect(cc.ratio.value).toBe(66.7);
    // 50% of 3 allows 1 of the 2: one over.
    expect(cc.note).toBe("Vượt tỷ lệ được duyệt 50%; Vượt chỉ tiêu HTXSNV: toàn đơn vị vượt 1");
    expect(highlighted(cc.ratio)).toBe(true);
  });

  it("checks each unit's agency scope at its approved rate: phong-ke-hoach is within it", () => {
    const doc = JSON.parse(run.rates.stdout) as { units: { name: string; people: number }[] };
    expect(doc.units.map((u) => [u.name, u.people])).toEqual([
      ["phong-ke-hoach", 4],
      ["phong-tai-chinh", 4],
      ["phong-tai-vu", 5],
    ]);
    const note = String(at("phong-ke-hoach", "Công chức").note);
    expect(note).not.toContain("toàn đơn vị vượt");
    // 20% of 3 allows none at phong-tai-chinh; 50% of 3 allows one of phong-tai-vu's two.
    expect(String(at("phong-tai-chinh", "Công chức").note)).toContain("toàn đơn vị vượt 1");
    expect(String(at("phong-tai-vu", "Công chức").note)).toContain("toàn đơn vị vượt 1");
  });
});

describe("consolidate --unit-rate --quota-population all-staff: the check on the subtotal, as before 2026", () => {
  // RULES.md §5 (all-staff): every row's ratio is checked, and the quota scopes' notes go on the subtotal.
  const at = (block: string, label: string) => cellsAt(ratesAllStaff, block, label);

  it("writes the report", () => {
    expect(run.ratesAllStaff.stderr).toBe("");
    expect(existsSync(ALL_STAFF_REPORT)).toBe(true);
  });

  it("notes each unit's subtotal against its rate and names its agency scope over quota", () => {
    const keHoach = at("phong-ke-hoach", "Cộng (1+2+3)");
    expect(keHoach.ratio.value).toBe(33.3);
    expect(keHoach.note).toBe("Trong tỷ lệ được duyệt 50%");
    expect(highlighted(keHoach.ratio)).toBe(false);
    const taiChinh = at("phong-tai-chinh", "Cộng (1+2+3)");
    expect(taiChinh.note).toBe("Vượt tỷ lệ 20%; Vượt chỉ tiêu HTXSNV: toàn đơn vị vượt 1");
    expect(highlighted(taiChinh.ratio)).toBe(true);
    const taiVu = at("phong-tai-vu", "Cộng (1+2+3)");
    expect(taiVu.note).toBe("Vượt tỷ lệ được duyệt 50%; Vượt chỉ tiêu HTXSNV: toàn đơn vị vượt 1");
    expect(highlighted(taiVu.ratio)).toBe(true);
    // The công chức row is checked too, without the scopes' notes.
    expect(at("phong-tai-chinh", "Công chức").note).toBe("Vượt tỷ lệ 20%");
  });
});

describe("consolidate --deadline and --expect: the units' reporting status", () => {
  /** The rows of the status section of the lists sheet: unit, status, submitted, deadline. */
  const statusRows = () => {
    const ws = status.getWorksheet("Danh sách")!;
    const rows: unknown[][] = [];
    let inside = false;
    ws.eachRow((row) => {
      const first = row.getCell(1).value;
      if (typeof first === "string" && /^[IVX]+\. /.test(first))
        inside = first.includes("Tình hình gửi báo cáo của các đơn vị");
      else if (inside && typeof first === "number")
        rows.push([2, 4, 5, 6].map((c) => row.getCell(c).value ?? null));
    });
    return rows;
  };

  it("writes the report", () => {
    expect(run.status.stderr).toBe("");
    expect(run.status.code).toBe(1);
    expect(existsSync(STATUS_REPORT)).toBe(true);
  });

  it("lists each unit as on time or late by the date its list was signed, without a date as received, and an expected unit without a file as missing", () => {
    expect(statusRows()).toEqual([
      ["phong-ke-hoach", "Đúng hạn", "25/11/2026", "25/11/2026"],
      ["phong-tai-chinh", "Gửi muộn", "26/11/2026", "25/11/2026"],
      ["phong-tai-vu", "Đã nhận (không ghi ngày)", null, "25/11/2026"],
      ["Phòng Quản trị", "Chưa gửi", null, "25/11/2026"],
    ]);
  });

  it("matches an expected unit's name with its file's name whatever the spelling", () => {
    // "Phòng Kế hoạch" was expected and phong-ke-hoach.xlsx received: not listed as missing.
    expect(
      statusRows()
        .filter((r) => r[1] === "Chưa gửi")
        .map((r) => r[0]),
    ).toEqual(["Phòng Quản trị"]);
  });

  it("has no status section without --deadline or --expect", () => {
    const ws = rates.getWorksheet("Danh sách")!;
    const headings: string[] = [];
    ws.eachRow((row) => {
      const first = row.getCell(1).value;
      if (typeof first === "string" && /^[IVX]+\. /.test(first)) headings.push(first);
    });
    expect(headings).toHaveLength(3);
    expect(headings.some((h) => h.includes("Tình hình gửi báo cáo"))).toBe(false);
  });
});

describe("consolidate: options that cannot be used exit 2 with a clear message", () => {
  const clean = (r: CliRun) => {
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("    at ");
    expect(r.stderr).not.toMatch(/ENOENT|EISDIR|no such file|Error:/);
  };

  it("a deadline that is not a date names --deadline, and no report is written", () => {
    clean(run.badDeadline);
    expect(run.badDeadline.stderr).toContain("--deadline");
    expect(run.badDeadline.stderr).toContain("31/02/2026");
    expect(existsSync(NOT_WRITTEN)).toBe(false);
  });

  it("an output folder that does not exist: the report cannot be written", () => {
    clean(run.noFolder);
    expect(run.noFolder.stderr).toContain("Không ghi được tệp");
    expect(run.noFolder.stderr).toContain("r.xlsx");
  });

  it("a language other than vi or en names --lang", () => {
    clean(run.badLang);
    expect(run.badLang.stderr).toContain("--lang");
    expect(run.badLang.stderr).toContain("fr");
    expect(existsSync(NOT_WRITTEN)).toBe(false);
  });
});
