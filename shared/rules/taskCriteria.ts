/**
 * RULES.md §4.4: the share of tasks completed, on time and exceeded that each level needs (ND90
 * Art. 8–15), not on score-rated rows (§9); and on the Party level under QĐ366 (§9), with 100% of
 * earlier shortcomings remedied for HTXSNV where the roster has the column. Checked only on the
 * columns the roster has.
 */
import type { Localized } from "../i18n.js";
import type { Level } from "../levels.js";
import { LEVEL_CODES, levelOf } from "../roster/labelCodes.js";
import type { PersonTable } from "../roster/personTable.js";
import {
  criteriaLevelAt,
  criteriaSource,
  isPartyMemberAt,
  levelFieldAt,
  levelLabel,
  mustBeMessage,
  needsMessage,
  pct,
  pctPart,
  withNote,
  type CappedMessage,
} from "./helpers.js";
import { rowFinding, type Emit, type Rule, type RuleContext } from "./rule.js";

const LEVEL = LEVEL_CODES.of;

const COMPLETED: Localized = { vi: "100% nhiệm vụ hoàn thành", en: "100% of tasks completed" };
const ON_TIME: Localized = { vi: "100% nhiệm vụ đúng tiến độ", en: "100% of tasks on time" };
const REMEDIED: Localized = {
  vi: "khắc phục 100% hạn chế, khuyết điểm đã chỉ ra (đang ghi chưa khắc phục)",
  en: "100% of earlier shortcomings remedied (not marked as remedied)",
};

function exceeded(min: number): Localized {
  return {
    vi: `ít nhất ${pct(min, "vi")} nhiệm vụ hoàn thành vượt mức`,
    en: `at least ${pct(min, "en")} of tasks exceeded`,
  };
}

const STAFF_EXCEEDED = 50;

/** The parts of "100% completed, 100% on time" row i falls short of. */
function completedOnTimeShort(t: PersonTable, i: number): Localized[] {
  const parts: Localized[] = [];
  const completed = t.tasksCompletedPct[i]!;
  const onTime = t.tasksOnTimePct[i]!;
  if (completed < 100) parts.push(pctPart(COMPLETED, completed));
  if (onTime < 100) parts.push(pctPart(ON_TIME, onTime));
  return parts;
}

/** Row i falls short of "100% completed, 100% on time" (an empty share, NaN, falls short of nothing). */
function isShortAt(t: PersonTable, i: number): boolean {
  return t.tasksCompletedPct[i]! < 100 || t.tasksOnTimePct[i]! < 100;
}

/** The Party level under QĐ366 (rule sets 2025, 2026): a level's criteria, the message naming QĐ366. */
function partyCriteria(
  rule: Rule,
  t: PersonTable,
  i: number,
  ctx: RuleContext,
  emit: Emit,
  level: "HTXSNV" | "HTTNV",
  parts: readonly Localized[],
): void {
  if (parts.length === 0 || !isPartyMemberAt(t, i)) return;
  const law = ctx.ruleSet.law.party;
  const message = withNote(needsMessage("partyLevel", level, parts), { vi: `(${law})`, en: `(${law})` });
  emit(rowFinding(rule, ctx, t, i, "partyLevel", message));
}

export const excellentCriteriaRule: Rule = {
  id: "criteria.excellent",
  title: {
    vi: "Tiêu chí Hoàn thành xuất sắc nhiệm vụ (hoàn thành, đúng hạn, vượt mức)",
    en: "Criteria for Excellent (tasks completed, on time, exceeded)",
  },
  source(rs) {
    const staff = criteriaSource(rs);
    return rs.partyExcellentExceededPct === undefined ? staff : `${staff}; ${rs.law.party} (đảng viên)`;
  },
  appliesTo: () => true,
  needs: { any: ["tasksCompletedPct", "tasksExceededPct", "tasksOnTimePct", "shortcomingsRemedied"] },
  checkRows(t, from, to, ctx, emit) {
    const { level, partyLevel, tasksExceededPct, shortcomingsRemedied } = t;
    const partyMin = ctx.ruleSet.partyExcellentExceededPct;
    const hasRemedied = t.runOf(from).sheet.fieldColumns.shortcomingsRemedied !== undefined;
    for (let i = from; i < to; i++) {
      const over = tasksExceededPct[i]!;
      if (level[i] === LEVEL.HTXSNV && criteriaLevelAt(t, i, ctx.settings) !== 0) {
        if (isShortAt(t, i) || over < STAFF_EXCEEDED) {
          const parts = completedOnTimeShort(t, i);
          if (over < STAFF_EXCEEDED) parts.push(pctPart(exceeded(STAFF_EXCEEDED), over));
          const message = needsMessage("level", "HTXSNV", parts);
          emit(rowFinding(excellentCriteriaRule, ctx, t, i, levelFieldAt(t, i), message));
        }
      }
      if (partyLevel[i] !== LEVEL.HTXSNV || partyMin === undefined) continue;
      const notRemedied = hasRemedied && shortcomingsRemedied[i] !== 1;
      if (!isShortAt(t, i) && !(over < partyMin) && !notRemedied) continue;
      const parts = completedOnTimeShort(t, i);
      if (over < partyMin) parts.push(pctPart(exceeded(partyMin), over));
      if (notRemedied) parts.push(REMEDIED);
      partyCriteria(excellentCriteriaRule, t, i, ctx, emit, "HTXSNV", parts);
    }
  },
};

export const goodCriteriaRule: Rule = {
  id: "criteria.good",
  title: {
    vi: "Tiêu chí Hoàn thành tốt nhiệm vụ (hoàn thành đúng hạn)",
    en: "Criteria for Good (tasks completed on time)",
  },
  source(rs) {
    const staff = criteriaSource(rs);
    return rs.partyExcellentExceededPct === undefined ? staff : `${staff}; ${rs.law.party} (đảng viên)`;
  },
  appliesTo: () => true,
  needs: { any: ["tasksCompletedPct", "tasksOnTimePct"] },
  checkRows(t, from, to, ctx, emit) {
    const { level, partyLevel } = t;
    const party = ctx.ruleSet.partyExcellentExceededPct !== undefined;
    for (let i = from; i < to; i++) {
      if (!isShortAt(t, i)) continue;
      if (level[i] === LEVEL.HTTNV && criteriaLevelAt(t, i, ctx.settings) !== 0) {
        const message = needsMessage("level", "HTTNV", completedOnTimeShort(t, i));
        emit(rowFinding(goodCriteriaRule, ctx, t, i, levelFieldAt(t, i), message));
      }
      if (party && partyLevel[i] === LEVEL.HTTNV)
        partyCriteria(goodCriteriaRule, t, i, ctx, emit, "HTTNV", completedOnTimeShort(t, i));
    }
  },
};

const SHORT_ALLOWED = 20;
const SHORT_FAIL = 50;

export const completeCriteriaRule: Rule = {
  id: "criteria.complete",
  title: {
    vi: "Tiêu chí Hoàn thành nhiệm vụ (không quá 20% tiêu chí chưa đạt)",
    en: "Criteria for Complete (at most 20% of criteria short)",
  },
  source: criteriaSource,
  appliesTo: () => true,
  needs: { all: ["criteriaShortPct"] },
  checkRows(t, from, to, ctx, emit) {
    const criteriaShortPct = t.criteriaShortPct;
    for (let i = from; i < to; i++) {
      const short = criteriaShortPct[i]!;
      if (!(short > SHORT_ALLOWED)) continue;
      const code = criteriaLevelAt(t, i, ctx.settings);
      if (code < LEVEL.HTNV) continue;
      emit(
        rowFinding(completeCriteriaRule, ctx, t, i, levelFieldAt(t, i), shortMessage(short, levelOf(code)!)),
      );
    }
  },
};

/** Criteria short beyond what Complete allows: KHTNV over 50%, else a cap under HTNV. */
function shortMessage(short: number, level: Level): CappedMessage {
  return short > SHORT_FAIL
    ? mustBeMessage(
        {
          vi: `Có ${pct(short, "vi")} tiêu chí chưa đạt (trên ${SHORT_FAIL}%)`,
          en: `${pct(short, "en")} of criteria fall short (over ${SHORT_FAIL}%)`,
        },
        "level",
        "KHTNV",
        level,
      )
    : {
        vi: `Có ${pct(short, "vi")} tiêu chí chưa đạt: từ Hoàn thành nhiệm vụ (HTNV) trở lên chỉ cho phép tối đa ${SHORT_ALLOWED}%, đang ghi ${level}`,
        en: `${pct(short, "en")} of criteria fall short: Complete or above allows at most ${SHORT_ALLOWED}%, but ${levelLabel(level, "en")} is given`,
        cap: {
          field: "level",
          level: "KHTNV",
          reason: {
            vi: `Có ${pct(short, "vi")} tiêu chí chưa đạt (từ HTNV trở lên chỉ cho phép tối đa ${SHORT_ALLOWED}%)`,
            en: `${pct(short, "en")} of criteria fall short (Complete or above allows at most ${SHORT_ALLOWED}%)`,
          },
        },
      };
}
