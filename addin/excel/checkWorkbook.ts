/// <reference types="office-js" />
import type { SheetValues } from "../../shared/cells.js";
import { checkSheets, type CheckOptions, type CheckResult } from "../../shared/check.js";
import type { Settings } from "../../shared/settings.js";
import { markFindings, readWorkbookValues, type MarkSnapshot } from "./adapter.js";
import type { ExcelRun } from "./excelRun.js";
import { marksFromFindings } from "./marks.js";

export interface WorkbookCheck {
  result: CheckResult;
  /** The clerk's fills under the new marks, for removing them later. */
  snapshot: MarkSnapshot;
  /** The values read, for the suggestion and the submission built from the same check. */
  sheets: SheetValues[];
}

export interface WorkbookCheckOptions extends CheckOptions {
  /** The marks of the previous check, put back before the new ones are drawn. */
  previous?: MarkSnapshot;
  /** False: read and check only, leaving the workbook as it is (quota check, submission). */
  mark?: boolean;
  /** Called before each step, for the task pane's progress (awaited: the pane paints in between). */
  onStep?: (step: "read" | "check" | "mark") => void | Promise<void>;
}

/**
 * The task pane's Kiểm tra: the workbook read in two syncs, checked with the shared rules, and its
 * flagged cells marked in two more (the previous marks restored and the clerk's fills read, then the
 * marks drawn): four syncs whatever the size of the roster, more only when Excel refuses an
 * address list and it is sent again shorter.
 */
export async function checkWorkbook(
  run: ExcelRun,
  settings: Settings,
  options: WorkbookCheckOptions,
): Promise<WorkbookCheck> {
  const { previous, onStep, mark = true, ...checkOptions } = options;
  return run(async (context) => {
    await onStep?.("read");
    const sheets = await readWorkbookValues(context);
    await onStep?.("check");
    const result = checkSheets(sheets, settings, checkOptions);
    if (!mark) return { result, snapshot: previous ?? { previous: [] }, sheets };
    await onStep?.("mark");
    const snapshot = await markFindings(context, marksFromFindings(result.findings), {
      ...(previous ? { restore: previous } : {}),
    });
    return { result, snapshot, sheets };
  });
}
