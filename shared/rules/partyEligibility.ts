/** RULES.md §4.1, Party members: who is given a Party level, and the cap for long sick leave. */
import { formatNumber } from "../i18n.js";
import { LEAVE_TYPE_CODES, LEVEL_CODES, levelOf, PARTY_STATUS_CODES } from "../roster/labelCodes.js";
import type { IsoDate } from "../roster/person.js";
import {
  atMostMessage,
  formatDate,
  HD21,
  isPartyMemberAt,
  mustBeMessage,
  PLAN_003,
  PLAN_004,
} from "./helpers.js";
import { rowFinding, type Rule } from "./rule.js";

/** Digit `i` of an ISO date, read without making substrings. */
function digit(iso: IsoDate, i: number): number {
  return iso.charCodeAt(i) - 48;
}

/** `YYYY-MM-DD` as the number YYYYMMDD. */
function dayNumber(iso: IsoDate): number {
  return (
    (digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3)) * 10000 +
    (digit(iso, 5) * 10 + digit(iso, 6)) * 100 +
    digit(iso, 8) * 10 +
    digit(iso, 9)
  );
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The day six calendar months after `iso` as YYYYMMDD; 31 August + 6 months is the end of February. */
function sixMonthsAfter(iso: IsoDate): number {
  const start = dayNumber(iso);
  let year = Math.floor(start / 10000);
  let month = (Math.floor(start / 100) % 100) + 6;
  if (month > 12) {
    month -= 12;
    year += 1;
  }
  const day = Math.min(start % 100, daysInMonth(year, month));
  return year * 10000 + month * 100 + day;
}

export const newMemberRule: Rule = {
  id: "party.new-member",
  title: {
    vi: "Đảng viên mới kết nạp chưa đủ 6 tháng thì không xếp loại",
    en: "Party members admitted under 6 months before the assessment: not rated",
  },
  source: () => `${HD21}, mục II.6`,
  appliesTo: () => true,
  needs: { all: ["partyJoinDate", "partyLevel"] },
  checkRows(t, from, to, ctx, emit) {
    const { partyLevel, partyJoinDate } = t;
    const assessed = ctx.settings.assessmentDate;
    const assessedDay = dayNumber(assessed);
    for (let i = from; i < to; i++) {
      const level = partyLevel[i]!;
      const joined = partyJoinDate[i];
      if (level <= LEVEL_CODES.of.KXL || joined === undefined || sixMonthsAfter(joined) <= assessedDay)
        continue;
      const reason = {
        vi: `Vào Đảng ngày ${formatDate(joined)}, chưa đủ 6 tháng tính đến ngày đánh giá ${formatDate(assessed)} (vẫn phải kiểm điểm)`,
        en: `Admitted to the Party on ${formatDate(joined)}, under 6 months before the assessment date ${formatDate(assessed)} (still takes part in the review)`,
      };
      const message = mustBeMessage(reason, "partyLevel", "KXL", levelOf(level)!);
      emit(rowFinding(newMemberRule, ctx, t, i, "partyLevel", message));
    }
  },
};

export const excludedRule: Rule = {
  id: "party.excluded",
  title: {
    vi: "Đảng viên miễn sinh hoạt hoặc bị đình chỉ sinh hoạt đảng thì không xếp loại",
    en: "Party members exempted from or suspended from Party activities: not rated",
  },
  source: () => `${HD21}; ${PLAN_004}, mục B.I`,
  appliesTo: () => true,
  needs: { all: ["partyStatus", "partyLevel"] },
  checkRows(t, from, to, ctx, emit) {
    const { partyStatus, partyLevel } = t;
    const { exempt, suspended } = PARTY_STATUS_CODES.of;
    for (let i = from; i < to; i++) {
      const status = partyStatus[i]!;
      const level = partyLevel[i]!;
      if ((status !== exempt && status !== suspended) || level <= LEVEL_CODES.of.KXL) continue;
      const reason =
        status === exempt
          ? {
              vi: "Được miễn công tác và sinh hoạt đảng",
              en: "Party member exempted from Party work and activities",
            }
          : { vi: "Bị đình chỉ sinh hoạt đảng", en: "Party member suspended from Party activities" };
      const message = mustBeMessage(reason, "partyLevel", "KXL", levelOf(level)!);
      emit(rowFinding(excludedRule, ctx, t, i, "partyLevel", message));
    }
  },
};

export const sickCapRule: Rule = {
  id: "party.sick-cap",
  title: {
    vi: "Đảng viên nghỉ ốm từ 3 tháng thì tối đa Hoàn thành nhiệm vụ",
    en: "Party members on sick leave for 3 months or more: at most Complete",
  },
  source: () => `${HD21}, mục II.6; ${PLAN_003}`,
  appliesTo: (_ruleSet, settings) => settings.partySickCap,
  // The Party sick-leave column, or the staff leave columns when the leave they give is sick leave.
  needs: { all: ["partyLevel"], any: ["partySickMonths", "leaveMonths"] },
  checkRows(t, from, to, ctx, emit) {
    const { partySickMonths, leaveType, leaveMonths, partyLevel } = t;
    const sick = LEAVE_TYPE_CODES.of.sick;
    for (let i = from; i < to; i++) {
      const own = partySickMonths[i]!;
      const months = own === own ? own : leaveType[i] === sick ? leaveMonths[i]! : Number.NaN;
      const level = partyLevel[i]!;
      if (!(months >= 3) || level <= LEVEL_CODES.of.HTNV || !isPartyMemberAt(t, i)) continue;
      const reason = {
        vi: `Đảng viên nghỉ ốm ${formatNumber(months, "vi")} tháng trong năm (từ 3 tháng trở lên)`,
        en: `Party member on sick leave for ${formatNumber(months, "en")} months in the year (3 or more)`,
      };
      const message = atMostMessage(reason, "partyLevel", "HTNV", levelOf(level)!);
      emit(rowFinding(sickCapRule, ctx, t, i, "partyLevel", message));
    }
  },
};
