import { ApiError } from "../backend/client.js";
import { RangeTooLargeError } from "../excel/adapter.js";
import type { Translate } from "./strings.js";

/** What the clerk reads when something fails: what and where, never a stack trace. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof RangeTooLargeError) return t("tooLarge", { sheet: error.sheet });
  if (error instanceof ApiError) return error.message;
  // Office.js rejects with OfficeExtension.Error: a code and a message from Excel.
  if (error instanceof Error && "code" in error && typeof error.code === "string")
    return t("excelFailed", { detail: `${error.message} (${error.code})` });
  return t("unexpected", { detail: error instanceof Error ? error.message : String(error) });
}
