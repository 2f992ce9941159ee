import { formatNumber, localize } from "../i18n.js";
import { STAFF_POPULATIONS, type StaffPopulation } from "../quota/index.js";
import type { QuotaResult } from "../quota/types.js";
import { ruleSetForYear } from "../ruleSets/index.js";
import { addCounts, totalCount, zeroCounts } from "../summary/counts.js";
import type { QuotaTally } from "../summary/quotaTally.js";
import type { LevelCounts } from "../summary/types.js";
import type { ReportInput } from "./input.js";
import { notes } from "./labels.js";
import {
  rateVerdict,
  ratioPercent,
  tallyVerdict,
  type CountRow,
  type RateContext,
  type RatioUse,
  type RowKind,
} from "./levelTable.js";
import { quotaNotes } from "./quotaNotes.js";

/** How table A reads its ratio column: per population (`by-law`, RULES.md §9) or all staff together. */
export interface StaffQuota {
  byLaw: boolean;
  /** The population of the viên chức row: their own under ND233, with the cán bộ under ND90. */
  vienChuc: StaffPopulation;
}

export function staffQuota(input: ReportInput): StaffQuota {
  const population = input.quotaPopulation ?? ruleSetForYear(input.year).quotaPopulation;
  return { byLaw: population === "by-law", vienChuc: input.vienChucBasis === "nd90" ? "other" : "VC" };
}

/** A row of table A before its ratio is judged. */
export interface StaffRow {
  stt: string;
  label: string;
  kind: RowKind;
  counts: LevelCounts;
  /**
   * The quota population of the row's people, as `quotaPopulationAt` counts a person of its staff
   * type; absent for the sub-rows and the total (part of a population, or all of them).
   */
  population?: StaffPopulation;
  /** No quota counts the row's people (NLĐ outside `headcount`): no ratio. */
  outside?: boolean;
  /** The row's population as the units' own checks counted it, when the report has their checks. */
  tally?: QuotaTally;
}

const hasPeople = (row: StaffRow) => totalCount(row.counts) > 0;

/**
 * The rows of a block with their ratios judged (REPORT.md "From 2026"). Under `by-law` a row that
 * holds a whole population is checked against the rate and carries the notes of its population's
 * quota scopes over their quota; where a population spans rows (cán bộ with staff of unknown type, or
 * with viên chức under ND90) each of them is information and the first carries the joint ratio; the
 * total's all-staff ratio is information only. Under `all-staff` every row is checked and the
 * notes of the quota scopes go on the total, as before 2026.
 */
export function judgeRows(
  rows: readonly StaffRow[],
  quota: StaffQuota,
  rates: RateContext,
  results: readonly QuotaResult[],
  /** Said on every row judged against a rate: the approved rates that apply in the block. */
  approved: readonly string[] = [],
): CountRow[] {
  const members = (p: StaffPopulation) => rows.filter((r) => r.population === p);
  const filled = (p: StaffPopulation) => members(p).filter(hasPeople);
  const anchor = (p: StaffPopulation) => filled(p)[0] ?? members(p)[0];
  const spread = (p: StaffPopulation) => quota.byLaw && filled(p).length > 1;
  const total = rows.find((r) => r.kind === "total")!;
  const extra = new Map<StaffRow, string[]>();
  const note = (row: StaffRow, texts: readonly string[]) =>
    extra.set(row, [...(extra.get(row) ?? []), ...texts]);

  for (const p of STAFF_POPULATIONS.filter(spread)) note(anchor(p)!, [jointNote(filled(p), rates)]);
  const byRow = new Map<StaffRow, QuotaResult[]>();
  for (const r of results) {
    const row = (r.population !== undefined && anchor(r.population)) || total;
    byRow.set(row, [...(byRow.get(row) ?? []), r]);
  }
  for (const [row, list] of byRow) note(row, quotaNotes(list, rates.lang, row !== total));

  const use = (row: StaffRow): RatioUse => {
    if (row.outside) return "none";
    if (!quota.byLaw) return "quota";
    return row.population !== undefined && !spread(row.population) ? "quota" : "info";
  };
  return rows.map((row) => {
    const ratio = use(row);
    const out: CountRow = { stt: row.stt, label: row.label, kind: row.kind, counts: row.counts, ratio };
    if (row.tally) out.tally = row.tally;
    out.notes = [...(ratio === "quota" ? approved : []), ...(extra.get(row) ?? [])];
    return out;
  });
}

/** "Tỷ lệ tính chung (1+4): 25% (Vượt tỷ lệ 20%)": the ratio of a population spread over rows. */
function jointNote(rows: readonly StaffRow[], rates: RateContext): string {
  const counts = rows.map((r) => r.counts).reduce(addCounts, zeroCounts());
  const ratio = ratioPercent(counts, rates.base);
  const pct = ratio === null ? "–" : `${formatNumber(ratio, rates.lang)}%`;
  const joint = localize(notes.together(rows.map((r) => r.stt).join("+"), pct), rates.lang);
  const tally = rows.find((r) => r.tally)?.tally;
  const verdict = (tally ? tallyVerdict(tally, rates.lang) : rateVerdict(counts, rates)).note;
  return verdict ? `${joint} (${verdict})` : joint;
}
