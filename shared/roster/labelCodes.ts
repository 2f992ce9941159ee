/**
 * The labels a person table holds as small codes (a Uint8Array per column): 0 is always empty, the
 * labels take 1, 2, 3… in the order given here.
 */
import { LEVELS, type Level } from "../levels.js";
import { STAFF_TYPES, type StaffType } from "../staffTypes.js";
import { DISCIPLINE_NAMES } from "../coerce/categories.js";
import { STAFF_LEVEL_FIELDS } from "./fields.js";
import type { DisciplineForm, LeaveType, PartyStatus } from "./person.js";

/** A list of labels and their codes: `labels[code]`, `code(label)`, and `of.LABEL` for code that names one. */
export interface CodeBook<T extends string> {
  readonly labels: readonly (T | undefined)[];
  code(label: T | undefined): number;
  readonly of: Readonly<Record<T, number>>;
}

function codeBook<T extends string>(labels: readonly T[]): CodeBook<T> {
  const all: readonly (T | undefined)[] = [undefined, ...labels];
  const codes = new Map<T | undefined, number>(all.map((label, code) => [label, code]));
  const of = Object.fromEntries(labels.map((label, k) => [label, k + 1])) as Record<T, number>;
  return { labels: all, code: (label) => codes.get(label)!, of: Object.freeze(of) };
}

/** A list of a union's labels that compiles only when it names every one. */
function every<T extends string>() {
  return <const L extends readonly T[]>(
    labels: L & ([Exclude<T, L[number]>] extends [never] ? unknown : never),
  ) => labels as readonly T[];
}

/** Levels from the lowest up (KXL, KHTNV … HTXSNV): a higher level has a higher code (RULES.md §1). */
export const LEVEL_CODES = codeBook<Level>([...LEVELS].reverse());
export const levelOf = (code: number): Level | undefined => LEVEL_CODES.labels[code];
export const levelCode = (level: Level | undefined): number => LEVEL_CODES.code(level);
/** A level code of a rated level: not empty, not KXL. */
export const isRatedCode = (code: number): boolean => code > LEVEL_CODES.of.KXL;
/** `levelOrder` of a level code: HTXSNV 4 … KHTNV 1; KXL and empty 0. */
export const orderOfCode = (code: number): number => (isRatedCode(code) ? code - 1 : 0);

export const STAFF_TYPE_CODES = codeBook<StaffType>(STAFF_TYPES);

export const LEAVE_TYPE_CODES = codeBook(every<LeaveType>()(["sick", "maternity", "unpaid", "other"]));

export const DISCIPLINE_CODES = codeBook(Object.keys(DISCIPLINE_NAMES) as DisciplineForm[]);

export const PARTY_STATUS_CODES = codeBook(
  every<PartyStatus>()(["exempt", "suspended", "temporary", "active"]),
);

/** The staff level column that gave the level under review, in order of precedence (final first). */
export const LEVEL_FIELD_CODES = codeBook(STAFF_LEVEL_FIELDS);

/** A three-state mark (`disciplineDutyRelated`): not said, no, yes. */
export const MARK_UNKNOWN = 0;
export const MARK_NO = 1;
export const MARK_YES = 2;
