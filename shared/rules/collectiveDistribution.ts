import { LEVEL_CODES, isRatedCode } from "../roster/labelCodes.js";
/**
 * RULES.md §6 `collective.distribution` (HD21): a chi bộ's rating needs its members' Party levels to
 * be spread in a certain way. Members are matched to the chi bộ by folded Party cell name.
 */
import type { Localized } from "../i18n.js";
import { isRated, type RatedLevel } from "../levels.js";
import type { Collective } from "../roster/person.js";
import { foldKey } from "../text.js";
import { HD21, isPartyMemberAt, mustBeMessage, needsMessage, PLAN_004, share } from "./helpers.js";
import type { Rule } from "./rule.js";

interface Tally {
  collective: Collective;
  level: RatedLevel;
  members: number;
  atLeastComplete: number;
  atLeastGood: number;
  notComplete: number;
  rows: number[];
}

function part(requirement: Localized, count: number, total: number): Localized {
  return {
    vi: `${requirement.vi} (đang có ${count}/${total}, ${share(count, total, "vi")})`,
    en: `${requirement.en} (${count} of ${total}, ${share(count, total, "en")})`,
  };
}

const ALL_COMPLETE: Localized = {
  vi: "100% đảng viên từ Hoàn thành nhiệm vụ trở lên",
  en: "100% of members rated Complete or above",
};

function goodShare(minPct: number): Localized {
  return {
    vi: `ít nhất ${minPct}% đảng viên từ Hoàn thành tốt nhiệm vụ trở lên`,
    en: `at least ${minPct}% of members rated Good or above`,
  };
}

/** The finding's message, or undefined when the chi bộ's rating fits its members' levels. */
function check(t: Tally): Localized | undefined {
  const n = t.members;
  // More than 20% of members KHTNV forces KHTNV: notComplete / n > 1/5.
  if (t.notComplete * 5 > n) {
    if (t.level === "KHTNV") return undefined;
    const reason = {
      vi: `Có ${t.notComplete}/${n} đảng viên (${share(t.notComplete, n, "vi")}) Không hoàn thành nhiệm vụ, quá 20%`,
      en: `${t.notComplete} of ${n} members (${share(t.notComplete, n, "en")}) are Not complete, over 20%`,
    };
    return mustBeMessage(reason, "collective", "KHTNV", t.level);
  }
  const minGood = t.level === "HTXSNV" ? 80 : t.level === "HTTNV" ? 50 : 0;
  if (minGood === 0) return undefined;
  const notAll = t.atLeastComplete < n;
  const fewGood = t.atLeastGood * 100 < n * minGood;
  if (!notAll && !fewGood) return undefined;
  const parts: Localized[] = [];
  if (notAll) parts.push(part(ALL_COMPLETE, t.atLeastComplete, n));
  if (fewGood) parts.push(part(goodShare(minGood), t.atLeastGood, n));
  return needsMessage("collective", t.level, parts);
}

export const collectiveDistributionRule: Rule = {
  id: "collective.distribution",
  title: {
    vi: "Xếp loại chi bộ phù hợp với xếp loại đảng viên",
    en: "Party cell rating fits its members' ratings",
  },
  source: () => `${HD21}, mục II.B.1.3; ${PLAN_004}, mục B.II.3.1`,
  appliesTo: (_ruleSet, settings) => settings.collectiveRules,
  needs: { all: ["partyCell", "partyLevel"] },
  unavailable: (ctx) =>
    [...ctx.collectives.values()].some((c) => c.type === "party-cell" && isRated(c.level))
      ? undefined
      : {
          vi: 'không có mức xếp loại của chi bộ nào (trang tập thể, hoặc --collective "Chi bộ …=Mức")',
          en: 'no Party cell has a level (a collectives sheet, or --collective "Chi bộ …=Level")',
        },
  checkTable(table, ctx, emit) {
    let cells: Map<string, Tally> | undefined;
    for (const [key, collective] of ctx.collectives) {
      const level = collective.level;
      if (collective.type !== "party-cell" || !isRated(level)) continue;
      (cells ??= new Map()).set(key, {
        collective,
        level,
        members: 0,
        atLeastComplete: 0,
        atLeastGood: 0,
        notComplete: 0,
        rows: [],
      });
    }
    if (cells === undefined) return;
    // Party cell text as written → its chi bộ's tally (null: not a rated chi bộ); cell names repeat.
    const byCell = new Map<string, Tally | null>();
    const { partyLevel, partyCell, row } = table;
    for (let i = 0; i < table.size; i++) {
      const level = partyLevel[i]!;
      const cell = partyCell[i];
      if (cell === undefined || !isRatedCode(level) || !isPartyMemberAt(table, i)) continue;
      let t = byCell.get(cell);
      if (t === undefined) byCell.set(cell, (t = cells.get(foldKey(cell)) ?? null));
      if (t === null) continue;
      t.members++;
      if (level >= LEVEL_CODES.of.HTNV) t.atLeastComplete++;
      if (level >= LEVEL_CODES.of.HTTNV) t.atLeastGood++;
      if (level === LEVEL_CODES.of.KHTNV) t.notComplete++;
      t.rows.push(row[i]!);
    }
    for (const t of cells.values()) {
      if (t.members === 0) continue;
      const problem = check(t);
      if (problem === undefined) continue;
      const name = t.collective.name;
      const message = { vi: `“${name}”: ${problem.vi}`, en: `“${name}”: ${problem.en}` };
      emit({
        ruleId: collectiveDistributionRule.id,
        severity: "error",
        sheet: t.collective.sheet,
        row: t.collective.row,
        rows: t.rows,
        scope: t.collective.name,
        message,
        source: collectiveDistributionRule.source(ctx.ruleSet),
      });
    }
  },
};
