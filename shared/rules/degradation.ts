/**
 * RULES.md §9 `degradation.fail`, every rule set: a concluded finding of political, ethical or
 * lifestyle degradation (or of breaking what Party members may not do, or of failing the duty to
 * set an example) forces KHTNV.
 */
import { levelsArticle, mustBeMessage, ND90, stateLevel } from "./helpers.js";
import { personFinding, type Rule } from "./rule.js";

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
  checkPerson(p, ctx, emit) {
    if (!p.degradationConcluded) return;
    const level = stateLevel(p);
    if (level === undefined || level === "KHTNV") return;
    emit(
      personFinding(degradationRule, ctx, p, p.levelField, mustBeMessage(REASON, "level", "KHTNV", level)),
    );
  },
};
