/**
 * Rosters for the suggestion tests: a header row (Excel row 1) as clerks write it, then one row per
 * person from row 2, read by the real sheet reader.
 */
import type { CellValue } from "../../shared/cells.js";
import type { FieldKey } from "../../shared/roster/fields.js";
import { readSheet, type SheetReadResult } from "../../shared/roster/readSheet.js";
import { settingsSchema, type SettingsInput } from "../../shared/settings.js";
import { suggestLevels, type Suggestion } from "../../shared/suggest/index.js";

/** Headers as clerks write them, and the field each must be read as. */
const COLUMNS = {
  name: ["Họ và tên", "fullName"],
  unit: ["Đơn vị", "unit"],
  type: ["Đối tượng", "staffType"],
  leader: ["Lãnh đạo, quản lý", "isLeader"],
  peerGroup: ["Nhóm tương đồng", "peerGroup"],
  head: ["Người đứng đầu", "isHead"],
  leave: ["Số tháng nghỉ", "leaveMonths"],
  leaveType: ["Loại nghỉ", "leaveType"],
  discipline: ["Hình thức kỷ luật", "disciplineForm"],
  disciplineDate: ["Ngày kỷ luật", "disciplineDate"],
  dutyRelated: ["Vi phạm trong thực thi nhiệm vụ", "disciplineDutyRelated"],
  score: ["Điểm", "score"],
  done: ["% nhiệm vụ hoàn thành", "tasksCompletedPct"],
  over: ["% vượt mức", "tasksExceededPct"],
  onTime: ["% đúng tiến độ", "tasksOnTimePct"],
  short: ["% tiêu chí chưa đạt", "criteriaShortPct"],
  partyCell: ["Chi bộ", "partyCell"],
  joined: ["Ngày vào Đảng", "partyJoinDate"],
  partyStatus: ["Tình trạng sinh hoạt đảng", "partyStatus"],
  votes: ["Số phiếu tán thành", "votesFor"],
  members: ["Số đảng viên chính thức", "fullMembers"],
  partyLevel: ["Xếp loại đảng viên", "partyLevel"],
  remedied: ["Tự phát hiện và khắc phục", "partyRemedied"],
  level: ["Kết quả xếp loại", "finalLevel"],
} as const satisfies Record<string, readonly [string, FieldKey]>;

export type Column = keyof typeof COLUMNS;
export type Row = Partial<Record<Column, CellValue>>;

/** Every column a state-staff rule of rule sets 2020–2025 reads, so that no staff check lacks data. */
export const STAFF_COLUMNS: readonly Column[] = [
  "name",
  "unit",
  "type",
  "leave",
  "leaveType",
  "discipline",
  "disciplineDate",
  "done",
  "over",
  "onTime",
  "short",
  "level",
];

/** The Party columns beside the staff ones: cell, admission, status, votes, Party level. */
export const PARTY_COLUMNS: readonly Column[] = [
  ...STAFF_COLUMNS,
  "partyCell",
  "joined",
  "partyStatus",
  "votes",
  "members",
  "partyLevel",
];

/**
 * A công chức nothing holds below HTXSNV (ND90 Art. 9): the whole year worked, no discipline, every
 * task done and on time, 60% of them exceeded (≥ 50%), no criterion short. Rated HTTNV by the clerk.
 */
export const EXCELLENT: Row = {
  unit: "Phòng Tổng hợp",
  type: "CC",
  done: 100,
  over: 60,
  onTime: 100,
  short: 0,
  level: "HTTNV",
};

/** As EXCELLENT, but only 30% of tasks exceeded: HTXSNV needs ≥ 50%, so HTTNV at most. */
export const GOOD: Row = { ...EXCELLENT, over: 30 };

/** A Party member of "Chi bộ 1", admitted long ago, active, 9 of 9 full members in favour. */
export const PARTY: Row = {
  partyCell: "Chi bộ 1",
  joined: "03/02/2010",
  partyStatus: "Đang sinh hoạt",
  votes: 9,
  members: 9,
  partyLevel: "HTTNV",
};

/** The roster's first data row: the header is row 1. */
export const FIRST_ROW = 2;

/** A sheet with these columns and people; fails when a header is not read as the field it stands for. */
export function sheet(
  columns: readonly Column[],
  people: readonly Row[],
  name = "Danh sách",
): SheetReadResult {
  const rows = [columns.map((c) => COLUMNS[c][0]), ...people.map((p) => columns.map((c) => p[c] ?? null))];
  const read = readSheet(name, rows);
  if (read.outcome.kind !== "roster")
    throw new Error(`not read as a roster: ${JSON.stringify(read.findings)}`);
  const fields = read.outcome.sheet.fieldColumns;
  for (const c of columns) {
    const [header, field] = COLUMNS[c];
    if (fields[field]?.header !== header) throw new Error(`"${header}" was not read as ${field}`);
  }
  return read;
}

/** No quota scope: the rules' caps alone. */
export const NO_QUOTA: SettingsInput = { quotaScopes: [] };

export function suggest(reads: readonly SheetReadResult[], settings: SettingsInput = {}): Suggestion[] {
  return suggestLevels(reads, settingsSchema.parse(settings), { fallbackYear: 2026 });
}

/** The suggestion for the person named `name`. */
export function of(suggestions: readonly Suggestion[], name: string): Suggestion {
  const s = suggestions.find((x) => x.person === name);
  if (!s) throw new Error(`no suggestion for "${name}"`);
  return s;
}

/** `count` people named `<prefix> 1…count`, each with `row`. */
export function many(count: number, prefix: string, row: Row): Row[] {
  return Array.from({ length: count }, (_, i) => ({ ...row, name: `${prefix} ${i + 1}` }));
}
