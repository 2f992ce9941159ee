/**
 * RULES.md §4.3 and §9 `score.band`: the level may not be above the band the score reaches. Binding
 * for score-rated rows (ND335, ND233), on the score of the year or, where it is missing, on the
 * average of the period scores; binding on the Party level under QĐ366; elsewhere a local overlay.
 */
import { formatNumber, type Localized } from "../i18n.js";
import type { Level, RatedLevel } from "../levels.js";
import type { Severity } from "../findings.js";
import { LEVEL_CODES, levelOf, orderOfCode } from "../roster/labelCodes.js";
import type { PersonTable } from "../roster/personTable.js";
import { isScoreRatedAt, ratedScoreAt, scoreRatingLawAt } from "../scoreRating.js";
import {
  atMostMessage,
  isPartyMemberAt,
  levelFieldAt,
  levelsArticle,
  mustBeMessage,
  PLAN_004,
  stateLevelAt,
  withNote,
  type CappedMessage,
} from "./helpers.js";
import { rowFinding, type Emit, type Rule, type RuleContext } from "./rule.js";

/** ≥ 90 → 4 (HTXSNV), 70 – < 90 → 3, 50 – < 70 → 2, < 50 → 1 (KHTNV). */
export function bandOrder(score: number): number {
  return score >= 90 ? 4 : score >= 70 ? 3 : score >= 50 ? 2 : 1;
}

export const BAND_LEVEL: readonly RatedLevel[] = ["KHTNV", "KHTNV", "HTNV", "HTTNV", "HTXSNV"];
export const BAND_RANGE: readonly Localized[] = [
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

const COMPUTED_NOTE: Localized = {
  vi: "(điểm bình quân của các kỳ đã chấm, vì danh sách không ghi điểm cả năm)",
  en: "(the average of the periods scored, as the roster gives no annual score)",
};

/** "must be KHTNV" under 50, else "at most the band's level": the message for a level above its band. */
export function bandMessage(
  reason: Localized,
  target: "level" | "partyLevel",
  band: number,
  level: Level,
): CappedMessage {
  const required = BAND_LEVEL[band]!;
  return band === 1
    ? mustBeMessage(reason, target, required, level)
    : atMostMessage(reason, target, required, level);
}

function report(
  t: PersonTable,
  i: number,
  ctx: RuleContext,
  emit: Emit,
  target: "level" | "partyLevel",
  score: { value: number; computed: boolean },
  level: Level,
  severity: Severity,
): void {
  const band = bandOrder(score.value);
  const range = BAND_RANGE[band]!;
  // Two decimals: an average of 89.96 must not read as 90.
  const reason = {
    vi: `${target === "partyLevel" ? "Đảng viên đạt" : "Đạt"} ${formatNumber(score.value, "vi", 2)} điểm (${range.vi})`,
    en: `${target === "partyLevel" ? "Party member scored" : "Scored"} ${formatNumber(score.value, "en", 2)} (${range.en})`,
  };
  let message = bandMessage(reason, target, band, level);
  if (score.computed) message = withNote(message, COMPUTED_NOTE);
  if (severity === "warning") message = withNote(message, LOCAL_NOTE);
  const field = target === "partyLevel" ? "partyLevel" : levelFieldAt(t, i);
  const finding = rowFinding(scoreBandRule, ctx, t, i, field, message, severity);
  const law = target === "level" ? scoreRatingLawAt(t, i, ctx.settings) : undefined;
  if (law) finding.source = levelsArticle(law);
  emit(finding);
}

export const scoreBandRule: Rule = {
  id: "score.band",
  title: { vi: "Xếp loại không cao hơn khung điểm", en: "Level not above the score band" },
  source(rs) {
    const binding = [
      rs.scoreRating ? `${rs.scoreRating.civilServants} (công chức)` : "",
      rs.scoreRating ? `${rs.scoreRating.publicEmployees} (viên chức)` : "",
      rs.partyScoreBands ? `${rs.law.party} (đảng viên)` : "",
    ].filter(Boolean);
    const local = `khung điểm địa phương (thiết lập scoreBands), như ${PLAN_004}`;
    return binding.length === 0 ? local : `${binding.join("; ")}; trường hợp khác: ${local}`;
  },
  appliesTo: (rs, settings) => rs.scoreRating !== undefined || rs.partyScoreBands || settings.scoreBands,
  needs: { any: ["score", "periodScore"] },
  checkRows(t, from, to, ctx, emit) {
    const local = ctx.settings.scoreBands;
    const partyBinding = ctx.ruleSet.partyScoreBands;
    const scores = t.score;
    const partyLevels = t.partyLevel;
    for (let i = from; i < to; i++) {
      const score = scores[i]!;
      const level = stateLevelAt(t, i);
      if (level !== 0) {
        const binding = isScoreRatedAt(t, i, ctx.settings);
        const value = binding ? ratedScoreAt(t, i, ctx.settings) : score;
        // NaN (no score) is in no band: `value === value` is false.
        if (value === value && (binding || local) && orderOfCode(level) > bandOrder(value)) {
          const rated = { value, computed: score !== score };
          report(t, i, ctx, emit, "level", rated, levelOf(level)!, binding ? "error" : "warning");
        }
      }
      const partyLevel = partyLevels[i]!;
      if (score !== score || partyLevel <= LEVEL_CODES.of.KXL || !isPartyMemberAt(t, i)) continue;
      if (orderOfCode(partyLevel) <= bandOrder(score)) continue;
      if (partyBinding || local)
        report(
          t,
          i,
          ctx,
          emit,
          "partyLevel",
          { value: score, computed: false },
          levelOf(partyLevel)!,
          partyBinding ? "error" : "warning",
        );
    }
  },
};
