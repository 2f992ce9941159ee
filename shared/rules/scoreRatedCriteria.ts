/**
 * RULES.md §9: ND90's task criteria (§4.4) are not run on the staff level of score-rated rows, since
 * ND335 and ND233 set the level by the score. One `input.column-missing` info per sheet says so,
 * where the sheet has criteria columns that would otherwise have been read for those rows.
 */
import { CRITERIA_COLUMNS } from "../roster/personColumns.js";
import type { RosterSheet } from "../roster/person.js";
import { isScoreRatedAt } from "../scoreRating.js";
import { stateLevelAt } from "./helpers.js";
import type { Rule } from "./rule.js";

export const scoreRatedCriteriaRule: Rule = {
  id: "input.column-missing",
  title: {
    vi: "Tiêu chí nhiệm vụ của Nghị định 90 không áp dụng cho người xếp loại theo điểm",
    en: "ND90's task criteria do not apply to rows rated by score",
  },
  source: (rs) =>
    rs.scoreRating
      ? `${rs.scoreRating.civilServants}; ${rs.scoreRating.publicEmployees}: điều quy định các mức xếp loại`
      : "",
  appliesTo: (rs) => rs.scoreRating !== undefined,
  checkTable(table, ctx, emit) {
    const counted = new Map<RosterSheet, number>();
    table.sheets.forEach(({ start, sheet }, k) => {
      const columns = sheet.fieldColumns;
      if (!CRITERIA_COLUMNS.some((f) => columns[f])) return;
      let count = 0;
      for (let i = start, end = table.runEnd(k); i < end; i++)
        if (stateLevelAt(table, i) !== 0 && isScoreRatedAt(table, i, ctx.settings)) count++;
      if (count > 0) counted.set(sheet, (counted.get(sheet) ?? 0) + count);
    });
    for (const [sheet, count] of counted)
      emit({
        ruleId: "input.column-missing",
        severity: "info",
        sheet: sheet.name,
        message: {
          vi: `Không kiểm tra tiêu chí nhiệm vụ (criteria.*: % hoàn thành, % vượt mức, % đúng tiến độ) trên xếp loại của ${count} công chức, viên chức xếp loại theo điểm từ năm 2026: mức xếp loại do điểm quyết định; các tiêu chí này vẫn áp dụng cho cán bộ và cho xếp loại đảng viên`,
          en: `Task criteria (criteria.*: % completed, exceeded, on time) not checked on the level of ${count} civil servants and public employees rated by score from 2026: the score sets the level; the criteria still apply to cadres and to the Party level`,
        },
        source: scoreRatedCriteriaRule.source(ctx.ruleSet),
      });
  },
};
