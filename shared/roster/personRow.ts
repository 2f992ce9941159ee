import { isBlank, type CellValue } from "../cells.js";
import { readDisciplineForm, readLeaveType, readPartyStatus } from "../coerce/categories.js";
import { readDate, readYear } from "../coerce/date.js";
import { readMark } from "../coerce/mark.js";
import { readNumber, readPercent } from "../coerce/number.js";
import type { RawFinding } from "../findings.js";
import { parseLevel, type Level } from "../levels.js";
import { parseStaffType, type StaffType } from "../staffTypes.js";
import { FIELD_BY_KEY, STAFF_LEVEL_FIELDS, type FieldKey } from "./fields.js";
import { cellText } from "./header.js";
import {
  dateInvalid,
  levelUnrecognized,
  numberInvalid,
  staffTypeUnrecognized,
  type CellRef,
} from "./inputFindings.js";
import type { ColumnInfo, Person, RosterSheet } from "./person.js";
import { isHeadPosition, isLeaderPosition } from "./positions.js";

/** What a section row above says about the rows under it. */
export interface SectionContext {
  unit?: string;
  staffType?: StaffType;
}

const RANGES = {
  months: { min: 0, max: 12, vi: "0–12 tháng", en: "0–12 months" },
  score: { min: 0, max: 100, vi: "0–100 điểm", en: "0–100 points" },
  percent: { min: 0, max: 100, vi: "0–100%", en: "0–100%" },
  count: { min: 0, max: Number.MAX_SAFE_INTEGER, vi: "số nguyên không âm", en: "a whole number ≥ 0" },
} as const;

type Mutable = Record<string, unknown>;

/**
 * Reads one data row into a Person. A bad cell yields its finding and leaves its field empty;
 * the rest of the row is still read (RULES.md §3).
 */
export function readPersonRow(
  row: readonly CellValue[],
  excelRow: number,
  sheet: RosterSheet,
  mapped: readonly ColumnInfo[],
  section: SectionContext,
  emit: (finding: RawFinding) => void,
): Person {
  const nameColumn = sheet.fieldColumns.fullName!;
  const person: Person = {
    sheet,
    row: excelRow,
    fullName: cellText(row[nameColumn.index]),
    isLeader: false,
    isHead: false,
    disciplineCounted: false,
    levelUnreadable: false,
    isPartyMember: false,
    partyLevelUnreadable: false,
    partyRemedied: false,
    derived: {},
  };
  const out = person as unknown as Mutable;
  const unreadableLevels = new Set<FieldKey>();
  for (const column of mapped) {
    const field = column.field!;
    const value = row[column.index];
    if (isBlank(value) || field === "fullName" || field === "seq") continue;
    const at: CellRef = {
      sheet: sheet.name,
      row: excelRow,
      column: column.letter,
      field,
      person: person.fullName,
    };
    const kind = FIELD_BY_KEY.get(field)!.kind;
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
          unreadableLevels.add(field);
          emit(levelUnrecognized(at, value));
        }
        break;
      }
      case "staffType": {
        const type = typeof value === "string" ? parseStaffType(value) : undefined;
        if (type) out[field] = type;
        else emit(staffTypeUnrecognized(at, value));
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
        else if (date) person.birthDate = date;
        else emit(dateInvalid(at, value));
        break;
      }
      case "date": {
        const date = readDate(value);
        if (date) out[field] = date;
        else emit(dateInvalid(at, value));
        break;
      }
      case "months":
      case "score":
      case "count":
      case "percent": {
        const n = kind === "percent" ? readPercent(value) : readNumber(value)?.value;
        const range = RANGES[kind];
        if (n === undefined) emit(numberInvalid(at, value));
        else if (n < range.min || n > range.max || (kind === "count" && !Number.isInteger(n)))
          emit(numberInvalid(at, value, range));
        else out[field] = n;
        break;
      }
      case "seq":
        break;
    }
  }
  settleLevels(person, unreadableLevels);
  fillFromContext(person, sheet, section);
  checkVotes(person, sheet, emit);
  return person;
}

/** The level under review: final, else proposed, else self-rating; an unreadable cell stops the search. */
function settleLevels(person: Person, unreadable: ReadonlySet<FieldKey>): void {
  person.partyLevelUnreadable = unreadable.has("partyLevel");
  for (const field of STAFF_LEVEL_FIELDS) {
    if (unreadable.has(field)) {
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

function fillFromContext(person: Person, sheet: RosterSheet, section: SectionContext): void {
  const has = sheet.fieldColumns;
  if (person.unit === undefined && section.unit !== undefined && !has.unit) {
    person.unit = section.unit;
    person.derived.unit = "section";
  }
  if (person.staffType === undefined && section.staffType !== undefined && !has.staffType) {
    person.staffType = section.staffType;
    person.derived.staffType = "section";
  }
  if (!has.isLeader && person.position) {
    person.isLeader = isLeaderPosition(person.position);
    person.derived.isLeader = "position";
  }
  if (!has.isHead && person.position) {
    person.isHead = isHeadPosition(person.position);
    person.derived.isHead = "position";
  }
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
