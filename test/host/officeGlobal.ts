/**
 * The browser entry served in place of office.js: builds the host over `window.__XL_WORKBOOK__`
 * (the workbook JSON a test puts on the page before it loads; one empty "Sheet1" without it) in
 * `window.__XL_LANGUAGE__` (vi-VN without it), installs `window.Office` and `window.Excel`, and
 * exposes the host as `window.__xlHost` for the test to inspect (stats, cells, selection…).
 */
import { createExcelHost } from "./excelHost.js";
import type { HostWorkbook } from "./workbook.js";

const page = globalThis as unknown as {
  __XL_WORKBOOK__?: HostWorkbook;
  __XL_LANGUAGE__?: string;
  __xlHost?: unknown;
  Office?: unknown;
  Excel?: unknown;
};

const host = createExcelHost(page.__XL_WORKBOOK__ ?? { sheets: [] }, {
  displayLanguage: page.__XL_LANGUAGE__ ?? "vi-VN",
});
page.Office = host.Office;
page.Excel = host.Excel;
page.__xlHost = host;
