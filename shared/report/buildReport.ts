import type { ReportInput } from "./input.js";
import { listsSheet } from "./lists.js";
import type { ReportModel } from "./model.js";
import { partySheet } from "./partyTable.js";
import { staffSheet } from "./staffTable.js";

/** REPORT.md's consolidated report as data: table A (staff), table B (Party), the lists. */
export function buildReport(input: ReportInput): ReportModel {
  return { sheets: [staffSheet(input), partySheet(input), listsSheet(input)] };
}
