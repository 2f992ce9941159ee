/** One cell as both Office.js `Range.values` and exceljs give it (after flattening rich text and formulas). */
export type CellValue = string | number | boolean | Date | null | undefined;

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

export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
