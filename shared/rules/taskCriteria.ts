/**
 * RULES.md §4.4, everyone rated: the share of tasks completed, on time and exceeded that each level
 * needs (ND90 Art. 8–15; QĐ366 for the Party level). Checked only on the columns the roster has.
 */
import type { Localized } from "../i18n.js";
import { levelOrder } from "../levels.js";
import {
  criteriaSource,
  isPartyMember,
  mustBeMessage,
  needsMessage,
  pct,
  pctPart,
  stateLevel,
  type CappedMessage,
} from "./helpers.js";
import { personFinding, type Rule } from "./rule.js";

const COMPLETED: Localized = { vi: "100% nhiệm vụ hoàn thành", en: "100% of tasks completed" };
const ON_TIME: Localized = { vi: "100% nhiệm vụ đúng tiến độ", en: "100% of tasks on time" };

function exceeded(min: number): Localized {
  return {
    vi: `ít nhất ${pct(min, "vi")} nhiệm vụ hoàn thành vượt mức`,
    en: `at least ${pct(min, "en")} of tasks exceeded`,
  };
}

const STAFF_EXCEEDED = 50;

export const excellentCriteriaRule: Rule = {
  id: "criteria.excellent",
  title: {
    vi: "Tiêu chí Hoàn thành xuất sắc nhiệm vụ (hoàn thành, đúng hạn, vượt mức)",
    en: "Criteria for HTXSNV (tasks completed, on time, exceeded)",
  },
  source(rs) {
    const staff = criteriaSource(rs);
    return rs.partyExcellentExceededPct === undefined ? staff : `${staff}; ${rs.law.party} (đảng viên)`;
  },
  appliesTo: () => true,
  needs: { any: ["tasksCompletedPct", "tasksExceededPct", "tasksOnTimePct"] },
  checkPerson(p, ctx, emit) {
    const done = p.tasksCompletedPct;
    const onTime = p.tasksOnTimePct;
    const over = p.tasksExceededPct;
    if (p.level === "HTXSNV" && stateLevel(p) !== undefined) {
      const doneShort = done !== undefined && done < 100;
      const lateShort = onTime !== undefined && onTime < 100;
      const overShort = over !== undefined && over < STAFF_EXCEEDED;
      if (doneShort || lateShort || overShort) {
        const parts: Localized[] = [];
        if (doneShort) parts.push(pctPart(COMPLETED, done));
        if (lateShort) parts.push(pctPart(ON_TIME, onTime));
        if (overShort) parts.push(pctPart(exceeded(STAFF_EXCEEDED), over));
        emit(
          personFinding(excellentCriteriaRule, ctx, p, p.levelField, needsMessage("level", "HTXSNV", parts)),
        );
      }
    }
    const partyMin = ctx.ruleSet.partyExcellentExceededPct;
    if (partyMin !== undefined && p.partyLevel === "HTXSNV" && over !== undefined && over < partyMin) {
      if (!isPartyMember(p)) return;
      const message = needsMessage("partyLevel", "HTXSNV", [pctPart(exceeded(partyMin), over)]);
      emit(personFinding(excellentCriteriaRule, ctx, p, "partyLevel", message));
    }
  },
};

export const goodCriteriaRule: Rule = {
  id: "criteria.good",
  title: {
    vi: "Tiêu chí Hoàn thành tốt nhiệm vụ (hoàn thành đúng hạn)",
    en: "Criteria for HTTNV (tasks completed on time)",
  },
  source: criteriaSource,
  appliesTo: () => true,
  needs: { any: ["tasksCompletedPct", "tasksOnTimePct"] },
  checkPerson(p, ctx, emit) {
    if (p.level !== "HTTNV" || stateLevel(p) === undefined) return;
    const done = p.tasksCompletedPct;
    const onTime = p.tasksOnTimePct;
    const doneShort = done !== undefined && done < 100;
    const lateShort = onTime !== undefined && onTime < 100;
    if (!doneShort && !lateShort) return;
    const parts: Localized[] = [];
    if (doneShort) parts.push(pctPart(COMPLETED, done));
    if (lateShort) parts.push(pctPart(ON_TIME, onTime));
    emit(personFinding(goodCriteriaRule, ctx, p, p.levelField, needsMessage("level", "HTTNV", parts)));
  },
};

const SHORT_ALLOWED = 20;
const SHORT_FAIL = 50;

export const completeCriteriaRule: Rule = {
  id: "criteria.complete",
  title: {
    vi: "Tiêu chí Hoàn thành nhiệm vụ (không quá 20% tiêu chí chưa đạt)",
    en: "Criteria for HTNV (at most 20% of criteria short)",
  },
  source: criteriaSource,
  appliesTo: () => true,
  needs: { all: ["criteriaShortPct"] },
  checkPerson(p, ctx, emit) {
    const short = p.criteriaShortPct;
    if (short === undefined || short <= SHORT_ALLOWED) return;
    const level = stateLevel(p);
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
            en: `${pct(short, "en")} of criteria fall short: HTNV (complete) or above allows at most ${SHORT_ALLOWED}%, but ${level} is given`,
            cap: {
              field: "level",
              level: "KHTNV",
              reason: {
                vi: `Có ${pct(short, "vi")} tiêu chí chưa đạt (từ HTNV trở lên chỉ cho phép tối đa ${SHORT_ALLOWED}%)`,
                en: `${pct(short, "en")} of criteria fall short (HTNV or above allows at most ${SHORT_ALLOWED}%)`,
              },
            },
          };
    emit(personFinding(completeCriteriaRule, ctx, p, p.levelField, message));
  },
};
