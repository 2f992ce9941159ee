/**
 * `npm run bench`: the checker against a bare exceljs streaming read of the same 50,000-row roster,
 * and the pure engine on rows already in memory. Prints figures; asserts nothing.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue } from "../../shared/cells.js";
import { checkSheets } from "../../shared/check.js";
import { settingsSchema } from "../../shared/settings.js";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { BENCH_HEADER, benchRows } from "./generateRoster.js";

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const RUNS = 3;
const dir = mkdtempSync(join(tmpdir(), "xep-loai-bench-"));
const file = join(dir, "roster.xlsx");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function measure(mode: "bare" | "check"): { ms: number; peakMB: number; people: number } {
  // Compiled JavaScript, as the command line runs: no TypeScript loader in the measured process.
  const out = execFileSync(process.execPath, [join(import.meta.dirname, "measure.js"), mode, file], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

try {
  const title = ["SỞ NỘI VỤ", "DANH SÁCH XẾP LOẠI CHẤT LƯỢNG NĂM 2026"];
  await writeRosterWorkbook(
    [
      {
        name: "Danh sách",
        titleRows: title,
        header: BENCH_HEADER,
        numbering: true,
        rows: benchRows(ROWS),
        signature: true,
      },
    ],
    file,
  );
  const bare: ReturnType<typeof measure>[] = [];
  const check: ReturnType<typeof measure>[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(measure("bare"));
    check.push(measure("check"));
  }
  const bareMs = median(bare.map((m) => m.ms));
  const checkMs = median(check.map((m) => m.ms));
  const peak = Math.max(...check.map((m) => m.peakMB));
  const barePeak = Math.max(...bare.map((m) => m.peakMB));
  console.log(`file: ${ROWS} rows, ${check[0]!.people} people read by the checker`);
  console.log(`bare exceljs streaming read: ${bareMs.toFixed(0)} ms (median of ${RUNS})`);
  console.log(`check (read + rules + quota + summary): ${checkMs.toFixed(0)} ms (median of ${RUNS})`);
  console.log(`ratio check / bare read: ${(checkMs / bareMs).toFixed(2)} (goal ≤ 1.5)`);
  console.log(`peak memory of the check: ${peak.toFixed(0)} MB (goal < 300 MB); of the bare read: ${barePeak.toFixed(0)} MB`);

  const rows: CellValue[][] = title.map((t) => [t]);
  const header = BENCH_HEADER.flatMap((h) =>
    typeof h === "string" ? [h] : h.sub.map((s) => `${h.group} / ${s}`),
  );
  rows.push(header);
  for (const r of benchRows(ROWS)) rows.push(r);
  const settings = settingsSchema.parse({ year: 2026 });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    checkSheets([{ name: "Danh sách", rows }], settings, { fallbackYear: 2026 });
    times.push(performance.now() - start);
  }
  const engineMs = median(times);
  console.log(
    `engine on rows in memory: ${Math.round((ROWS / engineMs) * 1000).toLocaleString("en")} rows/s (${engineMs.toFixed(0)} ms for ${ROWS}; goal ≥ 500,000 rows/s)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
