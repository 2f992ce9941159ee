/**
 * What the roster rules, the quota and the summary ask of a row of a person table: the table forms of
 * `isPartyMember`, `stateLevel` and `isScoreRated` (rules/helpers.ts, scoreRating.ts), and the codes
 * they compare.
 */
import type { ResolvedSettings } from "../settings.js";
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

/** A Party member: marked as one, or with a Party level, cell or admission date. */
export function isPartyMemberRow(table: PersonTable, i: number): boolean {
  return (
    table.isPartyMember[i] === 1 ||
    table.partyLevel[i] !== 0 ||
    table.partyCell[i] !== undefined ||
    table.partyJoinDate[i] !== undefined
  );
}

/** `stateLevel(p) !== undefined`: a rated level of anyone but a người lao động. */
export function hasStateLevel(table: PersonTable, i: number): boolean {
  return table.staffType[i] !== NLD && isRatedCode(table.level[i]!);
}

/** `isScoreRated`: a công chức under ND335, or a viên chức under ND233 when `vienChucBasis` is `nd233`. */
export function isScoreRatedRow(table: PersonTable, i: number, settings: ResolvedSettings): boolean {
  if (settings.ruleSet.scoreRating === undefined) return false;
  const type = table.staffType[i];
  return type === CC || (type === VC && settings.vienChucBasis === "nd233");
}
