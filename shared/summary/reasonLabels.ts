import { DISCIPLINE_NAMES } from "../coerce/categories.js";
import type { Localized } from "../i18n.js";
import type { Reason, ReasonCode } from "./types.js";

export const REASON_LABELS: Record<ReasonCode, Localized> = {
  "short-service": { vi: "Công tác dưới 6 tháng trong năm", en: "Worked less than 6 months in the year" },
  "long-leave": { vi: "Nghỉ từ 6 tháng trở lên", en: "On leave 6 months or more" },
  maternity: { vi: "Nghỉ thai sản", en: "Maternity leave" },
  exempt: { vi: "Miễn sinh hoạt", en: "Exempted from Party activities" },
  suspended: { vi: "Đình chỉ sinh hoạt", en: "Suspended from Party activities" },
  "new-member": { vi: "Mới kết nạp dưới 6 tháng", en: "Admitted less than 6 months ago" },
  "not-reviewed": { vi: "Chưa kiểm điểm", en: "Not yet reviewed" },
  discipline: { vi: "Kỷ luật", en: "Disciplined" },
  criteria: { vi: "Không đạt tiêu chí", en: "Criteria not met" },
  score: { vi: "Điểm dưới 50", en: "Score below 50" },
  other: { vi: "Khác", en: "Other" },
};

/** "Kỷ luật (khiển trách)": the code's label, with the discipline form when there is one. */
export function reasonLabel(reason: Reason): Localized {
  const base = REASON_LABELS[reason.code];
  if (!reason.discipline) return base;
  const form = DISCIPLINE_NAMES[reason.discipline];
  return { vi: `${base.vi} (${form.vi})`, en: `${base.en} (${form.en})` };
}
