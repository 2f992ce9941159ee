import type { Localized } from "../i18n.js";
import type { QuotaScope } from "../settings.js";

/** How a quota scope is named to a person (RULES.md §5). */
export const QUOTA_SCOPE_NAMES: Record<QuotaScope, Localized> = {
  agency: { vi: "Toàn cơ quan", en: "Agency" },
  group: { vi: "Nhóm", en: "Group" },
  unit: { vi: "Đơn vị", en: "Unit" },
  party: { vi: "Chi bộ", en: "Party cell" },
};
