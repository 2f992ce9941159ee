/**
 * `npm run bench:addin`: the task pane's Kiểm tra (`checkWorkbook`: read the workbook, check it
 * with the shared rules, mark the flagged cells) on rosters of 1,000, 20,000 and 100,000 rows in
 * the in-memory workbook host. For each size: the number of `context.sync` calls, the largest
 * request or response payload (bytes of its JSON) that Excel would have accepted, the syncs it refused
 * past the 5 MB limit (the read then goes on in row blocks), the wall time of the call, and the longest
 * address list sent to `getRanges` (characters and areas; the host refuses lists past its limits, as
 * Excel does), the median of 3 runs after a warm-up, each on a fresh host. Then whether the goal for
 * 20,000 rows is met.
 */
import { checkWorkbook } from "../../addin/excel/checkWorkbook.js";
import { settingsSchema } from "../../shared/settings.js";
import { createExcelHost, PAYLOAD_LIMIT_BYTES } from "../host/excelHost.js";
import { rosterWorkbook } from "../host/benchRoster.js";
import type { HostWorkbook } from "../host/workbook.js";

const SIZES = [1_000, 20_000, 100_000];
const RUNS = 3;
const GOAL = { rows: 20_000, syncs: 4, ms: 1_000 };
interface Run {
  ms: number;
  syncs: number;
  payloadMaxBytes: number;
  refusedSyncs: number;
  addressMaxChars: number;
  addressMaxAreas: number;
  error?: string;
}

async function checkOnce(book: HostWorkbook): Promise<Run> {
  const host = createExcelHost(book);
  const settings = settingsSchema.parse({});
  const start = performance.now();
  let error: string | undefined;
  try {
    await checkWorkbook(host.run, settings, { fallbackYear: 2026 });
  } catch (e) {
    const { code, message } = e as { code?: string; message?: string };
    error = code ?? message ?? String(e);
  }
  const ms = performance.now() - start;
  const payloads = host.stats.perSync.map((s) => Math.max(s.requestBytes, s.responseBytes));
  const accepted = payloads.filter((bytes) => bytes <= PAYLOAD_LIMIT_BYTES);
  return {
    ms,
    syncs: host.stats.syncs,
    payloadMaxBytes: Math.max(0, ...accepted),
    refusedSyncs: payloads.length - accepted.length,
    addressMaxChars: host.stats.maxAddressChars,
    addressMaxAreas: host.stats.maxAddressAreas,
    ...(error ? { error } : {}),
  };
}

const results = new Map<number, Run>();
for (const rows of SIZES) {
  const book = rosterWorkbook(rows);
  await checkOnce(book);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await checkOnce(book));
  const median = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]!;
  results.set(rows, median);
  console.log(
    `addin check ${rows} rows: syncs=${median.syncs} payloadMaxBytes=${median.payloadMaxBytes}` +
      (median.refusedSyncs ? ` refusedSyncs=${median.refusedSyncs}` : "") +
      ` ms=${Math.round(median.ms)}` +
      ` addressMaxChars=${median.addressMaxChars} addressMaxAreas=${median.addressMaxAreas}` +
      (median.error ? ` (failed: ${median.error})` : ""),
  );
}

const goal = results.get(GOAL.rows)!;
const met = !goal.error && goal.syncs <= GOAL.syncs && goal.ms < GOAL.ms;
console.log(
  `goal (${GOAL.rows.toLocaleString("en")} rows: syncs ≤ ${GOAL.syncs} and ms < ${GOAL.ms}): ${met ? "met" : "not met"}`,
);
