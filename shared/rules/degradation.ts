/**
 * RULES.md §9 `degradation.fail`, every rule set: a concluded finding of political, ethical or
 * lifestyle degradation (or of breaking what Party members may not do, or of failing the duty to
 * set an example) forces KHTNV.
 */
import { LEVEL_CODES, levelOf } from "../roster/labelCodes.js";
import { levelFieldAt, levelsArticle, mustBeMessage, ND90, stateLevelAt } from "./helpers.js";
import { rowFinding, type Rule } from "./rule.js";

const REASON = {
  vi: "Có kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống, tự diễn biến, tự chuyển hóa",
  en: "Concluded finding of political, ethical or lifestyle degradation",
};

export const degradationRule: Rule = {
  id: "degradation.fail",
  title: {
    vi: "Có kết luận suy thoái thì Không hoàn thành nhiệm vụ",
    en: "Concluded degradation: Not complete",
  },
  source: (rs) => {
    const nd90 = `Điều 7, 11, 15 ${ND90}`;
    return rs.scoreRating
      ? `${nd90}; ${levelsArticle(rs.scoreRating.civilServants, "trường hợp (b)")}`
      : nd90;
  },
  appliesTo: () => true,
  needs: { all: ["degradationConcluded"] },
  checkRows(t, from, to, ctx, emit) {
    const concluded = t.degradationConcluded;
    for (let i = from; i < to; i++) {
      if (concluded[i] !== 1) continue;
      const level = stateLevelAt(t, i);
      if (level <= LEVEL_CODES.of.KHTNV) continue;
      const message = mustBeMessage(REASON, "level", "KHTNV", levelOf(level)!);
      emit(rowFinding(degradationRule, ctx, t, i, levelFieldAt(t, i), message));
    }
  },
};
