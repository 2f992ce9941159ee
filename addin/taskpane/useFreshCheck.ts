import { useCallback } from "react";
import { checkWorkbook, type WorkbookCheck } from "../excel/checkWorkbook.js";
import { STEP_TEXT } from "./checkText.js";
import { usePane } from "./pane.js";
import type { StringKey } from "./strings.js";
import type { WorkbookState } from "./workbookState.js";

/**
 * Reads and checks the workbook as it is now, without marking cells: what the quota check, the
 * suggestion and the submission start from, so none of them works on a stale read.
 */
export function useFreshCheck(workbook: WorkbookState) {
  const { services } = usePane();
  return useCallback(
    async (step: (key: StringKey) => Promise<void>): Promise<WorkbookCheck> => {
      const done = await checkWorkbook(services.run, workbook.settings, {
        ...workbook.checkOptions(services.now()),
        mark: false,
        onStep: (s) => step(STEP_TEXT[s]),
      });
      workbook.setLastCheck({ ...done, snapshot: workbook.marks ?? done.snapshot });
      return done;
    },
    [services, workbook],
  );
}
