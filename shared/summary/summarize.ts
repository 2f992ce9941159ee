import { isNotYetRated } from "../roster/notYetRated.js";
import type { Collective, IsoDate, Person } from "../roster/person.js";
import { foldKey } from "../text.js";
import { isPartyMember } from "../quota/population.js";
import { emptySummary, levelKey } from "./counts.js";
import { failedReason, notRatedReason, partyNotRatedReason, type ReasonOptions } from "./reasons.js";
import type { ExcellentEntry, ListEntry, Track, UnitSummary } from "./types.js";

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
  let notYetRated = 0;
  for (const person of people) {
    s.people++;
    if (isNotYetRated(person)) notYetRated++;
    const staff = person.staffType ?? "unknown";
    const level = levelKey(person.level);
    s.byStaffType[staff][level]++;
    if (person.isLeader) s.leaders[staff][level]++;
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
  s.notYetRated = notYetRated;
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
