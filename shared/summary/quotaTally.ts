import { allowedExcellent } from "../quota/allowed.js";
import type { QuotaResult } from "../quota/types.js";
import type { QuotaRounding } from "../settings.js";

/** A population of RULES.md §9 (`CC`, `VC`, `other` under `by-law`), or `all` staff together. */
export const TALLY_POPULATIONS = ["CC", "VC", "other", "all"] as const;
export type TallyPopulation = (typeof TALLY_POPULATIONS)[number];

/**
 * A unit's own quota check of the whole unit (RULES.md §5 `agency` scope) in figures that add up the
 * tree: in one unit's summary `units` is 1 and `over` 1 when it is over its quota; in a roll-up each is
 * the sum over the units below, so `allowed` is the sum of each unit's own allowed count.
 */
export interface QuotaTally {
  units: number;
  excellent: number;
  base: number;
  allowed: number;
  excess: number;
  over: number;
}
export type QuotaTallies = Partial<Record<TallyPopulation, QuotaTally>>;

/** A higher rate to count instead of the one the check used, with the unit's rounding (RULES.md §5). */
export interface Rerate {
  rate: number;
  rounding: QuotaRounding;
}

/**
 * The tallies of a unit's quota results: its whole-unit scopes of staff, one per population, those
 * that count anybody. With `rerate` the allowed counts are worked out again at that rate.
 */
export function tallyOf(results: readonly QuotaResult[], rerate?: Rerate): QuotaTallies {
  const out: QuotaTallies = {};
  for (const r of results) {
    if (r.scope !== "agency" || (r.base === 0 && r.excellent === 0)) continue;
    const allowed = rerate ? allowedExcellent(rerate.rate, r.base, rerate.rounding) : r.allowed;
    const excess = Math.max(0, r.excellent - allowed);
    const tally = {
      units: 1,
      excellent: r.excellent,
      base: r.base,
      allowed,
      excess,
      over: excess > 0 ? 1 : 0,
    };
    const population = r.population ?? "all";
    out[population] = addTally(out[population], tally, 1);
  }
  return out;
}

function addTally(a: QuotaTally | undefined, b: QuotaTally | undefined, sign: 1 | -1): QuotaTally {
  const key = (k: keyof QuotaTally) => (a?.[k] ?? 0) + sign * (b?.[k] ?? 0);
  return {
    units: key("units"),
    excellent: key("excellent"),
    base: key("base"),
    allowed: key("allowed"),
    excess: key("excess"),
    over: key("over"),
  };
}

/** `a + sign × b`, population by population; a population left with no unit is dropped. */
export function addTallies(a: QuotaTallies | undefined, b: QuotaTallies | undefined, sign: 1 | -1 = 1) {
  const out: QuotaTallies = {};
  for (const p of TALLY_POPULATIONS) {
    if (a?.[p] === undefined && b?.[p] === undefined) continue;
    const sum = addTally(a?.[p], b?.[p], sign);
    if (sum.units > 0) out[p] = sum;
  }
  return out;
}
