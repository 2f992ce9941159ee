import type { Person } from "../roster/person.js";

/** Highest first; a missing value sorts after every present one. */
function descending(a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return b - a;
}

/**
 * Quota order (RULES.md §5): votes, then score, highest first; ties keep roster order, so the
 * people at the end are those who fall outside the quota.
 */
export function quotaOrder(people: readonly Person[]): Person[] {
  return [...people].sort((a, b) => descending(a.votesFor, b.votesFor) || descending(a.score, b.score));
}
