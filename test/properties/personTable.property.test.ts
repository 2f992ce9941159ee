/**
 * A person table holds every field of a Person: people written into one and read back are the same
 * people, field for field, whatever their values (numbers with -0 and infinities, labels, three-state
 * marks, period values, derivations), sheet after sheet.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISCIPLINE_NAMES } from "../../shared/coerce/categories.js";
import { LEVELS, type Level } from "../../shared/levels.js";
import { DERIVED } from "../../shared/roster/derivations.js";
import { FIELDS, STAFF_LEVEL_FIELDS, type FieldKey } from "../../shared/roster/fields.js";
import type {
  DisciplineForm,
  LeaveType,
  PartyStatus,
  Person,
  RosterSheet,
} from "../../shared/roster/person.js";
import { PersonTable } from "../../shared/roster/personTable.js";
import { seldomFieldsOf } from "../../shared/roster/seldomFields.js";
import { STAFF_TYPES } from "../../shared/staffTypes.js";
import { makeSheet } from "../helpers/person.js";
import { periodSheet, periodValues } from "../helpers/periods.js";

const LEAVE_TYPES: readonly LeaveType[] = ["sick", "maternity", "unpaid", "other"];
const DISCIPLINE_FORMS = Object.keys(DISCIPLINE_NAMES) as DisciplineForm[];
const PARTY_STATUSES: readonly PartyStatus[] = ["exempt", "suspended", "temporary", "active"];

const SHEETS: readonly RosterSheet[] = [
  periodSheet(
    FIELDS.map((f) => f.key).filter((k): k is FieldKey => k !== "periodScore" && k !== "periodLevel"),
    { levels: true },
  ),
  periodSheet(["fullName", "score", "finalLevel"], { months: true }),
  makeSheet(["fullName", "peerGroup", "selfLevel"], "Tổ 2"),
];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const number = maybe(fc.double({ noNaN: true }));
const text = maybe(fc.string({ maxLength: 12 }));
const level = maybe(fc.constantFrom<Level>(...LEVELS));
const date = maybe(fc.constantFrom("2026-01-31", "1980-02-29", "2025-12-01"));

/** The filled periods of a row, in sheet order; undefined when none is, as the reader gives them. */
function periods(sheet: RosterSheet) {
  const { periodScore, periodLevel } = sheet.periodColumns;
  const scores = fc.array(number, { minLength: periodScore.length, maxLength: periodScore.length });
  const levels = fc.array(level, { minLength: periodLevel.length, maxLength: periodLevel.length });
  return fc.tuple(scores, levels).map(([s, l]) => {
    const values = periodValues(sheet, s, l);
    const orNone = <T>(list: T[] | undefined) => (list && list.length > 0 ? list : undefined);
    return { periodScores: orNone(values.periodScores), periodLevels: orNone(values.periodLevels) };
  });
}

/** A person of `sheet` shaped as the reader makes one: every field, the sheet's seldom ones included. */
function person(sheet: RosterSheet): fc.Arbitrary<Person> {
  const seldom = new Set<string>(seldomFieldsOf(sheet.columns));
  const fields = {
    row: fc.integer({ min: 1, max: 1_048_576 }),
    fullName: fc.string({ maxLength: 12 }),
    birthDate: date,
    birthYear: number,
    unit: text,
    position: text,
    staffType: maybe(fc.constantFrom(...STAFF_TYPES)),
    isLeader: fc.boolean(),
    isHead: fc.boolean(),
    monthsWorked: number,
    leaveMonths: number,
    leaveType: maybe(fc.constantFrom(...LEAVE_TYPES)),
    disciplineForm: maybe(fc.constantFrom(...DISCIPLINE_FORMS)),
    disciplineDate: date,
    disciplineCounted: fc.boolean(),
    score: number,
    tasksCompletedPct: number,
    tasksExceededPct: number,
    selfLevel: level,
    proposedLevel: level,
    finalLevel: level,
    level,
    levelField: maybe(fc.constantFrom(...STAFF_LEVEL_FIELDS)),
    levelUnreadable: fc.boolean(),
    isPartyMember: fc.boolean(),
    partyCell: text,
    partyLevel: level,
    partyLevelUnreadable: fc.boolean(),
    votesFor: number,
    fullMembers: number,
    partyRemedied: fc.boolean(),
    note: text,
    generalScore: number,
    taskScore: number,
    degradationConcluded: fc.boolean(),
    unitMisconductHandled: fc.boolean(),
    shortcomingsRemedied: fc.boolean(),
    derived: fc.constantFrom(...DERIVED),
    peerGroup: text,
    disciplineDutyRelated: maybe(fc.boolean()),
    tasksOnTimePct: number,
    criteriaShortPct: number,
    unitTargetsPct: number,
    unitTargetsExceededPct: number,
    unitTargetsOnTimePct: number,
    subUnitsAtLeastCompletePct: number,
    subUnitsAtLeastGoodPct: number,
    partyJoinDate: date,
    partyStatus: maybe(fc.constantFrom(...PARTY_STATUSES)),
    partySickMonths: number,
  };
  return fc.tuple(fc.record(fields), periods(sheet)).map(([values, { periodScores, periodLevels }]) => {
    const all: Record<string, unknown> = { sheet, ...values, periodScores, periodLevels };
    const kept = Object.entries(all).filter(([key]) => !isSeldom(key) || seldom.has(key));
    return Object.fromEntries(kept) as unknown as Person;
  });
}

const SELDOM_ANYWHERE = new Set<string>(seldomFieldsOf(SHEETS[0]!.columns));
const isSeldom = (key: string) => SELDOM_ANYWHERE.has(key);

/** People of several sheets, each sheet's people one after another. */
const roster = fc
  .array(
    fc.constantFrom(...SHEETS).chain((sheet) => fc.array(person(sheet), { minLength: 1, maxLength: 4 })),
    { maxLength: 6 },
  )
  .map((groups) => groups.flat());

describe("PersonTable round trip (property)", () => {
  it("fromPeople(people).person(i) is people[i], field for field", () => {
    fc.assert(
      fc.property(roster, (people) => {
        const table = PersonTable.fromPeople(people);
        expect(table.size).toBe(people.length);
        people.forEach((p, i) => expect(table.person(i)).toStrictEqual(p));
      }),
    );
  });
});
