/** The level and staff-type codes the roster rules, the quota and the summary compare, and the sheet runs' ends. */
import { levelCode, STAFF_TYPE_CODES } from "./labelCodes.js";
import type { PersonTable } from "./personTable.js";

export const KXL = levelCode("KXL");
export const KHTNV = levelCode("KHTNV");
export const HTNV = levelCode("HTNV");
export const HTTNV = levelCode("HTTNV");
export const HTXSNV = levelCode("HTXSNV");

export const CC = STAFF_TYPE_CODES.code("CC");
export const VC = STAFF_TYPE_CODES.code("VC");
export const NLD = STAFF_TYPE_CODES.code("NLD");

/** A level code of a rated level (not empty, not KXL): codes rise with the level. */
export function isRatedCode(code: number): boolean {
  return code > KXL;
}

/** The row after the last of sheet run `k`. */
export function runEnd(table: PersonTable, k: number): number {
  return table.sheets[k + 1]?.start ?? table.size;
}
