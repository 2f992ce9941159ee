export { buildReport } from "./buildReport.js";
export type { ApprovedRate, ReportAgency, ReportInput, ReportUnit } from "./input.js";
export { STATUS_STATES, statusText, unitStatus, type StatusState, type UnitStatus } from "./unitStatus.js";
export type {
  CellStyle,
  HorizontalAlign,
  Merge,
  PageSetup,
  ReportCell,
  ReportModel,
  ReportSheet,
  StyleId,
  VerticalAlign,
} from "./model.js";
export { STYLE_IDS } from "./model.js";
export { REPORT_FONT, REPORT_STYLES, HIGHLIGHT } from "./styles.js";
export { COUNT_FORMAT, PERCENT_FORMAT } from "./sheetBuilder.js";
export { dateLine, shortDate } from "./dates.js";
export { percent } from "./levelTable.js";
