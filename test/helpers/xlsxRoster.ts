import type { CellValue } from "../../shared/cells.js";
import type { RawFinding, RuleId } from "../../shared/findings.js";
import type { FieldKey } from "../../shared/roster/fields.js";
import type { Person, RosterSheet } from "../../shared/roster/person.js";
import { readSheet, type ColumnMapping, type SheetReadResult } from "../../shared/roster/readSheet.js";
import { readWorkbook, type ReadWorkbookOptions } from "../../xlsx/readWorkbook.js";
import { writeRosterWorkbook, type PlainSheetSpec, type RosterSheetSpec } from "../../xlsx/rosterWorkbook.js";

/** The title rows real rosters carry above the header (ROSTER.md). */
export const TITLE_ROWS = [
  "UBND TỈNH ĐỒNG THÁP",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "DANH SÁCH ĐỀ NGHỊ XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC, VIÊN CHỨC NĂM 2026",
] as const;

/** Writes sheets laid out like real rosters to .xlsx bytes and reads them back as the CLI does. */
export async function roundTrip(
  sheets: readonly (RosterSheetSpec | PlainSheetSpec)[],
  options: ReadWorkbookOptions = {},
): Promise<SheetReadResult[]> {
  return readWorkbook(await writeRosterWorkbook(sheets), options);
}

/** Reads an in-memory sheet (what Office.js gives) named "Danh sách". */
export function read(
  rows: readonly (readonly CellValue[])[],
  mapping: ColumnMapping = {},
  name = "Danh sách",
): SheetReadResult {
  return readSheet(name, rows, mapping);
}

/** The roster sheet of a result; fails the test when the sheet was not read as a roster. */
export function rosterOf(result: SheetReadResult): RosterSheet {
  if (result.outcome.kind !== "roster")
    throw new Error(`expected a roster, got ${result.outcome.kind}: ${JSON.stringify(result.findings)}`);
  return result.outcome.sheet;
}

/** field → column letter, for the mapped columns of a roster. */
export function fieldLetters(sheet: RosterSheet): Partial<Record<FieldKey, string>> {
  return Object.fromEntries(sheet.columns.filter((c) => c.field).map((c) => [c.field, c.letter]));
}

export function findingsOf(result: SheetReadResult, ruleId: RuleId): RawFinding[] {
  return result.findings.filter((f) => f.ruleId === ruleId);
}

/** Where a finding points: sheet, row, column. */
export function at(f: RawFinding): { sheet?: string; row?: number; column?: string } {
  return { sheet: f.sheet, row: f.row, column: f.column };
}

export function personNamed(result: SheetReadResult, name: string): Person {
  const p = result.people.find((x) => x.fullName === name);
  if (!p) throw new Error(`no person "${name}" among ${result.people.map((x) => x.fullName).join(", ")}`);
  return p;
}
