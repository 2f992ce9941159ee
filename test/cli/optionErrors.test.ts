/**
 * Option errors in a clerk's words (issue 9, item 8), in Vietnamese and with --lang en, run as typed:
 * what was given, why it cannot be used, what can; never the parser's or zod's English jargon.
 */
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { runCliAll, tempDir, type CliRun } from "../helpers/cli.js";
import { roster } from "../integration/fixtures.js";

const { dir, remove } = tempDir("xep-loai-options-");
const file = join(dir, "ds.xlsx");
const CASES = {
  unknown: ["--frobnicate"],
  noValue: ["--year"],
  year: ["--year", "20x6"],
  rate: ["--quota-rate", "200%"],
  map: ["--map", "Điểm=diemso"],
  choice: ["--vien-chuc-basis", "abc"],
  rateEn: ["--quota-rate", "200%", "--lang", "en"],
  unknownEn: ["--frobnicate", "--lang", "en"],
} as const;
let runs: Record<keyof typeof CASES, CliRun>;

beforeAll(async () => {
  writeFileSync(
    file,
    await writeRosterWorkbook([roster(["STT", "Họ và tên", "Kết quả xếp loại"], [[1, "An", "HTTNV"]])]),
  );
  const keys = Object.keys(CASES) as (keyof typeof CASES)[];
  const results = await runCliAll(keys.map((k) => ["check", file, ...CASES[k]]));
  runs = Object.fromEntries(keys.map((k, i) => [k, results[i]!])) as typeof runs;
}, 120_000);

afterAll(remove);

/** Words of node's parser and of zod's English messages that a clerk must never read. */
const JARGON = /Unknown option|positional|expected|Invalid input|Too big|mong đợi|string|number/;

describe("option errors", () => {
  it("an unknown option is named, with the usage, exit 2", () => {
    expect(runs.unknown.code).toBe(2);
    expect(runs.unknown.stderr).toMatch(/^Không có tùy chọn --frobnicate\./);
    expect(runs.unknown.stderr).toContain("Cách dùng:");
    expect(runs.unknownEn.stderr).toMatch(/^There is no option --frobnicate\./);
  });

  it("an option without its value says so", () => {
    expect(runs.noValue.stderr).toContain("Tùy chọn --year cần một giá trị");
  });

  it("a year that is not a year, a rate of 200%, a choice that is none", () => {
    expect(runs.year.stderr).toContain('"20x6" không phải một năm đánh giá');
    expect(runs.rate.stderr).toContain("tỷ lệ phải từ 0% đến 100%");
    expect(runs.rate.stderr).toContain("không nhận 200%");
    expect(runs.rateEn.stderr).toContain("a rate is 0% to 100% (for example 20% or 25%), not 200%");
    expect(runs.choice.stderr).toContain('"abc" không phải một lựa chọn; chọn một trong: nd233, nd90.');
  });

  it("a --map to no field lists the columns a clerk knows with their keys", () => {
    expect(runs.map.stderr).toContain('"diemso" không phải tên một cột');
    expect(runs.map.stderr).toContain("Họ và tên = fullName");
    expect(runs.map.stderr).toContain("Điểm = score");
  });

  it("never shows parser or zod jargon", () => {
    for (const run of Object.values(runs)) {
      expect(run.code).toBe(2);
      // The message, before the usage that may follow it.
      expect(run.stderr.split("\n\n")[0]).not.toMatch(JARGON);
    }
  });
});
