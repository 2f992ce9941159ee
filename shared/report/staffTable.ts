import { localize, type Localized } from "../i18n.js";
import { stateStaffCounts, sumSummaries, totalCount } from "../summary/counts.js";
import type { LevelCounts, UnitSummary } from "../summary/types.js";
import type { ReportInput, ReportUnit } from "./input.js";
import { staffSubtitle, T, totalLabel } from "./labels.js";
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
import { quotaNotes } from "./quotaNotes.js";
import { SheetBuilder } from "./sheetBuilder.js";
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
  grand: boolean,
  extraNotes: string[],
) {
  const lang = rates.lang;
  const t = (text: Localized) => localize(text, lang);
  const byType = s.byStaffType;
  const row = (stt: string, label: string, counts: LevelCounts, kind: "plain" | "sub" | "total" = "plain") =>
    writeCountRow(b, { stt, label, kind, counts, ratio: true }, rates, NOTE_COL);
  row("1", t(T.CB), byType.CB);
  row("2", t(T.CC), byType.CC);
  row("", t(T.ccLeaders), s.leaders.CC, "sub");
  row("3", t(T.VC), byType.VC);
  row("", t(T.vcLeaders), s.leaders.VC, "sub");
  const summed = [1, 2, 3];
  if (totalCount(byType.unknown) > 0) {
    summed.push(4);
    row("4", t(T.unknown), byType.unknown);
  }
  writeCountRow(
    b,
    {
      stt: "",
      label: t(totalLabel(summed, grand)),
      kind: "total",
      counts: stateStaffCounts(byType),
      ratio: true,
      notes: extraNotes,
    },
    rates,
    NOTE_COL,
  );
  const nld = String(summed.length + 1);
  writeCountRow(
    b,
    { stt: nld, label: t(T.NLD), kind: "plain", counts: byType.NLD, ratio: rates.base === "headcount" },
    rates,
    NOTE_COL,
  );
}

/** Sheet 1, table A: staff by type and level; with several units, a block per unit and the agency's total last. */
export function staffSheet(input: ReportInput): ReportSheet {
  const lang = input.lang;
  const base = input.quotaBase ?? "good";
  const b = new SheetBuilder(localize(T.sheetStaff, lang), [...LEVEL_TABLE_WIDTHS, 24]);
  titleBlock(b, input, HALVES, T.title, staffSubtitle(input.year));
  const titles = writeLevelHeader(b, lang, base, undefined, NOTE_COL);
  const rates = (unit?: ReportUnit) => rateContext(input, unit);
  const [only] = input.units;
  if (input.units.length === 1 && only) {
    writeBlock(b, only.summary, rates(only), true, quotaNotes(only.quota, false, lang));
  } else {
    input.units.forEach((unit, i) => {
      writeSection(b, roman(i + 1), unit.name, NOTE_COL);
      writeBlock(b, unit.summary, rates(unit), false, quotaNotes(unit.quota, false, lang));
    });
    writeSection(b, "", localize(T.wholeAgency, lang), NOTE_COL);
    writeBlock(b, sumSummaries(input.units.map((u) => u.summary)), rates(), true, []);
  }
  signatureBlock(b, input, HALVES);
  return b.build(titles);
}
