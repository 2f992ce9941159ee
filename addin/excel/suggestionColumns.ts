/// <reference types="office-js" />
/**
 * Đề xuất: the highest level each person may get under the rules, and why, written as two columns
 * of ours at the right of the roster. The clerk's columns are never written to: our columns are
 * found again by their header text (as the two rightmost columns) and rewritten in place, or added
 * after the last column that holds a value.
 */
import { columnLetter } from "../../shared/cells.js";
import { localize, type Lang, type Localized } from "../../shared/i18n.js";
import { cellAddress, rectAddress } from "./a1.js";
import { columnWidthPoints } from "./columnWidth.js";

export interface Suggestion {
  /** The person's Excel row (1-based), below the header row. */
  row: number;
  level: string;
  reason: string;
}

export const SUGGESTION_HEADERS = {
  level: { vi: "Mức xếp loại tối đa theo quy định", en: "Highest level under the rules" },
  reason: { vi: "Căn cứ", en: "Grounds" },
} satisfies Record<string, Localized>;

/** A light green, apart from the marks' red, yellow and blue, so the header reads as the add-in's. */
export const SUGGESTION_HEADER_FILL = "#E2EFDA";

/** Widths (characters) given to the columns when they are first added; a rewrite keeps the clerk's. */
const WIDTHS = { level: 24, reason: 60 };

/** Excel on the web refuses a request above 5 MB; the values of one request stay under this. */
export const MAX_REQUEST_BYTES = 4_000_000;

export interface SuggestionTarget {
  sheet: string;
  /** The roster's header row (1-based): our headers go in it. */
  headerRow: number;
  suggestions: readonly Suggestion[];
}

export interface SuggestionOptions {
  lang?: Lang;
  maxRequestBytes?: number;
}

export interface SuggestionColumns {
  /** The letters of the level and reason columns. */
  columns: [string, string];
  /** Whether the columns of a previous run were rewritten rather than new ones added. */
  reused: boolean;
}

const isHeader = (value: unknown, text: Localized) =>
  typeof value === "string" && (value.trim() === text.vi || value.trim() === text.en);

/** Consecutive rows whose JSON stays within `maxBytes`, as `[first index, rows]`. */
function chunkRows(rows: readonly string[][], maxBytes: number): [number, string[][]][] {
  const encoder = new TextEncoder();
  const chunks: [number, string[][]][] = [];
  let current: string[][] = [];
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = encoder.encode(JSON.stringify(row)).length + 1;
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push([i - current.length, current]);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  });
  if (current.length > 0) chunks.push([rows.length - current.length, current]);
  return chunks;
}

/**
 * Writes the suggestion columns: one sync to find the used range and read the header row, then
 * one batch for the header and every person's row (split into a few requests only when the
 * values would pass Excel on the web's 5 MB request limit). Rows without a suggestion are left
 * empty, which also clears what a previous run wrote there.
 */
export async function writeSuggestionColumns(
  context: Excel.RequestContext,
  target: SuggestionTarget,
  options: SuggestionOptions = {},
): Promise<SuggestionColumns> {
  const lang = options.lang ?? "vi";
  const { headerRow, suggestions } = target;
  const below = suggestions.find((s) => s.row <= headerRow);
  if (below) throw new Error(`Suggestion for row ${below.row} is not below the header row ${headerRow}`);

  const sheet = context.workbook.worksheets.getItem(target.sheet);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount,columnIndex,columnCount");
  const header = sheet.getRange(`A${headerRow}:XFD${headerRow}`);
  header.load("values");
  await context.sync();

  // 0-based, as the header row read from column A is indexed.
  const lastIndex = used.isNullObject ? -1 : used.columnIndex + used.columnCount - 1;
  const lastRow = used.isNullObject ? headerRow : used.rowIndex + used.rowCount;
  const headers = header.values[0] ?? [];
  const reused =
    lastIndex >= 1 &&
    isHeader(headers[lastIndex - 1], SUGGESTION_HEADERS.level) &&
    isHeader(headers[lastIndex], SUGGESTION_HEADERS.reason);
  const left = (reused ? lastIndex - 1 : lastIndex + 1) + 1;
  const right = left + 1;

  const head = sheet.getRange(rectAddress({ top: headerRow, left, bottom: headerRow, right }));
  head.values = [[localize(SUGGESTION_HEADERS.level, lang), localize(SUGGESTION_HEADERS.reason, lang)]];
  head.format.font.bold = true;
  head.format.fill.color = SUGGESTION_HEADER_FILL;
  if (!reused) {
    sheet.getRange(cellAddress(headerRow, left)).format.columnWidth = columnWidthPoints(WIDTHS.level);
    sheet.getRange(cellAddress(headerRow, right)).format.columnWidth = columnWidthPoints(WIDTHS.reason);
  }

  const bottom = suggestions.reduce((max, s) => Math.max(max, s.row), lastRow);
  const body = Array.from({ length: bottom - headerRow }, () => ["", ""]);
  for (const s of suggestions) body[s.row - headerRow - 1] = [s.level, s.reason];
  const chunks = chunkRows(body, options.maxRequestBytes ?? MAX_REQUEST_BYTES);
  for (const [i, [first, rows]] of chunks.entries()) {
    // Only a roster of tens of thousands of rows with long reasons needs more than one request.
    if (i > 0) await context.sync();
    const top = headerRow + 1 + first;
    sheet.getRange(rectAddress({ top, left, bottom: top + rows.length - 1, right })).values = rows;
  }
  await context.sync();
  return { columns: [columnLetter(left - 1), columnLetter(right - 1)], reused };
}
