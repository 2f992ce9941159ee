import type { SheetValues } from "../cells.js";
import type { Lang } from "../i18n.js";
import { readSheet } from "../roster/readSheet.js";
import type { Settings } from "../settings.js";
import { submittedPeople } from "./fromRoster.js";
import type { Submission } from "./schema.js";

/**
 * The body a unit sends from the sheets it checked: the people of every roster sheet, reduced to
 * the fields the back end accepts, how the unit counts its quota and the 2026 choices it checked under.
 */
export function submissionFromSheets(
  sheets: readonly SheetValues[],
  settings: Settings,
  lang: Lang,
): Submission {
  const people = sheets.flatMap(
    (s) => readSheet(s.name, s.rows, settings.columnMapping, s.firstRow ?? 1).people,
  );
  return {
    people: submittedPeople(people, lang),
    settings: {
      quotaBase: settings.quotaBase,
      quotaRounding: settings.quotaRounding,
      quotaScopes: settings.quotaScopes,
      vienChucBasis: settings.vienChucBasis,
      ...(settings.quotaPopulation ? { quotaPopulation: settings.quotaPopulation } : {}),
      leaveRules: settings.leaveRules,
      annualScore: settings.annualScore,
      disciplineCounted: settings.disciplineCounted,
      quarterCap: settings.quarterCap,
    },
  };
}
