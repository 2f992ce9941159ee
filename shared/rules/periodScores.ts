/**
 * RULES.md §9, score-rated rows with period scores: the annual score is the average of the periods
 * worked (`score.period-average`), and no period's level is above its score's band (`score.period-band`).
 */
import { formatNumber, type Lang } from "../i18n.js";
import type { Period } from "../roster/person.js";
import { LEVEL_CODES, levelOf, orderOfCode } from "../roster/labelCodes.js";
import { samePeriod, type PersonTable } from "../roster/personTable.js";
import { isScoreRatedAt, periodAverageAt, periodCountAt } from "../scoreRating.js";
import { levelLabel, levelsArticle } from "./helpers.js";
import { periodName } from "./periods.js";
import { rowFinding, type Rule } from "./rule.js";
import { BAND_LEVEL, BAND_RANGE, bandOrder } from "./scoreBands.js";

const TOLERANCE = 0.05 + 1e-9;

/** Row i's score for `period`: the first filled column of that period (NaN: none). */
function periodScoreAt(t: PersonTable, i: number, period: Period): number {
  for (const column of t.periodScores)
    if (samePeriod(column.period, period)) {
      const value = column.values[i]!;
      if (value === value) return value;
    }
  return Number.NaN;
}

function lawsOf(rs: { scoreRating?: { civilServants: string; publicEmployees: string } }): string {
  const laws = rs.scoreRating;
  return laws ? `${laws.civilServants}; ${laws.publicEmployees}` : "Nghị định 335/2025/NĐ-CP";
}

export const periodAverageRule: Rule = {
  id: "score.period-average",
  title: {
    vi: "Điểm cả năm là bình quân điểm các quý, tháng đã công tác",
    en: "Annual score is the average of the periods worked",
  },
  source: (rs) => `${lawsOf(rs)}, điều về thời điểm đánh giá (điểm trung bình, thời gian công tác thực tế)`,
  appliesTo: (rs, settings) => rs.scoreRating !== undefined && settings.annualScore === "average",
  needs: { all: ["score", "periodScore"] },
  checkRows(t, from, to, ctx, emit) {
    const score = t.score;
    const n = (value: number, lang: Lang) => formatNumber(value, lang, 2);
    for (let i = from; i < to; i++) {
      const annual = score[i]!;
      if (annual !== annual || !isScoreRatedAt(t, i, ctx.settings)) continue;
      const average = periodAverageAt(t, i);
      // No period scored: the average is NaN, which differs by nothing.
      if (!(Math.abs(annual - average) > TOLERANCE)) continue;
      const count = periodCountAt(t, i);
      const message = {
        vi: `Điểm cả năm ${n(annual, "vi")} khác bình quân ${count} kỳ đã chấm điểm (${n(average, "vi")}); kỳ để trống được coi là thời gian không công tác`,
        en: `The annual score ${n(annual, "en")} differs from the average of the ${count} periods scored (${n(average, "en")}); an empty period counts as time not worked`,
      };
      emit(rowFinding(periodAverageRule, ctx, t, i, "score", message, "warning"));
    }
  },
};

export const periodBandRule: Rule = {
  id: "score.period-band",
  title: {
    vi: "Xếp loại từng quý, tháng không cao hơn khung điểm của kỳ đó",
    en: "Each period's level not above its score band",
  },
  source: (rs) => levelsArticle(lawsOf(rs), "áp dụng cho từng kỳ"),
  appliesTo: (rs) => rs.scoreRating !== undefined,
  needs: { all: ["periodScore", "periodLevel"] },
  checkRows(t, from, to, ctx, emit) {
    for (let i = from; i < to; i++) {
      if (!isScoreRatedAt(t, i, ctx.settings)) continue;
      for (const given of t.periodLevels) {
        const code = given.values[i]!;
        if (code <= LEVEL_CODES.of.KXL) continue;
        const score = periodScoreAt(t, i, given.period);
        if (score !== score) continue;
        const band = bandOrder(score);
        if (orderOfCode(code) <= band) continue;
        const level = levelOf(code)!;
        const name = periodName(given.period);
        const range = BAND_RANGE[band]!;
        const max = BAND_LEVEL[band]!;
        const message = {
          vi: `${name.vi}: đạt ${formatNumber(score, "vi", 2)} điểm (${range.vi}), xếp loại của kỳ cao nhất là ${levelLabel(max, "vi")}, đang ghi ${level}`,
          en: `${name.en}: scored ${formatNumber(score, "en", 2)} (${range.en}), the period's level can be at most ${levelLabel(max, "en")}, but ${levelLabel(level, "en")} is given`,
        };
        const finding = rowFinding(periodBandRule, ctx, t, i, undefined, message);
        finding.column = given.letter;
        emit(finding);
      }
    }
  },
};
