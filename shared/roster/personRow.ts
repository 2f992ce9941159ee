import type { CellValue } from "../cells.js";
import type { RawFinding } from "../findings.js";
import type { Level } from "../levels.js";
import type { StaffType } from "../staffTypes.js";
import { isNumberKind, OUT_OF_RANGE, RANGES, type Refusal } from "./cellReaders.js";
import { STAFF_LEVEL_FIELDS, type FieldKey, type FieldKind } from "./fields.js";
import {
  dateInvalid,
  levelMissing,
  levelUnrecognized,
  numberInvalid,
  staffTypeUnrecognized,
  type CellRef,
} from "./inputFindings.js";
import { isNotYetRated, staffLevelColumn } from "./notYetRated.js";
import type { PeriodValue, Person, RosterSheet } from "./person.js";
import { isHeadPosition, isLeaderPosition } from "./positions.js";
import { SLOT, SLOTTED } from "./personSlots.js";
import type { RowPlan } from "./rowPlan.js";

/** What a section row above says about the rows under it. */
export interface SectionContext {
  unit?: string;
  staffType?: StaffType;
}

/**
 * A person from what a block's columns read for its row `k` (`slots[slot][k]`). Every field present
 * from the start, in one order (the seldom ones next, where the sheet has them): all persons of a
 * sheet share one shape, which keeps the rules' property reads fast. Each slot is read where it is
 * named: a helper taking the field's name made the whole read 40% slower (a call per field, not inlined).
 */
function personOf(
  sheet: RosterSheet,
  row: number,
  fullName: string,
  v: readonly (readonly unknown[])[],
  k: number,
  periodScores: PeriodValue<number>[] | undefined,
): Person {
  return {
    sheet,
    row,
    fullName,
    birthDate: v[SLOT.birthDate]![k] as Person["birthDate"],
    birthYear: v[SLOT.birthYear]![k] as Person["birthYear"],
    unit: v[SLOT.unit]![k] as Person["unit"],
    position: v[SLOT.position]![k] as Person["position"],
    staffType: v[SLOT.staffType]![k] as Person["staffType"],
    isLeader: v[SLOT.isLeader]![k] === true,
    isHead: v[SLOT.isHead]![k] === true,
    monthsWorked: v[SLOT.monthsWorked]![k] as Person["monthsWorked"],
    leaveMonths: v[SLOT.leaveMonths]![k] as Person["leaveMonths"],
    leaveType: v[SLOT.leaveType]![k] as Person["leaveType"],
    disciplineForm: v[SLOT.disciplineForm]![k] as Person["disciplineForm"],
    disciplineDate: v[SLOT.disciplineDate]![k] as Person["disciplineDate"],
    disciplineCounted: v[SLOT.disciplineCounted]![k] === true,
    score: v[SLOT.score]![k] as Person["score"],
    tasksCompletedPct: v[SLOT.tasksCompletedPct]![k] as Person["tasksCompletedPct"],
    tasksExceededPct: v[SLOT.tasksExceededPct]![k] as Person["tasksExceededPct"],
    selfLevel: v[SLOT.selfLevel]![k] as Person["selfLevel"],
    proposedLevel: v[SLOT.proposedLevel]![k] as Person["proposedLevel"],
    finalLevel: v[SLOT.finalLevel]![k] as Person["finalLevel"],
    level: undefined,
    levelField: undefined,
    levelUnreadable: false,
    isPartyMember: v[SLOT.isPartyMember]![k] === true,
    partyCell: v[SLOT.partyCell]![k] as Person["partyCell"],
    partyLevel: v[SLOT.partyLevel]![k] as Person["partyLevel"],
    partyLevelUnreadable: false,
    votesFor: v[SLOT.votesFor]![k] as Person["votesFor"],
    fullMembers: v[SLOT.fullMembers]![k] as Person["fullMembers"],
    partyRemedied: v[SLOT.partyRemedied]![k] === true,
    note: v[SLOT.note]![k] as Person["note"],
    generalScore: v[SLOT.generalScore]![k] as Person["generalScore"],
    taskScore: v[SLOT.taskScore]![k] as Person["taskScore"],
    periodScores,
    degradationConcluded: v[SLOT.degradationConcluded]![k] === true,
    unitMisconductHandled: v[SLOT.unitMisconductHandled]![k] === true,
    shortcomingsRemedied: v[SLOT.shortcomingsRemedied]![k] === true,
    derived: DERIVED[0]!,
  };
}

/** A block row as its columns read it, and what makes it a person besides. */
export interface BlockRow {
  /** What each slot's column read, by row of the block. */
  slots: readonly (readonly unknown[])[];
  k: number;
  excelRow: number;
  fullName: string;
  /** The filled period cells, in sheet order (undefined when none). */
  periodScores: PeriodValue<number>[] | undefined;
  periodLevels: PeriodValue<Level>[] | undefined;
  /** Level columns whose cell was refused: no level is looked for past them. */
  unreadableLevels: readonly FieldKey[];
}

/**
 * Makes the person of one row its columns have read. Bad cells were refused by the columns (their
 * findings and empty fields); here the level under review, the section's unit and staff type, what
 * the position says, and the votes are settled (RULES.md §3).
 */
export function makePerson(
  at: BlockRow,
  sheet: RosterSheet,
  plan: RowPlan,
  section: SectionContext,
  emit: (finding: RawFinding) => void,
): Person {
  const { slots, k, excelRow } = at;
  const person = personOf(sheet, excelRow, at.fullName, slots, k, at.periodScores);
  const seldom = plan.seldom;
  if (seldom.length > 0) {
    const out = person as unknown as Record<string, unknown>;
    // Empty first, for the reason personOf is first called with nothing.
    for (let i = 0; i < seldom.length; i++) out[seldom[i]!] = undefined;
    for (let i = 0; i < seldom.length; i++) {
      const field = seldom[i]!;
      out[field] = field === "periodLevels" ? at.periodLevels : slots[SLOT[field]]![k];
    }
  }
  settleLevels(person, at.unreadableLevels);
  if (isNotYetRated(person))
    emit(
      levelMissing({
        sheet: sheet.name,
        row: excelRow,
        column: staffLevelColumn(sheet)!.letter,
        person: person.fullName,
      }),
    );
  fillFromContext(person, sheet, section);
  checkVotes(person, sheet, emit);
  return person;
}

/** The finding for a cell its column refuses. */
export function refusal(at: CellRef, kind: FieldKind, value: CellValue, why: Refusal): RawFinding {
  if (kind === "level" || kind === "periodLevel") return levelUnrecognized(at, value);
  if (kind === "staffType") return staffTypeUnrecognized(at, value);
  if (kind === "birthDate" || kind === "date") return dateInvalid(at, value);
  return numberInvalid(at, value, why === OUT_OF_RANGE && isNumberKind(kind) ? RANGES[kind] : undefined);
}

/** The level under review: final, else proposed, else self-rating; an unreadable cell stops the search. */
function settleLevels(person: Person, unreadable: readonly FieldKey[]): void {
  person.partyLevelUnreadable = unreadable.includes("partyLevel");
  for (const field of STAFF_LEVEL_FIELDS) {
    if (unreadable.includes(field)) {
      person.levelUnreadable = true;
      person.levelField = field;
      return;
    }
    const level: Level | undefined = person[field];
    if (level) {
      person.level = level;
      person.levelField = field;
      return;
    }
  }
}

type Derived = Person["derived"];
type Deriving = { -readonly [K in keyof Derived]: Derived[K] };
const UNIT = 1;
const STAFF_TYPE = 2;
const LEADER = 4;
const HEAD = 8;

/**
 * What a row derived, for each combination of the four: made once and frozen, since every row of a
 * sheet derives alike and 50,000 rows need not hold 50,000 copies of `{ isHead: "position" }`.
 */
const DERIVED: readonly Derived[] = Array.from({ length: 16 }, (_, bits) => {
  const derived: Deriving = {};
  if (bits & UNIT) derived.unit = "section";
  if (bits & STAFF_TYPE) derived.staffType = "section";
  if (bits & LEADER) derived.isLeader = "position";
  if (bits & HEAD) derived.isHead = "position";
  return Object.freeze(derived);
});

function fillFromContext(person: Person, sheet: RosterSheet, section: SectionContext): void {
  const has = sheet.fieldColumns;
  let derived = 0;
  if (person.unit === undefined && section.unit !== undefined && !has.unit) {
    person.unit = section.unit;
    derived |= UNIT;
  }
  if (person.staffType === undefined && section.staffType !== undefined && !has.staffType) {
    person.staffType = section.staffType;
    derived |= STAFF_TYPE;
  }
  if (!has.isLeader && person.position) {
    person.isLeader = isLeaderPosition(person.position);
    derived |= LEADER;
  }
  if (!has.isHead && person.position) {
    person.isHead = isHeadPosition(person.position);
    derived |= HEAD;
  }
  person.derived = DERIVED[derived]!;
  if (person.partyLevel !== undefined || person.partyCell !== undefined || person.partyJoinDate !== undefined)
    person.isPartyMember = true;
}

function checkVotes(person: Person, sheet: RosterSheet, emit: (finding: RawFinding) => void): void {
  if (person.votesFor === undefined || person.fullMembers === undefined) return;
  if (person.votesFor <= person.fullMembers) return;
  const column = sheet.fieldColumns.votesFor!;
  emit(
    numberInvalid(
      {
        sheet: sheet.name,
        row: person.row,
        column: column.letter,
        field: "votesFor",
        person: person.fullName,
      },
      person.votesFor,
      {
        vi: `số phiếu không quá số đảng viên chính thức, ${person.fullMembers}`,
        en: `votes at most the full members, ${person.fullMembers}`,
      },
    ),
  );
  person.votesFor = undefined;
}

// V8 gives a field whose first value is a number a box of its own in every object, and shares
// nothing: a first person with every field empty makes the fields hold references, so the numbers
// rows share (a column's fractions, its period values) stay shared.
personOf(
  undefined as unknown as RosterSheet,
  0,
  "",
  SLOTTED.map(() => [undefined]),
  0,
  undefined,
);
