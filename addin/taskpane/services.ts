import type { PaneConfig } from "../config.js";
import type { ExcelRun } from "../excel/excelRun.js";

/**
 * What the pane needs from its host, given to it as a value (the real Excel in Excel, a test host in
 * the browser tests), so no component reaches for a global.
 */
export interface PaneServices {
  run: ExcelRun;
  config: PaneConfig;
  /** Today: the year used when neither the settings nor the roster's title give one. */
  now: () => Date;
  /** `Office.context.displayLanguage` (`vi-VN`, `en-US`…): the language the pane opens in. */
  displayLanguage: string;
  /** A fresh Idempotency-Key for each new submission (a retry of the same one keeps its key). */
  newKey: () => string;
}
