import { DISCIPLINE_CODES, LEAVE_TYPE_CODES, PARTY_STATUS_CODES } from "../roster/labelCodes.js";
import type { IsoDate } from "../roster/person.js";
import type { PersonTable } from "../roster/personTable.js";
import { foldText } from "../text.js";
import { monthsBefore } from "./isoDates.js";
import type { FailedReason, NotRatedReason, Reason } from "./types.js";

export type NotRated = Reason & { code: NotRatedReason };
export type Failed = Reason & { code: FailedReason };

export interface ReasonOptions {
  /** RULES.md §2 assessment date; without it "admitted less than 6 months ago" cannot be told. */
  assessmentDate?: IsoDate;
}

/**
 * A note is personal free text (ROSTER.md: notes never leave the workbook), so it is only searched
 * for a known reason, and only when the person's fields give none; its words are never copied.
 */
function fromNote<C extends string>(
  note: string | undefined,
  patterns: readonly (readonly [C, RegExp])[],
): C | undefined {
  if (!note) return undefined;
  const folded = foldText(note);
  return patterns.find(([, re]) => re.test(folded))?.[0];
}

const STAFF_NOTE: readonly (readonly [NotRatedReason, RegExp])[] = [
  ["maternity", /thai san/],
  ["short-service", /(duoi|chua du) 6 thang|moi tuyen dung/],
  ["not-reviewed", /chua kiem diem|khong kiem diem|vang mat/],
];

const PARTY_NOTE: readonly (readonly [NotRatedReason, RegExp])[] = [
  ["exempt", /mien (cong tac|sinh hoat)/],
  // Not `đình chỉ sinh hoạt cấp ủy`: suspended from the committee only, still rated (RULES.md §4.1).
  ["suspended", /dinh chi(?!( sinh hoat)? cap uy)/],
  ["new-member", /moi ket nap/],
  ["not-reviewed", /chua kiem diem|khong kiem diem|vang mat/],
];

const FAILED_NOTE: readonly (readonly [FailedReason, RegExp])[] = [["discipline", /ky luat/]];

const MATERNITY = LEAVE_TYPE_CODES.of.maternity;
const EXEMPT = PARTY_STATUS_CODES.code("exempt");
const SUSPENDED = PARTY_STATUS_CODES.code("suspended");

/**
 * Why row i's staff level is KXL: maternity leave, under 6 months' work, non-maternity leave of
 * 6 months or more; else a known reason named in the note; else `other`. Maternity comes first
 * because it explains the short time worked. Empty numbers (NaN) compare false.
 */
export function notRatedReason(table: PersonTable, i: number): NotRated {
  if (table.leaveType[i] === MATERNITY) return { code: "maternity" };
  if (table.monthsWorked[i]! < 6) return { code: "short-service" };
  if (table.leaveMonths[i]! >= 6) return { code: "long-leave" };
  return { code: fromNote(table.note[i], STAFF_NOTE) ?? "other" };
}

/** Row i admitted less than 6 months before the assessment date (HD21 §II.6). */
export function isNewPartyMember(
  table: PersonTable,
  i: number,
  assessmentDate: IsoDate | undefined,
): boolean {
  const joined = table.partyJoinDate[i];
  if (!assessmentDate || !joined) return false;
  return joined > monthsBefore(assessmentDate, 6) && joined <= assessmentDate;
}

/** Why a Party member is not rated: exempted, suspended, newly admitted; else the note; else `other`. */
export function partyNotRatedReason(table: PersonTable, i: number, options: ReasonOptions = {}): NotRated {
  const status = table.partyStatus[i];
  if (status === EXEMPT) return { code: "exempt" };
  if (status === SUSPENDED) return { code: "suspended" };
  if (isNewPartyMember(table, i, options.assessmentDate)) return { code: "new-member" };
  return { code: fromNote(table.note[i], PARTY_NOTE) ?? "other" };
}

/** Discipline taking effect in the year and not already counted in an earlier year's rating. */
function disciplinedThisYear(table: PersonTable, i: number, assessmentDate: IsoDate | undefined): boolean {
  if (table.disciplineForm[i] === 0 || table.disciplineCounted[i] === 1) return false;
  const date = table.disciplineDate[i];
  if (!assessmentDate || !date) return true;
  return date >= `${assessmentDate.slice(0, 4)}-01-01`;
}

/**
 * Why row i is rated KHTNV (staff or Party level): discipline in the year; more than 20% of
 * criteria short, or less than half the tasks or (leaders) unit targets done; score under 50;
 * else a note that says discipline; else `other`. Empty numbers (NaN) compare false.
 */
export function failedReason(table: PersonTable, i: number, options: ReasonOptions = {}): Failed {
  if (disciplinedThisYear(table, i, options.assessmentDate)) {
    return { code: "discipline", discipline: DISCIPLINE_CODES.labels[table.disciplineForm[i]!]! };
  }
  const short = table.criteriaShortPct[i]! > 20;
  const tasks = table.tasksCompletedPct[i]! < 50;
  const targets = table.isLeader[i] === 1 && table.unitTargetsPct[i]! < 50;
  if (short || tasks || targets) return { code: "criteria" };
  if (table.score[i]! < 50) return { code: "score" };
  return { code: fromNote(table.note[i], FAILED_NOTE) ?? "other" };
}
