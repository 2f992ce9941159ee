/**
 * RULES.md §9 `score.missing`: a score-rated row with a level but no score, neither annual nor from
 * periods. One warning per sheet that has no score column of any kind, else one per row.
 */
import type { RosterSheet } from "../roster/person.js";
import { isScoreRatedAt, periodCountAt } from "../scoreRating.js";
import { levelsArticle, stateLevelAt } from "./helpers.js";
import { rowFinding, type Rule } from "./rule.js";

export const scoreMissingRule: Rule = {
  id: "score.missing",
  title: { vi: "Xếp loại theo điểm cần có điểm", en: "Rating by score needs a score" },
  source: (rs) =>
    rs.scoreRating
      ? `${levelsArticle(rs.scoreRating.civilServants)}; ${rs.scoreRating.publicEmployees}`
      : rs.law.civilServants,
  appliesTo: (rs) => rs.scoreRating !== undefined,
  checkTable(table, ctx, emit) {
    const unscored = new Map<RosterSheet, number>();
    const { score } = table;
    table.sheets.forEach(({ start, sheet }, k) => {
      const columns = sheet.fieldColumns;
      const scored = columns.score !== undefined || columns.periodScore !== undefined;
      for (let i = start, end = table.runEnd(k); i < end; i++) {
        if (stateLevelAt(table, i) === 0 || !isScoreRatedAt(table, i, ctx.settings)) continue;
        if (!scored) {
          unscored.set(sheet, (unscored.get(sheet) ?? 0) + 1);
          continue;
        }
        const s = score[i]!;
        if (s === s || periodCountAt(table, i) > 0) continue;
        const message = {
          vi: `Công chức, viên chức xếp loại theo điểm từ năm 2026 nhưng dòng này không ghi điểm (cả năm hay theo kỳ): không kiểm tra được khung điểm`,
          en: `Civil servants and public employees are rated by score from 2026, but this row gives no score (annual or per period): the score band cannot be checked`,
        };
        const field = columns.score ? "score" : "periodScore";
        emit(rowFinding(scoreMissingRule, ctx, table, i, field, message, "warning"));
      }
    });
    for (const [sheet, count] of unscored)
      emit({
        ruleId: "score.missing",
        severity: "warning",
        sheet: sheet.name,
        message: {
          vi: `Trang không có cột điểm (tổng điểm, điểm bình quân năm hay điểm theo quý, tháng): ${count} công chức, viên chức xếp loại theo điểm từ năm 2026 không kiểm tra được khung điểm`,
          en: `The sheet has no score column (annual, average or per quarter or month): ${count} civil servants and public employees rated by score from 2026 cannot be checked against the score bands`,
        },
        source: scoreMissingRule.source(ctx.ruleSet),
      });
  },
};
