import { existsSync } from "node:fs";
import { checkRead, type CheckResult } from "../shared/check.js";
import type { Settings } from "../shared/settings.js";
import { readWorkbook, UnreadableWorkbookError } from "../xlsx/readWorkbook.js";
import { CliError } from "./cliError.js";
import { cliText } from "./messages.js";

/** Reads and checks one roster file; a file that cannot be used is a CliError with the reason. */
export async function checkFile(
  file: string,
  settings: Settings,
  options: { sheet?: string; unitName?: string },
): Promise<CliError | CheckResult> {
  const text = cliText(settings.lang);
  if (!existsSync(file)) return new CliError(text.missingFile(file));
  try {
    const reads = await readWorkbook(file, { sheet: options.sheet, mapping: settings.columnMapping });
    const result = checkRead(reads, settings, {
      fallbackYear: new Date().getFullYear(),
      unitName: options.unitName,
    });
    if (!result.usable) return new CliError(text.noRoster(file), result.findings);
    return result;
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return new CliError(text.unreadable(file, error));
    throw error;
  }
}
