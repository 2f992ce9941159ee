/**
 * A rule set: the years it covers, its legal bases, and the features in which the years differ.
 * Rules read these features to decide whether and how they apply, so a new year is a new file in
 * this folder that states its features, plus its line in `index.ts`.
 */
export interface RuleSet {
  id: string;
  fromYear: number;
  /** Last evaluation year covered; open-ended when absent. */
  toYear?: number;
  /** Legal bases shown with findings and in reports. */
  law: {
    staff: string;
    civilServants: string;
    party: string;
  };
  /** ND90 as issued: only discipline for conduct in performing duties forces KHTNV; ND48: any discipline. */
  discipline: "duty-related" | "any";
  /** QĐ124+: a self-discovered and remedied Party violation does not force KHTNV. */
  partyRemediedExempts: boolean;
  /** QĐ366: score bands bind the Party level. */
  partyScoreBands: boolean;
  /** QĐ366: share of tasks exceeded that a Party HTXSNV needs (percent); absent before 2025. */
  partyExcellentExceededPct?: number;
  /** HD21 collective distribution rule on by default. */
  collectiveRulesByDefault: boolean;
  /** ND48: the state's excellent share is compared with the Party's (information). */
  comparePartyShare: boolean;
  /**
   * RULES.md §9 (2026 onward): công chức rated by score under ND335, and viên chức under ND233 when
   * the setting `vienChucBasis` says so; the laws named here. Absent before 2026.
   */
  scoreRating?: { civilServants: string; publicEmployees: string };
  /** RULES.md §9 `quotaPopulation` when the settings do not say: `by-law` from 2026, `all-staff` before. */
  quotaPopulation: "by-law" | "all-staff";
}
