import { FormulaWithoutValue, isBlank, type SheetCell } from "../cells.js";
import { readDisciplineForm, readLeaveType, readPartyStatus } from "../coerce/categories.js";
import { readDate, readYear } from "../coerce/date.js";
import { readMark } from "../coerce/mark.js";
import { readNumberValue, readPercent } from "../coerce/number.js";
import type { RawFinding } from "../findings.js";
import { parseLevel, type Level } from "../levels.js";
import { parseStaffType, type StaffType } from "../staffTypes.js";
import { STAFF_LEVEL_FIELDS, type FieldKey } from "./fields.js";
import { cellText } from "./header.js";
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
import type { Person, RosterSheet } from "./person.js";
import { isHeadPosition, isLeaderPosition } from "./positions.js";
import type { PlannedColumn, RowPlan } from "./rowPlan.js";

/** What a section row above says about the rows under it. */
export interface SectionContext {
  unit?: string;
  staffType?: StaffType;
}

const RANGES = {
  months: { min: 0, max: 12, vi: "0–12 tháng", en: "0–12 months" },
  score: { min: 0, max: 100, vi: "0–100 điểm", en: "0–100 points" },
  generalScore: { min: 0, max: 30, vi: "0–30 điểm", en: "0–30 points" },
  taskScore: { min: 0, max: 70, vi: "0–70 điểm", en: "0–70 points" },
  periodScore: { min: 0, max: 100, vi: "0–100 điểm", en: "0–100 points" },
  percent: { min: 0, max: 100, vi: "0–100%", en: "0–100%" },
  count: { min: 0, max: Number.MAX_SAFE_INTEGER, vi: "số nguyên không âm", en: "a whole number ≥ 0" },
} as const;

type Mutable = Record<string, unknown>;
const NO_FIELDS: readonly FieldKey[] = [];

function cellRef(person: Person, column: PlannedColumn): CellRef {
  return {
    sheet: person.sheet.name,
    row: person.row,
    column: column.letter,
    field: column.field,
    person: person.fullName,
  };
}

/**
 * Reads one data row into a Person. A bad cell yields its finding and leaves its field empty;
 * the rest of the row is still read (RULES.md §3).
 */
export function readPersonRow(
  row: readonly SheetCell[],
  excelRow: number,
  sheet: RosterSheet,
  plan: RowPlan,
  section: SectionContext,
  emit: (finding: RawFinding) => void,
): Person {
  const nameIndex = sheet.fieldColumns.fullName!.index;
  // Every field present from the start, in one order (the seldom ones next, where the sheet has
  // them): all persons of a sheet share one shape, which keeps the rules' property reads fast.
  const person: Person = {
    sheet,
    row: excelRow,
    fullName: cellText(row[nameIndex]),
    birthDate: undefined,
    birthYear: undefined,
    unit: undefined,
    position: undefined,
    staffType: undefined,
    isLeader: false,
    isHead: false,
    monthsWorked: undefined,
    leaveMonths: undefined,
    leaveType: undefined,
    disciplineForm: undefined,
    disciplineDate: undefined,
    disciplineCounted: false,
    score: undefined,
    tasksCompletedPct: undefined,
    tasksExceededPct: undefined,
    selfLevel: undefined,
    proposedLevel: undefined,
    finalLevel: undefined,
    level: undefined,
    levelField: undefined,
    levelUnreadable: false,
    isPartyMember: false,
    partyCell: undefined,
    partyLevel: undefined,
    partyLevelUnreadable: false,
    votesFor: undefined,
    fullMembers: undefined,
    partyRemedied: false,
    note: undefined,
    generalScore: undefined,
    taskScore: undefined,
    periodScores: undefined,
    degradationConcluded: false,
    unitMisconductHandled: false,
    shortcomingsRemedied: false,
    derived: DERIVED[0]!,
  };
  const out = person as unknown as Mutable;
  for (const field of plan.seldom) out[field] = undefined;
  let unreadableLevels: FieldKey[] | undefined;
  for (const column of plan.columns) {
    const value = row[column.index];
    if (
      value === null ||
      value === undefined ||
      value === "" ||
      (typeof value === "string" && isBlank(value))
    )
      continue;
    const { field, kind } = column;
    // `typeof` first: nearly every cell is a string or a number, and that test is the cheapest.
    if (typeof value === "object" && value instanceof FormulaWithoutValue) {
      // Unreadable, and never replaced by another column: in a level column, no level under review.
      if (kind === "level") (unreadableLevels ??= []).push(field);
      emit(formulaNoValue(cellRef(person, column), value));
      continue;
    }
    switch (kind) {
      case "text":
        out[field] = cellText(value);
        break;
      case "mark":
        out[field] = readMark(value);
        break;
      case "level": {
        const level = typeof value === "string" ? parseLevel(value) : undefined;
        if (level) out[field] = level;
        else {
          (unreadableLevels ??= []).push(field);
          emit(levelUnrecognized(cellRef(person, column), value));
        }
        break;
      }
      case "staffType": {
        const type = typeof value === "string" ? parseStaffType(value) : undefined;
        if (type) out[field] = type;
        else emit(staffTypeUnrecognized(cellRef(person, column), value));
        break;
      }
      case "leaveType":
        out[field] = readLeaveType(cellText(value));
        break;
      case "discipline":
        out[field] = readDisciplineForm(cellText(value));
        break;
      case "partyStatus":
        out[field] = readPartyStatus(cellText(value));
        break;
      case "birthDate": {
        const year = readYear(value);
        const date = year === undefined ? readDate(value) : undefined;
        if (year !== undefined) person.birthYear = year;
        else if (date) person.birthDate = column.dates!.of(date);
        else emit(dateInvalid(cellRef(person, column), value));
        break;
      }
      case "date": {
        const date = readDate(value);
        if (date) out[field] = column.dates!.of(date);
        else emit(dateInvalid(cellRef(person, column), value));
        break;
      }
      case "months":
      case "score":
      case "generalScore":
      case "taskScore":
      case "periodScore":
      case "count":
      case "percent": {
        const n = kind === "percent" ? readPercent(value) : readNumberValue(value);
        const range = RANGES[kind];
        if (n === undefined) emit(numberInvalid(cellRef(person, column), value));
        else if (n < range.min || n > range.max || (kind === "count" && !Number.isInteger(n)))
          emit(numberInvalid(cellRef(person, column), value, range));
        else if (kind === "periodScore") (person.periodScores ??= []).push(column.scores!.of(n));
        else out[field] = Number.isInteger(n) ? n : column.numbers!.of(n);
        break;
      }
      case "periodLevel": {
        const level = typeof value === "string" ? parseLevel(value) : undefined;
        if (level) (person.periodLevels ??= []).push(column.levels!.of(level));
        else emit(levelUnrecognized(cellRef(person, column), value));
        break;
      }
      default:
        break;
    }
  }
  // `push` leaves room for 17 values: a row keeps its four quarters in an array of four.
  if (person.periodScores) person.periodScores = person.periodScores.slice();
  if (person.periodLevels) person.periodLevels = person.periodLevels.slice();
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
