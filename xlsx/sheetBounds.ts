import { columnLetter } from "../shared/cells.js";
import { READER_LIMITS } from "./readerLimits.js";
import { UnreadableWorkbookError } from "./unreadable.js";

/**
 * Counts the cells that hold a value across a workbook and refuses one past the rows, the columns or
 * the cells a roster may have, naming the sheet and the cell (0-based column, 1-based row), so the
 * clerk knows what to delete. `count` cells the same value repeats (an .ods repeat) count as many.
 */
export class CellBounds {
  private cells = 0;
  private rows = 0;
  private sheet: string | undefined;
  private row = 0;

  check(sheet: string, column: number, row: number, count = 1): void {
    const where = () => `${sheet}!${columnLetter(Math.min(column, 16_383))}${row}`;
    if (column >= READER_LIMITS.maxColumns) throw new UnreadableWorkbookError("too-many-columns", where());
    if (row > READER_LIMITS.maxRows) throw new UnreadableWorkbookError("too-many-rows", where());
    if (sheet !== this.sheet || row !== this.row) {
      this.sheet = sheet;
      this.row = row;
      if (++this.rows > READER_LIMITS.maxWorkbookRows)
        throw new UnreadableWorkbookError("too-many-workbook-rows", where());
    }
    this.cells += count;
    if (this.cells > READER_LIMITS.maxCells) throw new UnreadableWorkbookError("too-many-cells", where());
  }
}
