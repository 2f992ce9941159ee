/** RULES.md §4.1, state staff: who is rated, and the cap for long leave (ND90 Art. 2 cl. 3). */
import { formatNumber, type Localized } from "../i18n.js";
import type { Severity } from "../findings.js";
import { LEAVE_TYPE_CODES, LEVEL_CODES, levelOf } from "../roster/labelCodes.js";
import type { LeaveType } from "../roster/person.js";
import type { PersonTable } from "../roster/personTable.js";
import { isScoreRatedAt } from "../scoreRating.js";
import {
  atMostMessage,
  HD21,
  levelFieldAt,
  levelLabel,
  mustBeMessage,
  ND90,
  stateLevelAt,
  type CappedMessage,
} from "./helpers.js";
import { rowFinding, type Emit, type Rule, type RuleContext } from "./rule.js";

const MATERNITY = LEAVE_TYPE_CODES.of.maternity;

const SOURCE = `khoản 3 Điều 2 ${ND90}`;

const SCORE_RATED_NOTE = {
  vi: "(chỉ cảnh báo: Nghị định 335/2025/NĐ-CP và 233/2026/NĐ-CP xếp loại theo thời gian công tác thực tế, chưa thấy văn bản nhắc lại mốc 6 tháng, 3 tháng của Nghị định 90/2020/NĐ-CP)",
  en: "(a warning only: Nghị định 335/2025/NĐ-CP and 233/2026/NĐ-CP rate on the time actually worked, and no text seen repeats the 6-month and 3-month lines of Nghị định 90/2020/NĐ-CP)",
};

/**
 * §9 `leaveRules` on score-rated rows: warnings that say why and cap nothing (default), errors (the
 * ND90 reading), or not checked; other rows keep ND90's errors.
 */
function emitEligibility(
  rule: Rule,
  t: PersonTable,
  i: number,
  ctx: RuleContext,
  emit: Emit,
  message: CappedMessage,
): void {
  let severity: Severity = "error";
  if (isScoreRatedAt(t, i, ctx.settings)) {
    const mode = ctx.settings.leaveRules;
    if (mode === "off") return;
    if (mode === "warn") {
      severity = "warning";
      message = { vi: `${message.vi} ${SCORE_RATED_NOTE.vi}`, en: `${message.en} ${SCORE_RATED_NOTE.en}` };
    }
  }
  emit(rowFinding(rule, ctx, t, i, levelFieldAt(t, i), message, severity));
}

/** "Nghỉ ốm" / "sick leave"; leave of no stated type is just "nghỉ" / "leave". */
const LEAVE: Record<LeaveType | "none", Localized> = {
  sick: { vi: "Nghỉ ốm", en: "Sick leave" },
  maternity: { vi: "Nghỉ thai sản", en: "Maternity leave" },
  unpaid: { vi: "Nghỉ không lương", en: "Unpaid leave" },
  other: { vi: "Nghỉ", en: "Leave" },
  none: { vi: "Nghỉ", en: "Leave" },
};

function leaveReason(type: number, months: number, range: Localized): Localized {
  const leave = LEAVE[LEAVE_TYPE_CODES.labels[type] ?? "none"];
  return {
    vi: `${leave.vi} ${formatNumber(months, "vi")} tháng trong năm (${range.vi}, không phải nghỉ thai sản)`,
    en: `${leave.en} of ${formatNumber(months, "en")} months in the year (${range.en}, not maternity leave)`,
  };
}

export const shortServiceRule: Rule = {
  id: "elig.short-service",
  title: {
    vi: "Công tác dưới 6 tháng trong năm thì không xếp loại",
    en: "Under 6 months worked in the year: not rated",
  },
  source: () => SOURCE,
  appliesTo: () => true,
  needs: { any: ["monthsWorked", "leaveMonths"] },
  checkRows(t, from, to, ctx, emit) {
    const { leaveType, monthsWorked, leaveMonths } = t;
    for (let i = from; i < to; i++) {
      const level = stateLevelAt(t, i);
      if (level === 0 || leaveType[i] === MATERNITY) continue;
      const worked = monthsWorked[i]!;
      const leave = leaveMonths[i]!;
      let reason: Localized;
      if (worked < 6)
        reason = {
          vi: `Công tác ${formatNumber(worked, "vi")} tháng trong năm (dưới 6 tháng)`,
          en: `Worked ${formatNumber(worked, "en")} months in the year (under 6)`,
        };
      else if (leave >= 6)
        reason = leaveReason(leaveType[i]!, leave, { vi: "từ 6 tháng trở lên", en: "6 or more" });
      else continue;
      const message = mustBeMessage(reason, "level", "KXL", levelOf(level)!);
      emitEligibility(shortServiceRule, t, i, ctx, emit, message);
    }
  },
};

export const leaveCapRule: Rule = {
  id: "elig.leave-cap",
  title: {
    vi: "Nghỉ từ 3 đến dưới 6 tháng thì tối đa Hoàn thành nhiệm vụ",
    en: "Leave of 3 to under 6 months: at most Complete",
  },
  source: () => SOURCE,
  appliesTo: () => true,
  needs: { all: ["leaveMonths"] },
  checkRows(t, from, to, ctx, emit) {
    const { leaveType, leaveMonths } = t;
    for (let i = from; i < to; i++) {
      const leave = leaveMonths[i]!;
      // NaN (no leave) fails `leave >= 3`.
      if (!(leave >= 3) || leave >= 6 || leaveType[i] === MATERNITY) continue;
      const level = stateLevelAt(t, i);
      if (level <= LEVEL_CODES.of.HTNV) continue;
      const reason = leaveReason(leaveType[i]!, leave, { vi: "từ 3 đến dưới 6 tháng", en: "3 to under 6" });
      emitEligibility(leaveCapRule, t, i, ctx, emit, atMostMessage(reason, "level", "HTNV", levelOf(level)!));
    }
  },
};

export const maternityRule: Rule = {
  id: "elig.maternity",
  title: {
    vi: "Nghỉ thai sản: xếp loại theo thời gian làm việc thực tế",
    en: "Maternity leave: rated on the time actually worked",
  },
  source: () => `${SOURCE}; ${HD21}`,
  appliesTo: () => true,
  needs: { all: ["leaveType"] },
  checkRows(t, from, to, ctx, emit) {
    const { leaveType, leaveMonths } = t;
    for (let i = from; i < to; i++) {
      if (leaveType[i] !== MATERNITY) continue;
      const level = levelOf(stateLevelAt(t, i));
      if (level === undefined) continue;
      const months = leaveMonths[i]!;
      const known = months === months;
      const vi = known ? ` ${formatNumber(months, "vi")} tháng` : "";
      const en = known ? ` of ${formatNumber(months, "en")} months` : "";
      const message = {
        vi: `Nghỉ thai sản${vi}: xếp loại theo thời gian làm việc thực tế trong năm, không bị giới hạn mức (đang ghi ${level}); không cần sửa`,
        en: `Maternity leave${en}: rated on the time actually worked in the year, with no cap (${levelLabel(level, "en")} given); nothing to fix`,
      };
      emit(rowFinding(maternityRule, ctx, t, i, "leaveType", message, "info"));
    }
  },
};
