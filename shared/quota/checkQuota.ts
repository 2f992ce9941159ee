import type { RawFinding } from "../findings.js";
import type { Person } from "../roster/person.js";
import type { QuotaBase, ResolvedSettings } from "../settings.js";
import { foldKey } from "../text.js";
import { evaluateGroup, share, tally } from "./evaluate.js";
import { quotaFinding } from "./finding.js";
import { groupByScope, type ScopeGroup } from "./groups.js";
import { byPopulation, inPopulation, type QuotaTrack } from "./population.js";
import type { QuotaResult } from "./types.js";

/** The rate for a group: the unit's approved rate (unit scopes, derived groups), else the setting. */
function rateFor(
  group: ScopeGroup,
  settings: ResolvedSettings,
  unitRates: ReadonlyMap<string, number>,
): number {
  if (group.unit === undefined) return settings.quotaRate;
  return unitRates.get(foldKey(group.unit)) ?? settings.quotaRate;
}

type Populations = ReturnType<typeof byPopulation>;

/**
 * Each (track, base) population worked out once: the agency and group scopes count the same people,
 * and the Party share needs the Party's. A roster of 50,000 is then filtered once per base, not per scope.
 */
function populationsOf(people: readonly Person[], settings: ResolvedSettings) {
  const cache = new Map<string, Populations>();
  return (track: QuotaTrack, baseKind: QuotaBase): Populations => {
    const key = `${track}:${baseKind}`;
    let populations = cache.get(key);
    if (!populations) {
      const members = people.filter((p) => inPopulation(p, track, baseKind));
      populations = track === "party" ? [{ members }] : byPopulation(members, settings);
      cache.set(key, populations);
    }
    return populations;
  };
}

/**
 * The quota check `quota.excellent` (RULES.md §5, §9): every scope of `settings.quotaScopes`, each
 * group of it with its counts and the HTXSNV people in quota order, and a finding for each group over
 * quota. Under `quotaPopulation: by-law` every staff scope is checked per population.
 */
export function checkQuota(
  people: readonly Person[],
  settings: ResolvedSettings,
  /** The roster's own unit: an approved rate given for it applies to the agency scope. */
  agencyName?: string,
): { results: QuotaResult[]; findings: RawFinding[] } {
  const unitRates = new Map(Object.entries(settings.unitRates).map(([unit, rate]) => [foldKey(unit), rate]));
  const agencyRate =
    (agencyName === undefined ? undefined : unitRates.get(foldKey(agencyName))) ?? settings.quotaRate;
  const results: QuotaResult[] = [];
  const findings: RawFinding[] = [];
  const populations = populationsOf(people, settings);
  for (const entry of settings.quotaScopes) {
    const baseKind = entry.base ?? settings.quotaBase;
    const track = entry.scope === "party" ? "party" : "staff";
    let partyShare: number | undefined;
    if (entry.scope === "agency" && settings.ruleSet.comparePartyShare) {
      // The Party members' HTXSNV share, compared with the state share under ND48 (RULES.md §5).
      const party = tally(populations("party", baseKind)[0]!.members, "party", baseKind);
      partyShare = share(party.excellent.length, party.base);
    }
    for (const { population, members: counted } of populations(track, baseKind)) {
      for (const group of groupByScope(entry.scope, counted, agencyName)) {
        const rate = entry.scope === "agency" ? agencyRate : rateFor(group, settings, unitRates);
        const result = evaluateGroup(group, track, baseKind, rate, settings.quotaRounding);
        if (population !== undefined) result.population = population;
        // ND335 leaves no ground for comparing công chức with the Party's share (RULES.md §9).
        if (partyShare !== undefined && population !== "CC") result.partyShare = partyShare;
        results.push(result);
        if (result.excess > 0) findings.push(quotaFinding(result, settings));
      }
    }
  }
  return { results, findings };
}
