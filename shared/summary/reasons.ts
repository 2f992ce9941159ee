import type { IsoDate, Person } from "../roster/person.js";
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

/**
 * Why a person's staff level is KXL: maternity leave, under 6 months' work, non-maternity leave of
 * 6 months or more; else a known reason named in the note; else `other`. Maternity comes first
 * because it explains the short time worked.
 */
export function notRatedReason(person: Person): NotRated {
  if (person.leaveType === "maternity") return { code: "maternity" };
  if (person.monthsWorked !== undefined && person.monthsWorked < 6) return { code: "short-service" };
  if (person.leaveMonths !== undefined && person.leaveMonths >= 6) return { code: "long-leave" };
  return { code: fromNote(person.note, STAFF_NOTE) ?? "other" };
}

/** Admitted less than 6 months before the assessment date (HD21 §II.6). */
export function isNewPartyMember(person: Person, assessmentDate: IsoDate | undefined): boolean {
  if (!assessmentDate || !person.partyJoinDate) return false;
  return person.partyJoinDate > monthsBefore(assessmentDate, 6) && person.partyJoinDate <= assessmentDate;
}

/** Why a Party member is not rated: exempted, suspended, newly admitted; else the note; else `other`. */
export function partyNotRatedReason(person: Person, options: ReasonOptions = {}): NotRated {
  if (person.partyStatus === "exempt") return { code: "exempt" };
  if (person.partyStatus === "suspended") return { code: "suspended" };
  if (isNewPartyMember(person, options.assessmentDate)) return { code: "new-member" };
  return { code: fromNote(person.note, PARTY_NOTE) ?? "other" };
}

/** Discipline taking effect in the year and not already counted in an earlier year's rating. */
function disciplinedThisYear(person: Person, assessmentDate: IsoDate | undefined): boolean {
  if (!person.disciplineForm || person.disciplineCounted) return false;
  if (!assessmentDate || !person.disciplineDate) return true;
  return person.disciplineDate >= `${assessmentDate.slice(0, 4)}-01-01`;
}

/**
 * Why a person is rated KHTNV (staff or Party level): discipline in the year; more than 20% of
 * criteria short, or less than half the tasks or (leaders) unit targets done; score under 50;
 * else a note that says discipline; else `other`.
 */
export function failedReason(person: Person, options: ReasonOptions = {}): Failed {
  if (disciplinedThisYear(person, options.assessmentDate)) {
    return { code: "discipline", discipline: person.disciplineForm! };
  }
  const short = person.criteriaShortPct !== undefined && person.criteriaShortPct > 20;
  const tasks = person.tasksCompletedPct !== undefined && person.tasksCompletedPct < 50;
  const targets = person.isLeader && person.unitTargetsPct !== undefined && person.unitTargetsPct < 50;
  if (short || tasks || targets) return { code: "criteria" };
  if (person.score !== undefined && person.score < 50) return { code: "score" };
  return { code: fromNote(person.note, FAILED_NOTE) ?? "other" };
}
