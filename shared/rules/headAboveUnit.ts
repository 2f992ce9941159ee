/** RULES.md §4.5: the head of a unit is not rated above the unit's collective rating. */
import { isAbove, isRated } from "../levels.js";
import { foldKey } from "../text.js";
import { levelOf } from "../roster/labelCodes.js";
import {
  atMostMessage,
  HD21,
  levelFieldAt,
  levelLabel,
  PLAN_003,
  PLAN_004,
  stateLevelAt,
} from "./helpers.js";
import { rowFinding, type Rule } from "./rule.js";

export const headAboveUnitRule: Rule = {
  id: "head.above-unit",
  title: {
    vi: "Người đứng đầu không xếp cao hơn tập thể đơn vị",
    en: "Head of unit not rated above the unit",
  },
  source: () => `${HD21}, mục II.B.4; ${PLAN_003}; ${PLAN_004}, mục D.1`,
  appliesTo: () => true,
  unavailable: (ctx) =>
    [...ctx.collectives.values()].some((c) => c.type !== "party-cell" && isRated(c.level))
      ? undefined
      : {
          vi: 'không có mức xếp loại của tập thể đơn vị nào (trang tập thể, hoặc --collective "Tên đơn vị=Mức")',
          en: 'no unit has a collective level (a collectives sheet, or --collective "Unit=Level")',
        },
  // No column needs: the unit may come from section rows, and the unit's level from the collectives
  // sheet or the settings; a row without either is simply not checked.
  checkRows(t, from, to, ctx, emit) {
    if (ctx.collectives.size === 0) return;
    const { isHead, unit: units } = t;
    for (let i = from; i < to; i++) {
      const unit = units[i];
      if (isHead[i] !== 1 || unit === undefined) continue;
      const level = levelOf(stateLevelAt(t, i));
      if (level === undefined) continue;
      const collective = ctx.collectives.get(foldKey(unit));
      // A chi bộ's rating bounds its members' Party levels (collective.distribution), not the unit head.
      if (collective === undefined || collective.type === "party-cell") continue;
      const unitLevel = collective.level;
      if (!isRated(unitLevel) || !isAbove(level, unitLevel)) continue;
      const reason = {
        vi: `Người đứng đầu không được xếp loại cao hơn tập thể “${collective.name}” (${unitLevel})`,
        en: `A head of unit may not be rated above the collective “${collective.name}” (${levelLabel(unitLevel, "en")})`,
      };
      const message = atMostMessage(reason, "level", unitLevel, level);
      emit(rowFinding(headAboveUnitRule, ctx, t, i, levelFieldAt(t, i), message));
    }
  },
};
