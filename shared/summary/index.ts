export { summarizeUnit, type SummaryOptions } from "./summarize.js";
export {
  addSummaries,
  sumSummaries,
  emptySummary,
  zeroCounts,
  addCounts,
  ratedCount,
  totalCount,
  stateStaffCounts,
} from "./counts.js";
export {
  notRatedReason,
  partyNotRatedReason,
  failedReason,
  isNewPartyMember,
  type ReasonOptions,
} from "./reasons.js";
export { REASON_LABELS, reasonLabel } from "./reasonLabels.js";
export { monthsBefore } from "./isoDates.js";
export * from "./types.js";
export {
  addTallies,
  tallyOf,
  TALLY_POPULATIONS,
  type QuotaTally,
  type QuotaTallies,
  type Rerate,
  type TallyPopulation,
} from "./quotaTally.js";
