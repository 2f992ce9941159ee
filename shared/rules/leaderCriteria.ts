/**
 * RULES.md §4.4, leaders and managers in addition: what their unit achieved (targets) and how the
 * sub-units they manage directly were rated. Checked only on the columns the roster has.
 */
import type { Localized } from "../i18n.js";
import type { RatedLevel } from "../levels.js";
import { LEVEL_CODES, levelOf } from "../roster/labelCodes.js";
import {
  criteriaLevelAt,
  criteriaSource,
  levelFieldAt,
  mustBeMessage,
  needsMessage,
  pct,
  pctPart,
  type CappedMessage,
} from "./helpers.js";
import { rowFinding, type Rule } from "./rule.js";

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
  checkRows(t, from, to, ctx, emit) {
    const { isLeader, unitTargetsPct, unitTargetsExceededPct, unitTargetsOnTimePct } = t;
    for (let i = from; i < to; i++) {
      const targets = unitTargetsPct[i]!;
      if (isLeader[i] !== 1 || targets !== targets) continue;
      const code = criteriaLevelAt(t, i, ctx.settings);
      if (code <= LEVEL_CODES.of.KHTNV) continue;
      const message = targetsMessage(
        levelOf(code) as RatedLevel,
        targets,
        unitTargetsExceededPct[i]!,
        unitTargetsOnTimePct[i]!,
      );
      if (message) emit(rowFinding(leaderTargetsRule, ctx, t, i, levelFieldAt(t, i), message));
    }
  },
};

/** What a leader at `level` falls short of by the unit's targets (NaN: a share not given), if anything. */
function targetsMessage(
  level: RatedLevel,
  targets: number,
  exceeded: number,
  onTime: number,
): CappedMessage | undefined {
  if (targets < 50) {
    const reason = {
      vi: `Đơn vị phụ trách chỉ hoàn thành ${pct(targets, "vi")} chỉ tiêu, nhiệm vụ (dưới 50%)`,
      en: `The unit led met only ${pct(targets, "en")} of its targets (under 50%)`,
    };
    return mustBeMessage(reason, "level", "KHTNV", level);
  }
  const notAll = targets < 100;
  const parts: Localized[] = [];
  if (level === "HTXSNV") {
    if (notAll) parts.push(pctPart(ALL_TARGETS, targets));
    if (exceeded < 50) parts.push(pctPart(TARGETS_EXCEEDED, exceeded));
  } else if (level === "HTTNV") {
    if (notAll) parts.push(pctPart(ALL_TARGETS, targets));
    if (onTime < 80) parts.push(pctPart(TARGETS_ON_TIME, onTime));
  } else if (targets <= 70) parts.push(pctPart(OVER_70_TARGETS, targets));
  return parts.length === 0 ? undefined : needsMessage("level", level, parts);
}

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
  checkRows(t, from, to, ctx, emit) {
    const { isLeader, subUnitsAtLeastCompletePct, subUnitsAtLeastGoodPct } = t;
    for (let i = from; i < to; i++) {
      const complete = subUnitsAtLeastCompletePct[i]!;
      const good = subUnitsAtLeastGoodPct[i]!;
      // A share not given (NaN) falls short of nothing.
      if (isLeader[i] !== 1 || !(complete < 100 || good < 70)) continue;
      const code = criteriaLevelAt(t, i, ctx.settings);
      if (code <= LEVEL_CODES.of.KHTNV) continue;
      const level = levelOf(code) as RatedLevel;
      const parts: Localized[] = [];
      if (level === "HTNV") {
        if (complete < 70) parts.push(pctPart(SUBUNITS_COMPLETE, complete));
      } else {
        if (complete < 100) parts.push(pctPart(ALL_SUBUNITS_COMPLETE, complete));
        if (good < 70) parts.push(pctPart(SUBUNITS_GOOD, good));
      }
      if (parts.length > 0)
        emit(
          rowFinding(leaderSubunitsRule, ctx, t, i, levelFieldAt(t, i), needsMessage("level", level, parts)),
        );
    }
  },
};
