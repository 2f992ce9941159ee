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
      return { vi: `${base} người HTTNV`, en: `${base} rated HTTNV` };
    case "good-inclusive":
      return { vi: `${base} người HTTNV và HTXSNV`, en: `${base} rated HTTNV or HTXSNV` };
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

/** The legal basis from the rule set: state and Party texts for staff scopes, Party texts for Party scopes. */
export function quotaSource(settings: ResolvedSettings, result: QuotaResult): string {
  const law = settings.ruleSet.law;
  const texts = result.scope === "party" ? [law.party] : [law.staff, law.civilServants, law.party];
  return `${[...new Set(texts)].join("; ")}: ${BASE_RULE[result.baseKind]}`;
}

/** The `quota.excellent` finding for a scope over its quota; it names the people outside the quota. */
export function quotaFinding(result: QuotaResult, settings: ResolvedSettings): RawFinding {
  const scope = scopeText(result);
  const base = baseText(result.baseKind, result.base);
  const outside = result.people.filter((p) => !p.withinQuota).map((p) => p.name);
  const rate = (lang: "vi" | "en") => `${formatNumber(result.rate * 100, lang)}% × ${result.base}`;
  const derived: Localized = result.derived
    ? {
        vi: " Nhóm được suy ra (đơn vị × đối tượng × lãnh đạo/không lãnh đạo) vì danh sách không ghi nhóm tương đồng.",
        en: " The group was derived (unit × staff type × leader/non-leader) because the roster gives no peer group.",
      }
    : { vi: "", en: "" };
  const sheets = new Set(result.people.map((p) => p.sheet));
  const finding: RawFinding = {
    ruleId: "quota.excellent",
    severity: "error",
    rows: result.people.map((p) => p.row),
    scope: result.scope === "agency" ? "agency" : `${result.scope}: ${result.key}`,
    message: {
      vi:
        `Vượt tỷ lệ HTXSNV ${scope.vi}: ${result.excellent} người HTXSNV so với ${base.vi}; ` +
        `tối đa ${result.allowed} (${rate("vi")}, ${ROUNDING[settings.quotaRounding].vi}), vượt ${result.excess}. ` +
        `Ngoài chỉ tiêu (ít phiếu, điểm thấp nhất): ${outside.join(", ")}.${derived.vi}`,
      en:
        `Too many rated HTXSNV ${scope.en}: ${result.excellent} HTXSNV against ${base.en}; ` +
        `at most ${result.allowed} (${rate("en")}, ${ROUNDING[settings.quotaRounding].en}), ${result.excess} over. ` +
        `Outside the quota (fewest votes, lowest score): ${outside.join(", ")}.${derived.en}`,
    },
    source: quotaSource(settings, result),
  };
  if (sheets.size === 1) finding.sheet = [...sheets][0];
  return finding;
}
