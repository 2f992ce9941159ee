/**
 * The native chart of the level distribution that the task pane adds to the report: the counts of
 * the agency's total row (state staff, table A), written as a small block under the sheet's last
 * row because the model's own counts are not contiguous (each count has its % beside it).
 */
import { localize, type Lang, type Localized } from "../../shared/i18n.js";
import { COL, LEVEL_COLUMNS } from "../../shared/report/levelTable.js";
import type { ReportCell, ReportSheet } from "../../shared/report/model.js";
import { COUNT_FORMAT } from "../../shared/report/sheetBuilder.js";
import { REPORT_STYLES } from "../../shared/report/styles.js";
import type { Rect } from "./a1.js";

export const CHART_TEXT = {
  title: { vi: "Phân bố mức xếp loại", en: "Distribution of levels" },
  level: { vi: "Mức xếp loại", en: "Level" },
  people: { vi: "Số người", en: "People" },
} satisfies Record<string, Localized>;

export interface LevelCounts {
  /** The level names as the table's header gives them. */
  labels: string[];
  counts: number[];
}

/**
 * The level table's counts on its last total row, which is the whole agency's (REPORT.md: with
 * several units the agency's block comes last). Undefined for a sheet without a level table or
 * without a total row (the lists; table B of a single unit).
 */
export function agencyLevelCounts(sheet: ReportSheet): LevelCounts | undefined {
  const header = sheet.printTitleRows?.[0];
  const totals = sheet.cells.filter((c) => c.col === COL.label && c.style === "totalText").map((c) => c.row);
  if (header === undefined || totals.length === 0) return undefined;
  const total = Math.max(...totals);
  const at = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)?.value;
  const cols = LEVEL_COLUMNS.map((_, i) => COL.firstLevel + 2 * i);
  const labels = cols.map((col) => at(header, col));
  const counts = cols.map((col) => at(total, col));
  const texts = (xs: unknown[]): xs is string[] => xs.every((x) => typeof x === "string");
  const numbers = (xs: unknown[]): xs is number[] => xs.every((x) => typeof x === "number");
  if (!texts(labels) || !numbers(counts)) return undefined;
  return { labels, counts };
}

export interface ChartPlacement {
  /** The sheet with the chart's data block added below its last row. */
  sheet: ReportSheet;
  /** The data block: a header row, then a level name and its count per row. */
  source: Rect;
  /** Where the chart goes: beside the data block, below the tables. */
  area: Rect;
}

const CHART_ROWS = 16;
const CHART_COLUMNS = 11;

/** Adds the data block (styled as a small table of the report) two rows under the sheet's content. */
export function placeLevelChart(sheet: ReportSheet, levels: LevelCounts, lang: Lang): ChartPlacement {
  const last = [...sheet.cells.map((c) => c.row), ...sheet.merges.map((m) => m.bottom)].reduce(
    (max, row) => Math.max(max, row),
    0,
  );
  const top = last + 2;
  const label = COL.label;
  const count = label + 1;
  const cells: ReportCell[] = [
    { row: top, col: label, value: localize(CHART_TEXT.level, lang), style: "header" },
    { row: top, col: count, value: localize(CHART_TEXT.people, lang), style: "header" },
    ...levels.labels.flatMap((text, i): ReportCell[] => [
      { row: top + 1 + i, col: label, value: text, style: "text" },
      { row: top + 1 + i, col: count, value: levels.counts[i] ?? 0, style: "number", numFmt: COUNT_FORMAT },
    ]),
  ];
  const bottom = top + levels.labels.length;
  return {
    sheet: {
      ...sheet,
      cells: [...sheet.cells, ...cells],
      styles: {
        header: REPORT_STYLES.header,
        text: REPORT_STYLES.text,
        number: REPORT_STYLES.number,
        ...sheet.styles,
      },
    },
    source: { top, left: label, bottom, right: count },
    area: { top, left: count + 1, bottom: top + CHART_ROWS - 1, right: count + CHART_COLUMNS },
  };
}
