import type { ReportInput } from "./input.js";
import { listsSheet } from "./lists.js";
import type { ReportModel } from "./model.js";
import { partySheet } from "./partyTable.js";
import { staffSheet } from "./staffTable.js";

/** REPORT.md's consolidated report as data: table A (staff), table B (Party), the lists. */
export function buildReport(input: ReportInput): ReportModel {
  // A unit that has not reported, and has nobody under it who did, appears in the status list only,
  // not as a block of zeros.
  const reported = {
    ...input,
    units: input.units.filter((u) => u.status?.state !== "missing" || u.summary.people > 0),
  };
  return { sheets: [staffSheet(reported), partySheet(reported), listsSheet(input)] };
}
