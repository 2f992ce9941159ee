/**
 * A ward's 2026 roster (cli/demoWard.ts: quarterly scores and levels under group headers, the
 * score's parts, a numbering row with its sum, leaders, a công chức and a viên chức sheet), written
 * to a real .xlsx and checked through the command line as a clerk types it, in the terminal and in
 * --json. The findings RULES.md §9 calls for were worked out by hand from the rows:
 *
 * Sheet "Cán bộ, công chức" (data from row 6; L total, M discipline, P final level):
 * - row 9, Phạm Thị Thu: 86 points, HTXSNV → score.band error at P9 (70 – < 90 allows HTTNV).
 * - row 10, Hoàng Văn Đức: 25 + 56 = 81 ≠ 85 → score.components error at L10; the quarters average
 *   (80 + 82 + 84 + 78) / 4 = 81 ≠ 85 → score.period-average warning at L10.
 * - row 12, Đặng Văn Tú: khiển trách, tie to public duty not given → discipline.fail error at P12
 *   and the assumption warning at M12. Row 13 (Bùi Thị Hoa) says "Không": nothing.
 * - row 14, Ngô Văn Bình: no annual score, quarters (65 + 68 + 70 + 66) / 4 = 67.25, HTTNV →
 *   score.band error at P14 on the computed average.
 * - row 15, Đinh Thị Yến: no score at all, HTTNV → score.missing warning at L15.
 * Sheet "Viên chức" (J–M quarterly levels): row 9, Phạm Văn Quý: Quý II 78 points rated HTXSNV →
 * score.period-band error at K9.
 * Quota by population (by-law): công chức 3 HTXSNV (rows 7, 8, 9) against 6 HTTNV → allowed
 * floor(20% × 6) = 1, excess 2: one error; viên chức 1 against 5 → allowed 1, no finding; the cán bộ
 * (row 6, HTTNV) none. Derived groups (no peer-group column) over quota are warnings: the leader
 * công chức (Lan, row 7), the other công chức (Nam and Thu against 6 HTTNV), the leader viên chức
 * (Khải, row 6 of "Viên chức").
 * Nobody else: every other annual score equals its parts' sum and its quarters' average, and sits in
 * its level's band (the NLĐ in row 17 is not rated by score).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WARD_2026 } from "../../cli/demoWard.js";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { findings, json, type JsonFinding } from "../cli/cliRuns.js";
import { runCli, tempDir, type CliRun } from "../helpers/cli.js";

const CC = "Cán bộ, công chức";
const VC = "Viên chức";
let dir: ReturnType<typeof tempDir>;
let file: string;
let asJson: CliRun;
let asText: CliRun;

beforeAll(async () => {
  dir = tempDir();
  file = join(dir.dir, WARD_2026.file);
  writeFileSync(file, await writeRosterWorkbook(WARD_2026.sheets));
  [asJson, asText] = await Promise.all([
    runCli(["check", file, "--json", "--unit-name", WARD_2026.unitName]),
    runCli(["check", file, "--unit-name", WARD_2026.unitName]),
  ]);
}, 60_000);

afterAll(() => dir?.remove());

const personal = (f: JsonFinding) => f.ruleId !== "quota.excellent" && f.severity !== "info";
const at = (f: JsonFinding) => [f.ruleId, f.severity, f.sheet, `${f.column}${f.row}`];

describe("a ward's 2026 roster, checked as a clerk would", () => {
  it("exits 1 (errors), and reads every person of both sheets", () => {
    expect(asJson.code).toBe(1);
    expect(json(asJson).ruleSet).toBe("2026");
    expect(json(asJson).people).toBe(19);
  });

  it("gives exactly the person findings §9 calls for", () => {
    expect(findings(asJson).filter(personal).map(at)).toEqual([
      ["score.band", "error", CC, "P9"],
      ["score.components", "error", CC, "L10"],
      ["score.period-average", "warning", CC, "L10"],
      ["discipline.fail", "error", CC, "P12"],
      ["discipline.fail", "warning", CC, "M12"],
      ["score.band", "error", CC, "P14"],
      ["score.missing", "warning", CC, "L15"],
      ["score.period-band", "error", VC, "K9"],
    ]);
  });

  it("counts the quota among công chức and among viên chức apart; derived groups only warn", () => {
    const quota = findings(asJson).filter((f) => f.ruleId === "quota.excellent");
    const errors = quota.filter((f) => f.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.rows).toEqual([7, 8, 9]);
    expect(errors[0]!.message).toContain("vượt 2");
    expect(quota.filter((f) => f.severity === "warning").map((f) => f.rows)).toEqual([[7], [8, 9], [6]]);
  });

  it("names the person beside each cell in the terminal report", () => {
    expect(asText.code).toBe(1);
    for (const [cell, name] of [
      ["P9", "Phạm Thị Thu"],
      ["L10", "Hoàng Văn Đức"],
      ["P14", "Ngô Văn Bình"],
      ["K9", "Phạm Văn Quý"],
    ])
      expect(asText.stdout).toMatch(new RegExp(`!${cell}\\b[^\\n]*${name}|${name}[^\\n]*!${cell}\\b`));
  });
});
