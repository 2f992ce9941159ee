import type { Localized } from "../i18n.js";
import type { DisciplineForm } from "../roster/person.js";
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

export const DISCIPLINE_LABELS: Record<DisciplineForm, Localized> = {
  reprimand: { vi: "khiển trách", en: "reprimand" },
  warning: { vi: "cảnh cáo", en: "warning" },
  "salary-reduction": { vi: "hạ bậc lương", en: "salary reduction" },
  demotion: { vi: "giáng chức", en: "demotion" },
  "dismissal-from-post": { vi: "cách chức", en: "dismissal from post" },
  "forced-resignation": { vi: "buộc thôi việc", en: "forced resignation" },
  expulsion: { vi: "khai trừ", en: "expulsion" },
  other: { vi: "hình thức khác", en: "other form" },
};

/** "Kỷ luật (khiển trách)": the code's label, with the discipline form when there is one. */
export function reasonLabel(reason: Reason): Localized {
  const base = REASON_LABELS[reason.code];
  if (!reason.discipline) return base;
  const form = DISCIPLINE_LABELS[reason.discipline];
  return { vi: `${base.vi} (${form.vi})`, en: `${base.en} (${form.en})` };
}
