import { LEVEL_CODES, STAFF_TYPE_CODES, isRatedCode } from "../roster/labelCodes.js";
import type { PersonTable } from "../roster/personTable.js";
import { isPartyMemberAt } from "../rules/helpers.js";
import type { QuotaPopulationKey } from "../scoreRating.js";
import type { QuotaBase } from "../settings.js";

/** Which level a scope counts: the staff level, or the Party-member level. */
export type QuotaTrack = "staff" | "party";

/** The level codes (labelCodes.ts) a track counts. */
export function trackLevels(table: PersonTable, track: QuotaTrack): Uint8Array {
  return track === "staff" ? table.level : table.partyLevel;
}

/**
 * Whether row i belongs to a quota population (RULES.md §5). Staff: cán bộ, công chức, viên
 * chức (or staff type unknown) with a rated level; Party: members with a rated Party level. Under
 * `headcount` everyone listed counts, NLĐ and KXL included. A level cell that cannot be read keeps
 * the row out of every count (RULES.md §4).
 */
export function inPopulation(table: PersonTable, i: number, track: QuotaTrack, base: QuotaBase): boolean {
  if (track === "party" && !isPartyMemberAt(table, i)) return false;
  const unreadable = track === "staff" ? table.levelUnreadable : table.partyLevelUnreadable;
  if (unreadable[i] === 1) return false;
  if (base === "headcount") return true;
  if (track === "staff" && table.staffType[i] === STAFF_TYPE_CODES.of.NLD) return false;
  return isRatedCode(trackLevels(table, track)[i]!);
}

/** Whether a member of the population with this level code counts in the denominator. */
export function countsInBase(level: number, base: QuotaBase): boolean {
  switch (base) {
    case "good":
      return level === LEVEL_CODES.of.HTTNV;
    case "good-inclusive":
      return level === LEVEL_CODES.of.HTTNV || level === LEVEL_CODES.of.HTXSNV;
    case "headcount":
      return true;
  }
}

/** A staff population under `quotaPopulation: by-law` (RULES.md §9). */
export type StaffPopulation = Exclude<QuotaPopulationKey, "all">;
export const STAFF_POPULATIONS: readonly StaffPopulation[] = ["CC", "VC", "other"];
