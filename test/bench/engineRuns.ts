/**
 * The engine's runs on the benchmark roster in memory, in a process of their own as the file's
 * measurements are (`measure.ts`): `engineRuns.js <rows> <warm-up runs> <runs>` prints
 * `{ engine, rules }`, the milliseconds of each counted run, whole and from people already read.
 * In `npm run bench`'s own process, whose heap has just written the roster file with exceljs, the same
 * runs took 10–20% longer (larger young-generation collections): no pane or command line checks so.
 */
import { checkRead } from "../../shared/check.js";
import { readSheet } from "../../shared/roster/readSheet.js";
import { settingsSchema } from "../../shared/settings.js";
import { benchSheet } from "./generateRoster.js";

const [rowCount, warmUp, runs] = process.argv.slice(2).map(Number);
if (!rowCount || warmUp === undefined || !runs) {
  process.stderr.write("usage: engineRuns.js <rows> <warm-up runs> <runs>\n");
  process.exit(2);
}
const rows = benchSheet(rowCount);
const settings = settingsSchema.parse({ year: 2026 });
const engine: number[] = [];
const rules: number[] = [];
for (let i = 0; i < warmUp + runs; i++) {
  const start = performance.now();
  const read = readSheet("Danh sách", rows);
  const middle = performance.now();
  checkRead([read], settings, { fallbackYear: 2026 });
  const end = performance.now();
  if (i < warmUp) continue;
  engine.push(end - start);
  rules.push(end - middle);
}
process.stdout.write(`${JSON.stringify({ engine, rules })}\n`);
