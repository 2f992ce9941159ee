import { localize, type Lang, type Localized } from "../i18n.js";
import { POPULATION_NAMES } from "../quota/index.js";
import type { QuotaResult } from "../quota/types.js";
import { notes } from "./labels.js";

function scopeName(r: QuotaResult): Localized {
  switch (r.scope) {
    case "agency":
      return { vi: "toàn đơn vị", en: "whole unit" };
    case "group":
      return { vi: `nhóm «${r.key}»`, en: `peer group «${r.key}»` };
    case "unit":
      return { vi: `đơn vị «${r.key}»`, en: `unit «${r.key}»` };
    case "party":
      return { vi: `«${r.key}»`, en: `«${r.key}»` };
  }
}

/** "toàn đơn vị · công chức": the scope, and its population when the row it is noted on does not say it. */
function named(r: QuotaResult, lang: Lang, withPopulation: boolean): string {
  const name = localize(scopeName(r), lang);
  if (!withPopulation || r.population === undefined) return name;
  return `${name} · ${localize(POPULATION_NAMES[r.population], lang)}`;
}

/**
 * One note naming those of `results` over their quota, or none. A derived group is left out: its
 * excess is only a warning about a guessed group (RULES.md §5), not a quota the unit broke. On its
 * population's own row a scope is named without the population (RULES.md §9), elsewhere with it.
 */
export function quotaNotes(results: readonly QuotaResult[], lang: Lang, onPopulationRow = false): string[] {
  const over = results.filter((r) => r.excess > 0 && !r.derived);
  if (over.length === 0) return [];
  const list = over.map((r) => {
    const name = named(r, lang, !onPopulationRow);
    return lang === "vi" ? `${name} vượt ${r.excess}` : `${name} ${r.excess} over`;
  });
  return [localize(notes.overQuota(list.join(", ")), lang)];
}
