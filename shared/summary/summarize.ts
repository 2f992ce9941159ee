import { isNotYetRated } from "../roster/notYetRated.js";
import type { Collective, IsoDate, Person } from "../roster/person.js";
import { foldKey } from "../text.js";
import { isPartyMember } from "../quota/population.js";
import type { Level } from "../levels.js";
import type { StaffType } from "../staffTypes.js";
import { emptySummary, levelKey } from "./counts.js";
import { failedReason, notRatedReason, partyNotRatedReason, type ReasonOptions } from "./reasons.js";
import {
  LEVEL_KEYS,
  STAFF_KEYS,
  type ExcellentEntry,
  type LevelCounts,
  type ListEntry,
  type StaffKey,
  type Track,
  type UnitSummary,
} from "./types.js";

export interface SummaryOptions {
  /** Gives the assessment date when `assessmentDate` is not set (the engine passes its settings). */
  settings?: { assessmentDate: IsoDate };
  assessmentDate?: IsoDate;
  /** The unit the people belong to: the list entries' unit when a row names none. */
  unitName?: string;
  /** Collectives of the unit; its Party organisations are counted for table B. */
  collectives?: readonly Collective[];
}

function entry(person: Person, track: Track, unitName: string | undefined): ListEntry {
  const e: ListEntry = { name: person.fullName, track };
  const unit = person.unit ?? unitName;
  if (unit !== undefined) e.unit = unit;
  if (person.position !== undefined) e.position = person.position;
  if (person.staffType !== undefined) e.staffType = person.staffType;
  return e;
}

function excellentEntry(person: Person, track: Track, unitName: string | undefined): ExcellentEntry {
  const e: ExcellentEntry = entry(person, track, unitName);
  if (person.votesFor !== undefined) e.votes = person.votesFor;
  if (person.score !== undefined) e.score = person.score;
  return e;
}

/** A Party collective named `đảng bộ …` or `… cơ sở` is a grassroots organisation; other cells are cells under one. */
function isGrassroots(c: Collective): boolean {
  const name = foldKey(c.name);
  return name.startsWith("dang bo") || name.includes("co so");
}

/** A staff type's place in `STAFF_KEYS`. */
function staffIndex(type: StaffType | undefined): number {
  switch (type) {
    case "CB":
      return 0;
    case "CC":
      return 1;
    case "VC":
      return 2;
    case "NLD":
      return 3;
    default:
      return 4;
  }
}

/** A level's place in `LEVEL_KEYS`. */
function levelIndex(level: Level | undefined): number {
  switch (level) {
    case "HTXSNV":
      return 0;
    case "HTTNV":
      return 1;
    case "HTNV":
      return 2;
    case "KHTNV":
      return 3;
    case "KXL":
      return 4;
    default:
      return 5;
  }
}

const LEVELS_PER_STAFF = LEVEL_KEYS.length;

/** Counts by staff type × level, kept as numbers, written into the summary's records. */
function writeCounts(counts: Int32Array, into: Record<StaffKey, LevelCounts>): void {
  STAFF_KEYS.forEach((staff, i) =>
    LEVEL_KEYS.forEach((level, j) => (into[staff][level] = counts[i * LEVELS_PER_STAFF + j]!)),
  );
}

/**
 * Counts a unit's people by staff type × level, leaders likewise, Party members by Party level,
 * the not-rated by reason and the rows with no level at all, and lists the HTXSNV, KHTNV and KXL
 * people (staff and Party ratings).
 */
export function summarizeUnit(people: readonly Person[], options: SummaryOptions = {}): UnitSummary {
  const reasonOptions: ReasonOptions = {
    assessmentDate: options.assessmentDate ?? options.settings?.assessmentDate,
  };
  const unitName = options.unitName;
  const s = emptySummary();
  // Counts by staff type × level as numbers while the rows go by, written into the summary at the end.
  const byStaffType = new Int32Array(STAFF_KEYS.length * LEVELS_PER_STAFF);
  const leaders = new Int32Array(STAFF_KEYS.length * LEVELS_PER_STAFF);
  let notYetRated = 0;
  for (let i = 0; i < people.length; i++) {
    const person = people[i]!;
    if (isNotYetRated(person)) notYetRated++;
    const cell = staffIndex(person.staffType) * LEVELS_PER_STAFF + levelIndex(person.level);
    byStaffType[cell]!++;
    if (person.isLeader) leaders[cell]!++;
    const level = person.level;
    if (level === "HTXSNV") s.excellent.push(excellentEntry(person, "staff", unitName));
    if (level === "KHTNV") {
      s.failed.push({ ...entry(person, "staff", unitName), reason: failedReason(person, reasonOptions) });
    }
    if (level === "KXL") {
      const reason = notRatedReason(person);
      s.notRatedReasons[reason.code]++;
      s.notRated.push({ ...entry(person, "staff", unitName), reason });
    }
    if (isPartyMember(person)) addPartyMember(s, person, reasonOptions, unitName);
  }
  s.people = people.length;
  s.notYetRated = notYetRated;
  writeCounts(byStaffType, s.byStaffType);
  writeCounts(leaders, s.leaders);
  for (const c of options.collectives ?? []) {
    if (c.type !== "party-cell") continue;
    const counts = isGrassroots(c) ? s.partyOrganisations.grassroots : s.partyOrganisations.cells;
    counts[levelKey(c.level)]++;
  }
  return s;
}

function addPartyMember(
  s: UnitSummary,
  person: Person,
  options: ReasonOptions,
  unitName: string | undefined,
) {
  const level = levelKey(person.partyLevel);
  s.party[level]++;
  if (level === "HTXSNV") s.excellent.push(excellentEntry(person, "party", unitName));
  if (level === "KHTNV")
    s.failed.push({ ...entry(person, "party", unitName), reason: failedReason(person, options) });
  if (level === "KXL") {
    const reason = partyNotRatedReason(person, options);
    s.partyNotRatedReasons[reason.code]++;
    s.notRated.push({ ...entry(person, "party", unitName), reason });
  }
}
