import { writeFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { CheckResult } from "../shared/check.js";
import { buildReport, type ReportAgency } from "../shared/report/index.js";
import type { Settings } from "../shared/settings.js";
import { LEVEL_KEYS, sumSummaries, type UnitSummary } from "../shared/summary/index.js";
import { reportToBuffer } from "../xlsx/renderReport.js";
import { CliError } from "./cliError.js";
import { checkFile } from "./loadRoster.js";

interface UnitCheck {
  file: string;
  name: string;
  result: CheckResult;
}

function levelTotals(summary: UnitSummary) {
  const totals = Object.fromEntries(LEVEL_KEYS.map((l) => [l, 0])) as Record<
    (typeof LEVEL_KEYS)[number],
    number
  >;
  for (const counts of Object.values(summary.byStaffType)) for (const l of LEVEL_KEYS) totals[l] += counts[l];
  return totals;
}

function counts(summary: UnitSummary) {
  return {
    people: summary.people,
    byLevel: levelTotals(summary),
    byStaffType: Object.fromEntries(
      Object.entries(summary.byStaffType).map(([type, c]) => [
        type,
        Object.values(c).reduce((a, b) => a + b, 0),
      ]),
    ),
  };
}

/**
 * `consolidate`: what a superior agency does with the rosters its units e-mailed. Each file is
 * checked as one unit; the consolidated report of REPORT.md is written to `out`.
 */
export async function runConsolidate(
  files: readonly string[],
  settings: Settings,
  options: { json: boolean; out: string; agency: Partial<ReportAgency> },
): Promise<number> {
  const units: UnitCheck[] = [];
  for (const file of files) {
    const name = basename(file, extname(file));
    const result = await checkFile(file, settings, { unitName: name });
    if (result instanceof CliError) throw result;
    units.push({ file, name, result });
  }
  const first = units[0]!.result;
  const lang = settings.lang;
  const model = buildReport({
    year: first.year,
    lang,
    agency: {
      ...options.agency,
      name: options.agency.name ?? (lang === "vi" ? "CƠ QUAN TỔNG HỢP" : "CONSOLIDATING AGENCY"),
    },
    date: new Date().toISOString().slice(0, 10),
    units: units.map((u) => ({ name: u.name, summary: u.result.summary, quota: u.result.quota })),
    rate: settings.quotaRate,
    quotaBase: settings.quotaBase,
  });
  writeFileSync(options.out, await reportToBuffer(model));
  const errors = (u: UnitCheck) => u.result.findings.filter((f) => f.severity === "error").length;
  const total = sumSummaries(units.map((u) => u.result.summary));
  if (options.json) {
    const doc = {
      ruleSet: first.ruleSet,
      year: first.year,
      out: options.out,
      units: units.map((u) => ({
        file: u.file,
        name: u.name,
        errors: errors(u),
        ...counts(u.result.summary),
      })),
      total: counts(total),
    };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    for (const u of units) {
      const n = errors(u);
      process.stdout.write(
        lang === "vi"
          ? `${u.name}: ${u.result.people} người, ${n} lỗi\n`
          : `${u.name}: ${u.result.people} people, ${n} errors\n`,
      );
    }
    process.stdout.write(
      lang === "vi"
        ? `Tổng cộng ${total.people} người. Đã ghi báo cáo tổng hợp: ${options.out}\n`
        : `${total.people} people in all. Consolidated report written to ${options.out}\n`,
    );
  }
  return units.some((u) => errors(u) > 0) ? 1 : 0;
}
