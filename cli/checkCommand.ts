import type { Settings } from "../shared/settings.js";
import { CliError } from "./cliError.js";
import { checkFile } from "./loadRoster.js";
import { textReport } from "./textReport.js";

/** `check`: exit 0 without error findings, 1 with some, 2 when the input cannot be used. */
export async function runCheck(
  file: string,
  settings: Settings,
  options: { json: boolean; sheet?: string; unitName?: string },
): Promise<number> {
  const result = await checkFile(file, settings, options);
  if (result instanceof CliError) throw result;
  if (options.json) {
    const { ruleSet, year, assessmentDate, people, findings, quota, summary, sheets } = result;
    process.stdout.write(
      `${JSON.stringify({ ruleSet, year, assessmentDate, people, findings, quota, summary, sheets }, null, 2)}\n`,
    );
  } else process.stdout.write(textReport(file, result, settings.lang));
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}
