/**
 * RULES.md §4.4: the share of tasks completed, on time and exceeded that each level needs (ND90
 * Art. 8–15), not on score-rated rows (§9); and on the Party level under QĐ366 (§9), with 100% of
 * earlier shortcomings remedied for HTXSNV where the roster has the column. Checked only on the
 * columns the roster has.
 */
import type { Localized } from "../i18n.js";
import { levelOrder } from "../levels.js";
import type { Person } from "../roster/person.js";
import {
  criteriaLevel,
  criteriaSource,
  isPartyMember,
  levelLabel,
  mustBeMessage,
  needsMessage,
  pct,
  pctPart,
  withNote,
  type CappedMessage,
} from "./helpers.js";
import { personFinding, type Emit, type Rule, type RuleContext } from "./rule.js";

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

/** The parts of "100% completed, 100% on time" a row falls short of. */
function completedOnTimeShort(p: Person): Localized[] {
  const parts: Localized[] = [];
  if (p.tasksCompletedPct !== undefined && p.tasksCompletedPct < 100)
    parts.push(pctPart(COMPLETED, p.tasksCompletedPct));
  if (p.tasksOnTimePct !== undefined && p.tasksOnTimePct < 100)
    parts.push(pctPart(ON_TIME, p.tasksOnTimePct));
  return parts;
}

/** The Party level under QĐ366 (rule sets 2025, 2026): a level's criteria, the message naming QĐ366. */
function partyCriteria(
  rule: Rule,
  p: Person,
  ctx: RuleContext,
  emit: Emit,
  level: "HTXSNV" | "HTTNV",
  parts: readonly Localized[],
): void {
  if (parts.length === 0 || !isPartyMember(p)) return;
  const law = ctx.ruleSet.law.party;
  const message = withNote(needsMessage("partyLevel", level, parts), { vi: `(${law})`, en: `(${law})` });
  emit(personFinding(rule, ctx, p, "partyLevel", message));
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
  checkPerson(p, ctx, emit) {
    const over = p.tasksExceededPct;
    if (p.level === "HTXSNV" && criteriaLevel(p, ctx.settings) !== undefined) {
      const parts = completedOnTimeShort(p);
      if (over !== undefined && over < STAFF_EXCEEDED) parts.push(pctPart(exceeded(STAFF_EXCEEDED), over));
      if (parts.length > 0)
        emit(
          personFinding(excellentCriteriaRule, ctx, p, p.levelField, needsMessage("level", "HTXSNV", parts)),
        );
    }
    const partyMin = ctx.ruleSet.partyExcellentExceededPct;
    if (p.partyLevel !== "HTXSNV") return;
    if (partyMin === undefined) return;
    const parts = completedOnTimeShort(p);
    if (over !== undefined && over < partyMin) parts.push(pctPart(exceeded(partyMin), over));
    if (p.sheet.fieldColumns.shortcomingsRemedied && !p.shortcomingsRemedied) parts.push(REMEDIED);
    partyCriteria(excellentCriteriaRule, p, ctx, emit, "HTXSNV", parts);
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
  checkPerson(p, ctx, emit) {
    if (p.level === "HTTNV" && criteriaLevel(p, ctx.settings) !== undefined) {
      const parts = completedOnTimeShort(p);
      if (parts.length > 0)
        emit(personFinding(goodCriteriaRule, ctx, p, p.levelField, needsMessage("level", "HTTNV", parts)));
    }
    if (p.partyLevel === "HTTNV" && ctx.ruleSet.partyExcellentExceededPct !== undefined)
      partyCriteria(goodCriteriaRule, p, ctx, emit, "HTTNV", completedOnTimeShort(p));
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
  checkPerson(p, ctx, emit) {
    const short = p.criteriaShortPct;
    if (short === undefined || short <= SHORT_ALLOWED) return;
    const level = criteriaLevel(p, ctx.settings);
    if (level === undefined || levelOrder(level) < levelOrder("HTNV")) return;
    const message: CappedMessage =
      short > SHORT_FAIL
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
    emit(personFinding(completeCriteriaRule, ctx, p, p.levelField, message));
  },
};
