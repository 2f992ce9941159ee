/**
 * The report model's sheet recast as the few large ranges Office.js writes best: one block of
 * values and number formats, and for each format property the rectangles of cells that share its
 * value. Pure: no Office.js here.
 */
import type { CellStyle, ReportSheet, StyleId } from "../../shared/report/model.js";
import type { Rect } from "./a1.js";

/** One cell of the sheet with the style it is drawn in. */
export interface StyledCell {
  row: number;
  col: number;
  style: CellStyle;
}

/** Cells that share one value of a format property (`key`), as a rectangle. */
export interface KeyedRect {
  key: string;
  rect: Rect;
}

/** The rectangle from A1 to the last cell that holds a model cell, with its values and formats. */
export interface ValueBlock {
  rect: Rect;
  values: (string | number)[][];
  /**
   * `@` (text) for strings, so that Excel keeps `1`, `1/5` or `=x` as the text the model holds
   * (exceljs writes them as strings); the model's format for numbers; `General` elsewhere.
   */
  numberFormat: string[][];
}

const key = (row: number, col: number) => `${row}:${col}`;

export function valueBlock(sheet: ReportSheet): ValueBlock | undefined {
  if (sheet.cells.length === 0) return undefined;
  const bottom = sheet.cells.reduce((max, c) => Math.max(max, c.row), 0);
  const right = sheet.cells.reduce((max, c) => Math.max(max, c.col), 0);
  const values = Array.from({ length: bottom }, () => new Array<string | number>(right).fill(""));
  const numberFormat = Array.from({ length: bottom }, () => new Array<string>(right).fill("General"));
  for (const c of sheet.cells) {
    const row = c.row - 1;
    const col = c.col - 1;
    (values[row] as (string | number)[])[col] = c.value ?? "";
    if (typeof c.value === "string") (numberFormat[row] as string[])[col] = "@";
    else if (c.numFmt) (numberFormat[row] as string[])[col] = c.numFmt;
  }
  return { rect: { top: 1, left: 1, bottom, right }, values, numberFormat };
}

/**
 * Every cell to draw, by row then column, with its style; the cells of a merged range take the
 * top-left cell's style, as exceljs gives them when it merges after styling.
 */
export function styledCells(sheet: ReportSheet): StyledCell[] {
  const style = (id: StyleId): CellStyle => {
    const s = sheet.styles[id];
    if (!s) throw new Error(`Style ${id} is used on sheet ${sheet.name} but not defined`);
    return s;
  };
  const out = new Map<string, StyledCell>();
  for (const c of sheet.cells) out.set(key(c.row, c.col), { row: c.row, col: c.col, style: style(c.style) });
  for (const m of sheet.merges) {
    const top = out.get(key(m.top, m.left));
    if (!top) continue;
    for (let row = m.top; row <= m.bottom; row++)
      for (let col = m.left; col <= m.right; col++) out.set(key(row, col), { row, col, style: top.style });
  }
  return [...out.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * The cells grouped into rectangles by one format property (`keyOf` gives its value, undefined
 * where there is nothing to set): runs along each row, and runs with the same columns and value
 * on consecutive rows stacked into one rectangle. A table's borders or its number columns'
 * alignment come out as a few rectangles; the count grows with the runs, never with the cells.
 * `cells` must be in row then column order, as `styledCells` gives them.
 */
export function rectsBy(
  cells: readonly StyledCell[],
  keyOf: (s: CellStyle) => string | undefined,
): KeyedRect[] {
  const runs: KeyedRect[] = [];
  for (const cell of cells) {
    const k = keyOf(cell.style);
    if (k === undefined) continue;
    const last = runs[runs.length - 1];
    if (last && last.key === k && last.rect.top === cell.row && last.rect.right === cell.col - 1)
      last.rect.right = cell.col;
    else runs.push({ key: k, rect: { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col } });
  }
  const out: KeyedRect[] = [];
  const stacks = new Map<string, KeyedRect>();
  for (const run of runs) {
    const stackKey = `${run.rect.left}:${run.rect.right}:${run.key}`;
    const above = stacks.get(stackKey);
    if (above && above.rect.bottom === run.rect.top - 1) above.rect.bottom = run.rect.top;
    else {
      out.push(run);
      stacks.set(stackKey, run);
    }
  }
  return out;
}

/** Consecutive indices (1-based) with the same value, as `[first, last, value]`, for widths and heights. */
export function equalRuns(entries: readonly { at: number; value: number }[]): [number, number, number][] {
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  const runs: [number, number, number][] = [];
  for (const { at, value } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === at - 1 && last[2] === value) last[1] = at;
    else runs.push([at, at, value]);
  }
  return runs;
}
