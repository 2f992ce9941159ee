import { formatNumber, localize, type Localized } from "../i18n.js";
import type { StaffPopulation } from "../quota/population.js";
import type { TallyPopulation } from "../summary/quotaTally.js";
import type { QuotaResult } from "../quota/types.js";
import { stateStaffCounts, sumSummaries, totalCount } from "../summary/counts.js";
import type { UnitSummary } from "../summary/types.js";
import type { ApprovedRate, ReportInput, ReportUnit } from "./input.js";
import { notes, staffSubtitle, T, totalLabel } from "./labels.js";
import {
  LEVEL_TABLE_WIDTHS,
  writeCountRow,
  writeLevelHeader,
  writeSection,
  rateContext,
  type RateContext,
} from "./levelTable.js";
import type { ReportSheet } from "./model.js";
import { roman } from "./roman.js";
import { SheetBuilder } from "./sheetBuilder.js";
import { judgeRows, staffQuota, type StaffQuota, type StaffRow } from "./staffRows.js";
import { signatureBlock, titleBlock, type Halves } from "./titleBlock.js";

const NOTE_COL = 15;
const HALVES: Halves = { left: [1, 4], right: [9, NOTE_COL] };

/**
 * The rows of one block: 1. CB, 2. CC (of whom leaders), 3. VC (of whom managers), a row for
 * staff of unknown type when there are any (inside the total), the total, then NLĐ outside it.
 */
function writeBlock(
  b: SheetBuilder,
  s: UnitSummary,
  rates: RateContext,
  quota: StaffQuota,
  grand: boolean,
  results: readonly QuotaResult[],
  approved: readonly ApprovedRate[],
) {
  const t = (text: Localized) => localize(text, rates.lang);
  const byType = s.byStaffType;
  // Each unit's own check of a population, where the report has them (RULES.md §9 populations under
  // `by-law`, all staff on the total otherwise).
  const tally = (key: TallyPopulation) => (s.quotaTally?.[key] ? { tally: s.quotaTally[key] } : {});
  const population = (p: StaffPopulation) => ({ population: p, ...(quota.byLaw ? tally(p) : {}) });
  const rows: StaffRow[] = [
    { stt: "1", label: t(T.CB), kind: "plain", counts: byType.CB, ...population("other") },
    { stt: "2", label: t(T.CC), kind: "plain", counts: byType.CC, ...population("CC") },
    { stt: "", label: t(T.ccLeaders), kind: "sub", counts: s.leaders.CC },
    { stt: "3", label: t(T.VC), kind: "plain", counts: byType.VC, ...population(quota.vienChuc) },
    { stt: "", label: t(T.vcLeaders), kind: "sub", counts: s.leaders.VC },
  ];
  const summed = [1, 2, 3];
  if (totalCount(byType.unknown) > 0) {
    summed.push(4);
    rows.push({
      stt: "4",
      label: t(T.unknown),
      kind: "plain",
      counts: byType.unknown,
      ...population("other"),
    });
  }
  rows.push({
    stt: "",
    label: t(totalLabel(summed, grand)),
    kind: "total",
    counts: stateStaffCounts(byType),
    ...(quota.byLaw ? {} : tally("all")),
  });
  // Contract workers count in a quota only by the local headcount overlay, with the others (§5, §9).
  const nld = rates.base === "headcount" ? { population: "other" as const } : { outside: true };
  rows.push({ stt: String(summed.length + 1), label: t(T.NLD), kind: "plain", counts: byType.NLD, ...nld });
  const named = approved.map((a) => `${a.unit} ${formatNumber(a.rate * 100, rates.lang)}%`).join(", ");
  const approvedNote = named ? [localize(notes.approvedRates(named), rates.lang)] : [];
  for (const row of judgeRows(rows, quota, rates, results, approvedNote))
    writeCountRow(b, row, rates, NOTE_COL);
}

/** The quota results of a unit's staff scopes (the Party's go in table B). */
const staffResults = (unit: ReportUnit) => unit.quota?.filter((r) => r.scope !== "party") ?? [];

/** Sheet 1, table A: staff by type and level; with several units, a block per unit and the agency's total last. */
export function staffSheet(input: ReportInput): ReportSheet {
  const lang = input.lang;
  const base = input.quotaBase ?? "good";
  const quota = staffQuota(input);
  const b = new SheetBuilder(localize(T.sheetStaff, lang), [...LEVEL_TABLE_WIDTHS, 24]);
  titleBlock(b, input, HALVES, T.title, staffSubtitle(input.year));
  const titles = writeLevelHeader(b, lang, base, undefined, NOTE_COL);
  const rates = (unit?: ReportUnit) => rateContext(input, unit);
  const [only] = input.units;
  if (input.units.length === 1 && only) {
    writeBlock(b, only.summary, rates(only), quota, true, staffResults(only), only.approvedRates ?? []);
  } else {
    input.units.forEach((unit, i) => {
      writeSection(b, roman(i + 1), unit.name, NOTE_COL);
      writeBlock(b, unit.summary, rates(unit), quota, false, staffResults(unit), unit.approvedRates ?? []);
    });
    writeSection(b, "", localize(T.wholeAgency, lang), NOTE_COL);
    const everyApproved = input.units.flatMap((u) => u.approvedRates ?? []);
    writeBlock(b, sumSummaries(input.units.map((u) => u.summary)), rates(), quota, true, [], everyApproved);
  }
  signatureBlock(b, input, HALVES);
  return b.build(titles);
}
