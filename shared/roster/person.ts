import type { Level } from "../levels.js";
import type { StaffType } from "../staffTypes.js";
import type { FieldKey } from "./fields.js";

/** A calendar date as `YYYY-MM-DD`; compares correctly as a string. */
export type IsoDate = string;

export type LeaveType = "sick" | "maternity" | "unpaid" | "other";
export type DisciplineForm =
  | "reprimand"
  | "warning"
  | "salary-reduction"
  | "demotion"
  | "dismissal-from-post"
  | "forced-resignation"
  | "expulsion"
  | "other";
export type PartyStatus = "exempt" | "suspended" | "temporary" | "active";

/** Where a value was derived rather than read from its own column. */
export type Derivation = "section" | "position";

/** A quarter (1–4) or a month (1–12) of the evaluation year. */
export interface Period {
  unit: "quarter" | "month";
  index: number;
}

/** One column the header detector kept: its field, or none when the header matched nothing. */
export interface ColumnInfo {
  index: number;
  letter: string;
  header: string;
  field?: FieldKey;
  /** For `periodScore` and `periodLevel` columns: the period the column holds. */
  period?: Period;
}

/**
 * A period's filled cell: which period, its value, and its column letter (for findings). The reader
 * shares one frozen object among the rows with the same value in a column: never changed.
 */
export interface PeriodValue<T> {
  readonly period: Period;
  readonly value: T;
  readonly column: string;
}

/** A sheet read as a roster: the header found, the column of each field, headers left unmapped. */
export interface RosterSheet {
  name: string;
  /** 1-based Excel rows of the header block (two rows for a merged group header). */
  headerRows: readonly number[];
  columns: readonly ColumnInfo[];
  /** The column of each field; for the period fields, the first of their columns. */
  fieldColumns: Partial<Record<FieldKey, ColumnInfo>>;
  /** Every column of `periodScore` and of `periodLevel`, in sheet order (empty when none). */
  periodColumns: { periodScore: readonly ColumnInfo[]; periodLevel: readonly ColumnInfo[] };
  /** Data rows read as people. */
  people: number;
}

/**
 * One person row, typed. A field is undefined when its column is absent, its cell empty, or its
 * value unusable (then an `input.*` finding says so). Levels: `level` is the level under review
 * (final, else proposed, else self-rating); `levelUnreadable` is set when the cell that would give
 * it holds unrecognised text, and then `level` is undefined.
 */
export interface Person {
  sheet: RosterSheet;
  /** 1-based Excel row. */
  row: number;
  fullName: string;
  birthDate?: IsoDate;
  /** Year only, when the birth cell held just a year. */
  birthYear?: number;
  unit?: string;
  position?: string;
  staffType?: StaffType;
  isLeader: boolean;
  isHead: boolean;
  peerGroup?: string;
  monthsWorked?: number;
  leaveMonths?: number;
  leaveType?: LeaveType;
  disciplineForm?: DisciplineForm;
  disciplineDate?: IsoDate;
  disciplineCounted: boolean;
  /** undefined when the roster does not say whether the conduct was in performing duties. */
  disciplineDutyRelated?: boolean;
  /** The annual score as the roster gives it (`Tổng điểm`, `Điểm bình quân năm`). */
  score?: number;
  /** ND335's two parts: general criteria (0–30) and task results (0–70). */
  generalScore?: number;
  taskScore?: number;
  /** The period scores and levels that are filled, in sheet order; an empty period is time not worked. */
  periodScores?: PeriodValue<number>[];
  periodLevels?: PeriodValue<Level>[];
  tasksCompletedPct?: number;
  tasksExceededPct?: number;
  tasksOnTimePct?: number;
  criteriaShortPct?: number;
  unitTargetsPct?: number;
  unitTargetsExceededPct?: number;
  unitTargetsOnTimePct?: number;
  subUnitsAtLeastCompletePct?: number;
  subUnitsAtLeastGoodPct?: number;
  selfLevel?: Level;
  proposedLevel?: Level;
  finalLevel?: Level;
  level?: Level;
  /** The column that gave `level` (or held the unreadable value). */
  levelField?: "finalLevel" | "proposedLevel" | "selfLevel";
  levelUnreadable: boolean;
  isPartyMember: boolean;
  partyCell?: string;
  partyJoinDate?: IsoDate;
  partyStatus?: PartyStatus;
  partySickMonths?: number;
  partyLevel?: Level;
  partyLevelUnreadable: boolean;
  votesFor?: number;
  fullMembers?: number;
  partyRemedied: boolean;
  note?: string;
  degradationConcluded: boolean;
  unitMisconductHandled: boolean;
  shortcomingsRemedied: boolean;
  /** Values that were not read from their own column: unit or staff type from a section row, leader or head from the position. */
  /** Shared, frozen, among the rows that derived alike. */
  derived: Readonly<Partial<Record<"unit" | "staffType" | "isLeader" | "isHead", Derivation>>>;
}

export type CollectiveType = "department" | "unit" | "party-cell" | "leadership" | "other";

/** A collective's rating, from the collectives sheet or given by hand. */
export interface Collective {
  name: string;
  type: CollectiveType;
  level?: Level;
  sheet?: string;
  row?: number;
}
