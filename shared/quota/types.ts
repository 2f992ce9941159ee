import type { QuotaBase, QuotaScope } from "../settings.js";
import type { StaffPopulation } from "./population.js";

/** A person rated HTXSNV in a scope, in quota order; `withinQuota` is false for those beyond the allowed count. */
export interface QuotaPerson {
  name: string;
  sheet: string;
  row: number;
  unit?: string;
  votes?: number;
  score?: number;
  withinQuota: boolean;
}

/** One scope of RULES.md §5 checked: plain data, as the command line's JSON and the report take it. */
export interface QuotaResult {
  scope: QuotaScope;
  /** `agency`, the peer group, the unit, or the Party organisation. */
  key: string;
  /** The group is unit × staff type × leader/non-leader because the roster has no peer-group value. */
  derived?: boolean;
  /**
   * Under `quotaPopulation: by-law` (RULES.md §9), who a staff scope counts: công chức, viên chức
   * (ND233), or the others together. Absent under `all-staff`, for the Party, and when nobody is rated.
   */
  population?: StaffPopulation;
  base: number;
  baseKind: QuotaBase;
  /** The rate used: the setting, or the unit's approved rate. */
  rate: number;
  excellent: number;
  allowed: number;
  excess: number;
  /** excellent / base; absent when the base is 0. */
  share?: number;
  /** Agency scope under ND48 (not for công chức): the Party members' excellent / their base, for comparison only. */
  partyShare?: number;
  people: QuotaPerson[];
}
