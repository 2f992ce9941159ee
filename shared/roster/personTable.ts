/**
 * People held by column: row i of every column is the i-th person. Numbers in Float64Arrays (NaN is
 * empty), labels as codes in Uint8Arrays (0 is empty, labelCodes.ts), marks as 0/1 (the three-state
 * `disciplineDutyRelated` as MARK_UNKNOWN/NO/YES), texts and dates in one list per column. Columns
 * grow together by doubling; fresh rows are empty, so a reader writes only the cells that hold
 * something. A column is written through `own`: until then it shares one empty array with the
 * other columns of its kind that no row has written.
 */
import type { Level } from "../levels.js";
import type { Period, PeriodValue, Person, RosterSheet } from "./person.js";
import { levelOf } from "./labelCodes.js";
import { personAt, writePerson } from "./personRecord.js";
import { SharedNumbers, SharedValues } from "./sharedValues.js";
import { rosterSheet } from "./rosterSheet.js";
import {
  CODE_COLUMNS,
  NUMBER_COLUMNS,
  TEXT_COLUMNS,
  type CodeColumn,
  type NumberColumn,
  type TextColumn,
} from "./personColumns.js";
import { SELDOM_FIELDS, seldomFieldsOf, type SeldomField } from "./seldomFields.js";
import { foldHash } from "../text.js";

type Columns = Record<NumberColumn, Float64Array> &
  Record<CodeColumn, Uint8Array> &
  Record<TextColumn, (string | undefined)[]>;

/** The people of one sheet: rows `start` up to the next run's start. */
export interface SheetRun {
  readonly start: number;
  readonly sheet: RosterSheet;
  /**
   * The seldom fields its people carry: those the sheet has columns for, in sheet order (and, in a
   * table made from people, those any of them has).
   */
  readonly seldom: SeldomField[];
}

/** One period column of a sheet: its values by row, and row i's value as a frozen PeriodValue. */
export interface PeriodColumn<A, T> {
  readonly period: Period;
  readonly letter: string;
  values: A;
  /** Shared by the rows with the same value, as when the reader made people. */
  at(i: number): PeriodValue<T> | undefined;
}
export type PeriodScoreColumn = PeriodColumn<Float64Array, number>;
export type PeriodLevelColumn = PeriodColumn<Uint8Array, Level>;

const FIRST_CAPACITY = 256;

function numbers(old: Float64Array, capacity: number): Float64Array {
  const grown = new Float64Array(capacity).fill(Number.NaN);
  grown.set(old);
  return grown;
}

function codes(old: Uint8Array, capacity: number): Uint8Array {
  const grown = new Uint8Array(capacity);
  grown.set(old);
  return grown;
}

function texts(old: (string | undefined)[], capacity: number): (string | undefined)[] {
  const grown = new Array<string | undefined>(capacity).fill(undefined);
  for (let i = 0; i < old.length; i++) grown[i] = old[i];
  return grown;
}

function periodValue<T>(period: Period, column: string) {
  return (value: T) => Object.freeze({ period, value, column }) as PeriodValue<T>;
}

/** Sheet order of two column letters: `Z` before `AA`. */
function compareLetters(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The same quarter or month. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.unit === b.unit && a.index === b.index;
}

export class PersonTable {
  size = 0;
  capacity = 0;
  readonly sheets: SheetRun[] = [];
  /**
   * What every column no row has written into holds: one array of each kind, shared, never written.
   * A roster fills a dozen of the table's columns; the rest cost nothing until `own` gives them rows.
   */
  private emptyNumbers: Float64Array = new Float64Array(0);
  private emptyCodes: Uint8Array = new Uint8Array(0);
  private readonly emptyTexts: (string | undefined)[] = [];
  /** The Excel row (1-based). */
  row = new Int32Array(0);
  /** `foldHash` of each row's full name (the duplicate check's buckets), written with it by `writeName`. */
  nameHash = new Uint32Array(0);
  // Every column is declared: a table given its columns by name in a loop is a slow dictionary to V8.
  birthYear = this.emptyNumbers;
  monthsWorked = this.emptyNumbers;
  leaveMonths = this.emptyNumbers;
  score = this.emptyNumbers;
  generalScore = this.emptyNumbers;
  taskScore = this.emptyNumbers;
  tasksCompletedPct = this.emptyNumbers;
  tasksExceededPct = this.emptyNumbers;
  tasksOnTimePct = this.emptyNumbers;
  criteriaShortPct = this.emptyNumbers;
  unitTargetsPct = this.emptyNumbers;
  unitTargetsExceededPct = this.emptyNumbers;
  unitTargetsOnTimePct = this.emptyNumbers;
  subUnitsAtLeastCompletePct = this.emptyNumbers;
  subUnitsAtLeastGoodPct = this.emptyNumbers;
  partySickMonths = this.emptyNumbers;
  votesFor = this.emptyNumbers;
  fullMembers = this.emptyNumbers;
  staffType = this.emptyCodes;
  leaveType = this.emptyCodes;
  disciplineForm = this.emptyCodes;
  partyStatus = this.emptyCodes;
  selfLevel = this.emptyCodes;
  proposedLevel = this.emptyCodes;
  finalLevel = this.emptyCodes;
  /** The level under review and the column that gave it (LEVEL_FIELD_CODES). */
  level = this.emptyCodes;
  levelField = this.emptyCodes;
  partyLevel = this.emptyCodes;
  isLeader = this.emptyCodes;
  isHead = this.emptyCodes;
  disciplineCounted = this.emptyCodes;
  disciplineDutyRelated = this.emptyCodes;
  levelUnreadable = this.emptyCodes;
  isPartyMember = this.emptyCodes;
  partyLevelUnreadable = this.emptyCodes;
  partyRemedied = this.emptyCodes;
  degradationConcluded = this.emptyCodes;
  unitMisconductHandled = this.emptyCodes;
  shortcomingsRemedied = this.emptyCodes;
  /** derivations.ts bits. */
  derived = this.emptyCodes;
  /** Written through `writeName`, which keeps `nameHash` in step. */
  fullName: readonly (string | undefined)[] = this.emptyTexts;
  birthDate = this.emptyTexts;
  unit = this.emptyTexts;
  position = this.emptyTexts;
  peerGroup = this.emptyTexts;
  disciplineDate = this.emptyTexts;
  partyCell = this.emptyTexts;
  partyJoinDate = this.emptyTexts;
  note = this.emptyTexts;
  /** The period columns, in sheet order. */
  readonly periodScores: PeriodScoreColumn[] = [];
  readonly periodLevels: PeriodLevelColumn[] = [];

  /** `capacity`: the rows expected, when known. */
  constructor(capacity = FIRST_CAPACITY) {
    this.grow(Math.max(capacity, 1));
    this.ownColumn("fullName");
  }

  /** A table of the given people, in their order (people of one sheet one after another). */
  static fromPeople(people: readonly Person[]): PersonTable {
    const table = new PersonTable(people.length);
    table.ownAll();
    for (const person of people) {
      const i = table.addRows(person.sheet, 1);
      writePerson(table, i, person);
      // A seldom field a person carries is carried by its row too, whatever the sheet's columns.
      const seldom = table.runOf(i).seldom;
      for (const field of SELDOM_FIELDS)
        if (person[field] !== undefined && !seldom.includes(field)) seldom.push(field);
    }
    return table;
  }

  /** The rows of `tables` one table after another in one table: several roster sheets checked together. */
  static concat(tables: readonly PersonTable[]): PersonTable {
    return tables.length === 1 ? tables[0]! : PersonTable.joined(tables);
  }

  /** A copy of the rows, every column its own: it can be written without touching this table. */
  copy(): PersonTable {
    const out = PersonTable.joined([this]);
    out.ownAll();
    return out;
  }

  private static joined(tables: readonly PersonTable[]): PersonTable {
    const out = new PersonTable(tables.reduce((n, t) => n + t.size, 0));
    for (const t of tables) {
      const at = out.size;
      for (const run of t.sheets) out.sheets.push({ ...run, start: at + run.start, seldom: [...run.seldom] });
      out.size += t.size;
      out.row.set(t.row.subarray(0, t.size), at);
      out.nameHash.set(t.nameHash.subarray(0, t.size), at);
      out.copyColumns(t, at);
      for (const c of t.periodScores)
        out.periodScoreColumn(c.period, c.letter).values.set(c.values.subarray(0, t.size), at);
      for (const c of t.periodLevels)
        out.periodLevelColumn(c.period, c.letter).values.set(c.values.subarray(0, t.size), at);
    }
    return out;
  }

  /** The columns `from` has written, copied to rows `at` on. */
  private copyColumns(from: PersonTable, at: number): void {
    const source = from as unknown as Columns;
    for (const f of NUMBER_COLUMNS)
      if (source[f] !== from.emptyNumbers) this.own(f).set(source[f].subarray(0, from.size), at);
    for (const f of CODE_COLUMNS)
      if (source[f] !== from.emptyCodes) this.own(f).set(source[f].subarray(0, from.size), at);
    for (const f of TEXT_COLUMNS)
      if (source[f] !== from.emptyTexts) {
        const column = this.ownColumn(f);
        for (let i = 0; i < from.size; i++) column[at + i] = source[f][i];
      }
  }

  /** Row i as a Person, as the reader made it. */
  person(i: number): Person {
    return personAt(this, i);
  }

  /** Every row as a Person, for who reads whole rows (a read sheet's `people`, submissions). */
  people(): Person[] {
    const people: Person[] = [];
    for (let i = 0; i < this.size; i++) people.push(personAt(this, i));
    return people;
  }

  /** Row i's full name and its hash; the reader gives the hash it made while tidying the name. */
  writeName(i: number, name: string, hash = foldHash(name)): void {
    (this.fullName as (string | undefined)[])[i] = name;
    this.nameHash[i] = hash;
  }

  /** Room for `count` more rows of `sheet`, empty; returns the first. */
  addRows(sheet: RosterSheet, count: number): number {
    const start = this.size;
    if (start + count > this.capacity) this.grow(start + count);
    if (this.sheets.at(-1)?.sheet !== sheet)
      this.sheets.push({ start, sheet, seldom: seldomFieldsOf(sheet.columns) });
    this.size = start + count;
    return start;
  }

  /** The row after the last of sheet run `k`. */
  runEnd(k: number): number {
    return this.sheets[k + 1]?.start ?? this.size;
  }

  /** The sheet run row i is in. */
  runOf(i: number): SheetRun {
    const runs = this.sheets;
    let k = runs.length - 1;
    while (k > 0 && runs[k]!.start > i) k--;
    return runs[k]!;
  }

  /** The column of a period score at a column letter, added (empty) the first time. */
  periodScoreColumn(period: Period, letter: string): PeriodScoreColumn {
    return this.periodColumn(this.periodScores, period, letter, () => {
      const shared = new SharedNumbers(periodValue<number>(period, letter));
      const column: PeriodScoreColumn = {
        period,
        letter,
        values: numbers(new Float64Array(0), this.capacity),
        at: (i) => {
          const value = column.values[i]!;
          return value === value ? shared.of(value) : undefined;
        },
      };
      return column;
    });
  }

  periodLevelColumn(period: Period, letter: string): PeriodLevelColumn {
    return this.periodColumn(this.periodLevels, period, letter, () => {
      const shared = new SharedValues<Level, PeriodValue<Level>>(periodValue<Level>(period, letter));
      const column: PeriodLevelColumn = {
        period,
        letter,
        values: codes(new Uint8Array(0), this.capacity),
        at: (i) => {
          const level = levelOf(column.values[i]!);
          return level === undefined ? undefined : shared.of(level);
        },
      };
      return column;
    });
  }

  private periodColumn<C extends { period: Period; letter: string }>(
    columns: C[],
    period: Period,
    letter: string,
    make: () => C,
  ): C {
    let at = columns.length;
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k]!;
      if (c.letter === letter && samePeriod(c.period, period)) return c;
      if (at === columns.length && compareLetters(letter, c.letter) < 0) at = k;
    }
    const column = make();
    columns.splice(at, 0, column);
    return column;
  }

  /**
   * Column `field`, with rows of its own if it had none: whoever writes into a column asks for it here
   * (the name through `writeName`).
   */
  own<F extends Exclude<keyof Columns, "fullName">>(field: F): Columns[F] {
    return this.ownColumn(field);
  }

  private ownColumn<F extends keyof Columns>(field: F): Columns[F] {
    const self = this as unknown as Columns;
    const column: Columns[keyof Columns] = self[field];
    if (column === this.emptyNumbers) self[field as NumberColumn] = numbers(column, this.capacity);
    else if (column === this.emptyCodes) self[field as CodeColumn] = codes(column, this.capacity);
    else if (column === this.emptyTexts) self[field as TextColumn] = texts(column, this.capacity);
    return self[field];
  }

  /** Gives every column rows of its own. */
  ownAll(): void {
    for (const field of [...NUMBER_COLUMNS, ...CODE_COLUMNS, ...TEXT_COLUMNS]) this.ownColumn(field);
  }

  private grow(min: number): void {
    let capacity = this.capacity === 0 ? min : this.capacity * 2;
    while (capacity < min) capacity *= 2;
    const self = this as unknown as Columns;
    const emptyNumbers = numbers(new Float64Array(0), capacity);
    const emptyCodes = new Uint8Array(capacity);
    for (const f of NUMBER_COLUMNS)
      self[f] = self[f] === this.emptyNumbers ? emptyNumbers : numbers(self[f], capacity);
    for (const f of CODE_COLUMNS)
      self[f] = self[f] === this.emptyCodes ? emptyCodes : codes(self[f], capacity);
    for (const f of TEXT_COLUMNS) if (self[f] !== this.emptyTexts) self[f] = texts(self[f], capacity);
    this.emptyNumbers = emptyNumbers;
    this.emptyCodes = emptyCodes;
    for (const c of this.periodScores) c.values = numbers(c.values, capacity);
    for (const c of this.periodLevels) c.values = codes(c.values, capacity);
    const row = new Int32Array(capacity);
    row.set(this.row);
    this.row = row;
    const nameHash = new Uint32Array(capacity);
    nameHash.set(this.nameHash);
    this.nameHash = nameHash;
    this.capacity = capacity;
  }
}

// The person literal of personRecord.ts, first made here with every field empty: V8 gives a literal's
// fields the representation of their first values (a person whose score is a number, then one without
// a score, would move every person made since to a new shape); empty first, they start as references.
const first = new PersonTable(1);
first.addRows(rosterSheet("", [], []), 1);
first.person(0);
