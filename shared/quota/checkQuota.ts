import type { RawFinding } from "../findings.js";
import type { Person } from "../roster/person.js";
import type { ResolvedSettings } from "../settings.js";
import { foldKey } from "../text.js";
import { evaluateGroup, share, tally } from "./evaluate.js";
import { quotaFinding } from "./finding.js";
import { groupByScope, type ScopeGroup } from "./groups.js";
import { inPopulation } from "./population.js";
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

/**
 * The quota check `quota.excellent` (RULES.md §5): every scope of `settings.quotaScopes`, each group
 * of it with its counts and the HTXSNV people in quota order, and an error for each group over quota.
 */
export function checkQuota(
  people: readonly Person[],
  settings: ResolvedSettings,
  /** The roster's own unit: an approved rate given for it applies to the agency scope. */
  agencyName?: string,
): { results: QuotaResult[]; findings: RawFinding[] } {
  const unitRates = new Map(Object.entries(settings.unitRates).map(([unit, rate]) => [foldKey(unit), rate]));
  const results: QuotaResult[] = [];
  const findings: RawFinding[] = [];
  for (const entry of settings.quotaScopes) {
    const baseKind = entry.base ?? settings.quotaBase;
    const track = entry.scope === "party" ? "party" : "staff";
    const members = people.filter((p) => inPopulation(p, track, baseKind));
    for (const group of groupByScope(entry.scope, members, agencyName)) {
      const rate =
        entry.scope === "agency" && agencyName !== undefined
          ? (unitRates.get(foldKey(agencyName)) ?? settings.quotaRate)
          : rateFor(group, settings, unitRates);
      const result = evaluateGroup(group, track, baseKind, rate, settings.quotaRounding);
      if (entry.scope === "agency" && settings.ruleSet.comparePartyShare) {
        const party = tally(
          people.filter((p) => inPopulation(p, "party", baseKind)),
          "party",
          baseKind,
        );
        const partyShare = share(party.excellent.length, party.base);
        if (partyShare !== undefined) result.partyShare = partyShare;
      }
      results.push(result);
      if (result.excess > 0) findings.push(quotaFinding(result, settings));
    }
  }
  return { results, findings };
}
