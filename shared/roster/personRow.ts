import { FormulaWithoutValue, type CellValue, type SheetCell } from "../cells.js";
import type { RawFinding } from "../findings.js";
import type { Level } from "../levels.js";
import type { StaffType } from "../staffTypes.js";
import {
  BLANK,
  isNumberKind,
  OUT_OF_RANGE,
  RANGES,
  UNREADABLE,
  type CellReading,
  type Refusal,
} from "./cellReaders.js";
import { STAFF_LEVEL_FIELDS, type FieldKey, type FieldKind } from "./fields.js";
import {
  dateInvalid,
  formulaNoValue,
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
import type { PlannedColumn, RowPlan } from "./rowPlan.js";

/** What a section row above says about the rows under it. */
export interface SectionContext {
  unit?: string;
  staffType?: StaffType;
}

const NO_FIELDS: readonly FieldKey[] = [];

function cellRef(sheet: RosterSheet, row: number, person: string, column: PlannedColumn): CellRef {
  return { sheet: sheet.name, row, column: column.letter, field: column.field, person };
}

/**
 * A row's values by slot, and its period values, until its person is made. Slots are emptied after
 * each row; the period lists are counted, never cut (setting an array's length is slow in V8).
 */
const values: unknown[] = SLOTTED.map(() => undefined);
const periodScores: PeriodValue<number>[] = [];
const periodLevels: PeriodValue<Level>[] = [];

/**
 * A person from a row's slots. Every field present from the start, in one order (the seldom ones
 * next, where the sheet has them): all persons of a sheet share one shape, which keeps the rules'
 * property reads fast. Each slot is read where it is named: a helper taking the field's name made
 * the whole read 40% slower (a call per field, not inlined).
 */
function personOf(sheet: RosterSheet, row: number, fullName: string, v: readonly unknown[]): Person {
  return {
    sheet,
    row,
    fullName,
    birthDate: v[SLOT.birthDate] as Person["birthDate"],
    birthYear: v[SLOT.birthYear] as Person["birthYear"],
    unit: v[SLOT.unit] as Person["unit"],
    position: v[SLOT.position] as Person["position"],
    staffType: v[SLOT.staffType] as Person["staffType"],
    isLeader: v[SLOT.isLeader] === true,
    isHead: v[SLOT.isHead] === true,
    monthsWorked: v[SLOT.monthsWorked] as Person["monthsWorked"],
    leaveMonths: v[SLOT.leaveMonths] as Person["leaveMonths"],
    leaveType: v[SLOT.leaveType] as Person["leaveType"],
    disciplineForm: v[SLOT.disciplineForm] as Person["disciplineForm"],
    disciplineDate: v[SLOT.disciplineDate] as Person["disciplineDate"],
    disciplineCounted: v[SLOT.disciplineCounted] === true,
    score: v[SLOT.score] as Person["score"],
    tasksCompletedPct: v[SLOT.tasksCompletedPct] as Person["tasksCompletedPct"],
    tasksExceededPct: v[SLOT.tasksExceededPct] as Person["tasksExceededPct"],
    selfLevel: v[SLOT.selfLevel] as Person["selfLevel"],
    proposedLevel: v[SLOT.proposedLevel] as Person["proposedLevel"],
    finalLevel: v[SLOT.finalLevel] as Person["finalLevel"],
    level: undefined,
    levelField: undefined,
    levelUnreadable: false,
    isPartyMember: v[SLOT.isPartyMember] === true,
    partyCell: v[SLOT.partyCell] as Person["partyCell"],
    partyLevel: v[SLOT.partyLevel] as Person["partyLevel"],
    partyLevelUnreadable: false,
    votesFor: v[SLOT.votesFor] as Person["votesFor"],
    fullMembers: v[SLOT.fullMembers] as Person["fullMembers"],
    partyRemedied: v[SLOT.partyRemedied] === true,
    note: v[SLOT.note] as Person["note"],
    generalScore: v[SLOT.generalScore] as Person["generalScore"],
    taskScore: v[SLOT.taskScore] as Person["taskScore"],
    periodScores: v[SLOT.periodScores] as Person["periodScores"],
    degradationConcluded: v[SLOT.degradationConcluded] === true,
    unitMisconductHandled: v[SLOT.unitMisconductHandled] === true,
    shortcomingsRemedied: v[SLOT.shortcomingsRemedied] === true,
    derived: DERIVED[0]!,
  };
}

/**
 * Reads one data row into a Person (`fullName` is its name cell as text). A bad cell yields its
 * finding and leaves its field empty; the rest of the row is still read (RULES.md §3).
 */
export function readPersonRow(
  row: readonly SheetCell[],
  excelRow: number,
  fullName: string,
  sheet: RosterSheet,
  plan: RowPlan,
  section: SectionContext,
  emit: (finding: RawFinding) => void,
): Person {
  let unreadableLevels: FieldKey[] | undefined;
  let scores = 0;
  let levels = 0;
  const columns = plan.columns;
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c]!;
    const value = row[column.index];
    if (value === null || value === undefined) continue;
    let got: CellReading;
    // A column often holds what the row above held (12 months, the same unit): read once. A -0
    // after a 0 is read anew, to be kept as it is.
    if (value === column.lastValue && (value !== 0 || Object.is(value, column.lastValue)))
      got = column.lastReading;
    // `typeof` first: nearly every cell is a string or a number, and that test is the cheapest.
    else if (typeof value === "string") {
      got = column.readText(value);
      column.lastValue = value;
      column.lastReading = got;
    } else if (typeof value === "object") {
      if (value instanceof FormulaWithoutValue) {
        // Unreadable, and never replaced by another column: in a level column, no level under review.
        if (column.kind === "level") (unreadableLevels ??= []).push(column.field);
        emit(formulaNoValue(cellRef(sheet, excelRow, fullName, column), value));
        continue;
      }
      got = column.read(value);
    } else {
      got = column.read(value);
      column.lastValue = value;
      column.lastReading = got;
    }
    if (got === BLANK) continue;
    if (got === UNREADABLE || got === OUT_OF_RANGE) {
      if (column.kind === "level") (unreadableLevels ??= []).push(column.field);
      emit(refusal(cellRef(sheet, excelRow, fullName, column), column.kind, value as CellValue, got));
      continue;
    }
    switch (column.kind) {
      case "birthDate":
        values[typeof got === "number" ? SLOT.birthYear : SLOT.birthDate] = got;
        break;
      case "periodScore":
        periodScores[scores++] = got as PeriodValue<number>;
        break;
      case "periodLevel":
        periodLevels[levels++] = got as PeriodValue<Level>;
        break;
      default:
        values[column.slot] = got;
    }
  }
  if (scores > 0) values[SLOT.periodScores] = periodScores.slice(0, scores);
  if (levels > 0) values[SLOT.periodLevels] = periodLevels.slice(0, levels);
  const person = personOf(sheet, excelRow, fullName, values);
  const seldom = plan.seldom;
  if (seldom.length > 0) {
    const out = person as unknown as Record<string, unknown>;
    // Empty first, for the reason personOf is first called with nothing.
    for (let i = 0; i < seldom.length; i++) out[seldom[i]!] = undefined;
    for (let i = 0; i < seldom.length; i++) {
      const field = seldom[i]!;
      out[field] = values[SLOT[field]];
    }
  }
  for (let c = 0; c < columns.length; c++) values[columns[c]!.slot] = undefined;
  values[SLOT.birthYear] = undefined;
  settleLevels(person, unreadableLevels ?? NO_FIELDS);
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
function refusal(at: CellRef, kind: FieldKind, value: CellValue, why: Refusal): RawFinding {
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
  SLOTTED.map(() => undefined),
);
