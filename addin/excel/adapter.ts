/// <reference types="office-js" />
/**
 * The thin Excel adapter over Office.js that the task pane uses. Every function receives the
 * `Excel.RequestContext` (from `Excel.run`) as a parameter, so unit tests can pass an
 * `office-addin-mock` host instead of Excel.
 *
 * Office.js habits kept here (DESIGN.md, eslint-plugin-office-addins): no `context.sync()` in a
 * loop, load before read, null objects tested with `isNullObject`; reads in one load per range and
 * a fixed number of syncs (row blocks only when a read passes Excel on the web's 5 MB payload limit);
 * writes in one batch of address lists short enough for Excel (cellAreas.ts).
 */
import { type CellValue, type SheetValues } from "../../shared/cells.js";
import { isPayloadLimitError, readUsedRangesInBlocks, type UsedValues } from "./blockedRead.js";
import {
  ADDRESS_LIMITS,
  addressLists,
  mergeCells,
  syncWithShorterLists,
  type AddressLimits,
} from "./cellAreas.js";

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
  /** Longest address list (characters) sent in one `getRanges` call; see cellAreas.ts. */
  maxAddressChars?: number;
  /** Most areas in one address list. */
  maxAreas?: number;
}

function limitsOf(options: BatchOptions): AddressLimits {
  return {
    maxChars: options.maxAddressChars ?? ADDRESS_LIMITS.maxChars,
    maxAreas: options.maxAreas ?? ADDRESS_LIMITS.maxAreas,
  };
}

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

/** The worksheet proxies of a batch, one per sheet name. */
function sheetCache(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const sheets = new Map<string, Excel.Worksheet>();
  return (name) => {
    let sheet = sheets.get(name);
    if (!sheet) sheets.set(name, (sheet = context.workbook.worksheets.getItem(name)));
    return sheet;
  };
}

/**
 * Queues `apply` on the RangeAreas of each group of cells: the cells merged into rectangles, in
 * address lists within `limits`.
 */
function queueAreas<T extends { sheet: string; address: string }>(
  context: Excel.RequestContext,
  items: readonly T[],
  key: (item: T) => string,
  limits: AddressLimits,
  apply: (fill: Excel.RangeFill, first: T) => void,
): void {
  const sheetOf = sheetCache(context);
  for (const group of groupBy(items, (item) => `${item.sheet}\u0000${key(item)}`).values()) {
    const first = group[0]!;
    const rects = mergeCells(group.map((item) => item.address));
    for (const list of addressLists(rects, limits))
      apply(sheetOf(first.sheet).getRanges(list).format.fill, first);
  }
}

/**
 * Marks flagged cells in two syncs: the first puts back the marks of a previous check (`restore`)
 * and reads the clerk's own fills under the new marks, the second draws them, by sheet and colour,
 * cells merged into rectangles and address lists kept short (cellAreas.ts). The two are apart so
 * that a list Excel refuses can be sent again shorter: each sync does the same whenever it runs.
 *
 * The snapshot returned is what `clearMarks` restores; keep it (markSnapshot.ts keeps it in the
 * workbook). With `restore`, the old marks are put back before the fills are read, so a new check
 * still finds the clerk's own fills under them.
 */
export async function markFindings(
  context: Excel.RequestContext,
  marks: readonly Mark[],
  options: BatchOptions & { restore?: MarkSnapshot } = {},
): Promise<MarkSnapshot> {
  const limits = limitsOf(options);
  const unique = uniqueMarks(marks);
  if (!options.restore?.previous.length && unique.length === 0) return { previous: [] };
  const fills = await syncWithShorterLists(context, limits, (current) => {
    if (options.restore) queueRestore(context, options.restore, current);
    const sheetOf = sheetCache(context);
    return unique.map((mark) => {
      const fill = sheetOf(mark.sheet).getRange(mark.address).format.fill;
      fill.load("color,pattern");
      return { mark, fill };
    });
  });
  if (unique.length > 0)
    await syncWithShorterLists(context, limits, (current) =>
      queueAreas(
        context,
        unique,
        (m) => m.color,
        current,
        (fill, first) => (fill.color = first.color),
      ),
    );
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
 * get their colour (and pattern) again. One sync (more only when Excel refuses an address list).
 */
export async function clearMarks(
  context: Excel.RequestContext,
  snapshot: MarkSnapshot,
  options: BatchOptions = {},
): Promise<void> {
  if (snapshot.previous.length === 0) return;
  await syncWithShorterLists(context, limitsOf(options), (limits) => queueRestore(context, snapshot, limits));
}

function queueRestore(context: Excel.RequestContext, snapshot: MarkSnapshot, limits: AddressLimits): void {
  queueAreas(
    context,
    snapshot.previous,
    (p) => (p.pattern === "None" ? "None" : `${p.pattern}\u0000${p.color}`),
    limits,
    (fill, first) => {
      if (first.pattern === "None") {
        fill.clear();
      } else {
        fill.color = first.color;
        if (first.pattern !== "Solid") fill.pattern = first.pattern as Excel.FillPattern;
      }
    },
  );
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
