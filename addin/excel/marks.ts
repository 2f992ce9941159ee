import type { Finding, Severity } from "../../shared/findings.js";
import type { Mark } from "./adapter.js";

/** Light fills close to Excel's own conditional-format presets. */
export const MARK_COLORS: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The cells to mark for a check's findings: findings that point at one cell (sheet, row, column),
 * the most severe first, so a cell flagged twice takes the colour of its worst finding.
 * Information findings are left unmarked unless `includeInfo`.
 */
export function marksFromFindings(findings: readonly Finding[], includeInfo = false): Mark[] {
  return findings
    .filter((f) => f.sheet && f.row && f.column && (includeInfo || f.severity !== "info"))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity])
    .map((f) => ({
      sheet: f.sheet as string,
      address: `${f.column}${f.row}`,
      color: MARK_COLORS[f.severity],
    }));
}
