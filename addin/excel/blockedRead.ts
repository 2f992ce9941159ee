/// <reference types="office-js" />
/**
 * The read for a workbook whose used ranges do not fit in one sync under Excel on the web's 5 MB
 * payload limit: the used ranges' positions in one sync, then row blocks with the used ranges'
 * columns, several blocks (across sheets) per sync, each sync holding at most a budget of cells.
 * The first budget is conservative; later ones come from the bytes per cell measured so far, and a
 * sync that still passes the limit is retried with half the cells.
 */
import { columnLetter, type CellValue } from "../../shared/cells.js";

const PAYLOAD_LIMIT_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** Whether a failed `context.sync()` passed Excel on the web's 5 MB request or response limit. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" && PAYLOAD_LIMIT_CODES.has(code);
}

/** A used range as read: its values (null when Excel gives none) and its top-left cell, 0-based. */
export interface UsedValues {
  values: CellValue[][] | null;
  rowIndex: number;
  columnIndex: number;
}

/** Cells in the first block sync, before anything is measured. */
const FIRST_BUDGET_CELLS = 300_000;
/** Bytes of values aimed at in each later sync, well under the 5 MB limit. */
const TARGET_BYTES = 3_500_000;

interface Extent {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Rows `row` to `row + rows - 1` (0-based, within the used range) of sheet `sheet`. */
interface Block {
  sheet: number;
  row: number;
  rows: number;
}

/**
 * The blocks of the next sync, from `from` on: whole rows while the budget lasts, at least one row
 * so that a budget smaller than a row still moves on.
 */
function planBlocks(extents: readonly (Extent | null)[], from: Block, budget: number): Block[] {
  const blocks: Block[] = [];
  let left = budget;
  for (let sheet = from.sheet, row = from.row + from.rows; sheet < extents.length; sheet++, row = 0) {
    const extent = extents[sheet];
    const remaining = extent ? extent.rowCount - row : 0;
    if (!extent || remaining <= 0) continue;
    const fit = Math.min(remaining, Math.floor(left / extent.columnCount));
    const rows = fit > 0 ? fit : blocks.length === 0 ? 1 : 0;
    if (rows === 0) break;
    blocks.push({ sheet, row, rows });
    left -= rows * extent.columnCount;
    if (rows < remaining) break;
  }
  return blocks;
}

function blockAddress(extent: Extent, block: Block): string {
  const first = extent.rowIndex + block.row + 1;
  const last = first + block.rows - 1;
  const lastColumn = columnLetter(extent.columnIndex + extent.columnCount - 1);
  return `${columnLetter(extent.columnIndex)}${first}:${lastColumn}${last}`;
}

const cellsOf = (blocks: readonly Block[], extents: readonly (Extent | null)[]): number =>
  blocks.reduce((n, b) => n + b.rows * (extents[b.sheet]?.columnCount ?? 0), 0);

const utf8 = new TextEncoder();

/**
 * Every sheet's used range (values only), or null for an empty sheet, read in row blocks: the same
 * values, in the same order, as one read of each used range would give.
 */
export async function readUsedRangesInBlocks(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
): Promise<(UsedValues | null)[]> {
  const used = sheets.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  await context.sync();
  const extents = used.map((r): Extent | null =>
    r.isNullObject
      ? null
      : {
          rowIndex: r.rowIndex,
          columnIndex: r.columnIndex,
          rowCount: r.rowCount,
          columnCount: r.columnCount,
        },
  );
  const results = extents.map((e): UsedValues | null =>
    e ? { values: [], rowIndex: e.rowIndex, columnIndex: e.columnIndex } : null,
  );
  let cells = FIRST_BUDGET_CELLS;
  let done: Block = { sheet: 0, row: 0, rows: 0 };
  // One sync per step is the point here: all the blocks in one sync would pass the 5 MB limit, and
  // each step's size depends on the bytes per cell the previous step measured.
  for (;;) {
    const blocks = planBlocks(extents, done, cells);
    if (blocks.length === 0) return results;
    const ranges = blocks.map((b) =>
      sheets[b.sheet]!.getRange(blockAddress(extents[b.sheet]!, b)).load("values"),
    );
    const planned = cellsOf(blocks, extents);
    try {
      await context.sync();
    } catch (error) {
      // A single row over the limit cannot be split by rows: give up as Excel did.
      if (!isPayloadLimitError(error) || (blocks.length === 1 && blocks[0]!.rows === 1)) throw error;
      cells = Math.max(1, Math.floor(planned / 2));
      continue;
    }
    let bytes = 0;
    blocks.forEach((b, i) => {
      const result = results[b.sheet]!;
      const values = ranges[i]!.values as CellValue[][] | null;
      if (!values || !result.values) {
        result.values = null;
        return;
      }
      // JSON bytes, not characters: Vietnamese letters take 2 or 3 bytes in UTF-8.
      bytes += utf8.encode(JSON.stringify(values)).length;
      for (const row of values) result.values.push(row);
    });
    if (bytes > 0) cells = Math.max(1, Math.floor((TARGET_BYTES * planned) / bytes));
    done = blocks[blocks.length - 1]!;
  }
}
