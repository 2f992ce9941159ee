import type { Level } from "../levels.js";
import { addTallies } from "./quotaTally.js";
import {
  LEVEL_KEYS,
  NOT_RATED_REASONS,
  STAFF_KEYS,
  type LevelCounts,
  type LevelKey,
  type NotRatedReason,
  type StaffKey,
  type UnitSummary,
} from "./types.js";

export function zeroCounts(): LevelCounts {
  return Object.fromEntries(LEVEL_KEYS.map((k) => [k, 0])) as LevelCounts;
}

export function levelKey(level: Level | undefined): LevelKey {
  return level ?? "missing";
}

export function addCounts(a: LevelCounts, b: LevelCounts): LevelCounts {
  return Object.fromEntries(LEVEL_KEYS.map((k) => [k, a[k] + b[k]])) as LevelCounts;
}

/** HTXSNV + HTTNV + HTNV + KHTNV: the number rated, the denominator of the report's percentages. */
export function ratedCount(c: LevelCounts): number {
  return c.HTXSNV + c.HTTNV + c.HTNV + c.KHTNV;
}

export function totalCount(c: LevelCounts): number {
  return LEVEL_KEYS.reduce((sum, k) => sum + c[k], 0);
}

function byStaff(make: (k: StaffKey) => LevelCounts): Record<StaffKey, LevelCounts> {
  return Object.fromEntries(STAFF_KEYS.map((k) => [k, make(k)])) as Record<StaffKey, LevelCounts>;
}

function reasons(make: (r: NotRatedReason) => number): Record<NotRatedReason, number> {
  return Object.fromEntries(NOT_RATED_REASONS.map((r) => [r, make(r)])) as Record<NotRatedReason, number>;
}

export function emptySummary(): UnitSummary {
  return {
    people: 0,
    notYetRated: 0,
    byStaffType: byStaff(zeroCounts),
    leaders: byStaff(zeroCounts),
    party: zeroCounts(),
    partyOrganisations: { grassroots: zeroCounts(), cells: zeroCounts() },
    notRatedReasons: reasons(() => 0),
    partyNotRatedReasons: reasons(() => 0),
    excellent: [],
    failed: [],
    notRated: [],
  };
}

/** Two summaries as one: counts added, lists joined (a's people first). */
export function addSummaries(a: UnitSummary, b: UnitSummary): UnitSummary {
  return {
    people: a.people + b.people,
    notYetRated: (a.notYetRated ?? 0) + (b.notYetRated ?? 0),
    byStaffType: byStaff((k) => addCounts(a.byStaffType[k], b.byStaffType[k])),
    leaders: byStaff((k) => addCounts(a.leaders[k], b.leaders[k])),
    party: addCounts(a.party, b.party),
    partyOrganisations: {
      grassroots: addCounts(a.partyOrganisations.grassroots, b.partyOrganisations.grassroots),
      cells: addCounts(a.partyOrganisations.cells, b.partyOrganisations.cells),
    },
    notRatedReasons: reasons((r) => a.notRatedReasons[r] + b.notRatedReasons[r]),
    partyNotRatedReasons: reasons((r) => a.partyNotRatedReasons[r] + b.partyNotRatedReasons[r]),
    excellent: [...a.excellent, ...b.excellent],
    failed: [...a.failed, ...b.failed],
    notRated: [...a.notRated, ...b.notRated],
    ...(a.units !== undefined || b.units !== undefined ? { units: (a.units ?? 0) + (b.units ?? 0) } : {}),
    ...(a.quotaTally || b.quotaTally ? { quotaTally: addTallies(a.quotaTally, b.quotaTally) } : {}),
  };
}

/** The roll-up of a list of summaries (children of one node of the agency tree). */
export function sumSummaries(list: readonly UnitSummary[]): UnitSummary {
  return list.reduce(addSummaries, emptySummary());
}

/** The sum of staff-type rows: CB + CC + VC (+ unknown), without NLĐ, as the report's total row. */
export function stateStaffCounts(byStaffType: Record<StaffKey, LevelCounts>): LevelCounts {
  return [byStaffType.CB, byStaffType.CC, byStaffType.VC, byStaffType.unknown].reduce(
    addCounts,
    zeroCounts(),
  );
}
