/** RULES.md §9 `score.components`: general criteria (/30) plus task results (/70) make the total. */
import { formatNumber } from "../i18n.js";
import { personFinding, type Rule } from "./rule.js";

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
  checkPerson(p, ctx, emit) {
    const general = p.generalScore;
    const task = p.taskScore;
    const total = p.score;
    if (general === undefined || task === undefined || total === undefined) return;
    const sum = Math.round((general + task) * 1000) / 1000;
    if (Math.abs(sum - total) <= TOLERANCE) return;
    const n = (value: number, lang: "vi" | "en") => formatNumber(value, lang, 2);
    const message = {
      vi: `Tổng điểm ${n(total, "vi")} không bằng điểm tiêu chí chung ${n(general, "vi")} cộng điểm kết quả thực hiện nhiệm vụ ${n(task, "vi")} (= ${n(sum, "vi")})`,
      en: `The total ${n(total, "en")} is not general criteria ${n(general, "en")} plus task results ${n(task, "en")} (= ${n(sum, "en")})`,
    };
    emit(personFinding(scoreComponentsRule, ctx, p, "score", message));
  },
};
