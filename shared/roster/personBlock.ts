/**
 * Person rows waiting to be read, a block of them at a time. A block is read column by column: a
 * column's cells go through its one reader in a loop of their own, straight into the person table's
 * column, and what a column repeats down the block is read once. The block's rows are then settled
 * one by one. Read cell by cell along each row, the same cells took about 1.6 times as long (every
 * cell through one call site that saw every kind of column).
 */
import { FormulaWithoutValue, type CellValue, type SheetCell } from "../cells.js";
import { plainNumber } from "../coerce/number.js";
import type { RawFinding } from "../findings.js";
import { BLANK, type CellReading } from "./cellReaders.js";
import { formulaNoValue, type CellRef } from "./inputFindings.js";
import type { RosterSheet } from "./person.js";
import { refusal, RowSettler, unreadableBit, type SectionContext } from "./personRow.js";
import type { PersonTable } from "./personTable.js";
import { readTextOf, type PlannedColumn } from "./rowPlan.js";

/** Rows a block holds: enough for each column's loop to pay, few enough to stay in the cache. */
const BLOCK_ROWS = 256;
/**
 * Cells a block holds, its rows' unmapped cells included: rows wide with text the roster does not
 * read (a thousand long notes beside three columns) are read a few at a time, not 256 at once.
 */
const BLOCK_CELLS = 4_096;
const EMPTY_ROW: readonly SheetCell[] = [];

export class PersonBlock {
  /** The block's rows, as pushed: the caller leaves a row as it is once pushed (SheetReader). */
  private readonly rows: (readonly SheetCell[])[] = [];
  private readonly names: string[] = [];
  private readonly nameHashes = new Uint32Array(BLOCK_ROWS);
  private readonly excelRows: number[] = [];
  /** The block's cell findings, by row; only rows that have one hold a list. */
  private readonly found: (RawFinding[] | undefined)[] = [];
  /** The refused level cells of each row of the block, as bits (unreadableBit). */
  private readonly unreadable = new Uint8Array(BLOCK_ROWS);
  private readonly settler: RowSettler;
  private size = 0;
  private cellsHeld = 0;
  /** The table row of the block's first row while it is read. */
  private start = 0;

  constructor(
    private readonly sheet: RosterSheet,
    private readonly columns: readonly PlannedColumn[],
    private readonly table: PersonTable,
    private readonly emit: (finding: RawFinding) => void,
  ) {
    this.settler = new RowSettler(sheet, emit);
  }

  /** Queues a person row; `fullName` is its name cell as text, `nameHash` its foldHash. The block is read when full. */
  add(
    row: readonly SheetCell[],
    excelRow: number,
    fullName: string,
    nameHash: number,
    section: SectionContext,
  ): void {
    const k = this.size++;
    this.rows[k] = row;
    this.names[k] = fullName;
    this.nameHashes[k] = nameHash;
    this.excelRows[k] = excelRow;
    this.cellsHeld += row.length;
    if (this.size === BLOCK_ROWS || this.cellsHeld >= BLOCK_CELLS) this.flush(section);
  }

  /**
   * Reads the rows queued into the table and settles them, in row order, each row's findings in
   * column order as when read along the row. Called before any other row is looked at: the section
   * above the block's rows is the one in force for all of them.
   */
  flush(section: SectionContext): void {
    const n = this.size;
    if (n === 0) return;
    const t = this.table;
    const start = t.addRows(this.sheet, n);
    this.start = start;
    for (let k = 0; k < n; k++) {
      t.row[start + k] = this.excelRows[k]!;
      t.writeName(start + k, this.names[k]!, this.nameHashes[k]);
    }
    const columns = this.columns;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      // A column none of the block's rows fills is not read, and is given no rows of its own until
      // some row does (a period's column is made at once: the table lists the sheet's periods).
      const period = column.field === "periodScore" || column.field === "periodLevel";
      if (!period && this.allEmpty(column.index, n)) continue;
      const out = column.store(t);
      if (column.storesText) this.readTexts(column, out as (string | undefined)[], n);
      else this.readNumbers(column, out as Float64Array | Uint8Array, n);
    }
    this.settler.prepare(t, section);
    for (let k = 0; k < n; k++) {
      const findings = this.found[k];
      if (findings) {
        for (const f of findings) this.emit(f);
        this.found[k] = undefined;
      }
      this.settler.settle(t, start + k, this.unreadable[k]!, section);
    }
    this.unreadable.fill(0, 0, n);
    this.rows.fill(EMPTY_ROW, 0, n);
    this.size = 0;
    this.cellsHeld = 0;
  }

  private allEmpty(index: number, n: number): boolean {
    const rows = this.rows;
    for (let k = 0; k < n; k++) {
      const value = rows[k]![index];
      if (value !== null && value !== undefined) return false;
    }
    return true;
  }

  // A loop for typed arrays and one for texts: the read took about 1.2 times as long through one
  // loop storing into every kind of array.
  private readNumbers(column: PlannedColumn, out: Float64Array | Uint8Array, n: number): void {
    const rows = this.rows;
    const index = column.index;
    const start = this.start;
    if (column.plain) {
      // Most cells of a number column are numbers in range, kept without a call to the column's
      // reader: the read took about 1.15 times as long with that call on every cell.
      const { min, max, whole } = column.plain;
      for (let k = 0; k < n; k++) {
        const value = rows[k]![index];
        // A number typed as text (`85,5`) the commonest way is read here too.
        const number = typeof value === "string" ? plainNumber(value) : value;
        if (
          typeof number === "number" &&
          number >= min &&
          number <= max &&
          (!whole || Number.isInteger(number))
        )
          out[start + k] = number;
        else {
          const got = this.reading(column, value, k);
          if (typeof got === "number") out[start + k] = got;
        }
      }
      return;
    }
    // A label the column has read before is looked up here, without the checks a new cell needs.
    const texts = column.texts;
    for (let k = 0; k < n; k++) {
      const value = rows[k]![index];
      const known = texts !== undefined && typeof value === "string" ? texts.get(value) : undefined;
      const got = typeof known === "number" ? known : this.reading(column, value, k);
      if (typeof got === "number") out[start + k] = got;
    }
  }

  private readTexts(column: PlannedColumn, out: (string | undefined)[], n: number): void {
    const rows = this.rows;
    const index = column.index;
    const start = this.start;
    // A birth cell holding a year alone gives the year.
    let years: Float64Array | undefined;
    const texts = column.texts;
    for (let k = 0; k < n; k++) {
      const value = rows[k]![index];
      const known = texts !== undefined && typeof value === "string" ? texts.get(value) : undefined;
      const got = typeof known === "string" ? known : this.reading(column, value, k);
      if (typeof got === "string") out[start + k] = got;
      else if (typeof got === "number") (years ??= this.table.own("birthYear"))[start + k] = got;
    }
  }

  /** What row k's cell of `column` gives; BLANK for an empty cell and for a refused one, whose finding is noted. */
  private reading(column: PlannedColumn, value: SheetCell, k: number): CellReading {
    if (value === null || value === undefined) return BLANK;
    let got: CellReading;
    // A -0 after a 0 is read anew, to be kept as it is.
    if (value === column.lastValue && (value !== 0 || Object.is(value, column.lastValue)))
      got = column.lastReading!;
    else if (typeof value === "object") {
      if (value instanceof FormulaWithoutValue) {
        this.refuse(k, column, formulaNoValue(this.cellRef(k, column), value));
        return BLANK;
      }
      got = column.read(value);
    } else {
      got = typeof value === "string" ? readTextOf(column, value) : column.read(value);
      column.lastValue = value;
      column.lastReading = got;
    }
    if (typeof got !== "symbol" || got === BLANK) return got;
    this.refuse(k, column, refusal(this.cellRef(k, column), column.kind, value as CellValue, got));
    return BLANK;
  }

  /** A refused cell: its finding, and in a level column no level under review (never replaced by another column). */
  private refuse(k: number, column: PlannedColumn, finding: RawFinding): void {
    (this.found[k] ??= []).push(finding);
    if (column.kind === "level") this.unreadable[k]! |= unreadableBit(column.field);
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
}
