/**
 * The same roster as .xlsx, as Excel 97–2003 .xls and as OpenDocument .ods gives the same check
 * (issue 11): the .xls and the .ods are what a clerk's "Save as" makes, here SheetJS writing the
 * .xlsx's cells, merges and number formats to BIFF8 and to ODF.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { runCliAll, tempDir, type CliRun } from "../helpers/cli.js";
import { roster } from "../integration/fixtures.js";
import { findings, json } from "./cliRuns.js";

const { dir, remove } = tempDir("xep-loai-formats-same-");
const file = (name: string) => join(dir, name);

/**
 * Two-row header under a merged group, a section row naming the unit, dates of birth as Excel dates.
 * Rows 7–10 (header 4–5, numbering 6, section 7): Cường's HTXSNV on a score of 60 breaks its band
 * (`score.band` at row 10), and Dung's Party HTXSNV has 5 of 9 votes, not more than two thirds.
 */
const ROSTER = roster(
  [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Đối tượng",
    "Tổng điểm",
    "Kết quả xếp loại",
    { group: "Đảng viên", sub: ["Xếp loại", "Số phiếu tán thành", "Số đảng viên chính thức"] },
  ],
  [
    { section: "I. Phòng Tổ chức cán bộ" },
    [1, "Nguyễn Văn An", new Date(Date.UTC(1980, 4, 17)), "CC", 95, "HTXSNV", "HTXSNV", 9, 9],
    [2, "Trần Thị Bình", new Date(Date.UTC(1985, 11, 2)), "CC", 80, "HTTNV", null, null, null],
    [3, "Lê Văn Cường", new Date(Date.UTC(1990, 0, 31)), "CC", 60, "HTXSNV", null, null, null],
    [4, "Phạm Thị Dung", new Date(Date.UTC(1975, 6, 9)), "CC", 92, "HTXSNV", "HTXSNV", 5, 9],
  ],
);

let runs: Record<"xlsx" | "xls" | "ods", CliRun>;

beforeAll(async () => {
  writeFileSync(file("danh-sach.xlsx"), await writeRosterWorkbook([ROSTER]));
  const book = XLSX.read(readFileSync(file("danh-sach.xlsx")), { type: "buffer" });
  // Strings in the shared table (SST), as Excel itself saves an .xls.
  writeFileSync(
    file("danh-sach.xls"),
    XLSX.write(book, { type: "buffer", bookType: "xls", bookSST: true }) as Buffer,
  );
  writeFileSync(file("danh-sach.ods"), XLSX.write(book, { type: "buffer", bookType: "ods" }) as Buffer);
  const [xlsx, xls, ods] = await runCliAll(
    ["xlsx", "xls", "ods"].map((ext) => ["check", file(`danh-sach.${ext}`), "--json"]),
  );
  runs = { xlsx: xlsx!, xls: xls!, ods: ods! };
}, 120_000);

afterAll(remove);

describe("one roster in three formats", () => {
  it("the .xlsx: 4 people, the score band broken on row 10, the Party votes short on row 11", () => {
    expect(runs.xlsx.code).toBe(1);
    expect(json(runs.xlsx).people).toBe(4);
    const errors = findings(runs.xlsx).filter((f) => f.severity === "error");
    expect(errors.filter((f) => f.ruleId === "score.band").map((f) => f.row)).toEqual([10]);
    expect(errors.some((f) => f.row === 11 && f.ruleId.startsWith("party."))).toBe(true);
  });

  it.each(["xls", "ods"] as const)("the .%s gives the same people and findings", (format) => {
    const run = runs[format];
    expect(run.stderr).toBe("");
    expect(run.code).toBe(runs.xlsx.code);
    const { people, findings: found } = json(run);
    expect(people).toBe(4);
    expect(found).toEqual(findings(runs.xlsx));
  });
});
