/** RULES.md §9 `score.components`: general criteria (/30) plus task results (/70) make the total. */
import { formatNumber } from "../i18n.js";
import { rowFinding, type Rule } from "./rule.js";

/** Scores are typed to one or two decimals: a difference above this is a sum that does not add up. */
const TOLERANCE = 0.05 + 1e-9;

export const scoreComponentsRule: Rule = {
  id: "score.components",
  title: {
    vi: "Tổng điểm bằng điểm tiêu chí chung cộng điểm kết quả thực hiện nhiệm vụ",
    en: "Total equals general criteria plus task results",
  },
  source: (rs) =>
    `${rs.scoreRating?.civilServants ?? "Nghị định 335/2025/NĐ-CP"} (100 điểm = 30 + 70); ${rs.law.party}`,
  appliesTo: () => true,
  needs: { all: ["generalScore", "taskScore", "score"] },
  checkRows(t, from, to, ctx, emit) {
    const { generalScore, taskScore, score } = t;
    const n = (value: number, lang: "vi" | "en") => formatNumber(value, lang, 2);
    for (let i = from; i < to; i++) {
      const general = generalScore[i]!;
      const task = taskScore[i]!;
      const total = score[i]!;
      // A missing part (NaN) makes the difference NaN, which is not a finding.
      const sum = Math.round((general + task) * 1000) / 1000;
      if (!(Math.abs(sum - total) > TOLERANCE)) continue;
      const message = {
        vi: `Tổng điểm ${n(total, "vi")} không bằng điểm tiêu chí chung ${n(general, "vi")} cộng điểm kết quả thực hiện nhiệm vụ ${n(task, "vi")} (= ${n(sum, "vi")})`,
        en: `The total ${n(total, "en")} is not general criteria ${n(general, "en")} plus task results ${n(task, "en")} (= ${n(sum, "en")})`,
      };
      emit(rowFinding(scoreComponentsRule, ctx, t, i, "score", message));
    }
  },
};
