import type { PersonTable } from "../roster/personTable.js";

/**
 * Quota order (RULES.md §5) of the given rows: votes, then score, highest first, a missing value after
 * every present one; ties keep the order given (roster order), so the rows at the end are those who
 * fall outside the quota.
 */
export function quotaOrder(table: PersonTable, rows: readonly number[]): number[] {
  const n = rows.length;
  // The keys are read once into arrays side by side. A missing value (NaN) is -∞, and two are a tie.
  const votes = new Float64Array(n);
  const scores = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const v = table.votesFor[rows[k]!]!;
    const s = table.score[rows[k]!]!;
    votes[k] = v === v ? v : -Infinity;
    scores[k] = s === s ? s : -Infinity;
  }
  const order = mergeSortPositions(n, votes, scores);
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = rows[order[k]!]!;
  return out;
}

/** Positions sorted by insertion in runs of this many before the runs are merged. */
const RUN = 8;

/** Position y strictly ahead of position x in quota order; a tie is not. */
function ahead(y: number, x: number, votes: Float64Array, scores: Float64Array): boolean {
  return votes[y]! > votes[x]! || (votes[y] === votes[x] && scores[y]! > scores[x]!);
}

/**
 * Positions 0…n-1 by votes, then score, highest first, ties in position order: a stable merge sort
 * with its comparisons inline. Array.prototype.sort, calling a comparator for each, took about twice
 * as long on the quota groups of a 50,000-row roster.
 */
function mergeSortPositions(n: number, votes: Float64Array, scores: Float64Array): Int32Array {
  let order = new Int32Array(n);
  let spare = new Int32Array(n);
  for (let low = 0; low < n; low += RUN) {
    const high = Math.min(low + RUN, n);
    for (let k = low; k < high; k++) {
      let j = k;
      // A position moves up past those it is strictly ahead of: ties keep position order.
      while (j > low && ahead(k, order[j - 1]!, votes, scores)) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = k;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let low = 0; low < n; low += 2 * width) {
      const middle = Math.min(low + width, n);
      const high = Math.min(low + 2 * width, n);
      let a = low;
      let b = middle;
      let out = low;
      while (a < middle && b < high) {
        const x = order[a]!;
        const y = order[b]!;
        // The right run's position goes first only when strictly ahead: ties keep position order.
        spare[out++] = ahead(y, x, votes, scores) ? (b++, y) : (a++, x);
      }
      while (a < middle) spare[out++] = order[a++]!;
      while (b < high) spare[out++] = order[b++]!;
    }
    [order, spare] = [spare, order];
  }
  return order;
}
