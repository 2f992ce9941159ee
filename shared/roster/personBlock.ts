/**
 * Person rows waiting to be read, a block of them at a time. A block is read column by column: a
 * column's cells go through its one reader in a loop of their own, and what a column repeats down
 * the block is read once. The block's people are then made row by row from what the columns read.
 * Read cell by cell along each row, the same cells took about 1.6 times as long (every cell through
 * one call site that saw every kind of column, and a row's values parked in slots on the way).
 */
import { FormulaWithoutValue, type CellValue, type SheetCell } from "../cells.js";
import type { RawFinding } from "../findings.js";
import type { Level } from "../levels.js";
import { BLANK, OUT_OF_RANGE, UNREADABLE, type CellReading } from "./cellReaders.js";
import type { FieldKey } from "./fields.js";
import { formulaNoValue, type CellRef } from "./inputFindings.js";
import type { PeriodValue, Person, RosterSheet } from "./person.js";
import { makePerson, refusal, type BlockRow, type SectionContext } from "./personRow.js";
import { SLOT, SLOTTED } from "./personSlots.js";
import type { PlannedColumn, RowPlan } from "./rowPlan.js";

/** Rows a block holds: enough for each column's loop to pay, few enough to stay in the cache. */
const BLOCK_ROWS = 256;
/**
 * Cells a block holds, its rows' unmapped cells included: rows wide with text the roster does not
 * read (a thousand long notes beside three columns) are read a few at a time, not 256 at once.
 */
const BLOCK_CELLS = 4_096;
const NO_FIELDS: readonly FieldKey[] = [];
const EMPTY_ROW: readonly SheetCell[] = [];

const emptyColumn = () => new Array<unknown>(BLOCK_ROWS).fill(undefined);

export class PersonBlock {
  /** The block's rows, as pushed: the caller leaves a row as it is once pushed (SheetReader). */
  private readonly rows: (readonly SheetCell[])[] = [];
  /** What the columns read, by slot and row of the block; a period column's readings by column. */
  private readonly slots: unknown[][] = SLOTTED.map(emptyColumn);
  private readonly periods: unknown[][];
  /** The slots and period columns this sheet's columns fill, emptied before each block is read. */
  private readonly filled: unknown[][];
  private readonly scoreColumns: number[] = [];
  private readonly levelColumns: number[] = [];
  private readonly names: string[] = [];
  private readonly excelRows: number[] = [];
  /** The block's cell findings and refused level columns, by row; only rows that have one hold a list. */
  private readonly found: (RawFinding[] | undefined)[] = [];
  private readonly unreadable: (FieldKey[] | undefined)[] = [];
  private size = 0;
  private cellsHeld = 0;
  private readonly scratch: unknown[] = [];
  /** The row being made a person: one object, filled anew for each row. */
  private readonly at: BlockRow = {
    slots: this.slots,
    k: 0,
    excelRow: 0,
    fullName: "",
    periodScores: undefined,
    periodLevels: undefined,
    unreadableLevels: NO_FIELDS,
  };

  constructor(
    private readonly sheet: RosterSheet,
    private readonly plan: RowPlan,
    private readonly people: Person[],
    private readonly emit: (finding: RawFinding) => void,
  ) {
    const columns = plan.columns;
    this.periods = columns.map((c, i) => {
      if (c.kind === "periodScore") this.scoreColumns.push(i);
      if (c.kind === "periodLevel") this.levelColumns.push(i);
      return c.kind === "periodScore" || c.kind === "periodLevel" ? emptyColumn() : [];
    });
    const filled = new Set<unknown[]>(this.periods.filter((p) => p.length > 0));
    for (const c of columns)
      if (c.kind !== "periodScore" && c.kind !== "periodLevel") filled.add(this.slots[c.slot]!);
    if (columns.some((c) => c.kind === "birthDate")) filled.add(this.slots[SLOT.birthYear]!);
    this.filled = [...filled];
  }

  /** Queues a person row; `fullName` is its name cell as text. The block is read when full. */
  add(row: readonly SheetCell[], excelRow: number, fullName: string, section: SectionContext): void {
    const k = this.size++;
    this.rows[k] = row;
    this.names[k] = fullName;
    this.excelRows[k] = excelRow;
    this.cellsHeld += row.length;
    if (this.size === BLOCK_ROWS || this.cellsHeld >= BLOCK_CELLS) this.flush(section);
  }

  /**
   * Reads the rows queued and makes their people, in row order, each row's findings in column order
   * as when read along the row. Called before any other row is looked at: the section above the
   * block's rows is the one in force for all of them.
   */
  flush(section: SectionContext): void {
    const n = this.size;
    if (n === 0) return;
    for (const column of this.filled) column.fill(undefined, 0, n);
    const columns = this.plan.columns;
    for (let c = 0; c < columns.length; c++) this.readColumn(c, columns[c]!, n);
    for (let k = 0; k < n; k++) {
      const findings = this.found[k];
      if (findings) {
        for (const f of findings) this.emit(f);
        this.found[k] = undefined;
      }
      const at = this.at;
      at.k = k;
      at.excelRow = this.excelRows[k]!;
      at.fullName = this.names[k]!;
      at.periodScores = this.periodValues<number>(this.scoreColumns, k);
      at.periodLevels = this.periodValues<Level>(this.levelColumns, k);
      at.unreadableLevels = this.unreadable[k] ?? NO_FIELDS;
      this.unreadable[k] = undefined;
      this.people.push(makePerson(at, this.sheet, this.plan, section, this.emit));
    }
    this.rows.fill(EMPTY_ROW, 0, n);
    this.size = 0;
    this.cellsHeld = 0;
  }

  private readColumn(c: number, column: PlannedColumn, n: number): void {
    const rows = this.rows;
    const index = column.index;
    const kind = column.kind;
    const period = kind === "periodScore" || kind === "periodLevel";
    const out = period ? this.periods[c]! : this.slots[column.slot]!;
    const years = kind === "birthDate" ? this.slots[SLOT.birthYear]! : undefined;
    let lastValue = column.lastValue;
    let lastReading = column.lastReading;
    for (let k = 0; k < n; k++) {
      const value = rows[k]![index];
      if (value === null || value === undefined) continue;
      let got: CellReading;
      // A -0 after a 0 is read anew, to be kept as it is.
      if (value === lastValue && (value !== 0 || Object.is(value, lastValue))) got = lastReading;
      else if (typeof value === "string") {
        got = column.readText(value);
        lastValue = value;
        lastReading = got;
      } else if (typeof value === "object") {
        if (value instanceof FormulaWithoutValue) {
          this.refuse(k, column, formulaNoValue(this.cellRef(k, column), value));
          continue;
        }
        got = column.read(value);
      } else {
        got = column.read(value);
        lastValue = value;
        lastReading = got;
      }
      if (got === BLANK) continue;
      if (got === UNREADABLE || got === OUT_OF_RANGE) {
        this.refuse(k, column, refusal(this.cellRef(k, column), kind, value as CellValue, got));
        continue;
      }
      // A birth cell holding a year alone gives the year.
      if (years !== undefined && typeof got === "number") years[k] = got;
      else out[k] = got;
    }
    column.lastValue = lastValue;
    column.lastReading = lastReading;
  }

  /** A refused cell: its finding, and in a level column no level under review (never replaced by another column). */
  private refuse(k: number, column: PlannedColumn, finding: RawFinding): void {
    (this.found[k] ??= []).push(finding);
    if (column.kind === "level") (this.unreadable[k] ??= []).push(column.field);
  }

  private cellRef(k: number, column: PlannedColumn): CellRef {
    return {
      sheet: this.sheet.name,
      row: this.excelRows[k]!,
      column: column.letter,
      field: column.field,
      person: this.names[k],
    };
  }

  /** Row k's filled period cells, in sheet order: gathered in a scratch list, kept at their exact length. */
  private periodValues<T>(columns: readonly number[], k: number): PeriodValue<T>[] | undefined {
    const scratch = this.scratch;
    let count = 0;
    for (let i = 0; i < columns.length; i++) {
      const value = this.periods[columns[i]!]![k];
      if (value !== undefined) scratch[count++] = value;
    }
    return count === 0 ? undefined : (exactList(scratch, count) as PeriodValue<T>[]);
  }
}

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
