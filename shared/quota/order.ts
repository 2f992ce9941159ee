import type { PersonTable } from "../roster/personTable.js";

/** -1, 0 or 1 (small integers: a difference of doubles would be a heap number per comparison). */
function highestFirst(x: number, y: number): number {
  return x < y ? 1 : x > y ? -1 : 0;
}

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
  const order = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const v = table.votesFor[rows[k]!]!;
    const s = table.score[rows[k]!]!;
    votes[k] = v === v ? v : -Infinity;
    scores[k] = s === s ? s : -Infinity;
    order[k] = k;
  }
  order.sort((a, b) => highestFirst(votes[a]!, votes[b]!) || highestFirst(scores[a]!, scores[b]!) || a - b);
  // Positions become rows in place: the order is the result.
  for (let k = 0; k < n; k++) order[k] = rows[order[k]!]!;
  return order;
}
