/**
 * RULES.md §9 local overlay `quarter.excellent-blocked` (setting `quarterCap`, some provinces' 2026
 * rules): nobody with a failed period (rated KHTNV, or scored under 50) is rated HTXSNV for the year.
 */
import type { Localized } from "../i18n.js";
import { atMostMessage, stateLevel, withNote } from "./helpers.js";
import { periodName } from "./periods.js";
import { personFinding, type Rule } from "./rule.js";

const LOCAL_NOTE: Localized = {
  vi: "(quy định của địa phương, thiết lập quarterCap)",
  en: "(a local rule, setting quarterCap)",
};

export const quarterCapRule: Rule = {
  id: "quarter.excellent-blocked",
  title: {
    vi: "Có quý, tháng không hoàn thành nhiệm vụ thì không xếp loại Hoàn thành xuất sắc cả năm",
    en: "A failed period blocks Excellent for the year",
  },
  source: () => "Quy định của địa phương năm 2026 (thiết lập quarterCap)",
  appliesTo: (rs, settings) => rs.scoreRating !== undefined && settings.quarterCap !== "off",
  needs: { any: ["periodScore", "periodLevel"] },
  checkPerson(p, ctx, emit) {
    if (stateLevel(p) !== "HTXSNV") return;
    if (ctx.settings.quarterCap === "leaders" && !p.isLeader) return;
    const failedLevel = p.periodLevels?.find((l) => l.value === "KHTNV");
    const failedScore = p.periodScores?.find((s) => s.value < 50);
    const failed = failedLevel ?? failedScore;
    if (failed === undefined) return;
    const name = periodName(failed.period);
    const reason = failedLevel
      ? { vi: `${name.vi} xếp loại Không hoàn thành nhiệm vụ`, en: `${name.en} rated Not complete` }
      : { vi: `${name.vi} đạt dưới 50 điểm`, en: `${name.en} scored under 50` };
    const message = withNote(atMostMessage(reason, "level", "HTTNV", "HTXSNV"), LOCAL_NOTE);
    emit(personFinding(quarterCapRule, ctx, p, p.levelField, message, "warning"));
  },
};
