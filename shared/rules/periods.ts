/** How a period of the year is named in findings: "Quý II" / "Q2", "Tháng 3" / "month 3". */
import type { Localized } from "../i18n.js";
import type { Period } from "../roster/person.js";

const ROMAN = ["", "I", "II", "III", "IV"];

export function periodName(period: Period): Localized {
  return period.unit === "quarter"
    ? { vi: `Quý ${ROMAN[period.index] ?? period.index}`, en: `Q${period.index}` }
    : { vi: `Tháng ${period.index}`, en: `month ${period.index}` };
}
