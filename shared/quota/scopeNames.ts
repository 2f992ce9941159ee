import type { Localized } from "../i18n.js";
import type { QuotaScope } from "../settings.js";

/** How a quota scope is named to a person (RULES.md §5). */
export const QUOTA_SCOPE_NAMES: Record<QuotaScope, Localized> = {
  agency: { vi: "Toàn cơ quan", en: "Agency" },
  group: { vi: "Nhóm", en: "Group" },
  unit: { vi: "Đơn vị", en: "Unit" },
  party: { vi: "Chi bộ", en: "Party cell" },
};

/** One scope as a sentence names it: "nhóm «Chuyên viên»", "the Party organisation «Chi bộ 1»". */
export function scopePhrase(result: { scope: QuotaScope; key: string }): Localized {
  const k = result.key;
  switch (result.scope) {
    case "agency":
      return { vi: "toàn cơ quan", en: "the whole agency" };
    case "group":
      return { vi: `nhóm «${k}»`, en: `the peer group «${k}»` };
    case "unit":
      return { vi: `đơn vị «${k}»`, en: `the unit «${k}»` };
    case "party":
      return { vi: `tổ chức đảng «${k}»`, en: `the Party organisation «${k}»` };
  }
}
