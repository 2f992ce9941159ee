/** RULES.md §4.5: the head of a unit is not rated above the unit's collective rating. */
import { isAbove, isRated } from "../levels.js";
import { foldKey } from "../text.js";
import { atMostMessage, HD21, levelLabel, PLAN_003, PLAN_004, stateLevel } from "./helpers.js";
import { personFinding, type Rule } from "./rule.js";

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
  checkPerson(p, ctx, emit) {
    const unit = p.unit;
    if (!p.isHead || unit === undefined || ctx.collectives.size === 0) return;
    const level = stateLevel(p);
    if (level === undefined) return;
    const collective = ctx.collectives.get(foldKey(unit));
    // A chi bộ's rating bounds its members' Party levels (collective.distribution), not the unit head.
    if (collective === undefined || collective.type === "party-cell") return;
    const unitLevel = collective.level;
    if (!isRated(unitLevel) || !isAbove(level, unitLevel)) return;
    const reason = {
      vi: `Người đứng đầu không được xếp loại cao hơn tập thể “${collective.name}” (${unitLevel})`,
      en: `A head of unit may not be rated above the collective “${collective.name}” (${levelLabel(unitLevel, "en")})`,
    };
    emit(
      personFinding(
        headAboveUnitRule,
        ctx,
        p,
        p.levelField,
        atMostMessage(reason, "level", unitLevel, level),
      ),
    );
  },
};
