import type { RosterSheetSpec } from "../xlsx/rosterWorkbook.js";

const HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Chức vụ",
  "Đối tượng",
  "Đảng viên",
  "Chi bộ",
  "Số tháng công tác",
  "Hình thức kỷ luật",
  "Tổng điểm",
  { group: "Kết quả xếp loại", sub: ["Tự xếp loại", "Tập thể đề xuất", "Cấp có thẩm quyền"] },
  { group: "Đảng viên", sub: ["Xếp loại", "Số phiếu tán thành", "Số đảng viên chính thức"] },
  "Ghi chú",
] as const;

const TITLE = (agency: string) => [
  agency,
  "DANH SÁCH ĐỀ NGHỊ XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC, VIÊN CHỨC NĂM 2026",
];

type Row = (string | number | null)[];

// prettier-ignore
const TO_CHUC: Row[] = [
  [1, "Nguyễn Văn An", "12/03/1975", "Trưởng phòng", "CC", "x", "Chi bộ Văn phòng", 12, null, 95, "HTXSNV", "HTXSNV", "HTXSNV", "HTXSNV", 9, 10, null],
  [2, "Trần Thị Bình", "25/07/1980", "Phó Trưởng phòng", "CC", "x", "Chi bộ Văn phòng", 12, null, 88, "HTXSNV", "HTXSNV", "HTXSNV", "HTXSNV", 7, 10, null],
  [3, "Lê Văn Cường", "01/01/1985", "Chuyên viên", "CC", "x", "Chi bộ Văn phòng", 12, null, 92, "HTXSNV", "HTXSNV", "HTXSNV", "HTTNV", 6, 10, null],
  [4, "Phạm Thị Dung", "14/02/1988", "Chuyên viên", "CC", null, null, 12, null, 82, "HTTNV", "HTTNV", "HTTNV", null, null, null, null],
  [5, "Hoàng Văn Em", "30/09/1990", "Chuyên viên", "CC", "x", "Chi bộ Văn phòng", 12, "Khiển trách", 75, "HTTNV", "HTTNV", "HTTNV", "HTNV", 0, 10, null],
  [6, "Vũ Thị Giang", "05/05/1992", "Chuyên viên", "CC", null, null, 4, null, 80, "HTTNV", "HTTNV", "HTTNV", null, null, null, "Chuyển công tác đến tháng 9"],
  [7, "Đỗ Văn Hải", "17/11/1983", "Chuyên viên", "CC", null, null, 12, null, 79, "HTTNV", "HTTNV", "HTTNV", null, null, null, null],
  [8, "Bùi Thị Hạnh", "21/04/1987", "Chuyên viên", "CC", "x", "Chi bộ Văn phòng", 12, null, 84, "HTTNV", "HTTNV", "HTTNV", "HTTNV", 8, 10, null],
  [9, "Ngô Văn Khoa", "09/08/1991", "Chuyên viên", "CC", null, null, 12, null, 65, "HTNV", "HTNV", "HTNV", null, null, null, null],
  [10, "Phan Văn Sơn", "08/08/1998", "Chuyên viên", "CC", null, null, 3, null, null, "KXL", "KXL", "KXL", null, null, null, "Tuyển dụng tháng 10"],
  [11, "Đinh Văn Long", "03/03/1979", "Lái xe", "HĐLĐ", null, null, 12, null, null, "HTTNV", "HTTNV", "HTTNV", null, null, null, null],
];

// prettier-ignore
const KE_HOACH: Row[] = [
  [1, "Mai Văn Minh", "02/02/1972", "Trưởng phòng", "CC", "x", "Chi bộ Kế hoạch", 12, null, 91, "HTXSNV", "HTXSNV", "HTXSNV", "HTXSNV", 8, 9, null],
  [2, "Lý Thị Nga", "19/06/1986", "Chuyên viên", "CC", "x", "Chi bộ Kế hoạch", 12, null, 86, "HTTNV", "HTTNV", "HTTNV", "HTTNV", 7, 9, null],
  [3, "Tạ Văn Oanh", "28/12/1989", "Chuyên viên", "CC", null, null, 12, null, 83, "HTTNV", "HTTNV", "HTTNV", null, null, null, null],
  [4, "Chu Thị Phương", "11/10/1993", "Kế toán viên", "VC", null, null, 12, null, 74, "HTTNV", "HTTNV", "HTTNV", null, null, null, null],
  [5, "Lương Văn Quang", "07/07/1984", "Chuyên viên", "CC", null, null, 12, null, 72, "HTTNV", "HTTNV", "HTTNV", null, null, null, null],
  [6, "Kiều Thị Sen", "15/03/1990", "Chuyên viên", "CC", null, null, 12, null, 78, "HTTNV", "HTTNV", "HTTNV", null, null, null, null],
  [7, "Hà Văn Tài", "23/01/1982", "Chuyên viên", "CC", "x", "Chi bộ Kế hoạch", 12, null, 70, "HTTNV", "HTTNV", "HTTNV", "HTTNV", 6, 9, null],
  [8, "Trịnh Văn Uy", "04/04/1980", "Chuyên viên", "CC", null, null, 12, "Cảnh cáo", 52, "KHTNV", "KHTNV", "KHTNV", null, null, null, null],
];

/** Two small rosters laid out as ROSTER.md describes, with a few problems for the checker to find. */
export const DEMO_ROSTERS: { file: string; sheet: RosterSheetSpec }[] = [
  {
    file: "Phòng Tổ chức cán bộ.xlsx",
    sheet: {
      name: "Danh sách",
      titleRows: TITLE("SỞ NỘI VỤ - PHÒNG TỔ CHỨC CÁN BỘ"),
      header: HEADER,
      numbering: true,
      signature: true,
      rows: TO_CHUC,
    },
  },
  {
    file: "Phòng Kế hoạch - Tài chính.xlsx",
    sheet: {
      name: "Danh sách",
      titleRows: TITLE("SỞ NỘI VỤ - PHÒNG KẾ HOẠCH TÀI CHÍNH"),
      header: HEADER,
      numbering: true,
      signature: true,
      rows: KE_HOACH,
    },
  },
];
