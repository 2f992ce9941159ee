/**
 * RULES.md §4.4, leaders and managers in addition: what their unit achieved (targets) and how the
 * sub-units they manage directly were rated. Checked only on the columns the roster has.
 */
import type { Localized } from "../i18n.js";
import { criteriaLevel, criteriaSource, mustBeMessage, needsMessage, pct, pctPart } from "./helpers.js";
import { personFinding, type Rule } from "./rule.js";

const ALL_TARGETS: Localized = {
  vi: "đơn vị phụ trách hoàn thành tất cả chỉ tiêu, nhiệm vụ",
  en: "the unit led completing all its targets",
};
const TARGETS_EXCEEDED: Localized = {
  vi: "ít nhất 50% chỉ tiêu, nhiệm vụ hoàn thành vượt mức",
  en: "at least 50% of targets exceeded",
};
const TARGETS_ON_TIME: Localized = {
  vi: "ít nhất 80% chỉ tiêu, nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng",
  en: "at least 80% of targets met on time and with quality",
};
const OVER_70_TARGETS: Localized = {
  vi: "đơn vị phụ trách hoàn thành trên 70% chỉ tiêu, nhiệm vụ",
  en: "the unit led completing over 70% of its targets",
};

export const leaderTargetsRule: Rule = {
  id: "criteria.leader-targets",
  title: {
    vi: "Tiêu chí lãnh đạo, quản lý: kết quả chỉ tiêu, nhiệm vụ của đơn vị phụ trách",
    en: "Leaders: targets met by the unit led",
  },
  source: criteriaSource,
  appliesTo: () => true,
  needs: { all: ["unitTargetsPct"] },
  checkPerson(p, ctx, emit) {
    const targets = p.unitTargetsPct;
    if (!p.isLeader || targets === undefined) return;
    const level = criteriaLevel(p, ctx.settings);
    if (level === undefined || level === "KHTNV") return;
    if (targets < 50) {
      const reason = {
        vi: `Đơn vị phụ trách chỉ hoàn thành ${pct(targets, "vi")} chỉ tiêu, nhiệm vụ (dưới 50%)`,
        en: `The unit led met only ${pct(targets, "en")} of its targets (under 50%)`,
      };
      emit(
        personFinding(
          leaderTargetsRule,
          ctx,
          p,
          p.levelField,
          mustBeMessage(reason, "level", "KHTNV", level),
        ),
      );
      return;
    }
    const exceeded = p.unitTargetsExceededPct;
    const onTime = p.unitTargetsOnTimePct;
    const notAll = targets < 100;
    let parts: Localized[] | undefined;
    if (level === "HTXSNV") {
      const fewExceeded = exceeded !== undefined && exceeded < 50;
      if (!notAll && !fewExceeded) return;
      parts = [];
      if (notAll) parts.push(pctPart(ALL_TARGETS, targets));
      if (fewExceeded) parts.push(pctPart(TARGETS_EXCEEDED, exceeded));
    } else if (level === "HTTNV") {
      const fewOnTime = onTime !== undefined && onTime < 80;
      if (!notAll && !fewOnTime) return;
      parts = [];
      if (notAll) parts.push(pctPart(ALL_TARGETS, targets));
      if (fewOnTime) parts.push(pctPart(TARGETS_ON_TIME, onTime));
    } else {
      if (targets > 70) return;
      parts = [pctPart(OVER_70_TARGETS, targets)];
    }
    emit(personFinding(leaderTargetsRule, ctx, p, p.levelField, needsMessage("level", level, parts)));
  },
};

const ALL_SUBUNITS_COMPLETE: Localized = {
  vi: "100% đơn vị trực thuộc quản lý trực tiếp từ Hoàn thành nhiệm vụ trở lên",
  en: "100% of directly managed sub-units rated Complete or above",
};
const SUBUNITS_GOOD: Localized = {
  vi: "ít nhất 70% đơn vị trực thuộc từ Hoàn thành tốt nhiệm vụ trở lên",
  en: "at least 70% of sub-units rated Good or above",
};
const SUBUNITS_COMPLETE: Localized = {
  vi: "ít nhất 70% đơn vị trực thuộc quản lý trực tiếp từ Hoàn thành nhiệm vụ trở lên",
  en: "at least 70% of directly managed sub-units rated Complete or above",
};

export const leaderSubunitsRule: Rule = {
  id: "criteria.leader-subunits",
  title: {
    vi: "Tiêu chí lãnh đạo, quản lý: xếp loại của các đơn vị trực thuộc",
    en: "Leaders: ratings of the sub-units managed",
  },
  source: criteriaSource,
  appliesTo: () => true,
  needs: { any: ["subUnitsAtLeastCompletePct", "subUnitsAtLeastGoodPct"] },
  checkPerson(p, ctx, emit) {
    if (!p.isLeader) return;
    const complete = p.subUnitsAtLeastCompletePct;
    const good = p.subUnitsAtLeastGoodPct;
    if (complete === undefined && good === undefined) return;
    const level = criteriaLevel(p, ctx.settings);
    if (level === undefined || level === "KHTNV") return;
    let parts: Localized[];
    if (level === "HTNV") {
      if (complete === undefined || complete >= 70) return;
      parts = [pctPart(SUBUNITS_COMPLETE, complete)];
    } else {
      const notAll = complete !== undefined && complete < 100;
      const fewGood = good !== undefined && good < 70;
      if (!notAll && !fewGood) return;
      parts = [];
      if (notAll) parts.push(pctPart(ALL_SUBUNITS_COMPLETE, complete));
      if (fewGood) parts.push(pctPart(SUBUNITS_GOOD, good));
    }
    emit(personFinding(leaderSubunitsRule, ctx, p, p.levelField, needsMessage("level", level, parts)));
  },
};
