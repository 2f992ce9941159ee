/**
 * RULES.md §9 local overlay `quarter.excellent-blocked` (setting `quarterCap`, some provinces' 2026
 * rules): nobody with a failed period (rated KHTNV, or scored under 50) is rated HTXSNV for the year.
 */
import type { Localized } from "../i18n.js";
import { LEVEL_CODES } from "../roster/labelCodes.js";
import type { Period } from "../roster/person.js";
import type { PersonTable } from "../roster/personTable.js";
import { atMostMessage, levelFieldAt, stateLevelAt, withNote } from "./helpers.js";
import { periodName } from "./periods.js";
import { rowFinding, type Rule } from "./rule.js";

/** Row i's first period rated KHTNV, else its first period scored under 50. */
function failedPeriod(t: PersonTable, i: number): { period: Period; rated: boolean } | undefined {
  for (const column of t.periodLevels)
    if (column.values[i] === LEVEL_CODES.of.KHTNV) return { period: column.period, rated: true };
  for (const column of t.periodScores)
    if (column.values[i]! < 50) return { period: column.period, rated: false };
  return undefined;
}

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
  checkRows(t, from, to, ctx, emit) {
    const leadersOnly = ctx.settings.quarterCap === "leaders";
    const isLeader = t.isLeader;
    for (let i = from; i < to; i++) {
      if (stateLevelAt(t, i) !== LEVEL_CODES.of.HTXSNV || (leadersOnly && isLeader[i] !== 1)) continue;
      const failed = failedPeriod(t, i);
      if (failed === undefined) continue;
      const name = periodName(failed.period);
      const reason = failed.rated
        ? { vi: `${name.vi} xếp loại Không hoàn thành nhiệm vụ`, en: `${name.en} rated Not complete` }
        : { vi: `${name.vi} đạt dưới 50 điểm`, en: `${name.en} scored under 50` };
      const message = withNote(atMostMessage(reason, "level", "HTTNV", "HTXSNV"), LOCAL_NOTE);
      emit(rowFinding(quarterCapRule, ctx, t, i, levelFieldAt(t, i), message, "warning"));
    }
  },
};
