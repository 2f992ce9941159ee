/**
 * `npm run bench`: the checker against a bare exceljs streaming read of the same 50,000-row roster,
 * and the pure engine on rows already in memory. Prints figures; asserts nothing.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { BENCH_HEADER, BENCH_TITLE, benchRows } from "./generateRoster.js";

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const RUNS = 5;
const ENGINE_WARMUP = 5;
const ENGINE_RUNS = 21;
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
  await writeRosterWorkbook(
    [
      {
        name: "Danh sách",
        titleRows: BENCH_TITLE,
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
  console.log(`ratio check / bare read: ${(checkMs / bareMs).toFixed(2)} (goal ≤ 1.0)`);
  console.log(
    `peak memory of the check: ${peak.toFixed(0)} MB (goal < 200 MB); of the bare read: ${barePeak.toFixed(0)} MB`,
  );

  // The engine's throughput once the JIT has settled, as in a pane that checks again and again: the
  // first runs are not counted, the median of the rest is reported with their spread.
  const { engine: counted, rules } = JSON.parse(
    execFileSync(
      process.execPath,
      [join(import.meta.dirname, "engineRuns.js"), String(ROWS), String(ENGINE_WARMUP), String(ENGINE_RUNS)],
      { encoding: "utf8" },
    ),
  ) as { engine: number[]; rules: number[] };
  const rate = (ms: number) => Math.round((ROWS / ms) * 1000).toLocaleString("en");
  const engineMs = median(counted);
  const rulesMs = median(rules);
  console.log(
    `engine on rows in memory (cells → people → rules, quota, summary): ${rate(engineMs)} rows/s (${engineMs.toFixed(0)} ms, median of ${ENGINE_RUNS} after ${ENGINE_WARMUP} warm-up runs; ${Math.min(...counted).toFixed(0)}–${Math.max(...counted).toFixed(0)} ms; goal ≥ 500,000 rows/s)`,
  );
  console.log(
    `  of which rules, quota and summary on people already read: ${rate(rulesMs)} rows/s (${rulesMs.toFixed(0)} ms)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
