import type { Lang } from "../../shared/i18n.js";
import { NO_PARTY_CELL, NO_UNIT, scopeTitle } from "../../shared/quota/index.js";
import type { QuotaResult } from "../../shared/quota/types.js";

type Scope = Pick<QuotaResult, "scope" | "key" | "derived" | "population">;

/** The words the engine writes into the keys of derived groups and of rows without a unit or cell. */
const KEY_WORDS: Record<string, string> = {
  [NO_UNIT]: "(no unit given)",
  [NO_PARTY_CELL]: "(no Party cell given)",
  CB: "cadres",
  CC: "civil servants",
  VC: "public employees",
  NLĐ: "contract workers",
  "chưa rõ đối tượng": "staff type not given",
  "lãnh đạo": "leaders",
  "không lãnh đạo": "non-leaders",
};

/**
 * A quota scope as a heading names it. In English the engine's own words in a key (a derived group
 * "unit · CC · lãnh đạo", a missing unit) are translated; names from the roster stay as written.
 */
export function scopeName(result: Scope, lang: Lang): string {
  if (lang === "vi") return scopeTitle(result).vi;
  const parts = result.key.split(" · ");
  const key = (result.derived ? parts : [result.key]).map((part) => KEY_WORDS[part] ?? part).join(" · ");
  return scopeTitle({ ...result, key }).en;
}
