export { checkQuota } from "./checkQuota.js";
export { allowedExcellent } from "./allowed.js";
export { quotaOrder } from "./order.js";
export {
  inPopulation,
  countsInBase,
  STAFF_POPULATIONS,
  type QuotaTrack,
  type StaffPopulation,
} from "./population.js";
export { ScopeGroups, NO_UNIT, NO_PARTY_CELL, type ScopeGroup } from "./groups.js";
export { quotaFinding, quotaSource } from "./finding.js";
export type { QuotaPerson, QuotaResult } from "./types.js";
export { POPULATION_NAMES, QUOTA_SCOPE_NAMES, scopeKey, scopePhrase, scopeTitle } from "./scopeNames.js";
