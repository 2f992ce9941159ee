import { localize, type Lang, type Localized } from "../i18n.js";
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

/** One note naming the scopes over their quota (staff scopes, or the Party ones), or none. */
export function quotaNotes(
  results: readonly QuotaResult[] | undefined,
  party: boolean,
  lang: Lang,
): string[] {
  const over = (results ?? []).filter((r) => r.excess > 0 && (r.scope === "party") === party);
  if (over.length === 0) return [];
  const list = over.map((r) => {
    const name = localize(scopeName(r), lang);
    return lang === "vi" ? `${name} vượt ${r.excess}` : `${name} ${r.excess} over`;
  });
  return [localize(notes.overQuota(list.join(", ")), lang)];
}
