/**
 * The roster fields of ROSTER.md: canonical keys, what a cell holds, and the header variants
 * (folded as `foldKey` does) the header detector matches. A variant matches a header cell when
 * every word of the variant appears in it; the variant with the most words wins.
 */
export type FieldKind =
  | "text"
  | "seq"
  | "birthDate"
  | "date"
  | "mark"
  | "level"
  | "staffType"
  | "leaveType"
  | "discipline"
  | "partyStatus"
  | "months"
  | "score"
  | "generalScore"
  | "taskScore"
  | "periodScore"
  | "periodLevel"
  | "percent"
  | "count";

function field<K extends string>(key: K, kind: FieldKind, variants: readonly string[]) {
  return { key, kind, variants };
}

export const FIELDS = [
  field("seq", "seq", ["stt", "so tt", "tt", "so thu tu"]),
  field("fullName", "text", ["ho va ten", "ho ten", "ho ten can bo", "ho va ten can bo cong chuc vien chuc"]),
  field("birthDate", "birthDate", ["ngay sinh", "ngay thang nam sinh", "nam sinh"]),
  field("unit", "text", ["don vi", "phong", "phong ban", "co quan don vi", "don vi cong tac"]),
  field("position", "text", ["chuc vu", "chuc danh", "chuc vu chuc danh", "vi tri viec lam"]),
  field("staffType", "staffType", [
    "doi tuong",
    "loai",
    "can bo cong chuc vien chuc",
    "phan loai",
    "cb/cc/vc",
    "cb/cc/vc/nld",
  ]),
  field("isLeader", "mark", ["lanh dao quan ly", "ldql", "la lanh dao"]),
  field("isHead", "mark", ["nguoi dung dau", "thu truong"]),
  field("peerGroup", "text", ["nhom", "nhom tuong dong", "nhom doi tuong"]),
  field("monthsWorked", "months", ["so thang cong tac", "thoi gian cong tac trong nam thang"]),
  field("leaveMonths", "months", ["so thang nghi"]),
  field("leaveType", "leaveType", ["loai nghi", "ly do nghi"]),
  field("disciplineForm", "discipline", ["ky luat", "hinh thuc ky luat"]),
  field("disciplineDate", "date", ["ngay ky luat", "ngay hieu luc ky luat", "ngay quyet dinh ky luat"]),
  field("disciplineCounted", "mark", ["da tinh khi xep loai", "da xep loai khtnv nam truoc"]),
  field("disciplineDutyRelated", "mark", [
    "ky luat trong thuc thi nhiem vu",
    "vi pham trong thuc thi nhiem vu",
    "vi pham lien quan den thuc thi cong vu",
    "lien quan hoat dong cong vu",
  ]),
  field("score", "score", ["diem", "tong diem", "diem tu cham", "diem danh gia", "diem binh quan nam"]),
  field("generalScore", "generalScore", ["diem tieu chi chung", "tieu chi chung", "tieu chi chung 30 diem"]),
  field("taskScore", "taskScore", [
    "diem ket qua thuc hien nhiem vu",
    "ket qua thuc hien nhiem vu",
    "ket qua thuc hien nhiem vu 70 diem",
  ]),
  // Several columns each (one per quarter or month); which period a column holds is in its ColumnInfo.
  field("periodScore", "periodScore", []),
  field("periodLevel", "periodLevel", []),
  field("tasksCompletedPct", "percent", ["% nhiem vu hoan thanh", "ty le hoan thanh nhiem vu"]),
  field("tasksExceededPct", "percent", ["% vuot muc", "% nhiem vu vuot muc", "ty le vuot muc"]),
  field("tasksOnTimePct", "percent", ["% dung tien do", "ty le dung tien do"]),
  field("criteriaShortPct", "percent", ["% tieu chi chua dat", "ty le tieu chi chua dat"]),
  field("unitTargetsPct", "percent", ["% chi tieu don vi hoan thanh", "ty le chi tieu don vi hoan thanh"]),
  field("unitTargetsExceededPct", "percent", [
    "% chi tieu don vi vuot muc",
    "ty le chi tieu don vi vuot muc",
  ]),
  field("unitTargetsOnTimePct", "percent", [
    "% chi tieu don vi dung tien do",
    "ty le chi tieu don vi dung tien do",
  ]),
  field("subUnitsAtLeastCompletePct", "percent", [
    "% don vi truc thuoc tu htnv",
    "don vi truc thuoc tu htnv",
  ]),
  field("subUnitsAtLeastGoodPct", "percent", ["% don vi truc thuoc tu httnv", "don vi truc thuoc tu httnv"]),
  field("selfLevel", "level", ["tu xep loai", "tu danh gia", "ca nhan tu xep loai", "tu nhan muc"]),
  field("proposedLevel", "level", ["de xuat", "tap the de xuat", "muc xep loai de xuat", "de nghi xep loai"]),
  field("finalLevel", "level", ["ket qua xep loai", "xep loai", "cap co tham quyen", "muc xep loai"]),
  field("isPartyMember", "mark", ["dang vien", "la dang vien"]),
  field("partyCell", "text", ["chi bo", "dang bo", "chi bo sinh hoat"]),
  field("partyJoinDate", "date", ["ngay vao dang", "ngay ket nap"]),
  field("partyStatus", "partyStatus", ["tinh trang sinh hoat dang"]),
  field("partySickMonths", "months", ["so thang nghi om dang vien", "dang vien nghi om thang"]),
  field("partyLevel", "level", ["xep loai dang vien", "dang vien xep loai", "xep loai chat luong dang vien"]),
  field("votesFor", "count", ["so phieu tan thanh", "phieu tan thanh"]),
  field("fullMembers", "count", ["so dang vien chinh thuc", "dang vien chinh thuc"]),
  field("partyRemedied", "mark", ["tu phat hien khac phuc", "tu phat hien va khac phuc"]),
  field("note", "text", ["ghi chu"]),
  field("degradationConcluded", "mark", ["ket luan suy thoai", "suy thoai tu dien bien tu chuyen hoa"]),
  field("unitMisconductHandled", "mark", [
    "don vi bi xu ly tham nhung lang phi",
    "don vi phu trach de xay ra tham nhung",
  ]),
  field("shortcomingsRemedied", "mark", ["khac phuc han che khuyet diem", "da khac phuc 100% han che"]),
] as const;

export type FieldKey = (typeof FIELDS)[number]["key"];
export type FieldDef = (typeof FIELDS)[number];

export const FIELD_BY_KEY: ReadonlyMap<FieldKey, FieldDef> = new Map(FIELDS.map((f) => [f.key, f]));

/** The columns that can give a person's level under review, in order of precedence (ROSTER.md). */
export const STAFF_LEVEL_FIELDS = [
  "finalLevel",
  "proposedLevel",
  "selfLevel",
] as const satisfies readonly FieldKey[];

/** Fields held by one column per period (quarter or month) rather than by a single column. */
export const PERIOD_FIELDS = ["periodScore", "periodLevel"] as const satisfies readonly FieldKey[];
export type PeriodField = (typeof PERIOD_FIELDS)[number];

export function isFieldKey(key: string): key is FieldKey {
  return FIELD_BY_KEY.has(key as FieldKey);
}
