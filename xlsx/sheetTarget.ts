import type { SheetReader } from "../shared/roster/readSheet.js";

/**
 * Where a format's reader sends each sheet, in the workbook's order: it asks for a roster reader by
 * the sheet's name, pushes the rows that hold a value, then calls `finish`.
 */
export type SheetTarget = (name: string) => SheetReader;
