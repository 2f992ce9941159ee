/**
 * RULES.md §9, score-rated rows with period scores: the annual score is the average of the periods
 * worked (`score.period-average`), and no period's level is above its score's band (`score.period-band`).
 */
import { formatNumber, type Lang } from "../i18n.js";
import { levelOrder } from "../levels.js";
import { isScoreRated, periodAverage } from "../scoreRating.js";
import { levelLabel, levelsArticle } from "./helpers.js";
import { periodName, samePeriod } from "./periods.js";
import { personFinding, type Rule } from "./rule.js";
import { BAND_LEVEL, BAND_RANGE, bandOrder } from "./scoreBands.js";

const TOLERANCE = 0.05 + 1e-9;

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
  checkPerson(p, ctx, emit) {
    const annual = p.score;
    if (annual === undefined || !isScoreRated(p, ctx.settings)) return;
    const average = periodAverage(p);
    if (average === undefined) return;
    if (Math.abs(annual - average) <= TOLERANCE) return;
    const count = p.periodScores!.length;
    const n = (value: number, lang: Lang) => formatNumber(value, lang, 2);
    const message = {
      vi: `Điểm cả năm ${n(annual, "vi")} khác bình quân ${count} kỳ đã chấm điểm (${n(average, "vi")}); kỳ để trống được coi là thời gian không công tác`,
      en: `The annual score ${n(annual, "en")} differs from the average of the ${count} periods scored (${n(average, "en")}); an empty period counts as time not worked`,
    };
    emit(personFinding(periodAverageRule, ctx, p, "score", message, "warning"));
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
  checkPerson(p, ctx, emit) {
    const levels = p.periodLevels;
    const scores = p.periodScores;
    if (!levels || !scores || !isScoreRated(p, ctx.settings)) return;
    for (const given of levels) {
      if (given.value === "KXL") continue;
      const score = scores.find((s) => samePeriod(s.period, given.period));
      if (score === undefined) continue;
      const band = bandOrder(score.value);
      if (levelOrder(given.value) <= band) continue;
      const name = periodName(given.period);
      const range = BAND_RANGE[band]!;
      const max = BAND_LEVEL[band]!;
      const message = {
        vi: `${name.vi}: đạt ${formatNumber(score.value, "vi", 2)} điểm (${range.vi}), xếp loại của kỳ cao nhất là ${levelLabel(max, "vi")}, đang ghi ${given.value}`,
        en: `${name.en}: scored ${formatNumber(score.value, "en", 2)} (${range.en}), the period's level can be at most ${levelLabel(max, "en")}, but ${levelLabel(given.value, "en")} is given`,
      };
      const finding = personFinding(periodBandRule, ctx, p, undefined, message);
      finding.column = given.column;
      emit(finding);
    }
  },
};
