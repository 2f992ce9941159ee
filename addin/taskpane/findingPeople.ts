import type { CheckResult } from "../../shared/check.js";
import type { Finding } from "../../shared/findings.js";
import type { WorkbookCheck } from "../excel/checkWorkbook.js";

export interface PersonRow {
  name: string;
  sheet: string;
  row: number;
}

/** The cell a finding is about, as the command line writes it: `Danh sách!M7`, or the sheet alone. */
export function findingCell(f: Finding): string {
  if (f.row !== undefined) return `${f.sheet ?? ""}!${f.column ?? ""}${f.row}`;
  return f.sheet ?? "";
}

/** A person's name on a roster row: the full-name column the check read, in the values it read. */
function nameAt(check: WorkbookCheck, sheet: string, row: number): string | undefined {
  const letter = check.result.sheets
    .find((s) => s.name === sheet)
    ?.columns?.find((c) => c.field === "fullName")?.letter;
  const values = check.sheets.find((s) => s.name === sheet);
  if (!letter || !values) return undefined;
  const column = [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const value = values.rows[row - (values.firstRow ?? 1)]?.[column];
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

const rosterSheets = (result: CheckResult) => result.sheets.filter((s) => s.kind === "roster");

/**
 * The people a group finding concerns (a quota scope over its quota, a Party cell's members), each
 * with the row a click selects. A quota finding's people come from the quota result with the same
 * rows; the others' rows are read on the finding's sheet when it is a roster, else on the only roster.
 */
export function findingPeople(f: Finding, check: WorkbookCheck | undefined): PersonRow[] {
  if (!f.rows?.length || !check) return [];
  const rows = f.rows;
  const quota = check.result.quota.find(
    (q) => q.people.length === rows.length && q.people.every((p, i) => p.row === rows[i]),
  );
  if (f.ruleId === "quota.excellent" && quota)
    return quota.people.map(({ name, sheet, row }) => ({ name, sheet, row }));
  const rosters = rosterSheets(check.result);
  const sheet =
    rosters.find((s) => s.name === f.sheet)?.name ?? (rosters.length === 1 ? rosters[0]!.name : undefined);
  if (sheet === undefined) return [];
  return rows.flatMap((row) => {
    const name = nameAt(check, sheet, row);
    return name ? [{ name, sheet, row }] : [];
  });
}
