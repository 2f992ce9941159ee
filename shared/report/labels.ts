import type { Localized } from "../i18n.js";
import type { QuotaBase } from "../settings.js";
import type { QuotaTally } from "../summary/quotaTally.js";

/** The report's fixed texts: Vietnamese by default, English headings on `lang: "en"`. */
export const T = {
  sheetStaff: { vi: "Biểu A - CBCCVC", en: "A - Staff" },
  sheetParty: { vi: "Biểu B - Đảng viên", en: "B - Party" },
  sheetLists: { vi: "Danh sách", en: "Lists" },

  nation: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM" },
  motto: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  title: { vi: "BIỂU TỔNG HỢP", en: "SUMMARY TABLE" },
  listsTitle: { vi: "DANH SÁCH", en: "LISTS" },
  placeholder: { vi: "……", en: "……" },

  stt: { vi: "STT", en: "No." },
  unitOrType: { vi: "Đơn vị / Đối tượng", en: "Unit / Staff" },
  total: { vi: "Tổng số", en: "Total" },
  notRated: { vi: "Không xếp loại (SL)", en: "Not rated" },
  rated: { vi: "Số được đánh giá, xếp loại", en: "Rated" },
  count: { vi: "SL", en: "No." },
  percent: { vi: "%", en: "%" },
  note: { vi: "Ghi chú", en: "Notes" },
  HTXSNV: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Excellent (HTXSNV)" },
  HTTNV: { vi: "Hoàn thành tốt nhiệm vụ", en: "Good (HTTNV)" },
  HTNV: { vi: "Hoàn thành nhiệm vụ", en: "Complete (HTNV)" },
  KHTNV: { vi: "Không hoàn thành nhiệm vụ", en: "Not complete (KHTNV)" },

  CB: { vi: "Cán bộ", en: "Cadres" },
  CC: { vi: "Công chức", en: "Civil servants" },
  ccLeaders: { vi: "Trong đó: lãnh đạo, quản lý", en: "of whom leaders and managers" },
  VC: { vi: "Viên chức", en: "Public employees" },
  vcLeaders: { vi: "Trong đó: quản lý", en: "of whom managers" },
  unknown: { vi: "Chưa xác định đối tượng", en: "Staff type not given" },
  NLD: { vi: "Người lao động", en: "Contract workers" },
  wholeAgency: { vi: "Toàn cơ quan", en: "Whole agency" },

  grassroots: { vi: "Tổ chức cơ sở đảng", en: "Grassroots Party organisations" },
  cells: { vi: "Chi bộ trực thuộc", en: "Subordinate Party cells" },
  members: { vi: "Đảng viên", en: "Party members" },
  partyReasons: { vi: "Lý do đảng viên không xếp loại", en: "Why Party members are not rated" },
  exempt: { vi: "Miễn sinh hoạt", en: "Exempted" },
  suspended: { vi: "Đình chỉ", en: "Suspended" },
  newMember: { vi: "Mới kết nạp < 6 tháng", en: "Admitted < 6 months" },
  notReviewed: { vi: "Chưa kiểm điểm", en: "Not reviewed" },
  otherReason: { vi: "Khác", en: "Other" },

  listExcellent: {
    vi: "Danh sách cá nhân hoàn thành xuất sắc nhiệm vụ",
    en: "People rated excellent (HTXSNV)",
  },
  listFailed: { vi: "Danh sách cá nhân không hoàn thành nhiệm vụ", en: "People rated not complete (KHTNV)" },
  listNotRated: { vi: "Danh sách cá nhân không xếp loại", en: "People not rated" },
  listStatus: { vi: "Tình hình gửi báo cáo của các đơn vị", en: "Reports from the units" },
  name: { vi: "Họ và tên", en: "Full name" },
  unit: { vi: "Đơn vị", en: "Unit" },
  position: { vi: "Chức vụ", en: "Position" },
  staffType: { vi: "Đối tượng", en: "Staff type" },
  votes: { vi: "Số phiếu", en: "Votes" },
  score: { vi: "Điểm", en: "Score" },
  reason: { vi: "Lý do", en: "Reason" },
  partyMember: { vi: "Đảng viên", en: "Party member" },
  none: { vi: "(Không có)", en: "(None)" },
  status: { vi: "Tình trạng", en: "Status" },
  submittedAt: { vi: "Ngày gửi", en: "Submitted" },
  deadline: { vi: "Hạn gửi", en: "Deadline" },

  preparer: { vi: "NGƯỜI LẬP BIỂU", en: "PREPARED BY" },
  head: { vi: "THỦ TRƯỞNG CƠ QUAN", en: "HEAD OF AGENCY" },
  signNote: { vi: "(Ký, ghi rõ họ tên)", en: "(Signature and full name)" },
} satisfies Record<string, Localized>;

export const staffSubtitle = (year: number): Localized => ({
  vi: `Kết quả đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm ${year}`,
  en: `Quality rating of cadres, civil servants and public employees, ${year}`,
});

export const partySubtitle = (year: number): Localized => ({
  vi: `Kết quả đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm ${year}`,
  en: `Quality rating of Party organisations and Party members, ${year}`,
});

export const listsSubtitle = (year: number): Localized => ({
  vi: `Cá nhân hoàn thành xuất sắc nhiệm vụ, không hoàn thành nhiệm vụ, không xếp loại năm ${year}`,
  en: `People rated excellent, not complete, and not rated, ${year}`,
});

export const docNumber = (n: string | undefined): Localized => ({
  vi: `Số: ${n ?? "……"}`,
  en: `No.: ${n ?? "……"}`,
});

export const attachment = (n: string | undefined): Localized => ({
  vi: `(Kèm theo Báo cáo số ${n ?? "……"})`,
  en: `(Attached to report no. ${n ?? "……"})`,
});

export const recipient = (name: string): Localized => ({ vi: `Kính gửi: ${name}`, en: `To: ${name}` });

export const ratioHeader = (base: QuotaBase): Localized => {
  switch (base) {
    case "good":
      return { vi: "Tỷ lệ HTXSNV / HTTNV (%)", en: "HTXSNV / HTTNV (%)" };
    case "good-inclusive":
      return { vi: "Tỷ lệ HTXSNV / (HTTNV + HTXSNV) (%)", en: "HTXSNV / (HTTNV + HTXSNV) (%)" };
    case "headcount":
      return { vi: "Tỷ lệ HTXSNV / tổng số (%)", en: "HTXSNV / headcount (%)" };
  }
};

/** `Tổng cộng (1+2+3)`; the numbers are those of the state-staff rows printed above. */
export const totalLabel = (rows: readonly number[], grand: boolean): Localized => {
  const sum = `(${rows.join("+")})`;
  return grand
    ? { vi: `Tổng cộng ${sum}`, en: `Total ${sum}` }
    : { vi: `Cộng ${sum}`, en: `Subtotal ${sum}` };
};

export const notes = {
  above: (pct: string): Localized => ({ vi: `Vượt tỷ lệ ${pct}%`, en: `Above the ${pct}% rate` }),
  aboveApproved: (pct: string): Localized => ({
    vi: `Vượt tỷ lệ được duyệt ${pct}%`,
    en: `Above the approved ${pct}% rate`,
  }),
  withinApproved: (pct: string): Localized => ({
    vi: `Trong tỷ lệ được duyệt ${pct}%`,
    en: `Within the approved ${pct}% rate`,
  }),
  missing: (n: number): Localized => ({
    vi: `${n} người chưa có kết quả xếp loại`,
    en: `${n} without a level`,
  }),
  together: (rows: string, pct: string): Localized => ({
    vi: `Tỷ lệ tính chung (${rows}): ${pct}`,
    en: `Ratio counted together (${rows}): ${pct}`,
  }),
  overAllowed: (t: QuotaTally): Localized => {
    const units =
      t.units > 1
        ? { vi: ` (${t.over}/${t.units} đơn vị vượt)`, en: ` (${t.over} of ${t.units} units over)` }
        : undefined;
    return {
      vi: `Vượt số được phép ${t.excess}: ${t.excellent} HTXSNV, được phép ${t.allowed}${units?.vi ?? ""}`,
      en: `${t.excess} over the allowed: ${t.excellent} HTXSNV, ${t.allowed} allowed${units?.en ?? ""}`,
    };
  },
  approvedRates: (list: string): Localized => ({
    vi: `Tỷ lệ được duyệt: ${list}`,
    en: `Approved rates: ${list}`,
  }),
  overQuota: (scopes: string): Localized => ({
    vi: `Vượt chỉ tiêu HTXSNV: ${scopes}`,
    en: `Over the HTXSNV quota: ${scopes}`,
  }),
};
