import { localize, type Localized } from "../i18n.js";
import { sumSummaries } from "../summary/counts.js";
import type { NotRatedReason, UnitSummary } from "../summary/types.js";
import type { ReportInput, ReportUnit } from "./input.js";
import { partySubtitle, T } from "./labels.js";
import {
  COL,
  LEVEL_TABLE_WIDTHS,
  writeCountRow,
  writeLevelHeader,
  writeSection,
  rateContext,
  type RateContext,
  type RowKind,
} from "./levelTable.js";
import type { ReportSheet } from "./model.js";
import { roman } from "./roman.js";
import { quotaNotes } from "./quotaNotes.js";
import { SheetBuilder } from "./sheetBuilder.js";
import { signatureBlock, titleBlock, type Halves } from "./titleBlock.js";

/** Table B's reasons for not rating a Party member (REPORT.md), and `other` so that they add up to the KXL count. */
const REASON_COLUMNS: readonly [NotRatedReason, Localized][] = [
  ["exempt", T.exempt],
  ["suspended", T.suspended],
  ["new-member", T.newMember],
  ["not-reviewed", T.notReviewed],
  ["other", T.otherReason],
];
const FIRST_REASON_COL = COL.ratio + 1;
const NOTE_COL = FIRST_REASON_COL + REASON_COLUMNS.length;
const HALVES: Halves = { left: [1, 4], right: [12, NOTE_COL] };

/** Reasons outside table B's columns (short service, leave) count as `other`. */
function reasonCount(s: UnitSummary, code: NotRatedReason): number {
  if (code !== "other") return s.partyNotRatedReasons[code];
  const shown = new Set(REASON_COLUMNS.map(([c]) => c));
  return Object.entries(s.partyNotRatedReasons)
    .filter(([c]) => !shown.has(c as NotRatedReason) || c === "other")
    .reduce((sum, [, n]) => sum + n, 0);
}

function writeBlock(
  b: SheetBuilder,
  s: UnitSummary,
  rates: RateContext,
  kind: RowKind,
  memberNotes: string[],
) {
  const t = (text: Localized) => localize(text, rates.lang);
  const reasonStyle = kind === "total" ? "totalNumber" : "number";
  const blank = () =>
    REASON_COLUMNS.forEach((_, i) => b.set(b.row - 1, FIRST_REASON_COL + i, null, reasonStyle));
  writeCountRow(
    b,
    { stt: "1", label: t(T.grassroots), kind, counts: s.partyOrganisations.grassroots, ratio: "quota" },
    rates,
    NOTE_COL,
  );
  blank();
  writeCountRow(
    b,
    { stt: "2", label: t(T.cells), kind, counts: s.partyOrganisations.cells, ratio: "quota" },
    rates,
    NOTE_COL,
  );
  blank();
  writeCountRow(
    b,
    { stt: "3", label: t(T.members), kind, counts: s.party, ratio: "quota", notes: memberNotes },
    rates,
    NOTE_COL,
  );
  const r = b.row - 1;
  REASON_COLUMNS.forEach(([code], i) => b.count(r, FIRST_REASON_COL + i, reasonCount(s, code), reasonStyle));
}

/** Sheet 2, table B: Party organisations and members by Party level, with the reasons members are not rated. */
export function partySheet(input: ReportInput): ReportSheet {
  const lang = input.lang;
  const base = input.quotaBase ?? "good";
  const widths = [...LEVEL_TABLE_WIDTHS, ...REASON_COLUMNS.map(() => 9), 20];
  const b = new SheetBuilder(localize(T.sheetParty, lang), widths);
  titleBlock(b, input, HALVES, T.title, partySubtitle(input.year));
  const extra = { group: T.partyReasons, columns: REASON_COLUMNS.map(([, label]) => label) };
  const titles = writeLevelHeader(b, lang, base, extra, NOTE_COL);
  const rates = (unit?: ReportUnit) => rateContext(input, unit);
  const partyNotes = (unit: ReportUnit) =>
    quotaNotes(unit.quota?.filter((r) => r.scope === "party") ?? [], lang);
  const [only] = input.units;
  if (input.units.length === 1 && only) {
    writeBlock(b, only.summary, rates(only), "plain", partyNotes(only));
  } else {
    input.units.forEach((unit, i) => {
      writeSection(b, roman(i + 1), unit.name, NOTE_COL);
      writeBlock(b, unit.summary, rates(unit), "plain", partyNotes(unit));
    });
    writeSection(b, "", localize(T.wholeAgency, lang), NOTE_COL);
    writeBlock(b, sumSummaries(input.units.map((u) => u.summary)), rates(), "total", []);
  }
  signatureBlock(b, input, HALVES);
  return b.build(titles);
}
