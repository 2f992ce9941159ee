/**
 * One measurement in its own process, so that its peak memory is its own:
 * `bare <file>` reads the file with exceljs's streaming reader and nothing else;
 * `check <file>` runs the command line's whole check on it. Prints `{ ms, peakMB, people }`.
 */
import ExcelJS from "exceljs";
import { checkRead } from "../../shared/check.js";
import { settingsSchema } from "../../shared/settings.js";
import { readWorkbook } from "../../xlsx/readWorkbook.js";
import { peakRssBytes } from "./peakRss.js";

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== "bare" && mode !== "check")) {
  process.stderr.write("usage: measure.ts bare|check <file.xlsx>\n");
  process.exit(2);
}

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 5);
const start = performance.now();
let people = 0;
if (mode === "bare") {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  for await (const sheet of reader) for await (const row of sheet) if (row.values) people++;
} else {
  const result = checkRead(await readWorkbook(file), settingsSchema.parse({ year: 2026 }), {
    fallbackYear: 2026,
  });
  people = result.people;
}
const ms = performance.now() - start;
clearInterval(timer);
sample();
const peakMB = Math.max(peak, peakRssBytes()) / 1024 / 1024;
process.stdout.write(`${JSON.stringify({ ms, peakMB, people })}\n`);
