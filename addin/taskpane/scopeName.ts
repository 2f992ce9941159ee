import type { Lang } from "../../shared/i18n.js";
import { scopeTitle } from "../../shared/quota/index.js";
import type { QuotaResult } from "../../shared/quota/types.js";

type Scope = Pick<QuotaResult, "scope" | "key" | "derived" | "population">;

/** A quota scope as a heading names it, the engine's own words in English when the pane speaks it. */
export function scopeName(result: Scope, lang: Lang): string {
  return scopeTitle(result)[lang];
}
