/**
 * Small pieces several rules share: who a rule looks at, what "in the year" means, how numbers,
 * dates and levels are written in messages, and the documents findings cite.
 */
import type { Cap } from "../findings.js";
import { formatNumber, type Lang, type Localized } from "../i18n.js";
import { LEVEL_NAMES, type Level, type RatedLevel } from "../levels.js";
import type { FieldKey } from "../roster/fields.js";
import { isRatedCode, LEVEL_FIELD_CODES, STAFF_TYPE_CODES } from "../roster/labelCodes.js";
import type { IsoDate } from "../roster/person.js";
import type { PersonTable } from "../roster/personTable.js";
import type { RuleSet } from "../ruleSets/index.js";
import type { ResolvedSettings } from "../settings.js";
import { isScoreRatedAt } from "../scoreRating.js";
import { isStateStaff } from "../staffTypes.js";

// ---------------------------------------------------------------------------------------------
// Who a rule looks at

/** Row i is a Party member: marked as one, or with a Party level, cell or admission date. */
export function isPartyMemberAt(t: PersonTable, i: number): boolean {
  return (
    t.isPartyMember[i] === 1 ||
    t.partyLevel[i] !== 0 ||
    t.partyCell[i] !== undefined ||
    t.partyJoinDate[i] !== undefined
  );
}

/**
 * The level under review of row i when a state rule (ND90, ND48, ND335) applies to it, as a level
 * code (0: none): a rated level (not KXL, not unreadable) of anyone but a người lao động. An unknown
 * staff type counts as state staff.
 */
export function stateLevelAt(t: PersonTable, i: number): number {
  const level = t.level[i]!;
  return isStateStaff(STAFF_TYPE_CODES.labels[t.staffType[i]!]) && isRatedCode(level) ? level : 0;
}

/**
 * The staff level ND90's task criteria look at (§4.4), as a code (0: none): the state level of a row
 * that is not rated by score; score-rated rows (§9) are rated by their score, not by the share of
 * tasks exceeded.
 */
export function criteriaLevelAt(t: PersonTable, i: number, settings: ResolvedSettings): number {
  return isScoreRatedAt(t, i, settings) ? 0 : stateLevelAt(t, i);
}

/** RULES.md §2: "in the year" is 1 January to the assessment date; ISO dates compare as strings. */
export function inYear(date: IsoDate, settings: ResolvedSettings): boolean {
  return date >= settings.yearStart && date <= settings.assessmentDate;
}

/** Row i has a discipline taking effect in the year; one without a date is assumed to be in the year. */
export function disciplinedInYearAt(t: PersonTable, i: number, settings: ResolvedSettings): boolean {
  const date = t.disciplineDate[i];
  return t.disciplineForm[i] !== 0 && (date === undefined || inYear(date, settings));
}

/** The staff level column that gave row i's level under review. */
export function levelFieldAt(t: PersonTable, i: number): FieldKey | undefined {
  return LEVEL_FIELD_CODES.labels[t.levelField[i]!];
}

// ---------------------------------------------------------------------------------------------
// Writing values

export function pct(value: number, lang: Lang): string {
  return `${formatNumber(value, lang)}%`;
}

/** `part` of `whole` as a percentage for display (one decimal); comparisons stay in integers. */
export function share(part: number, whole: number, lang: Lang): string {
  return pct(whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10, lang);
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`, as Vietnamese documents write dates. */
export function formatDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** "Hoàn thành nhiệm vụ (HTNV)" / "Complete": English readers are not expected to know the codes. */
export function levelLabel(level: Level, lang: Lang): string {
  return lang === "vi" ? `${LEVEL_NAMES[level].vi} (${level})` : LEVEL_NAMES[level].en;
}

// ---------------------------------------------------------------------------------------------
// Messages: a reason, then what the level must be and what the row says

/** Which level a message is about: the staff level, the Party level, or a collective's level. */
export type Target = "level" | "partyLevel" | "collective";

/** A message, with the cap it sets when it bounds a person's level; `rowFinding` moves the cap onto the finding. */
export type CappedMessage = Localized & { cap?: Cap };

function capped(text: Localized, target: Target, level: Level, reason: Localized): CappedMessage {
  return target === "collective" ? text : { vi: text.vi, en: text.en, cap: { field: target, level, reason } };
}

/** The level just below: what is left when a level's criteria are not met. */
const BELOW: Record<RatedLevel, RatedLevel> = {
  HTXSNV: "HTTNV",
  HTTNV: "HTNV",
  HTNV: "KHTNV",
  KHTNV: "KHTNV",
};

function mustPhrase(target: Target, required: Level, lang: Lang): string {
  if (required === "KXL") {
    if (lang === "vi")
      return target === "partyLevel"
        ? "đảng viên phải để Không xếp loại (KXL)"
        : "phải để Không xếp loại (KXL)";
    return target === "partyLevel" ? "the Party level must be left Not rated" : "must be left Not rated";
  }
  if (lang === "vi")
    return `${target === "partyLevel" ? "xếp loại đảng viên phải là" : "phải xếp loại"} ${levelLabel(required, lang)}`;
  return `${target === "partyLevel" ? "the Party level must be" : "must be rated"} ${levelLabel(required, lang)}`;
}

function given(actual: Level, lang: Lang): string {
  return lang === "vi" ? `đang ghi ${actual}` : `but ${levelLabel(actual, "en")} is given`;
}

/** "<reason>: phải xếp loại Không hoàn thành nhiệm vụ (KHTNV), đang ghi HTTNV". */
export function mustBeMessage(
  reason: Localized,
  target: Target,
  required: Level,
  actual: Level,
): CappedMessage {
  const text = {
    vi: `${reason.vi}: ${mustPhrase(target, required, "vi")}, ${given(actual, "vi")}`,
    en: `${reason.en}: ${mustPhrase(target, required, "en")}, ${given(actual, "en")}`,
  };
  return capped(text, target, required, reason);
}

/** "<reason>: xếp loại cao nhất là Hoàn thành nhiệm vụ (HTNV), đang ghi HTTNV". */
export function atMostMessage(
  reason: Localized,
  target: Target,
  max: RatedLevel,
  actual: Level,
): CappedMessage {
  const party = target === "partyLevel";
  const text = {
    vi: `${reason.vi}: ${party ? "xếp loại đảng viên" : "xếp loại"} cao nhất là ${levelLabel(max, "vi")}, ${given(actual, "vi")}`,
    en: `${reason.en}: ${party ? "the Party level" : "the level"} can be at most ${levelLabel(max, "en")}, ${given(actual, "en")}`,
  };
  return capped(text, target, max, reason);
}

const SUBJECT: Record<Target, Localized> = {
  level: { vi: "Xếp loại", en: "Level" },
  partyLevel: { vi: "Xếp loại đảng viên", en: "Party level" },
  collective: { vi: "Xếp loại chi bộ", en: "Party cell level" },
};

/**
 * "Xếp loại Hoàn thành tốt nhiệm vụ (HTTNV) cần <part>; <part>" — each part says what the row has.
 * A level whose criteria are not met leaves at most the level below it.
 */
export function needsMessage(target: Target, level: RatedLevel, parts: readonly Localized[]): CappedMessage {
  const text = {
    vi: `${SUBJECT[target].vi} ${levelLabel(level, "vi")} cần ${parts.map((p) => p.vi).join("; ")}`,
    en: `${SUBJECT[target].en} ${levelLabel(level, "en")} needs ${parts.map((p) => p.en).join("; ")}`,
  };
  return capped(text, target, BELOW[level], text);
}

/** A requirement part: "100% nhiệm vụ hoàn thành (đang ghi 90%)". */
export function pctPart(requirement: Localized, value: number): Localized {
  return {
    vi: `${requirement.vi} (đang ghi ${pct(value, "vi")})`,
    en: `${requirement.en} (${pct(value, "en")} given)`,
  };
}

/** The message with a note after it; the note goes with the cap's reason too. */
export function withNote(message: CappedMessage, note: Localized): CappedMessage {
  const text = { vi: `${message.vi} ${note.vi}`, en: `${message.en} ${note.en}` };
  const cap = message.cap;
  return cap ? { ...text, cap: { ...cap, reason: withNote(cap.reason, note) } } : text;
}

// ---------------------------------------------------------------------------------------------
// Documents cited

export const ND90 = "Nghị định 90/2020/NĐ-CP";
export const ND48 = "Nghị định 48/2023/NĐ-CP";
export const HD21 = "Hướng dẫn 21-HD/BTCTW";
export const QD124 = "Quy định 124-QĐ/TW";
/** Seed 003: the bloc Party committee's 2021 plan. */
export const PLAN_003 = "Kế hoạch 24-KH/ĐUK năm 2021 của Đảng ủy Khối";
/** Seed 004: the Sơn La 2021 plan, the most detailed criteria. */
export const PLAN_004 = "Kế hoạch 170-KH/CB năm 2021 (Sơn La)";

/** ND90 Art. 8–15 as the rule set has them; the task criteria do not run on score-rated rows (§9). */
export function criteriaSource(rs: RuleSet): string {
  return `Điều 8–15 ${rs.law.staff}`;
}

/**
 * RULES.md §9 cites ND335 and ND233 by content, the article numbers differing between sources:
 * "Nghị định 335/2025/NĐ-CP, điều quy định các mức xếp loại".
 */
export function levelsArticle(law: string, detail?: string): string {
  return `${law}, điều quy định các mức xếp loại${detail ? `, ${detail}` : ""}`;
}
