import { LEVEL_CODES, STAFF_TYPE_CODES } from "../roster/labelCodes.js";
import { staffLevelColumn } from "../roster/notYetRated.js";
import type { Collective, IsoDate } from "../roster/person.js";
import type { PersonTable } from "../roster/personTable.js";
import { isPartyMemberAt } from "../rules/helpers.js";
import { foldKey } from "../text.js";
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

function entry(table: PersonTable, i: number, track: Track, unitName: string | undefined): ListEntry {
  const e: ListEntry = { name: table.fullName[i]!, track };
  const unit = table.unit[i] ?? unitName;
  const position = table.position[i];
  const staffType = STAFF_TYPE_CODES.labels[table.staffType[i]!];
  if (unit !== undefined) e.unit = unit;
  if (position !== undefined) e.position = position;
  if (staffType !== undefined) e.staffType = staffType;
  return e;
}

function excellentEntry(
  table: PersonTable,
  i: number,
  track: Track,
  unitName: string | undefined,
): ExcellentEntry {
  const e: ExcellentEntry = entry(table, i, track, unitName);
  const votes = table.votesFor[i]!;
  const score = table.score[i]!;
  if (votes === votes) e.votes = votes;
  if (score === score) e.score = score;
  return e;
}

/** A Party collective named `đảng bộ …` or `… cơ sở` is a grassroots organisation; other cells are cells under one. */
function isGrassroots(c: Collective): boolean {
  const name = foldKey(c.name);
  return name.startsWith("dang bo") || name.includes("co so");
}

/** Each staff type code's place in `STAFF_KEYS` (no staff type: `unknown`). */
const STAFF_INDEX = STAFF_TYPE_CODES.labels.map((type) => STAFF_KEYS.indexOf(type ?? "unknown"));
/** Each level code's place in `LEVEL_KEYS` (no level: `missing`). */
const LEVEL_INDEX = LEVEL_CODES.labels.map((level) => LEVEL_KEYS.indexOf(level ?? "missing"));

const LEVELS_PER_STAFF = LEVEL_KEYS.length;

/** Counts by level, kept as numbers, written into the summary's record. */
function writeLevelCounts(counts: Int32Array, at: number, into: LevelCounts): void {
  LEVEL_KEYS.forEach((level, j) => (into[level] = counts[at + j]!));
}

/** Counts by staff type × level, kept as numbers, written into the summary's records. */
function writeCounts(counts: Int32Array, into: Record<StaffKey, LevelCounts>): void {
  STAFF_KEYS.forEach((staff, i) => writeLevelCounts(counts, i * LEVELS_PER_STAFF, into[staff]));
}

/**
 * Counts a unit's people by staff type × level, leaders likewise, Party members by Party level,
 * the not-rated by reason and the rows with no level at all, and lists the HTXSNV, KHTNV and KXL
 * people (staff and Party ratings).
 */
export function summarizeUnit(table: PersonTable, options: SummaryOptions = {}): UnitSummary {
  const reasonOptions: ReasonOptions = {
    assessmentDate: options.assessmentDate ?? options.settings?.assessmentDate,
  };
  const unitName = options.unitName;
  const s = emptySummary();
  // Counts by staff type × level as numbers while the rows go by, written into the summary at the end.
  const byStaffType = new Int32Array(STAFF_KEYS.length * LEVELS_PER_STAFF);
  const leaders = new Int32Array(STAFF_KEYS.length * LEVELS_PER_STAFF);
  const party = new Int32Array(LEVELS_PER_STAFF);
  let notYetRated = 0;
  const { level: levels, levelUnreadable, staffType, isLeader } = table;
  table.sheets.forEach((run, k) => {
    // RULES.md `input.level-missing`: no level and none unreadable, on a sheet with a staff level column.
    const levelColumn = staffLevelColumn(run.sheet) !== undefined;
    for (let i = run.start, end = table.runEnd(k); i < end; i++) {
      const level = levels[i]!;
      if (level === 0 && levelUnreadable[i] === 0 && levelColumn) notYetRated++;
      const cell = STAFF_INDEX[staffType[i]!]! * LEVELS_PER_STAFF + LEVEL_INDEX[level]!;
      byStaffType[cell]!++;
      if (isLeader[i] === 1) leaders[cell]!++;
      if (level === LEVEL_CODES.of.HTXSNV) s.excellent.push(excellentEntry(table, i, "staff", unitName));
      if (level === LEVEL_CODES.of.KHTNV) {
        const reason = failedReason(table, i, reasonOptions);
        s.failed.push({ ...entry(table, i, "staff", unitName), reason });
      }
      if (level === LEVEL_CODES.of.KXL) {
        const reason = notRatedReason(table, i);
        s.notRatedReasons[reason.code]++;
        s.notRated.push({ ...entry(table, i, "staff", unitName), reason });
      }
      if (isPartyMemberAt(table, i)) addPartyMember(s, party, table, i, reasonOptions, unitName);
    }
  });
  s.people = table.size;
  s.notYetRated = notYetRated;
  writeCounts(byStaffType, s.byStaffType);
  writeCounts(leaders, s.leaders);
  writeLevelCounts(party, 0, s.party);
  for (const c of options.collectives ?? []) {
    if (c.type !== "party-cell") continue;
    const counts = isGrassroots(c) ? s.partyOrganisations.grassroots : s.partyOrganisations.cells;
    counts[levelKey(c.level)]++;
  }
  return s;
}

function addPartyMember(
  s: UnitSummary,
  /** Party members by level (LEVEL_INDEX). */
  party: Int32Array,
  table: PersonTable,
  i: number,
  options: ReasonOptions,
  unitName: string | undefined,
) {
  const code = table.partyLevel[i]!;
  party[LEVEL_INDEX[code]!]!++;
  if (code === LEVEL_CODES.of.HTXSNV) s.excellent.push(excellentEntry(table, i, "party", unitName));
  if (code === LEVEL_CODES.of.KHTNV)
    s.failed.push({ ...entry(table, i, "party", unitName), reason: failedReason(table, i, options) });
  if (code === LEVEL_CODES.of.KXL) {
    const reason = partyNotRatedReason(table, i, options);
    s.partyNotRatedReasons[reason.code]++;
    s.notRated.push({ ...entry(table, i, "party", unitName), reason });
  }
}
