import type { ReportInput, ReportUnit } from "./input.js";
import { formatNumber, localize, type Lang, type Localized } from "../i18n.js";
import type { RatedLevel } from "../levels.js";
import type { QuotaBase } from "../settings.js";
import { ratedCount, totalCount } from "../summary/counts.js";
import type { QuotaTally } from "../summary/quotaTally.js";
import type { LevelCounts } from "../summary/types.js";
import type { StyleId } from "./model.js";
import { notes, ratioHeader, T } from "./labels.js";
import type { SheetBuilder } from "./sheetBuilder.js";

/**
 * The columns tables A and B share (REPORT.md): STT | label | total | KXL | rated | four levels
 * (count, %) | ratio; each table adds its own columns after the ratio, the note last.
 */
export const LEVEL_COLUMNS: readonly RatedLevel[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];
export const COL = { stt: 1, label: 2, total: 3, notRated: 4, rated: 5, firstLevel: 6, ratio: 14 } as const;
export const LEVEL_TABLE_WIDTHS = [5, 32, 8, 9, 10, 7, 7, 7, 7, 7, 7, 7, 7, 10] as const;

export type RowKind = "plain" | "sub" | "total";

const ROW_STYLES: Record<RowKind, { stt: StyleId; text: StyleId; number: StyleId; high: StyleId }> = {
  plain: { stt: "textCenter", text: "text", number: "number", high: "numberHigh" },
  sub: { stt: "textCenter", text: "subText", number: "subNumber", high: "subNumberHigh" },
  total: { stt: "textCenter", text: "totalText", number: "totalNumber", high: "totalNumberHigh" },
};

/** The rates a block of rows is judged against. */
export interface RateContext {
  lang: Lang;
  base: QuotaBase;
  /** The rate of the report (settings `quotaRate`). */
  rate: number;
  /** A unit's approved higher rate, which then replaces `rate`. */
  approvedRate?: number;
}

/** The rates for one unit's block (its approved rate, if any), or for the agency's total without a unit. */
export function rateContext(input: ReportInput, unit?: ReportUnit): RateContext {
  return {
    lang: input.lang,
    base: input.quotaBase ?? "good",
    rate: input.rate,
    approvedRate: unit?.approvedRate,
  };
}

/** Percentage with one decimal, as a number (12.5 for 1 in 8); null when the denominator is 0. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : null;
}

/** The ratio column's denominator for a row. */
export function ratioBase(c: LevelCounts, base: QuotaBase): number {
  switch (base) {
    case "good":
      return c.HTTNV;
    case "good-inclusive":
      return c.HTTNV + c.HTXSNV;
    case "headcount":
      return totalCount(c);
  }
}

/** More HTXSNV than rate × base (snapped, as the quota check does). */
export function aboveRate(c: LevelCounts, base: QuotaBase, rate: number): boolean {
  return c.HTXSNV > Math.round(rate * ratioBase(c, base) * 1e9) / 1e9;
}

/** The table header over two rows; returns them for the print titles. */
export function writeLevelHeader(
  b: SheetBuilder,
  lang: Lang,
  base: QuotaBase,
  extra: { group: Localized; columns: readonly Localized[] } | undefined,
  noteCol: number,
): [number, number] {
  const h = b.row;
  const tall = (col: number, text: Localized) => {
    b.set(h, col, localize(text, lang), "header");
    b.merge(h, col, h + 1, col);
  };
  tall(COL.stt, T.stt);
  tall(COL.label, T.unitOrType);
  tall(COL.total, T.total);
  tall(COL.notRated, T.notRated);
  tall(COL.rated, T.rated);
  LEVEL_COLUMNS.forEach((level, i) => {
    const col = COL.firstLevel + 2 * i;
    b.span(h, col, col + 1, localize(T[level], lang), "header");
    b.set(h + 1, col, localize(T.count, lang), "header");
    b.set(h + 1, col + 1, localize(T.percent, lang), "header");
  });
  tall(COL.ratio, ratioHeader(base));
  if (extra) {
    const first = COL.ratio + 1;
    b.span(h, first, first + extra.columns.length - 1, localize(extra.group, lang), "header");
    extra.columns.forEach((text, i) => b.set(h + 1, first + i, localize(text, lang), "header"));
  }
  tall(noteCol, T.note);
  b.height(h, 48);
  b.height(h + 1, 20);
  b.row = h + 2;
  return [h, h + 1];
}

/**
 * What a row's ratio is: checked against the rate (highlighted above it, with a note), shown for
 * information only (REPORT.md "From 2026": the all-staff ratio), or left out (NLĐ, whom no state
 * quota binds).
 */
export type RatioUse = "quota" | "info" | "none";

export interface CountRow {
  stt: string;
  label: string;
  kind: RowKind;
  counts: LevelCounts;
  ratio: RatioUse;
  /**
   * The row's population as each unit's own check counted it (the back end's report): the row is
   * judged by the units' allowed counts rather than by its ratio against one rate.
   */
  tally?: QuotaTally;
  /** Notes from elsewhere (quota scopes over their quota). */
  notes?: readonly string[];
}

/** The ratio of `counts` against the rate: above it, or within a unit's approved higher rate. */
export function rateVerdict(c: LevelCounts, rates: RateContext): { note?: string; high: boolean } {
  const rate = rates.approvedRate ?? rates.rate;
  const pct = formatNumber(rate * 100, rates.lang);
  if (aboveRate(c, rates.base, rate)) {
    const note = rates.approvedRate === undefined ? notes.above(pct) : notes.aboveApproved(pct);
    return { note: localize(note, rates.lang), high: true };
  }
  if (rates.approvedRate !== undefined && aboveRate(c, rates.base, rates.rate))
    return { note: localize(notes.withinApproved(pct), rates.lang), high: false };
  return { high: false };
}

/** A population judged by its units' own checks: over when any unit is over its allowed count. */
export function tallyVerdict(t: QuotaTally, lang: Lang): { note?: string; high: boolean } {
  if (t.excess === 0) return { high: false };
  return { note: localize(notes.overAllowed(t), lang), high: true };
}

/** The notes a row calls for: its ratio against the rate (quota rows), levels missing, then the others. */
function rowNotes(row: CountRow, rates: RateContext): { notes: string[]; high: boolean } {
  const judged = row.ratio === "quota";
  const verdict = !judged
    ? { high: false }
    : row.tally
      ? tallyVerdict(row.tally, rates.lang)
      : rateVerdict(row.counts, rates);
  const out = verdict.note ? [verdict.note] : [];
  const missing = row.counts.missing;
  if (missing > 0) out.push(localize(notes.missing(missing), rates.lang));
  out.push(...(row.notes ?? []));
  return { notes: out, high: verdict.high };
}

/** The ratio column's value: HTXSNV as a percentage of the base, one decimal (350 for 7 to 2). */
export function ratioPercent(c: LevelCounts, base: QuotaBase): number | null {
  return percent(c.HTXSNV, ratioBase(c, base));
}

/** One row of counts: total, KXL, rated, each level with its % of the rated, the ratio, the note. */
export function writeCountRow(b: SheetBuilder, row: CountRow, rates: RateContext, noteCol: number): void {
  const r = b.row++;
  const s = ROW_STYLES[row.kind];
  const c = row.counts;
  const rated = ratedCount(c);
  b.set(r, COL.stt, row.stt || null, s.stt);
  b.set(r, COL.label, row.label, s.text);
  b.count(r, COL.total, totalCount(c), s.number);
  b.count(r, COL.notRated, c.KXL, s.number);
  b.count(r, COL.rated, rated, s.number);
  LEVEL_COLUMNS.forEach((level, i) => {
    b.count(r, COL.firstLevel + 2 * i, c[level], s.number);
    b.percent(r, COL.firstLevel + 2 * i + 1, percent(c[level], rated), s.number);
  });
  const { notes: text, high } = rowNotes(row, rates);
  const ratio = row.ratio === "none" ? null : ratioPercent(c, rates.base);
  b.percent(r, COL.ratio, ratio, high ? s.high : s.number);
  b.set(r, noteCol, text.length ? text.join("; ") : null, s.text);
}

/** A unit's name across the table, numbered I, II, III… */
export function writeSection(b: SheetBuilder, stt: string, label: string, lastCol: number): void {
  const r = b.row++;
  b.set(r, COL.stt, stt || null, "section");
  b.span(r, COL.label, lastCol, label, "section");
}
