import { checkRead, type CheckResult } from "../../shared/check.js";
import type { Finding, RuleId } from "../../shared/findings.js";
import { settingsSchema, type SettingsInput } from "../../shared/settings.js";
import { readWorkbook } from "../../xlsx/readWorkbook.js";
import {
  writeRosterWorkbook,
  type HeaderSpec,
  type PlainSheetSpec,
  type RosterSheetSpec,
  type RowSpec,
} from "../../xlsx/rosterWorkbook.js";

/**
 * The three title rows real rosters carry above the header (ROSTER.md), for a given year: the
 * agency, the national name, and the list's title, whose `NĂM yyyy` gives the evaluation year.
 */
export function titleRows(year: number, agency = "SỞ NỘI VỤ TỈNH ĐỒNG THÁP"): string[] {
  return [
    agency,
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    `DANH SÁCH ĐỀ NGHỊ XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC, VIÊN CHỨC NĂM ${year}`,
  ];
}

/**
 * A roster sheet laid out as clerks keep it: title rows (1–3), the header (row 4, or rows 4–5 when
 * a group header is merged over sub-headers), the numbering row `(1) (2) …` under it, the data rows
 * and the signature block. With the default layout the first data row is Excel row 6 (one-row
 * header) or 7 (two-row header).
 */
export function roster(
  header: readonly HeaderSpec[],
  rows: readonly RowSpec[],
  options: {
    name?: string;
    year?: number;
    titleRows?: readonly string[];
    numbering?: boolean;
    signedOn?: string;
    signature?: boolean;
  } = {},
): RosterSheetSpec {
  return {
    name: options.name ?? "Danh sách",
    titleRows: options.titleRows ?? titleRows(options.year ?? 2026),
    header,
    numbering: options.numbering ?? true,
    rows,
    signature: options.signature ?? true,
    ...(options.signedOn ? { signedOn: options.signedOn } : {}),
  };
}

/** A collectives sheet (ROSTER.md): one title row (1), the header (2), collectives from row 3. */
export function collectivesSheet(
  rows: readonly (readonly [name: string, type: string, level: string])[],
  options: { name?: string; year?: number } = {},
): RosterSheetSpec {
  return {
    name: options.name ?? "Tập thể",
    titleRows: [`KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG TẬP THỂ NĂM ${options.year ?? 2026}`],
    header: ["STT", "Tên tập thể", "Loại", "Xếp loại"],
    rows: rows.map((r, i) => [i + 1, ...r]),
  };
}

/** Writes the sheets to .xlsx bytes with exceljs and runs the real pipeline on them, as the CLI does. */
export async function checkWorkbook(
  sheets: readonly (RosterSheetSpec | PlainSheetSpec)[],
  settings: SettingsInput = {},
  options: { sheet?: string } = {},
): Promise<CheckResult> {
  const parsed = settingsSchema.parse(settings);
  const bytes = await writeRosterWorkbook(sheets);
  const reads = await readWorkbook(bytes, { sheet: options.sheet, mapping: parsed.columnMapping });
  return checkRead(reads, parsed, { fallbackYear: 2026 });
}

/** The findings of one rule id. */
export function findingsOf(result: CheckResult, ruleId: RuleId): Finding[] {
  return result.findings.filter((f) => f.ruleId === ruleId);
}

/** Where a finding points and how bad it is: the fields the tests compare. */
export function where(f: Finding): {
  severity: Finding["severity"];
  sheet?: string;
  row?: number;
  column?: string;
} {
  return { severity: f.severity, sheet: f.sheet, row: f.row, column: f.column };
}

/** The rows of a rule id's findings (0 for a finding about a whole sheet or group). */
export function rowsOf(result: CheckResult, ruleId: RuleId): number[] {
  return findingsOf(result, ruleId).map((f) => f.row ?? 0);
}

/** `where` of every finding of a rule id, in the engine's order (sheet, row, severity). */
export function placesOf(result: CheckResult, ruleId: RuleId): ReturnType<typeof where>[] {
  return findingsOf(result, ruleId).map(where);
}
