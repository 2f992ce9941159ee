/**
 * RULES.md §9 `score.missing`: a score-rated row with a level but no score, neither annual nor from
 * periods. One warning per sheet that has no score column of any kind, else one per row.
 */
import type { RawFinding } from "../findings.js";
import type { RosterSheet } from "../roster/person.js";
import { isScoreRated } from "../scoreRating.js";
import { levelsArticle, stateLevel } from "./helpers.js";
import { personFinding, type Rule } from "./rule.js";

const ROW_MESSAGE = {
  vi: `Công chức, viên chức xếp loại theo điểm từ năm 2026 nhưng dòng này không ghi điểm (cả năm hay theo kỳ): không kiểm tra được khung điểm`,
  en: `Civil servants and public employees are rated by score from 2026, but this row gives no score (annual or per period): the score band cannot be checked`,
};

export const scoreMissingRule: Rule = {
  id: "score.missing",
  title: { vi: "Xếp loại theo điểm cần có điểm", en: "Rating by score needs a score" },
  source: (rs) =>
    rs.scoreRating
      ? `${levelsArticle(rs.scoreRating.civilServants)}; ${rs.scoreRating.publicEmployees}`
      : rs.law.civilServants,
  appliesTo: (rs) => rs.scoreRating !== undefined,
  rosterPass(ctx) {
    const { settings } = ctx;
    const findings: RawFinding[] = [];
    const unscored = new Map<RosterSheet, number>();
    // A sheet's rows come together: its columns are looked at once, its count kept in a variable.
    let sheet: RosterSheet | undefined;
    let noScoreColumn = false;
    let count = 0;
    const flush = () => {
      if (sheet !== undefined && count > 0) unscored.set(sheet, (unscored.get(sheet) ?? 0) + count);
      count = 0;
    };
    return {
      visit(p) {
        if (stateLevel(p) === undefined || !isScoreRated(p, settings)) return;
        if (p.sheet !== sheet) {
          flush();
          sheet = p.sheet;
          noScoreColumn = !sheet.fieldColumns.score && !sheet.fieldColumns.periodScore;
        }
        if (noScoreColumn) count++;
        else if (p.score === undefined && (p.periodScores?.length ?? 0) === 0)
          findings.push(
            personFinding(
              scoreMissingRule,
              ctx,
              p,
              p.sheet.fieldColumns.score ? "score" : "periodScore",
              ROW_MESSAGE,
              "warning",
            ),
          );
      },
      finish(emit) {
        flush();
        for (const f of findings) emit(f);
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
  },
};
