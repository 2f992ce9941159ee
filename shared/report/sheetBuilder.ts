import type { Merge, ReportCell, ReportSheet, StyleId } from "./model.js";
import { REPORT_STYLES } from "./styles.js";

export const COUNT_FORMAT = "#,##0";
export const PERCENT_FORMAT = "0.0";

function overlaps(a: Merge, b: Merge): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Collects one sheet's cells and merges; refuses overlapping merges and values hidden under a merge. */
export class SheetBuilder {
  private readonly cells = new Map<string, ReportCell>();
  private readonly merges: Merge[] = [];
  private readonly heights: { row: number; height: number }[] = [];
  /** The next free row. */
  row = 1;

  constructor(
    readonly name: string,
    readonly widths: readonly number[],
  ) {}

  get lastCol(): number {
    return this.widths.length;
  }

  set(row: number, col: number, value: string | number | null, style: StyleId, numFmt?: string): void {
    const cell: ReportCell = { row, col, value, style };
    if (numFmt) cell.numFmt = numFmt;
    this.cells.set(`${row}:${col}`, cell);
  }

  /** A count, or a percentage (already × 100, one decimal), or null for an empty cell. */
  count(row: number, col: number, value: number | null, style: StyleId): void {
    this.set(row, col, value, style, value === null ? undefined : COUNT_FORMAT);
  }

  percent(row: number, col: number, value: number | null, style: StyleId): void {
    this.set(row, col, value, style, value === null ? undefined : PERCENT_FORMAT);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    const m: Merge = { top, left, bottom, right };
    if (this.merges.some((other) => overlaps(other, m))) {
      throw new Error(`Overlapping merge ${JSON.stringify(m)} on sheet ${this.name}`);
    }
    this.merges.push(m);
  }

  /** A value written across columns `left`…`right` of one row (merged). */
  span(row: number, left: number, right: number, value: string | number | null, style: StyleId): void {
    this.set(row, left, value, style);
    this.merge(row, left, row, right);
  }

  height(row: number, height: number): void {
    this.heights.push({ row, height });
  }

  /**
   * Neither exceljs nor Excel on opening fits a row to wrapped text in a one-row cell, so a long
   * note would spill over the rows below when printed: estimate the lines and give the row room.
   */
  private wrappedHeights(cells: readonly ReportCell[]): Map<number, number> {
    const out = new Map<number, number>();
    for (const c of cells) {
      const style = REPORT_STYLES[c.style];
      if (typeof c.value !== "string" || !style.alignment.wrap) continue;
      const merge = this.merges.find((m) => m.top === c.row && m.left === c.col);
      if (merge && merge.bottom > merge.top) continue;
      const right = merge?.right ?? c.col;
      let width = 0;
      for (let col = c.col; col <= right; col++) width += this.widths[col - 1] ?? 10;
      const perLine = Math.max(1, Math.floor((width * 11) / style.font.size));
      const lines = Math.ceil(c.value.length / perLine);
      if (lines > 1) out.set(c.row, Math.max(out.get(c.row) ?? 0, Math.ceil(lines * style.font.size * 1.3)));
    }
    return out;
  }

  build(printTitleRows?: [number, number]): ReportSheet {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    for (const c of cells) {
      const hidden = this.merges.find(
        (m) =>
          c.row >= m.top &&
          c.row <= m.bottom &&
          c.col >= m.left &&
          c.col <= m.right &&
          (c.row !== m.top || c.col !== m.left),
      );
      if (hidden && c.value !== null)
        throw new Error(`Value under merge at ${c.row}:${c.col} on sheet ${this.name}`);
    }
    const used = new Set(cells.map((c) => c.style));
    const heights = new Map(this.heights.map((h) => [h.row, h.height]));
    for (const [row, height] of this.wrappedHeights(cells))
      if (height > (heights.get(row) ?? 0)) heights.set(row, height);
    const sheet: ReportSheet = {
      name: this.name,
      columns: this.widths.map((width) => ({ width })),
      cells,
      merges: [...this.merges],
      rowHeights: [...heights].map(([row, height]) => ({ row, height })),
      pageSetup: { paperSize: "A4", orientation: "landscape", fitToWidth: true },
      styles: Object.fromEntries([...used].map((id) => [id, REPORT_STYLES[id]])),
    };
    if (printTitleRows) sheet.printTitleRows = printTitleRows;
    return sheet;
  }
}
