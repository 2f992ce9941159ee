/**
 * The report as plain data: sheets, cells, merges and named styles. Two renderers draw it (exceljs
 * in xlsx/, Office.js in the task pane), so nothing here is specific to either.
 */

export type HorizontalAlign = "left" | "center" | "right";
export type VerticalAlign = "top" | "middle" | "bottom";

export interface CellStyle {
  font: { name: string; size: number; bold?: boolean; italic?: boolean; underline?: boolean };
  alignment: { horizontal: HorizontalAlign; vertical: VerticalAlign; wrap?: boolean };
  /** Thin lines on the four sides (of the whole range, for a merged cell). */
  border?: "thin";
  /** Background colour as `#RRGGBB`: the highlight of a ratio above the allowed rate. */
  fill?: string;
}

export const STYLE_IDS = [
  "orgName",
  "nation",
  "motto",
  "docNumber",
  "placeDate",
  "title",
  "subtitle",
  "attachment",
  "recipient",
  "heading",
  "header",
  "text",
  "textCenter",
  "number",
  "section",
  "subText",
  "subNumber",
  "totalText",
  "totalNumber",
  "numberHigh",
  "subNumberHigh",
  "totalNumberHigh",
  "signTitle",
  "signNote",
] as const;
export type StyleId = (typeof STYLE_IDS)[number];

export interface ReportCell {
  /** 1-based row and column. */
  row: number;
  col: number;
  value: string | number | null;
  style: StyleId;
  /** Excel number format code: `#,##0` for counts, `0.0` for percentages (Excel shows the locale's decimal comma). */
  numFmt?: string;
}

/** A merged range, 1-based and inclusive; its value and style are those of the top-left cell. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PageSetup {
  paperSize: "A4";
  orientation: "landscape";
  /** Fit all columns on one page's width; as many pages high as needed. */
  fitToWidth: true;
}

export interface ReportSheet {
  name: string;
  /** Column widths in Excel character units, from column 1. */
  columns: { width: number }[];
  cells: ReportCell[];
  merges: Merge[];
  /** Row heights in points, where the default is too low (wrapped table headers). */
  rowHeights: { row: number; height: number }[];
  /** Rows repeated at the top of each printed page (the table header). */
  printTitleRows?: [number, number];
  pageSetup: PageSetup;
  /** The styles the cells use, by id. */
  styles: Partial<Record<StyleId, CellStyle>>;
}

export interface ReportModel {
  sheets: ReportSheet[];
}
