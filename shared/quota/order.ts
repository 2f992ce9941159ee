import type { Person } from "../roster/person.js";

/**
 * Quota order (RULES.md §5): votes, then score, highest first, a missing value after every present
 * one; ties keep roster order, so the people at the end are those who fall outside the quota.
 */
export function quotaOrder(people: readonly Person[]): Person[] {
  const n = people.length;
  // The keys are read once into arrays: the comparisons then run on numbers kept side by side rather
  // than on people scattered in memory. A missing value is -∞, and -∞ - -∞ is NaN, falsy like a tie.
  const votes = new Float64Array(n);
  const scores = new Float64Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    votes[i] = people[i]!.votesFor ?? -Infinity;
    scores[i] = people[i]!.score ?? -Infinity;
    order.push(i);
  }
  order.sort((i, j) => votes[j]! - votes[i]! || scores[j]! - scores[i]! || i - j);
  return order.map((i) => people[i]!);
}
