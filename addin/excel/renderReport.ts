/// <reference types="office-js" />
/**
 * The report model drawn into the open workbook with Office.js: the task pane's renderer, beside
 * xlsx/renderReport.ts (exceljs) which draws the same model with the same meaning.
 *
 * Two syncs whatever the model's size: one to learn which report sheets already exist, one for
 * everything else. Values and number formats go in one block per sheet; each format property per
 * rectangle of cells sharing its value (RangeAreas carry only fills in our Office.js surface, so
 * fills alone go by `getRanges`, one list per colour).
 */
import type { Lang } from "../../shared/i18n.js";
import { localize } from "../../shared/i18n.js";
import type { CellStyle, ReportModel, ReportSheet } from "../../shared/report/model.js";
import { cellAddress, rectAddress, type Rect } from "./a1.js";
import { ADDRESS_LIMITS, addressLists } from "./cellAreas.js";
import { agencyLevelCounts, CHART_TEXT, placeLevelChart } from "./levelChart.js";
import { columnWidthPoints } from "./columnWidth.js";
import { equalRuns, rectsBy, styledCells, valueBlock } from "./reportLayout.js";

export interface RenderOptions {
  /** Add the native chart of the level distribution (default true). */
  chart?: boolean;
  /** The language of the chart's title and data block (the model's own texts are already localized). */
  lang?: Lang;
}

export const CHART_NAME = "LevelDistribution";

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Thin lines around every cell of the rectangle. */
function thinBorders(range: Excel.Range, rect: Rect): void {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rect.right > rect.left) edges.push("InsideVertical");
  if (rect.bottom > rect.top) edges.push("InsideHorizontal");
  for (const edge of edges) range.format.borders.getItem(edge).style = "Continuous";
}

/**
 * One format property of the model's styles: its value for a style (undefined: nothing to set,
 * a new sheet's default being plain, unwrapped and without lines), and how to set it on a range.
 */
interface Facet {
  of(s: CellStyle): string | undefined;
  set(range: Excel.Range, key: string, rect: Rect): void;
}

const FACETS: Facet[] = [
  { of: (s) => s.font.name, set: (r, k) => void (r.format.font.name = k) },
  { of: (s) => String(s.font.size), set: (r, k) => void (r.format.font.size = Number(k)) },
  { of: (s) => (s.font.bold ? "bold" : undefined), set: (r) => void (r.format.font.bold = true) },
  { of: (s) => (s.font.italic ? "italic" : undefined), set: (r) => void (r.format.font.italic = true) },
  {
    of: (s) => (s.font.underline ? "single" : undefined),
    set: (r) => void (r.format.font.underline = "Single"),
  },
  {
    of: (s) => HORIZONTAL[s.alignment.horizontal],
    set: (r, k) => void (r.format.horizontalAlignment = k as Excel.HorizontalAlignment),
  },
  {
    of: (s) => VERTICAL[s.alignment.vertical],
    set: (r, k) => void (r.format.verticalAlignment = k as Excel.VerticalAlignment),
  },
  { of: (s) => (s.alignment.wrap ? "wrap" : undefined), set: (r) => void (r.format.wrapText = true) },
  { of: (s) => s.border, set: (r, _, rect) => thinBorders(r, rect) },
];

/** Queues one sheet; returns nothing to read back, so it needs no sync of its own. */
function drawSheet(worksheet: Excel.Worksheet, sheet: ReportSheet): void {
  const block = valueBlock(sheet);
  if (block) {
    const range = worksheet.getRange(rectAddress(block.rect));
    // Formats before values: text cells are `@` before their text arrives, so Excel keeps it as text.
    range.numberFormat = block.numberFormat;
    range.values = block.values;
  }

  // Each property by the rectangles sharing its value, before merging, as exceljs styles then
  // merges: no range ever covers part of a merged cell.
  const cells = styledCells(sheet);
  for (const facet of FACETS)
    for (const { key, rect } of rectsBy(cells, facet.of))
      facet.set(worksheet.getRange(rectAddress(rect)), key, rect);
  const byFill = new Map<string, Rect[]>();
  for (const { key, rect } of rectsBy(cells, (s) => s.fill))
    byFill.set(key, [...(byFill.get(key) ?? []), rect]);
  for (const [color, rects] of byFill)
    for (const list of addressLists(rects, ADDRESS_LIMITS))
      worksheet.getRanges(list).format.fill.color = color;
  // The cells a merge hides are empty in the value block.
  for (const m of sheet.merges) worksheet.getRange(rectAddress(m)).merge(false);

  const widths = sheet.columns.map((c, i) => ({ at: i + 1, value: c.width }));
  for (const [first, last, width] of equalRuns(widths))
    worksheet.getRange(rectAddress({ top: 1, left: first, bottom: 1, right: last })).format.columnWidth =
      columnWidthPoints(width);
  const heights = sheet.rowHeights.map((h) => ({ at: h.row, value: h.height }));
  for (const [first, last, height] of equalRuns(heights))
    worksheet.getRange(rectAddress({ top: first, left: 1, bottom: last, right: 1 })).format.rowHeight =
      height;

  const page = worksheet.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  if (sheet.pageSetup.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (sheet.printTitleRows) {
    const [from, to] = sheet.printTitleRows;
    page.setPrintTitleRows(`$${from}:$${to}`);
  }
}

/** The first sheet with an agency total row gets the chart (table A: state staff by level). */
function withChart(model: ReportModel, lang: Lang) {
  for (const [index, sheet] of model.sheets.entries()) {
    const levels = agencyLevelCounts(sheet);
    if (levels) return { index, ...placeLevelChart(sheet, levels, lang) };
  }
  return undefined;
}

/**
 * Draws the report's sheets into the workbook, after the sheets already there. A sheet of the same
 * name is deleted first, so inserting the report twice replaces it. The first report sheet is
 * activated. Returns the names of the sheets drawn.
 */
export async function renderReport(
  context: Excel.RequestContext,
  model: ReportModel,
  options: RenderOptions = {},
): Promise<{ sheets: string[] }> {
  const lang = options.lang ?? "vi";
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  // Excel's sheet names are unique regardless of case.
  const existing = new Map(worksheets.items.map((w) => [w.name.toLowerCase(), w]));

  const chart = options.chart === false ? undefined : withChart(model, lang);
  const sheets = model.sheets.map((s, i) => (chart && chart.index === i ? chart.sheet : s));
  // Deleted and added in turn, in the model's order: the new sheets end up in that order, and each
  // deletion leaves another sheet in place (Excel refuses to delete the last one) unless the
  // workbook holds the report's first sheet and nothing else.
  const added = sheets.map((sheet) => {
    existing.get(sheet.name.toLowerCase())?.delete();
    const worksheet = worksheets.add(sheet.name);
    drawSheet(worksheet, sheet);
    return worksheet;
  });
  const target = chart && added[chart.index];
  if (chart && target) {
    const columns = target.charts.add(
      "ColumnClustered",
      target.getRange(rectAddress(chart.source)),
      "Columns",
    );
    columns.name = CHART_NAME;
    columns.title.text = localize(CHART_TEXT.title, lang);
    columns.legend.visible = false;
    const { area } = chart;
    columns.setPosition(cellAddress(area.top, area.left), cellAddress(area.bottom, area.right));
  }
  added[0]?.activate();
  await context.sync();
  return { sheets: sheets.map((s) => s.name) };
}
