import type { RawFinding } from "../findings.js";
import { LEVEL_CODES } from "../roster/labelCodes.js";
import type { PersonTable } from "../roster/personTable.js";
import { quotaPopulationAt, type QuotaPopulationKey } from "../scoreRating.js";
import type { QuotaBase, QuotaScope, ResolvedSettings } from "../settings.js";
import { foldKey } from "../text.js";
import { evaluateGroup, share, type Tally } from "./evaluate.js";
import { quotaFinding } from "./finding.js";
import { ScopeGroups, type ScopeGroup } from "./groups.js";
import {
  countsInBase,
  inPopulation,
  STAFF_POPULATIONS,
  trackLevels,
  type QuotaTrack,
  type StaffPopulation,
} from "./population.js";
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

/** A population's place in `STAFF_POPULATIONS`. */
function populationIndex(key: QuotaPopulationKey): number {
  return key === "VC" ? 1 : key === "other" ? 2 : 0;
}

/** One scope of `settings.quotaScopes`: its groups in each population of RULES.md §9, as rows come. */
class ScopeCount {
  /** Groups by population: công chức, viên chức, the others; only the first under `all-staff` and for the Party. */
  private readonly populations: (ScopeGroups | undefined)[] = [undefined, undefined, undefined];

  constructor(
    readonly scope: QuotaScope,
    readonly baseKind: QuotaBase,
    private readonly byLaw: boolean,
    private readonly noUnit: string | undefined,
  ) {}

  groupOf(table: PersonTable, i: number, peerColumn: boolean, population: number): ScopeGroup {
    return (this.populations[population] ??= new ScopeGroups(this.scope, this.noUnit)).of(
      table,
      i,
      peerColumn,
    );
  }

  /** The populations with anybody in them, in order; one without a name when nobody is in any. */
  counted(): { population?: StaffPopulation; groups: ScopeGroup[] }[] {
    const out: { population?: StaffPopulation; groups: ScopeGroup[] }[] = [];
    this.populations.forEach((groups, i) => {
      if (groups === undefined) return;
      const list = groups.list();
      out.push(this.byLaw ? { population: STAFF_POPULATIONS[i], groups: list } : { groups: list });
    });
    return out.length > 0 ? out : [{ groups: new ScopeGroups(this.scope, this.noUnit).list() }];
  }
}

/**
 * Everyone a track and a base count (RULES.md §5), counted once for every scope that counts them:
 * the agency and the peer groups count the same people, and the Party share needs the Party's.
 */
class PopulationCount {
  /** Every member, for the Party members' share under ND48. */
  readonly all: Tally = { base: 0, excellent: 0 };
  readonly scopes: ScopeCount[] = [];
  readonly byLaw: boolean;

  constructor(
    private readonly track: QuotaTrack,
    private readonly baseKind: QuotaBase,
    private readonly settings: ResolvedSettings,
  ) {
    this.byLaw = track === "staff" && settings.quotaPopulation === "by-law";
  }

  /** Counts every row of the table, a sheet's rows at a time. */
  addAll(table: PersonTable): void {
    table.sheets.forEach((run, k) => {
      const peerColumn = run.sheet.fieldColumns.peerGroup !== undefined;
      for (let i = run.start, end = table.runEnd(k); i < end; i++) this.add(table, i, peerColumn);
    });
  }

  private add(table: PersonTable, i: number, peerColumn: boolean): void {
    const { track, baseKind, scopes } = this;
    if (!inPopulation(table, i, track, baseKind)) return;
    const level = trackLevels(table, track)[i]!;
    const inBase = countsInBase(level, baseKind);
    const excellent = level === LEVEL_CODES.of.HTXSNV;
    if (inBase) this.all.base++;
    if (excellent) this.all.excellent++;
    const population = this.byLaw ? populationIndex(quotaPopulationAt(table, i, this.settings)) : 0;
    for (let s = 0; s < scopes.length; s++) {
      const group = scopes[s]!.groupOf(table, i, peerColumn, population);
      if (inBase) group.base++;
      if (excellent) group.excellent.push(i);
    }
  }
}

/**
 * The quota check `quota.excellent` (RULES.md §5, §9): every scope of `settings.quotaScopes`, each
 * group of it with its counts and the HTXSNV people in quota order, and a finding for each group over
 * quota. Under `quotaPopulation: by-law` every staff scope is checked per population. The rows are
 * gone through once for each population counted, for all its scopes.
 */
export function checkQuota(
  table: PersonTable,
  settings: ResolvedSettings,
  /** The roster's own unit: an approved rate given for it applies to the agency scope. */
  agencyName?: string,
): { results: QuotaResult[]; findings: RawFinding[] } {
  const unitRates = new Map(Object.entries(settings.unitRates).map(([unit, rate]) => [foldKey(unit), rate]));
  const agencyRate =
    (agencyName === undefined ? undefined : unitRates.get(foldKey(agencyName))) ?? settings.quotaRate;
  const populations = new Map<string, PopulationCount>();
  const population = (track: QuotaTrack, base: QuotaBase) => {
    const key = `${track}:${base}`;
    let count = populations.get(key);
    if (!count) populations.set(key, (count = new PopulationCount(track, base, settings)));
    return count;
  };
  const entries = settings.quotaScopes.map((entry) => {
    const base = entry.base ?? settings.quotaBase;
    const members = population(entry.scope === "party" ? "party" : "staff", base);
    const count = new ScopeCount(entry.scope, base, members.byLaw, agencyName);
    members.scopes.push(count);
    // The Party members' HTXSNV share, compared with the state share under ND48 (RULES.md §5).
    const party =
      entry.scope === "agency" && settings.ruleSet.comparePartyShare ? population("party", base) : undefined;
    return { count, party };
  });
  for (const count of populations.values()) count.addAll(table);

  const results: QuotaResult[] = [];
  const findings: RawFinding[] = [];
  for (const { count, party } of entries) {
    const partyShare = party && share(party.all.excellent, party.all.base);
    for (const { population, groups } of count.counted()) {
      for (const group of groups) {
        const rate = count.scope === "agency" ? agencyRate : rateFor(group, settings, unitRates);
        const result = evaluateGroup(table, group, count.baseKind, rate, settings.quotaRounding);
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
