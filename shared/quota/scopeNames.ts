import type { Localized } from "../i18n.js";
import type { QuotaScope } from "../settings.js";
import { NO_PARTY_CELL, NO_UNIT } from "./groups.js";
import type { StaffPopulation } from "./population.js";

/** How a quota scope is named to a person (RULES.md §5). */
export const QUOTA_SCOPE_NAMES: Record<QuotaScope, Localized> = {
  agency: { vi: "Toàn cơ quan", en: "Agency" },
  group: { vi: "Nhóm", en: "Group" },
  unit: { vi: "Đơn vị", en: "Unit" },
  party: { vi: "Chi bộ", en: "Party cell" },
};

/** Who a population of RULES.md §9 counts; `other` is cán bộ, viên chức under ND90, and staff of unknown type. */
export const POPULATION_NAMES: Record<StaffPopulation, Localized> = {
  CC: { vi: "công chức", en: "civil servants" },
  VC: { vi: "viên chức", en: "public employees" },
  other: { vi: "cán bộ và đối tượng khác", en: "cadres and other staff" },
};

/** The words the engine writes into keys (derived groups, rows without a unit or cell), in English. */
const KEY_WORDS_EN: Record<string, string> = {
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

interface NamedScope {
  scope: QuotaScope;
  key: string;
  population?: StaffPopulation;
  derived?: boolean;
}

/** A scope's key in both languages: the engine's own words translated, names from the roster as written. */
export function scopeKey(result: NamedScope): Localized {
  const parts = result.derived ? result.key.split(" · ") : [result.key];
  return { vi: result.key, en: parts.map((part) => KEY_WORDS_EN[part] ?? part).join(" · ") };
}

function phrase(scope: QuotaScope, k: Localized): Localized {
  switch (scope) {
    case "agency":
      return { vi: "toàn cơ quan", en: "the whole agency" };
    case "group":
      return { vi: `nhóm «${k.vi}»`, en: `the peer group «${k.en}»` };
    case "unit":
      return { vi: `đơn vị «${k.vi}»`, en: `the unit «${k.en}»` };
    case "party":
      return { vi: `tổ chức đảng «${k.vi}»`, en: `the Party organisation «${k.en}»` };
  }
}

/**
 * One scope as a sentence names it, with its population when it has one: "nhóm «Chuyên viên»",
 * "toàn cơ quan · công chức", "the Party organisation «Chi bộ 1»".
 */
export function scopePhrase(result: NamedScope): Localized {
  const name = phrase(result.scope, scopeKey(result));
  // A derived group's name already holds its staff type.
  if (result.population === undefined || result.derived) return name;
  const who = POPULATION_NAMES[result.population];
  return { vi: `${name.vi} · ${who.vi}`, en: `${name.en} · ${who.en}` };
}

/** A scope as a table's row names it: "Toàn cơ quan · công chức", "Chi bộ: Chi bộ Văn phòng". */
export function scopeTitle(result: NamedScope): Localized {
  const name = QUOTA_SCOPE_NAMES[result.scope];
  const key = scopeKey(result);
  const who =
    result.population === undefined || result.derived ? undefined : POPULATION_NAMES[result.population];
  const title = (lang: "vi" | "en") =>
    `${name[lang]}${result.scope === "agency" ? "" : `: ${key[lang]}`}${who ? ` · ${who[lang]}` : ""}`;
  return { vi: title("vi"), en: title("en") };
}
