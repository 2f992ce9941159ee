import type { RawFinding } from "../findings.js";
import { formatNumber, type Localized } from "../i18n.js";
import type { QuotaBase, QuotaRounding, ResolvedSettings } from "../settings.js";
import { scopePhrase } from "./scopeNames.js";
import type { QuotaResult } from "./types.js";

function scopeText(result: QuotaResult): Localized {
  const name = scopePhrase(result);
  return result.scope === "party"
    ? { vi: `trong ${name.vi} (xếp loại đảng viên)`, en: `in ${name.en} (Party level)` }
    : { vi: `trong ${name.vi}`, en: `in ${name.en}` };
}

function baseText(kind: QuotaBase, base: number): Localized {
  switch (kind) {
    case "good":
      return { vi: `${base} người HTTNV`, en: `${base} rated Good` };
    case "good-inclusive":
      return { vi: `${base} người HTTNV và HTXSNV`, en: `${base} rated Good or Excellent` };
    case "headcount":
      return { vi: `tổng số ${base} người`, en: `a headcount of ${base}` };
  }
}

const ROUNDING: Record<QuotaRounding, Localized> = {
  exact: { vi: "làm tròn xuống", en: "rounded down" },
  round: { vi: "làm tròn", en: "rounded" },
  ceil: { vi: "làm tròn lên", en: "rounded up" },
};

const BASE_RULE: Record<QuotaBase, string> = {
  good: "HTXSNV không quá 20% số HTTNV",
  "good-inclusive": "HTXSNV không quá 20% số HTTNV (tính cả HTXSNV)",
  headcount: "quy định của địa phương: HTXSNV không quá 20% tổng số người",
};

/**
 * The texts that set a scope's quota: the Party's for Party scopes; ND335 for công chức and ND233 for
 * viên chức counted on their own (RULES.md §9); else the state and Party texts of the rule set.
 */
function quotaLaws(settings: ResolvedSettings, result: QuotaResult): string[] {
  const { law, scoreRating } = settings.ruleSet;
  if (result.scope === "party") return [law.party];
  switch (result.population) {
    case "CC":
      return [scoreRating?.civilServants ?? law.civilServants];
    case "VC":
      return [scoreRating?.publicEmployees ?? law.staff];
    case "other":
      return [law.staff, law.party];
    case undefined:
      return [law.staff, law.civilServants, law.party];
  }
}

/** The legal basis of a scope's quota, and the rule as the base setting reads it. */
export function quotaSource(settings: ResolvedSettings, result: QuotaResult): string {
  return `${[...new Set(quotaLaws(settings, result))].join("; ")}: ${BASE_RULE[result.baseKind]}`;
}

/** The scope as the command line's JSON names it: `agency`, `group: Chuyên viên`; `agency · CC` per population. */
function scopeId(result: QuotaResult): string {
  const scope = result.population === undefined ? result.scope : `${result.scope} · ${result.population}`;
  return result.scope === "agency" ? scope : `${scope}: ${result.key}`;
}

/**
 * The `quota.excellent` finding for a scope over its quota; it names the people outside the quota.
 * A derived group is a guess at the agency's groups, so its excess is a warning (RULES.md §5).
 */
export function quotaFinding(result: QuotaResult, settings: ResolvedSettings): RawFinding {
  const scope = scopeText(result);
  const base = baseText(result.baseKind, result.base);
  const outside = result.people
    .filter((p) => !p.withinQuota)
    .map((p) => p.name)
    .join(", ");
  const rate = (lang: "vi" | "en") => `${formatNumber(result.rate * 100, lang)}% × ${result.base}`;
  const derived: Localized = result.derived
    ? {
        vi: " Nhóm được suy ra (đơn vị × đối tượng × lãnh đạo/không lãnh đạo) vì danh sách không ghi nhóm tương đồng, nên đây chỉ là cảnh báo: hãy đối chiếu với các nhóm của cơ quan.",
        en: " The group was derived (unit × staff type × leader/non-leader) because the roster gives no peer group, so this is only a warning: compare with the agency's own groups.",
      }
    : { vi: "", en: "" };
  const sheets = new Set(result.people.map((p) => p.sheet));
  const finding: RawFinding = {
    ruleId: "quota.excellent",
    severity: result.derived ? "warning" : "error",
    rows: result.people.map((p) => p.row),
    scope: scopeId(result),
    message: {
      vi:
        `Vượt tỷ lệ HTXSNV ${scope.vi}: ${result.excellent} người HTXSNV so với ${base.vi}; ` +
        `tối đa ${result.allowed} (${rate("vi")}, ${ROUNDING[settings.quotaRounding].vi}), vượt ${result.excess}. ` +
        `Ngoài chỉ tiêu (ít phiếu, điểm thấp nhất): ${outside}.${derived.vi}`,
      en:
        `Too many rated Excellent ${scope.en}: ${result.excellent} Excellent against ${base.en}; ` +
        `at most ${result.allowed} (${rate("en")}, ${ROUNDING[settings.quotaRounding].en}), ${result.excess} over. ` +
        `Outside the quota (fewest votes, lowest score): ${outside}.${derived.en}`,
    },
    source: quotaSource(settings, result),
  };
  if (sheets.size === 1) finding.sheet = [...sheets][0];
  return finding;
}
