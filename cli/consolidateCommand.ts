import { writeFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { ruleSetById } from "../shared/ruleSets/index.js";
import type { CheckResult } from "../shared/check.js";
import { buildReport, type ReportAgency, type UnitStatus } from "../shared/report/index.js";
import type { Settings } from "../shared/settings.js";
import { emptySummary, LEVEL_KEYS, sumSummaries, type UnitSummary } from "../shared/summary/index.js";
import { foldKey } from "../shared/text.js";
import { reportToBuffer } from "../xlsx/renderReport.js";
import { CliError } from "./cliError.js";
import { checkFile } from "./loadRoster.js";
import { cliText } from "./messages.js";

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
 * A unit that sent its file: on time or late against the deadline, by the date its roster was signed
 * (`…, ngày 10 tháng 12 năm 2026`). A roster without one is received with no date: a file's
 * modification date says when it was copied, not when the unit sent it.
 */
function submitted(result: CheckResult, deadline: string | undefined): UnitStatus {
  const submittedAt = result.signedOn;
  if (submittedAt === undefined) return { state: "received", deadline };
  const late = deadline !== undefined && submittedAt > deadline;
  return { state: late ? "late" : "on-time", submittedAt, deadline };
}

/**
 * `consolidate`: what a superior agency does with the rosters its units e-mailed. Each file is
 * checked as one unit; the consolidated report of REPORT.md is written to `out`.
 */
export async function runConsolidate(
  files: readonly string[],
  settings: Settings,
  options: {
    json: boolean;
    out: string;
    agency: Partial<ReportAgency>;
    /** Reporting deadline (ISO): each file's modification date is when that unit reported. */
    deadline?: string;
    /** Units expected to report: those without a file are listed as missing. */
    expect?: readonly string[];
  },
): Promise<number> {
  const units: UnitCheck[] = [];
  // A file that cannot be used is listed with its reason; the report is made from the others.
  const leftOut: { file: string; reason: string }[] = [];
  for (const file of files) {
    const name = basename(file, extname(file));
    const result = await checkFile(file, settings, { unitName: name });
    if (result instanceof CliError) leftOut.push({ file, reason: result.message });
    else units.push({ file, name, result });
  }
  const lang = settings.lang;
  if (units.length === 0) throw new CliError(leftOut.map((l) => l.reason).join("\n"));
  const first = units[0]!.result;
  const rates = new Map(Object.entries(settings.unitRates).map(([unit, rate]) => [foldKey(unit), rate]));
  const approvedRate = (name: string) => rates.get(foldKey(name));
  const tracking = options.deadline !== undefined || (options.expect?.length ?? 0) > 0;
  const received = new Set(units.map((u) => foldKey(u.name)));
  const missing = (options.expect ?? []).filter((name) => !received.has(foldKey(name)));
  const model = buildReport({
    year: first.year,
    lang,
    agency: {
      ...options.agency,
      name: options.agency.name ?? (lang === "vi" ? "CƠ QUAN TỔNG HỢP" : "CONSOLIDATING AGENCY"),
    },
    date: new Date().toISOString().slice(0, 10),
    units: [
      ...units.map((u) => ({
        name: u.name,
        summary: u.result.summary,
        quota: u.result.quota,
        approvedRate: approvedRate(u.name),
        status: tracking ? submitted(u.result, options.deadline) : undefined,
      })),
      ...missing.map((name) => ({
        name,
        summary: emptySummary(),
        status: { state: "missing" as const, deadline: options.deadline },
      })),
    ],
    rate: settings.quotaRate,
    quotaBase: settings.quotaBase,
    quotaPopulation: settings.quotaPopulation ?? ruleSetById(first.ruleSet)?.quotaPopulation,
    vienChucBasis: settings.vienChucBasis,
  });
  const bytes = await reportToBuffer(model);
  try {
    writeFileSync(options.out, bytes);
  } catch {
    throw new CliError(cliText(lang).cannotWrite(options.out));
  }
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
      leftOut,
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
    if (leftOut.length > 0)
      process.stdout.write(
        `${lang === "vi" ? `${leftOut.length} tệp không đưa vào báo cáo:` : `${leftOut.length} files left out of the report:`}\n${leftOut.map((l) => `  ${l.reason}`).join("\n")}\n`,
      );
  }
  return leftOut.length > 0 || units.some((u) => errors(u) > 0) ? 1 : 0;
}
