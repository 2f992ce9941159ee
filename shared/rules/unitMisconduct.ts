/**
 * RULES.md §9 `leader.unit-misconduct`: a score-rated leader whose unit was dealt with for
 * embezzlement, corruption or waste is KHTNV.
 */
import { isScoreRated, scoreRatingLaw } from "../scoreRating.js";
import { levelsArticle, mustBeMessage, stateLevel } from "./helpers.js";
import { personFinding, type Rule } from "./rule.js";

const REASON = {
  vi: "Lãnh đạo, quản lý có cơ quan, đơn vị phụ trách bị xử lý vì tham ô, tham nhũng, lãng phí",
  en: "Leader of a unit that was dealt with for embezzlement, corruption or waste",
};

export const unitMisconductRule: Rule = {
  id: "leader.unit-misconduct",
  title: {
    vi: "Đơn vị do mình phụ trách bị xử lý tham nhũng, lãng phí thì Không hoàn thành nhiệm vụ",
    en: "Unit led dealt with for corruption or waste: Not complete",
  },
  source: (rs) => levelsArticle(rs.scoreRating?.civilServants ?? rs.law.civilServants, "trường hợp (d)"),
  appliesTo: (rs) => rs.scoreRating !== undefined,
  needs: { all: ["unitMisconductHandled"] },
  checkPerson(p, ctx, emit) {
    if (!p.unitMisconductHandled || !p.isLeader || !isScoreRated(p, ctx.settings)) return;
    const level = stateLevel(p);
    if (level === undefined || level === "KHTNV") return;
    const finding = personFinding(
      unitMisconductRule,
      ctx,
      p,
      p.levelField,
      mustBeMessage(REASON, "level", "KHTNV", level),
    );
    finding.source = levelsArticle(scoreRatingLaw(p, ctx.settings)!, "trường hợp (d)");
    emit(finding);
  },
};
