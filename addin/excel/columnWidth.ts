/**
 * Excel's column width is in characters of the default font (11 pt Calibri or Aptos Narrow: a
 * digit is 7 px wide) plus 5 px of cell padding; Office.js takes points, 0.75 pt to the pixel.
 * So 8.43 characters → 64 px → 48 pt, Excel's standard column.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round(characters * 7 + 5) * 0.75;
}
