/**
 * RULES.md §9 `leader.unit-misconduct`: a score-rated leader whose unit was dealt with for
 * embezzlement, corruption or waste is KHTNV.
 */
import { LEVEL_CODES, levelOf } from "../roster/labelCodes.js";
import { scoreRatingLawAt } from "../scoreRating.js";
import { levelFieldAt, levelsArticle, mustBeMessage, stateLevelAt } from "./helpers.js";
import { rowFinding, type Rule } from "./rule.js";

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
  checkRows(t, from, to, ctx, emit) {
    const { unitMisconductHandled, isLeader } = t;
    for (let i = from; i < to; i++) {
      if (unitMisconductHandled[i] !== 1 || isLeader[i] !== 1) continue;
      // The law a row is rated under: none when it is not score-rated.
      const law = scoreRatingLawAt(t, i, ctx.settings);
      const level = stateLevelAt(t, i);
      if (law === undefined || level <= LEVEL_CODES.of.KHTNV) continue;
      const message = mustBeMessage(REASON, "level", "KHTNV", levelOf(level)!);
      const finding = rowFinding(unitMisconductRule, ctx, t, i, levelFieldAt(t, i), message);
      finding.source = levelsArticle(law, "trường hợp (d)");
      emit(finding);
    }
  },
};
