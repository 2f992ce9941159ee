/**
 * RULES.md §9: who is rated by score from 2026, and the score a score-rated row is rated on.
 * Used by the rules, the quota's populations and the suggestions alike.
 */
import { STAFF_TYPE_CODES } from "./roster/labelCodes.js";
import type { PersonTable } from "./roster/personTable.js";
import type { ResolvedSettings } from "./settings.js";

const CC = STAFF_TYPE_CODES.of.CC;
const VC = STAFF_TYPE_CODES.of.VC;

/**
 * A score-rated row: a công chức under a rule set with ND335, or a viên chức under ND233 when
 * `vienChucBasis` is `nd233`. Cán bộ, NLĐ and rows of unknown staff type are not.
 */
export function isScoreRatedAt(t: PersonTable, i: number, settings: ResolvedSettings): boolean {
  if (settings.ruleSet.scoreRating === undefined) return false;
  const type = t.staffType[i]!;
  return type === CC || (type === VC && settings.vienChucBasis === "nd233");
}

/** The law a score-rated row is rated under (ND335 or ND233); undefined for other rows. */
export function scoreRatingLawAt(t: PersonTable, i: number, settings: ResolvedSettings): string | undefined {
  const laws = settings.ruleSet.scoreRating;
  if (laws === undefined || !isScoreRatedAt(t, i, settings)) return undefined;
  return t.staffType[i] === CC ? laws.civilServants : laws.publicEmployees;
}

/** How many period scores row i has filled (an empty period is time not worked). */
export function periodCountAt(t: PersonTable, i: number): number {
  const columns = t.periodScores;
  let count = 0;
  for (let c = 0; c < columns.length; c++) {
    const value = columns[c]!.values[i]!;
    if (value === value) count++;
  }
  return count;
}

/** The average of row i's filled period scores; NaN when none is. A number, not an object: it runs on every row. */
export function periodAverageAt(t: PersonTable, i: number): number {
  const columns = t.periodScores;
  let sum = 0;
  let count = 0;
  for (let c = 0; c < columns.length; c++) {
    const value = columns[c]!.values[i]!;
    if (value === value) {
      sum += value;
      count++;
    }
  }
  return count === 0 ? Number.NaN : sum / count;
}

/**
 * The score a row is rated on (NaN: none): its annual score; where that is missing, the average of
 * its period scores (computed, then: the row has no `score`), unless `annualScore` is `as-given`,
 * which computes nothing.
 */
export function ratedScoreAt(t: PersonTable, i: number, settings: ResolvedSettings): number {
  const score = t.score[i]!;
  if (score === score) return score;
  return settings.annualScore === "as-given" ? Number.NaN : periodAverageAt(t, i);
}

/**
 * The quota population a row counts in under `quotaPopulation: by-law` (§9): công chức among công
 * chức, viên chức among viên chức under ND233, everyone else together (cán bộ, viên chức under
 * `nd90`, unknown staff type). Under `all-staff`, one population.
 */
export type QuotaPopulationKey = "CC" | "VC" | "other" | "all";

export function quotaPopulationAt(t: PersonTable, i: number, settings: ResolvedSettings): QuotaPopulationKey {
  if (settings.quotaPopulation === "all-staff") return "all";
  const type = t.staffType[i];
  if (type === CC) return "CC";
  if (type === VC && settings.vienChucBasis === "nd233") return "VC";
  return "other";
}
