/**
 * Address lists that Excel accepts: `Worksheet.getRanges` refuses long lists of many areas with
 * `InvalidArgument` at limits Microsoft does not document (OfficeDev/office-js#5198), so flagged
 * cells are merged into row runs and rectangles first, and the lists are kept short.
 */
import { parseCell, rectAddress, type Rect } from "./a1.js";

/** How long one address list sent to `getRanges` may be. */
export interface AddressLimits {
  maxChars: number;
  maxAreas: number;
}

/**
 * Well under the lists seen failing (513 areas, 8,207 characters): a list this size carries a
 * few hundred scattered cells, or a whole column of flagged rows as one area.
 */
export const ADDRESS_LIMITS: AddressLimits = { maxChars: 2_000, maxAreas: 128 };

/**
 * Single-cell addresses merged into rectangles: runs of adjacent cells in a row, then runs of the
 * same columns in consecutive rows. Ordered by top row, then left column.
 */
export function mergeCells(addresses: Iterable<string>): Rect[] {
  const byRow = new Map<number, Set<number>>();
  for (const address of addresses) {
    const cell = parseCell(address);
    if (!cell) throw new Error(`Not a single-cell address: ${address}`);
    let cols = byRow.get(cell.row);
    if (!cols) byRow.set(cell.row, (cols = new Set()));
    cols.add(cell.col);
  }
  const rects: Rect[] = [];
  /** The rectangle that reached the row before, by its columns (`left:right`). */
  const open = new Map<string, Rect>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...byRow.get(row)!].sort((a, b) => a - b);
    for (let i = 0; i < cols.length;) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j]! + 1) j++;
      const key = `${cols[i]}:${cols[j]}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) above.bottom = row;
      else {
        const rect = { top: row, left: cols[i]!, bottom: row, right: cols[j]! };
        rects.push(rect);
        open.set(key, rect);
      }
      i = j + 1;
    }
  }
  return rects;
}

/** Rectangles as comma-joined address lists, each within `limits`. */
export function addressLists(rects: readonly Rect[], limits: AddressLimits): string[] {
  const lists: string[] = [];
  let current = "";
  let areas = 0;
  for (const rect of rects) {
    const address = rectAddress(rect);
    if (current && (current.length + 1 + address.length > limits.maxChars || areas >= limits.maxAreas)) {
      lists.push(current);
      current = "";
      areas = 0;
    }
    current = current ? `${current},${address}` : address;
    areas++;
  }
  if (current) lists.push(current);
  return lists;
}

/** Halved limits, for a list Excel refused; undefined when lists are single areas already. */
export function halveLimits(limits: AddressLimits): AddressLimits | undefined {
  if (limits.maxAreas <= 1) return undefined;
  return {
    maxChars: Math.max(32, Math.floor(limits.maxChars / 2)),
    maxAreas: Math.floor(limits.maxAreas / 2),
  };
}

/**
 * Queues a batch with `queue` and syncs it; when Excel refuses an address list (`InvalidArgument`),
 * queues it again with shorter lists and syncs again. `queue` must be safe to run twice: a batch
 * that fails keeps the actions before the failure, so what it writes must be the same each time.
 */
export async function syncWithShorterLists<T>(
  context: { sync(): Promise<void> },
  limits: AddressLimits,
  queue: (limits: AddressLimits) => T,
): Promise<T> {
  for (let current: AddressLimits | undefined = limits; ;) {
    const queued = queue(current);
    try {
      await context.sync();
      return queued;
    } catch (error) {
      current = isInvalidArgument(error) ? halveLimits(current) : undefined;
      if (!current) throw error;
    }
  }
}

function isInvalidArgument(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "InvalidArgument";
}
