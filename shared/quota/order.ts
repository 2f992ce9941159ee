import type { PersonTable } from "../roster/personTable.js";

/**
 * Quota order (RULES.md §5) of the given rows: votes, then score, highest first, a missing value after
 * every present one; ties keep the order given (roster order), so the rows at the end are those who
 * fall outside the quota.
 */
export function quotaOrder(table: PersonTable, rows: readonly number[]): number[] {
  const n = rows.length;
  // The keys are read once into arrays side by side. A missing value (NaN) is -∞, and -∞ - -∞ is
  // NaN, falsy like a tie.
  const votes = new Float64Array(n);
  const scores = new Float64Array(n);
  const order: number[] = [];
  for (let k = 0; k < n; k++) {
    const v = table.votesFor[rows[k]!]!;
    const s = table.score[rows[k]!]!;
    votes[k] = v === v ? v : -Infinity;
    scores[k] = s === s ? s : -Infinity;
    order.push(k);
  }
  order.sort((a, b) => votes[b]! - votes[a]! || scores[b]! - scores[a]! || a - b);
  return order.map((k) => rows[k]!);
}
