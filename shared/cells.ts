/** One cell as both Office.js `Range.values` and exceljs give it (after flattening rich text and formulas). */
export type CellValue = string | number | boolean | Date | null | undefined;

/**
 * A formula cell whose result the file never saved (RULES.md `input.formula-no-value`): the program
 * that wrote the .xlsx did not calculate, so the cell's value cannot be known. Excel itself always
 * calculates, so only files read from disk hold one.
 */
export class FormulaWithoutValue {
  constructor(readonly formula: string) {}
}

/** A cell as the roster reader takes it: a plain value, or a formula without its saved result. */
export type SheetCell = CellValue | FormulaWithoutValue;

/** A sheet's used range as rows of cells; row 0 is Excel row `firstRow` (1 unless said otherwise). */
export interface SheetValues {
  name: string;
  rows: readonly (readonly CellValue[])[];
  firstRow?: number;
}

/** 0-based column index → Excel letters (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Whether a cell holds nothing. A formula without its result is not blank: it holds something unreadable. */
export function isBlank(value: SheetCell): boolean {
  if (typeof value !== "string") return value === null || value === undefined;
  // Text starting with a printable ASCII character is not blank: most cells, told without `trim`.
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 127) && value.trim() === "";
}
