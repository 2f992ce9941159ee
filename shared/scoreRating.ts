/**
 * RULES.md §9: who is rated by score from 2026, and the score a score-rated row is rated on.
 * Used by the rules, the quota's populations and the suggestions alike.
 */
import type { Person } from "./roster/person.js";
import type { ResolvedSettings } from "./settings.js";

/**
 * A score-rated row: a công chức under a rule set with ND335, or a viên chức under ND233 when
 * `vienChucBasis` is `nd233`. Cán bộ, NLĐ and rows of unknown staff type are not.
 */
export function isScoreRated(p: Person, settings: ResolvedSettings): boolean {
  if (settings.ruleSet.scoreRating === undefined) return false;
  return p.staffType === "CC" || (p.staffType === "VC" && settings.vienChucBasis === "nd233");
}

/** The law a score-rated row is rated under (ND335 or ND233); undefined for other rows. */
export function scoreRatingLaw(p: Person, settings: ResolvedSettings): string | undefined {
  const laws = settings.ruleSet.scoreRating;
  if (laws === undefined || !isScoreRated(p, settings)) return undefined;
  return p.staffType === "CC" ? laws.civilServants : laws.publicEmployees;
}

/** The average of the period scores that are filled (an empty period is time not worked). */
export function periodAverage(p: Person): number | undefined {
  const scores = p.periodScores;
  if (scores === undefined || scores.length === 0) return undefined;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += scores[i]!.value;
  return sum / scores.length;
}

/**
 * The score a row is rated on: its annual score; where that is missing, the average of its period
 * scores (computed, then: the row has no `score`), unless `annualScore` is `as-given`, which
 * computes nothing.
 */
export function ratedScore(p: Person, settings: ResolvedSettings): number | undefined {
  if (p.score !== undefined) return p.score;
  return settings.annualScore === "as-given" ? undefined : periodAverage(p);
}

/**
 * The quota population a row counts in under `quotaPopulation: by-law` (§9): công chức among công
 * chức, viên chức among viên chức under ND233, everyone else together (cán bộ, viên chức under
 * `nd90`, unknown staff type). Under `all-staff`, one population.
 */
export type QuotaPopulationKey = "CC" | "VC" | "other" | "all";

export function quotaPopulationOf(p: Person, settings: ResolvedSettings): QuotaPopulationKey {
  if (settings.quotaPopulation === "all-staff") return "all";
  if (p.staffType === "CC") return "CC";
  if (p.staffType === "VC" && settings.vienChucBasis === "nd233") return "VC";
  return "other";
}
