import type { Lang, Localized } from "../i18n.js";
import { localize } from "../i18n.js";
import type { IsoDate } from "../roster/person.js";

/**
 * Where a reporting unit stands (REPORT.md: on time, late, missing). `received`: its list came but
 * says no date to judge it by. `consolidated`: it sent nothing of its own, but units below it did.
 */
export const STATUS_STATES = ["on-time", "late", "received", "missing", "consolidated"] as const;
export type StatusState = (typeof STATUS_STATES)[number];

export interface UnitStatus {
  state: StatusState;
  submittedAt?: IsoDate;
  deadline?: IsoDate;
  /** The units below it: how many have reported, of how many. Absent for a unit with none below. */
  below?: { reported: number; units: number };
}

/** Viet Nam keeps UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The day in Viet Nam of a moment (`2026-11-25T18:00:00Z` is the 26th there); a bare date as it is. */
function vietnamDay(moment: string): IsoDate {
  if (moment.length <= 10) return moment;
  const at = Date.parse(moment);
  return Number.isNaN(at) ? moment.slice(0, 10) : new Date(at + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * A unit's status from its own submission against its deadline (sent on a day in Viet Nam after
 * the deadline day is late) and from the units below it.
 */
export function unitStatus(
  submittedAt: string | undefined,
  deadline: IsoDate | undefined,
  below?: { reported: number; units: number },
): UnitStatus {
  const extra = { ...(deadline ? { deadline } : {}), ...(below && below.units > 0 ? { below } : {}) };
  if (submittedAt === undefined)
    return { state: below && below.reported > 0 ? "consolidated" : "missing", ...extra };
  const day = vietnamDay(submittedAt);
  return { state: deadline !== undefined && day > deadline ? "late" : "on-time", submittedAt: day, ...extra };
}

const STATE_TEXT: Record<Exclude<StatusState, "consolidated">, Localized> = {
  "on-time": { vi: "Đúng hạn", en: "On time" },
  late: { vi: "Gửi muộn", en: "Late" },
  received: { vi: "Đã nhận (không ghi ngày)", en: "Received (no date given)" },
  missing: { vi: "Chưa gửi", en: "Not received" },
};

const consolidatedText = (b: { reported: number; units: number }): Localized => ({
  vi: `Đã tổng hợp ${b.reported}/${b.units} đơn vị`,
  en: `Consolidated ${b.reported}/${b.units} units`,
});

/**
 * The status in words, the same in the report and in the task pane: "Đúng hạn", "Gửi muộn",
 * "Đã tổng hợp 12/14 đơn vị", and for a unit that sent its own list and has units below,
 * "Đúng hạn; đã tổng hợp 12/14 đơn vị".
 */
export function statusText(status: UnitStatus, lang: Lang): string {
  const below = status.below && localize(consolidatedText(status.below), lang);
  if (status.state === "consolidated" && below) return below;
  const own = localize(STATE_TEXT[status.state === "consolidated" ? "missing" : status.state], lang);
  if (!below || status.state === "missing") return own;
  return `${own}; ${below.charAt(0).toLowerCase()}${below.slice(1)}`;
}
