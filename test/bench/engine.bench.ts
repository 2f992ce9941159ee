/**
 * `npm run bench:engine`: where `checkRead`'s time goes on people already read, on the benchmark
 * roster: the person rules (one loop, as the engine runs them), each roster rule, the quota and the
 * summary, each timed alone, beside the whole of `checkRead`. Prints figures; asserts nothing.
 */
import { checkRead, prepareRoster } from "../../shared/check.js";
import type { RawFinding } from "../../shared/findings.js";
import { checkQuota } from "../../shared/quota/index.js";
import { readSheet } from "../../shared/roster/readSheet.js";
import { settingsSchema } from "../../shared/settings.js";
import { summarizeUnit } from "../../shared/summary/index.js";
import { benchSheet } from "./generateRoster.js";

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const RUNS = 20;
const WARM_UP = 4;

const rows = benchSheet(ROWS);
const settingsInput = settingsSchema.parse({ year: 2026 });
const options = { fallbackYear: 2026 };
const times = new Map<string, number[]>();

function time(part: string, run: () => unknown): void {
  const start = performance.now();
  run();
  const list = times.get(part) ?? [];
  list.push(performance.now() - start);
  times.set(part, list);
}

for (let i = 0; i < RUNS + WARM_UP; i++) {
  // People fresh from the reader each run, as a check gets them.
  const read = readSheet("Danh sách", rows);
  time("checkRead: all of the below, findings sorted and localized", () =>
    checkRead([read], settingsInput, options),
  );
  const { table, ctx, rules, personRules, settings } = prepareRoster([read], settingsInput, options);
  const found: RawFinding[] = [];
  const emit = (f: RawFinding) => found.push(f);
  const active = personRules.get(table.sheets[0]!.sheet)!;
  time("person rules", () => {
    for (const rule of active) rule.checkRows?.(table, 0, table.size, ctx, emit);
  });
  for (const rule of rules)
    if (rule.checkTable)
      time(`roster rule ${rule.id} (${rule.title.en})`, () => rule.checkTable!(table, ctx, emit));
  time("quota", () => checkQuota(table, settings));
  time("summary", () => summarizeUnit(table, { settings, collectives: [...ctx.collectives.values()] }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${ROWS} rows; median of ${RUNS} runs after ${WARM_UP} to warm up; ms, and ns a row`);
for (const [part, list] of times) {
  const ms = median(list.slice(WARM_UP));
  console.log(`${ms.toFixed(1).padStart(7)} ms ${((ms * 1e6) / ROWS).toFixed(0).padStart(5)} ns  ${part}`);
}
