import type { Level } from "../levels.js";
import type { Person } from "../roster/person.js";
import type { QuotaPopulationKey } from "../scoreRating.js";
import type { QuotaBase } from "../settings.js";

/** Which level a scope counts: the staff level, or the Party-member level. */
export type QuotaTrack = "staff" | "party";

/** A Party member: marked as one, or with any Party field filled. */
export function isPartyMember(person: Person): boolean {
  return (
    person.isPartyMember ||
    person.partyLevel !== undefined ||
    person.partyCell !== undefined ||
    person.partyJoinDate !== undefined
  );
}

export function trackLevel(person: Person, track: QuotaTrack): Level | undefined {
  return track === "staff" ? person.level : person.partyLevel;
}

/**
 * Whether a person belongs to a quota population (RULES.md §5). Staff: cán bộ, công chức, viên
 * chức (or staff type unknown) with a rated level; Party: members with a rated Party level. Under
 * `headcount` everyone listed counts, NLĐ and KXL included. A level cell that cannot be read keeps
 * the row out of every count (RULES.md §4).
 */
export function inPopulation(person: Person, track: QuotaTrack, base: QuotaBase): boolean {
  if (track === "party" && !isPartyMember(person)) return false;
  const unreadable = track === "staff" ? person.levelUnreadable : person.partyLevelUnreadable;
  if (unreadable) return false;
  if (base === "headcount") return true;
  if (track === "staff" && person.staffType === "NLD") return false;
  const level = trackLevel(person, track);
  return level !== undefined && level !== "KXL";
}

/** Whether a member of the population counts in the denominator. */
export function countsInBase(level: Level | undefined, base: QuotaBase): boolean {
  switch (base) {
    case "good":
      return level === "HTTNV";
    case "good-inclusive":
      return level === "HTTNV" || level === "HTXSNV";
    case "headcount":
      return true;
  }
}

/** A staff population under `quotaPopulation: by-law` (RULES.md §9). */
export type StaffPopulation = Exclude<QuotaPopulationKey, "all">;
export const STAFF_POPULATIONS: readonly StaffPopulation[] = ["CC", "VC", "other"];
