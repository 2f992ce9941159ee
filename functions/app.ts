/**
 * The function app's entry (`main` in package.json): importing each handler registers it with the
 * Azure Functions host (v4 programming model) and with the local host.
 */
export { health } from "./handlers/health.js";
export { putUnits } from "./handlers/putUnits.js";
export { putSubmission } from "./handlers/putSubmission.js";
export { getSubmission, getHistory } from "./handlers/getSubmission.js";
export { getConsolidated } from "./handlers/getConsolidated.js";
export { devToken } from "./handlers/devToken.js";
export { getReport } from "./handlers/getReport.js";
export { getReportModel } from "./handlers/getReportModel.js";
export { putApprovedRate } from "./handlers/putApprovedRate.js";
export { getMe } from "./handlers/getMe.js";
export { postRollupRepair } from "./handlers/postRollupRepair.js";
export { rollupQueue } from "./handlers/rollupQueue.js";
export { rollupTimer } from "./handlers/rollupTimer.js";
