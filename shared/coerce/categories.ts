import type { Localized } from "../i18n.js";
import type { DisciplineForm, LeaveType, PartyStatus } from "../roster/person.js";
import { foldKey } from "../text.js";

const NONE = new Set(["", "0", "khong", "k", "ko", "khong co", "-", "none", "no"]);

function firstMatch<T>(text: string, table: readonly (readonly [string, T])[]): T | undefined {
  for (const [needle, value] of table) if (text.includes(needle)) return value;
  return undefined;
}

/** ROSTER.md leave types: ốm, thai sản, không lương, khác. Empty or "không" is no leave type. */
export function readLeaveType(text: string): LeaveType | undefined {
  const key = foldKey(text);
  if (NONE.has(key)) return undefined;
  if (key.includes("thai san")) return "maternity";
  if (key.includes("khong luong")) return "unpaid";
  if (key.split(" ").includes("om")) return "sick";
  return "other";
}

const DISCIPLINE: readonly (readonly [string, DisciplineForm])[] = [
  ["khien trach", "reprimand"],
  ["canh cao", "warning"],
  ["ha bac luong", "salary-reduction"],
  ["giang chuc", "demotion"],
  ["cach chuc", "dismissal-from-post"],
  ["buoc thoi viec", "forced-resignation"],
  ["khai tru", "expulsion"],
];

/** How each discipline form is written (ROSTER.md). */
export const DISCIPLINE_NAMES: Record<DisciplineForm, Localized> = {
  reprimand: { vi: "khiển trách", en: "reprimand" },
  warning: { vi: "cảnh cáo", en: "warning" },
  "salary-reduction": { vi: "hạ bậc lương", en: "salary reduction" },
  demotion: { vi: "giáng chức", en: "demotion" },
  "dismissal-from-post": { vi: "cách chức", en: "dismissal from post" },
  "forced-resignation": { vi: "buộc thôi việc", en: "forced resignation" },
  expulsion: { vi: "khai trừ", en: "expulsion" },
  other: { vi: "hình thức khác", en: "other form" },
};

/** A discipline form; text that names none of ROSTER.md's forms still records a discipline. */
export function readDisciplineForm(text: string): DisciplineForm | undefined {
  const key = foldKey(text);
  if (NONE.has(key)) return undefined;
  return firstMatch(key, DISCIPLINE) ?? "other";
}

const STATUS: readonly (readonly [string, PartyStatus])[] = [
  ["mien", "exempt"],
  ["dinh chi", "suspended"],
  ["tam thoi", "temporary"],
];

/**
 * A Party member's status. A committee member suspended from the committee only (`đình chỉ sinh
 * hoạt cấp ủy`) is still an active Party member, rated as any other (RULES.md §4.1, seed 004 §B.I).
 */
export function readPartyStatus(text: string): PartyStatus | undefined {
  const key = foldKey(text);
  if (NONE.has(key)) return undefined;
  if (isCommitteeOnlySuspension(key)) return "active";
  return firstMatch(key, STATUS) ?? "active";
}

/** `đình chỉ sinh hoạt cấp ủy`, folded; `đình chỉ sinh hoạt đảng và cấp ủy` suspends Party activity too. */
function isCommitteeOnlySuspension(folded: string): boolean {
  return (
    folded.includes("dinh chi") &&
    folded.includes("cap uy") &&
    !/\bsinh hoat dang\b|\bdinh chi dang\b/.test(folded)
  );
}
