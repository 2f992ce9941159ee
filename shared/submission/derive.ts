import { checkQuota, type QuotaResult } from "../quota/index.js";
import { PersonTable } from "../roster/personTable.js";
import { resolveSettings, settingsSchema } from "../settings.js";
import { summarizeUnit, tallyOf, type UnitSummary } from "../summary/index.js";
import { peopleFromSubmission } from "./people.js";
import type { Submission } from "./schema.js";

/**
 * What the server keeps of a submission, worked out again from its people with the same code the
 * add-in and the command line use: it never takes counts from the client.
 */
export function deriveSubmission(
  submission: Submission,
  year: number,
  unitName: string,
): { summary: UnitSummary; quota: QuotaResult[] } {
  const settings = resolveSettings(settingsSchema.parse({ ...submission.settings, year }), year);
  const people = PersonTable.fromPeople(peopleFromSubmission(submission.people));
  const quota = checkQuota(people, settings, unitName).results;
  // The unit counts once, with its own quota check, in every roll-up above it.
  const summary = { ...summarizeUnit(people, { settings, unitName }), units: 1, quotaTally: tallyOf(quota) };
  return { summary, quota };
}
