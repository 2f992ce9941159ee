/** RULES.md §4.3: the level may not be above the band the score reaches. */
import { formatNumber, type Localized } from "../i18n.js";
import { isRated, levelOrder, type Level, type RatedLevel } from "../levels.js";
import type { Person } from "../roster/person.js";
import type { Severity } from "../findings.js";
import { atMostMessage, isPartyMember, mustBeMessage, PLAN_004, stateLevel, withNote } from "./helpers.js";
import { personFinding, type Emit, type Rule, type RuleContext } from "./rule.js";

/** ≥ 90 → 4 (HTXSNV), 70 – < 90 → 3, 50 – < 70 → 2, < 50 → 1 (KHTNV). */
function bandOrder(score: number): number {
  return score >= 90 ? 4 : score >= 70 ? 3 : score >= 50 ? 2 : 1;
}

const BAND_LEVEL: readonly RatedLevel[] = ["KHTNV", "KHTNV", "HTNV", "HTTNV", "HTXSNV"];
const BAND_RANGE: readonly Localized[] = [
  { vi: "", en: "" },
  { vi: "dưới 50 điểm", en: "under 50" },
  { vi: "từ 50 đến dưới 70 điểm", en: "50 to under 70" },
  { vi: "từ 70 đến dưới 90 điểm", en: "70 to under 90" },
  { vi: "từ 90 điểm trở lên", en: "90 or more" },
];

const LOCAL_NOTE: Localized = {
  vi: "(khung điểm theo hướng dẫn địa phương, không bắt buộc theo quy định trung ương)",
  en: "(score bands of local guidance, not binding centrally)",
};

function report(
  p: Person,
  ctx: RuleContext,
  emit: Emit,
  target: "level" | "partyLevel",
  level: Level,
  band: number,
  severity: Severity,
): void {
  const score = p.score!;
  const range = BAND_RANGE[band]!;
  const reason = {
    vi: `${target === "partyLevel" ? "Đảng viên đạt" : "Đạt"} ${formatNumber(score, "vi")} điểm (${range.vi})`,
    en: `${target === "partyLevel" ? "Party member scored" : "Scored"} ${formatNumber(score, "en")} (${range.en})`,
  };
  const required = BAND_LEVEL[band]!;
  let message =
    band === 1
      ? mustBeMessage(reason, target, required, level)
      : atMostMessage(reason, target, required, level);
  if (severity === "warning") message = withNote(message, LOCAL_NOTE);
  const field = target === "partyLevel" ? "partyLevel" : p.levelField;
  emit(personFinding(scoreBandRule, ctx, p, field, message, severity));
}

export const scoreBandRule: Rule = {
  id: "score.band",
  title: { vi: "Xếp loại không cao hơn khung điểm", en: "Level not above the score band" },
  source(rs) {
    const binding = [
      rs.civilServantScoreBands ? `${rs.law.civilServants} (công chức)` : "",
      rs.partyScoreBands ? `${rs.law.party} (đảng viên)` : "",
    ].filter(Boolean);
    const local = `khung điểm địa phương (thiết lập scoreBands), như ${PLAN_004}`;
    return binding.length === 0 ? local : `${binding.join("; ")}; trường hợp khác: ${local}`;
  },
  appliesTo: (rs, settings) => rs.civilServantScoreBands || rs.partyScoreBands || settings.scoreBands,
  needs: { all: ["score"] },
  checkPerson(p, ctx, emit) {
    const score = p.score;
    if (score === undefined) return;
    const band = bandOrder(score);
    const local = ctx.settings.scoreBands;
    const level = stateLevel(p);
    if (level !== undefined && levelOrder(level) > band) {
      const binding = p.staffType === "CC" && ctx.ruleSet.civilServantScoreBands;
      if (binding || local) report(p, ctx, emit, "level", level, band, binding ? "error" : "warning");
    }
    const partyLevel = p.partyLevel;
    if (isRated(partyLevel) && levelOrder(partyLevel) > band && isPartyMember(p)) {
      const binding = ctx.ruleSet.partyScoreBands;
      if (binding || local)
        report(p, ctx, emit, "partyLevel", partyLevel, band, binding ? "error" : "warning");
    }
  },
};
