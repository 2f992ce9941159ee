/**
 * A person table's row as the Person the reader made before the table (same fields, in the same
 * order, same values, the same shared derivation records and period values), and a Person written
 * into a row.
 */
import { DERIVED, derivedBits } from "./derivations.js";
import {
  DISCIPLINE_CODES,
  LEAVE_TYPE_CODES,
  LEVEL_FIELD_CODES,
  MARK_NO,
  MARK_UNKNOWN,
  MARK_YES,
  PARTY_STATUS_CODES,
  STAFF_TYPE_CODES,
  levelCode,
  levelOf,
} from "./labelCodes.js";
import type { PeriodValue, Person } from "./person.js";
import type { PeriodColumn, PersonTable } from "./personTable.js";
import type { SeldomField } from "./seldomFields.js";

/** A number column's value: NaN is empty. */
const num = (value: number): number | undefined => (value === value ? value : undefined);

export function personAt(t: PersonTable, i: number): Person {
  const run = t.runOf(i);
  const person: Person = {
    sheet: run.sheet,
    row: t.row[i]!,
    fullName: t.fullName[i]!,
    birthDate: t.birthDate[i],
    birthYear: num(t.birthYear[i]!),
    unit: t.unit[i],
    position: t.position[i],
    staffType: STAFF_TYPE_CODES.labels[t.staffType[i]!],
    isLeader: t.isLeader[i] === 1,
    isHead: t.isHead[i] === 1,
    monthsWorked: num(t.monthsWorked[i]!),
    leaveMonths: num(t.leaveMonths[i]!),
    leaveType: LEAVE_TYPE_CODES.labels[t.leaveType[i]!],
    disciplineForm: DISCIPLINE_CODES.labels[t.disciplineForm[i]!],
    disciplineDate: t.disciplineDate[i],
    disciplineCounted: t.disciplineCounted[i] === 1,
    score: num(t.score[i]!),
    tasksCompletedPct: num(t.tasksCompletedPct[i]!),
    tasksExceededPct: num(t.tasksExceededPct[i]!),
    selfLevel: levelOf(t.selfLevel[i]!),
    proposedLevel: levelOf(t.proposedLevel[i]!),
    finalLevel: levelOf(t.finalLevel[i]!),
    level: levelOf(t.level[i]!),
    levelField: LEVEL_FIELD_CODES.labels[t.levelField[i]!],
    levelUnreadable: t.levelUnreadable[i] === 1,
    isPartyMember: t.isPartyMember[i] === 1,
    partyCell: t.partyCell[i],
    partyLevel: levelOf(t.partyLevel[i]!),
    partyLevelUnreadable: t.partyLevelUnreadable[i] === 1,
    votesFor: num(t.votesFor[i]!),
    fullMembers: num(t.fullMembers[i]!),
    partyRemedied: t.partyRemedied[i] === 1,
    note: t.note[i],
    generalScore: num(t.generalScore[i]!),
    taskScore: num(t.taskScore[i]!),
    periodScores: periodValues(t.periodScores, i),
    degradationConcluded: t.degradationConcluded[i] === 1,
    unitMisconductHandled: t.unitMisconductHandled[i] === 1,
    shortcomingsRemedied: t.shortcomingsRemedied[i] === 1,
    derived: DERIVED[t.derived[i]!]!,
  };
  const seldom = run.seldom;
  if (seldom.length > 0) {
    const out = person as unknown as Record<SeldomField, unknown>;
    // Empty first, in one order, so that every person of the sheet has one shape.
    for (let k = 0; k < seldom.length; k++) out[seldom[k]!] = undefined;
    for (let k = 0; k < seldom.length; k++) out[seldom[k]!] = seldomValue(t, i, seldom[k]!);
  }
  return person;
}

function seldomValue(t: PersonTable, i: number, field: SeldomField): unknown {
  switch (field) {
    case "peerGroup":
      return t.peerGroup[i];
    case "partyJoinDate":
      return t.partyJoinDate[i];
    case "partyStatus":
      return PARTY_STATUS_CODES.labels[t.partyStatus[i]!];
    case "disciplineDutyRelated": {
      const mark = t.disciplineDutyRelated[i]!;
      return mark === MARK_UNKNOWN ? undefined : mark === MARK_YES;
    }
    case "periodLevels":
      return periodValues(t.periodLevels, i);
    default:
      return num(t[field][i]!);
  }
}

/** Row i's filled period cells, in sheet order, or undefined when none is. */
function periodValues<T>(
  columns: readonly PeriodColumn<unknown, T>[],
  i: number,
): PeriodValue<T>[] | undefined {
  let count = 0;
  for (let c = 0; c < columns.length; c++) {
    const value = columns[c]!.at(i);
    if (value !== undefined) scratch[count++] = value;
  }
  return count === 0 ? undefined : (exactList(scratch, count) as PeriodValue<T>[]);
}

const scratch: unknown[] = [];

/**
 * The first `count` items of a list, in a list of their own. Up to four (quarters) through array
 * literals: V8 learns where a literal's arrays end up, and allocates the people's lists beside the
 * people once they outlive a collection, instead of copying 50,000 of them from one young space to the
 * next (`slice` it cannot teach so; a roster's 4 quarters cost a fifth of its reading through it).
 */
function exactList(items: readonly unknown[], count: number): unknown[] {
  switch (count) {
    case 1:
      return [items[0]];
    case 2:
      return [items[0], items[1]];
    case 3:
      return [items[0], items[1], items[2]];
    case 4:
      return [items[0], items[1], items[2], items[3]];
    default:
      return items.slice(0, count);
  }
}

/** Writes a person into row i of the table, its sheet's run already started. */
export function writePerson(t: PersonTable, i: number, p: Person): void {
  t.row[i] = p.row;
  t.writeName(i, p.fullName);
  t.birthDate[i] = p.birthDate;
  t.unit[i] = p.unit;
  t.position[i] = p.position;
  t.peerGroup[i] = p.peerGroup;
  t.disciplineDate[i] = p.disciplineDate;
  t.partyCell[i] = p.partyCell;
  t.partyJoinDate[i] = p.partyJoinDate;
  t.note[i] = p.note;
  // Each field named: a loop over the fields' names made this twice as slow (a keyed load a field).
  t.birthYear[i] = p.birthYear ?? Number.NaN;
  t.monthsWorked[i] = p.monthsWorked ?? Number.NaN;
  t.leaveMonths[i] = p.leaveMonths ?? Number.NaN;
  t.score[i] = p.score ?? Number.NaN;
  t.generalScore[i] = p.generalScore ?? Number.NaN;
  t.taskScore[i] = p.taskScore ?? Number.NaN;
  t.tasksCompletedPct[i] = p.tasksCompletedPct ?? Number.NaN;
  t.tasksExceededPct[i] = p.tasksExceededPct ?? Number.NaN;
  t.tasksOnTimePct[i] = p.tasksOnTimePct ?? Number.NaN;
  t.criteriaShortPct[i] = p.criteriaShortPct ?? Number.NaN;
  t.unitTargetsPct[i] = p.unitTargetsPct ?? Number.NaN;
  t.unitTargetsExceededPct[i] = p.unitTargetsExceededPct ?? Number.NaN;
  t.unitTargetsOnTimePct[i] = p.unitTargetsOnTimePct ?? Number.NaN;
  t.subUnitsAtLeastCompletePct[i] = p.subUnitsAtLeastCompletePct ?? Number.NaN;
  t.subUnitsAtLeastGoodPct[i] = p.subUnitsAtLeastGoodPct ?? Number.NaN;
  t.partySickMonths[i] = p.partySickMonths ?? Number.NaN;
  t.votesFor[i] = p.votesFor ?? Number.NaN;
  t.fullMembers[i] = p.fullMembers ?? Number.NaN;
  t.isLeader[i] = p.isLeader ? 1 : 0;
  t.isHead[i] = p.isHead ? 1 : 0;
  t.disciplineCounted[i] = p.disciplineCounted ? 1 : 0;
  t.levelUnreadable[i] = p.levelUnreadable ? 1 : 0;
  t.isPartyMember[i] = p.isPartyMember ? 1 : 0;
  t.partyLevelUnreadable[i] = p.partyLevelUnreadable ? 1 : 0;
  t.partyRemedied[i] = p.partyRemedied ? 1 : 0;
  t.degradationConcluded[i] = p.degradationConcluded ? 1 : 0;
  t.unitMisconductHandled[i] = p.unitMisconductHandled ? 1 : 0;
  t.shortcomingsRemedied[i] = p.shortcomingsRemedied ? 1 : 0;
  t.staffType[i] = STAFF_TYPE_CODES.code(p.staffType);
  t.leaveType[i] = LEAVE_TYPE_CODES.code(p.leaveType);
  t.disciplineForm[i] = DISCIPLINE_CODES.code(p.disciplineForm);
  t.partyStatus[i] = PARTY_STATUS_CODES.code(p.partyStatus);
  t.selfLevel[i] = levelCode(p.selfLevel);
  t.proposedLevel[i] = levelCode(p.proposedLevel);
  t.finalLevel[i] = levelCode(p.finalLevel);
  t.level[i] = levelCode(p.level);
  t.partyLevel[i] = levelCode(p.partyLevel);
  t.levelField[i] = LEVEL_FIELD_CODES.code(p.levelField);
  t.disciplineDutyRelated[i] =
    p.disciplineDutyRelated === undefined ? MARK_UNKNOWN : p.disciplineDutyRelated ? MARK_YES : MARK_NO;
  t.derived[i] = derivedBits(p.derived);
  for (const v of p.periodScores ?? []) t.periodScoreColumn(v.period, v.column).values[i] = v.value;
  for (const v of p.periodLevels ?? [])
    t.periodLevelColumn(v.period, v.column).values[i] = levelCode(v.value);
}
