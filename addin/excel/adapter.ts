/// <reference types="office-js" />
/**
 * The thin Excel adapter over Office.js that the task pane uses. Every function receives the
 * `Excel.RequestContext` (from `Excel.run`) as a parameter, so unit tests can pass an
 * `office-addin-mock` host instead of Excel.
 *
 * Office.js habits kept here (DESIGN.md, eslint-plugin-office-addins): no `context.sync()` in a
 * loop, load before read, null objects tested with `isNullObject`; reads in one load per range and
 * a fixed number of syncs (row blocks only when a read passes Excel on the web's 5 MB payload limit);
 * writes in one batch, with address lists split only to keep a request well under that limit.
 */
import { type CellValue, type SheetValues } from "../../shared/cells.js";
import { isPayloadLimitError, readUsedRangesInBlocks, type UsedValues } from "./blockedRead.js";

/** A used range read beyond Excel's 5-million-cell cap comes back with `values` null. */
export class RangeTooLargeError extends Error {
  constructor(readonly sheet: string) {
    super(`Sheet "${sheet}" is too large to read at once (Excel returned no values).`);
    this.name = "RangeTooLargeError";
  }
}

/**
 * Every worksheet's used range (values only), in two `sync`s for the whole workbook whatever the
 * number of sheets: one to list the sheets, one for every used range. Only when that read passes
 * Excel on the web's 5 MB payload limit is the workbook read again in row blocks (blockedRead.ts),
 * giving the same values. Empty sheets give no rows. Rows start at Excel row `firstRow`; columns are
 * padded so that index 0 is always column A, keeping finding letters right when column A is empty.
 */
export async function readWorkbookValues(context: Excel.RequestContext): Promise<SheetValues[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const sheets = worksheets.items;
  const ranges = sheets.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex"),
  );
  let used: (UsedValues | null)[];
  try {
    await context.sync();
    used = ranges.map((range) => (range.isNullObject ? null : range));
  } catch (error) {
    if (!isPayloadLimitError(error)) throw error;
    used = await readUsedRangesInBlocks(context, sheets);
  }
  return sheets.map((sheet, i) => sheetValues(sheet.name, used[i] ?? null));
}

function sheetValues(name: string, used: UsedValues | null): SheetValues {
  if (!used) return { name, rows: [], firstRow: 1 };
  const { values, rowIndex, columnIndex } = used;
  if (!values) throw new RangeTooLargeError(name);
  const pad: CellValue[] = new Array<CellValue>(columnIndex).fill(null);
  const rows = columnIndex === 0 ? values : values.map((r) => [...pad, ...r]);
  return { name, rows, firstRow: rowIndex + 1 };
}

/** One flagged cell and the fill colour to mark it with (`#RRGGBB`). */
export interface Mark {
  sheet: string;
  /** A single-cell A1 address on that sheet, e.g. `M7`. */
  address: string;
  color: string;
}

/** The clerk's own fill of one cell before it was marked. */
export interface PreviousFill {
  sheet: string;
  address: string;
  /** `None`: the cell had no fill; restored with `fill.clear()`. */
  pattern: string;
  color: string;
}

/** What `markFindings` changed, kept by the task pane so that `clearMarks` can put it back. */
export interface MarkSnapshot {
  previous: PreviousFill[];
}

export interface BatchOptions {
  /**
   * Longest address list (characters) sent in one `getRanges` call. Far below what would bring a
   * request near 5 MB, and short enough that one call carries thousands of cells.
   */
  maxAddressChars?: number;
}

export const DEFAULT_MAX_ADDRESS_CHARS = 30_000;

/** Groups `items` by `key` in first-seen order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Splits addresses into comma-joined lists of at most `maxChars` characters each. */
export function chunkAddresses(addresses: readonly string[], maxChars: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** One mark per cell: the first mark given for a cell wins (callers order by severity). */
function uniqueMarks(marks: readonly Mark[]): Mark[] {
  const seen = new Set<string>();
  return marks.filter((m) => {
    const key = `${m.sheet}!${m.address.toUpperCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Marks flagged cells in one batch and one `sync`: one `getRanges` (RangeAreas) call per sheet
 * and colour (more only when an address list would be longer than `maxAddressChars`).
 *
 * The clerk's own fills are read in the same batch, queued before the writes: Office.js runs a
 * batch's actions in order, so each load sees the fill before it was marked. The snapshot returned
 * is what `clearMarks` restores; keep it (the task pane stores it with the workbook's settings).
 * With `restore`, the marks of a previous check are put back first in the same batch, so a new check
 * costs one sync and still finds the clerk's own fills under the old marks.
 */
export async function markFindings(
  context: Excel.RequestContext,
  marks: readonly Mark[],
  options: BatchOptions & { restore?: MarkSnapshot } = {},
): Promise<MarkSnapshot> {
  const maxChars = options.maxAddressChars ?? DEFAULT_MAX_ADDRESS_CHARS;
  const unique = uniqueMarks(marks);
  const sheets = context.workbook.worksheets;
  if (options.restore) queueRestore(context, options.restore, maxChars);
  const fills = unique.map((mark) => {
    const fill = sheets.getItem(mark.sheet).getRange(mark.address).format.fill;
    fill.load("color,pattern");
    return { mark, fill };
  });
  for (const group of groupBy(unique, (m) => `${m.sheet}\u0000${m.color}`).values()) {
    const first = group[0];
    if (!first) continue;
    const sheet = sheets.getItem(first.sheet);
    for (const list of chunkAddresses(
      group.map((m) => m.address),
      maxChars,
    )) {
      sheet.getRanges(list).format.fill.color = first.color;
    }
  }
  await context.sync();
  return {
    previous: fills.map(({ mark, fill }) => ({
      sheet: mark.sheet,
      address: mark.address,
      pattern: fill.pattern,
      color: fill.color,
    })),
  };
}

/**
 * Puts back exactly the fills `markFindings` found: cells without a fill are cleared, the others
 * get their colour (and pattern) again. One batch, one `sync`, one `getRanges` per sheet and fill.
 */
export async function clearMarks(
  context: Excel.RequestContext,
  snapshot: MarkSnapshot,
  options: BatchOptions = {},
): Promise<void> {
  queueRestore(context, snapshot, options.maxAddressChars ?? DEFAULT_MAX_ADDRESS_CHARS);
  await context.sync();
}

function queueRestore(context: Excel.RequestContext, snapshot: MarkSnapshot, maxChars: number): void {
  const sheets = context.workbook.worksheets;
  const groups = groupBy(snapshot.previous, (p) =>
    [p.sheet, p.pattern === "None" ? "None" : p.pattern, p.pattern === "None" ? "" : p.color].join("\u0000"),
  );
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const sheet = sheets.getItem(first.sheet);
    for (const list of chunkAddresses(
      group.map((p) => p.address),
      maxChars,
    )) {
      const fill = sheet.getRanges(list).format.fill;
      if (first.pattern === "None") {
        fill.clear();
      } else {
        fill.color = first.color;
        if (first.pattern !== "Solid") fill.pattern = first.pattern as Excel.FillPattern;
      }
    }
  }
}

/** Brings a cell into view: activates its sheet and selects it (clicking a finding). */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
}
