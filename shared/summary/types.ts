import { LEVELS } from "../levels.js";
import type { DisciplineForm } from "../roster/person.js";
import { STAFF_TYPES, type StaffType } from "../staffTypes.js";
import type { QuotaTallies } from "./quotaTally.js";

/** Staff types, and `unknown` for a missing or unrecognised staff type. */
export const STAFF_KEYS = [...STAFF_TYPES, "unknown"] as const;
export type StaffKey = (typeof STAFF_KEYS)[number];

/** The levels, and `missing` for no level or one that could not be read. */
export const LEVEL_KEYS = [...LEVELS, "missing"] as const;
export type LevelKey = (typeof LEVEL_KEYS)[number];
export type LevelCounts = Record<LevelKey, number>;

/** Why a person is not rated (KXL). */
export const NOT_RATED_REASONS = [
  "short-service",
  "long-leave",
  "maternity",
  "exempt",
  "suspended",
  "new-member",
  "not-reviewed",
  "other",
] as const;
export type NotRatedReason = (typeof NOT_RATED_REASONS)[number];

/** Why a person is rated KHTNV. */
export const FAILED_REASONS = ["discipline", "criteria", "score", "other"] as const;
export type FailedReason = (typeof FAILED_REASONS)[number];

export type ReasonCode = NotRatedReason | FailedReason;

/** A reason as a code (and the discipline form, the only discipline detail that may leave the workbook). */
export interface Reason {
  code: ReasonCode;
  discipline?: DisciplineForm;
}

/** Whose level a list entry is about: the staff rating or the Party-member rating. */
export type Track = "staff" | "party";

/** A person in a list: only what ROSTER.md's privacy note lets leave the workbook. */
export interface ListEntry {
  name: string;
  unit?: string;
  position?: string;
  staffType?: StaffType;
  track: Track;
}

export interface ExcellentEntry extends ListEntry {
  votes?: number;
  score?: number;
}

export interface ReasonEntry extends ListEntry {
  reason: Reason;
}

/**
 * A unit's results as counts and short lists: what storage keeps per unit and period and what
 * the report is drawn from. Plain JSON; summaries add up the tree of agencies.
 */
export interface UnitSummary {
  /** Person rows. */
  people: number;
  /**
   * Person rows with no level in any staff level column (RULES.md `input.level-missing`): counted as
   * not yet rated, and among `missing` in `byStaffType`. Absent from summaries stored before it was kept.
   */
  notYetRated?: number;
  byStaffType: Record<StaffKey, LevelCounts>;
  /** Leaders and managers (`lãnh đạo, quản lý`) of each staff type, also counted in `byStaffType`. */
  leaders: Record<StaffKey, LevelCounts>;
  /** Party members by Party level. */
  party: LevelCounts;
  /** Party organisations by their collective level: grassroots organisations and the cells under them. */
  partyOrganisations: { grassroots: LevelCounts; cells: LevelCounts };
  /** Staff rated KXL by reason. */
  notRatedReasons: Record<NotRatedReason, number>;
  /** Party members not rated by reason. */
  partyNotRatedReasons: Record<NotRatedReason, number>;
  excellent: ExcellentEntry[];
  failed: ReasonEntry[];
  notRated: ReasonEntry[];
  /**
   * The units whose submission is counted here: 1 in a unit's own summary as the back end derives
   * it, the number of units that reported in a roll-up. Absent where nobody counted units.
   */
  units?: number;
  /** Each unit's own quota check, added up (the back end's summaries; absent from older versions). */
  quotaTally?: QuotaTallies;
}
