import type { RosterSheetSpec } from "../xlsx/rosterWorkbook.js";

/**
 * A ward's 2026 roster as agencies now keep it (RULES.md §9, ROSTER.md "From 2026"): the score's two
 * parts and the quarterly scores under group headers, leaders, a numbering row with its sum, a
 * sheet of công chức (and the ward's chairman, a cán bộ) and one of viên chức with quarterly levels
 * beside the scores. Every problem in it is one §9 names; `test/integration/ward2026.test.ts`
 * holds what the checker must find, worked out by hand.
 */
const TITLE = (what: string) => [
  "UBND PHƯỜNG CẨM THÀNH",
  `DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ${what} NĂM 2026`,
];
const QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"] as const;
const SCORE_PARTS = [
  "Tiêu chí chung (30 điểm)",
  "Kết quả thực hiện nhiệm vụ (70 điểm)",
  "Tổng điểm",
] as const;
/** The columns both sheets start with: who the person is, then the quarterly scores. */
const PERSON_AND_QUARTERS = [
  "STT",
  "Họ và tên",
  "Chức vụ",
  "Đối tượng",
  "Lãnh đạo, quản lý",
  { group: "Điểm theo dõi, đánh giá theo quý", sub: QUARTERS },
] as const;

type Row = (string | number | null)[];

// Columns: A STT, B name, C position, D type, E leader, F–I quarters, J general /30, K tasks /70,
// L total, M discipline, N tied to public duty, O self-rating, P final level, Q note.
// prettier-ignore
const CIVIL_SERVANTS: Row[] = [
  [1, "Nguyễn Văn Hùng", "Chủ tịch UBND phường", "CB", "x", 88, 87, 89, 88, 27, 61, 88, null, null, "HTTNV", "HTTNV", null],
  [2, "Trần Thị Lan", "Trưởng phòng Kinh tế", "CC", "x", 95, 92, 90, 91, 28, 64, 92, null, null, "HTXSNV", "HTXSNV", null],
  [3, "Lê Văn Nam", "Chuyên viên", "CC", null, 90, 92, 91, 91, 27, 64, 91, null, null, "HTXSNV", "HTXSNV", null],
  [4, "Phạm Thị Thu", "Chuyên viên", "CC", null, 85, 88, 86, 85, 26, 60, 86, null, null, "HTXSNV", "HTXSNV", null],
  [5, "Hoàng Văn Đức", "Chuyên viên", "CC", null, 80, 82, 84, 78, 25, 56, 85, null, null, "HTTNV", "HTTNV", null],
  [6, "Vũ Thị Mai", "Chuyên viên", "CC", null, 88, 86, null, 87, 26, 61, 87, null, null, "HTTNV", "HTTNV", "Nghỉ thai sản quý III"],
  [7, "Đặng Văn Tú", "Chuyên viên", "CC", null, 78, 80, 75, 79, 24, 54, 78, "Khiển trách", null, "HTTNV", "HTTNV", null],
  [8, "Bùi Thị Hoa", "Chuyên viên", "CC", null, 84, 83, 85, 84, 25, 59, 84, "Khiển trách", "Không", "HTTNV", "HTTNV", "Vi phạm ngoài công vụ"],
  [9, "Ngô Văn Bình", "Chuyên viên", "CC", null, 65, 68, 70, 66, null, null, null, null, null, "HTTNV", "HTTNV", null],
  [10, "Đinh Thị Yến", "Chuyên viên", "CC", null, null, null, null, null, null, null, null, null, null, "HTTNV", "HTTNV", "Chưa chấm điểm"],
  [11, "Phan Văn Lộc", "Chuyên viên", "CC", null, 60, 62, 58, 64, 20, 41, 61, null, null, "HTNV", "HTNV", null],
  [12, "Lý Văn Phúc", "Bảo vệ", "HĐLĐ", null, null, null, null, null, null, null, null, null, null, "HTTNV", "HTTNV", null],
];

// Columns: A STT, B name, C position, D type, E leader, F–I quarterly scores, J–M quarterly levels,
// N general /30, O tasks /70, P total, Q level for the year, R note.
// prettier-ignore
const PUBLIC_EMPLOYEES: Row[] = [
  [1, "Trương Văn Khải", "Giám đốc Trung tâm", "VC", "x", 93, 94, 92, 95, "HTXSNV", "HTXSNV", "HTXSNV", "HTXSNV", 28, 65.5, 93.5, "HTXSNV", null],
  [2, "Lê Thị Hồng", "Viên chức", "VC", null, 85, 86, 84, 85, "HTTNV", "HTTNV", "HTTNV", "HTTNV", 26, 59, 85, "HTTNV", null],
  [3, "Nguyễn Thị Ngọc", "Viên chức", "VC", null, 80, 81, 79, 80, "HTTNV", "HTTNV", "HTTNV", "HTTNV", 24, 56, 80, "HTTNV", null],
  [4, "Phạm Văn Quý", "Viên chức", "VC", null, 76, 78, 77, 77, "HTTNV", "HTXSNV", "HTTNV", "HTTNV", 23, 54, 77, "HTTNV", null],
  [5, "Đoàn Thị Thảo", "Viên chức", "VC", null, 82, 84, 83, 83, "HTTNV", "HTTNV", "HTTNV", "HTTNV", 25, 58, 83, "HTTNV", null],
  [6, "Võ Văn Thành", "Viên chức", "VC", null, 71, 73, 72, 72, "HTTNV", "HTTNV", "HTTNV", "HTTNV", 22, 50, 72, "HTTNV", null],
  [7, "Hồ Thị Vân", "Viên chức", "VC", null, 55, 58, 52, 55, "HTNV", "HTNV", "HTNV", "HTNV", 17, 38, 55, "HTNV", null],
];

export const WARD_2026: { file: string; unitName: string; sheets: RosterSheetSpec[] } = {
  file: "UBND phường Cẩm Thành 2026.xlsx",
  unitName: "UBND phường Cẩm Thành",
  sheets: [
    {
      name: "Cán bộ, công chức",
      titleRows: TITLE("CÁN BỘ, CÔNG CHỨC"),
      header: [
        ...PERSON_AND_QUARTERS,
        { group: "Điểm đánh giá, xếp loại năm", sub: SCORE_PARTS },
        "Hình thức kỷ luật",
        "Vi phạm liên quan đến thực thi công vụ",
        { group: "Kết quả xếp loại", sub: ["Tự xếp loại", "Cấp có thẩm quyền"] },
        "Ghi chú",
      ],
      // prettier-ignore
      numbering: ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)=(10)+(11)", "(13)", "(14)", "(15)", "(16)", "(17)"],
      signature: true,
      rows: CIVIL_SERVANTS,
    },
    {
      name: "Viên chức",
      titleRows: TITLE("VIÊN CHỨC"),
      header: [
        ...PERSON_AND_QUARTERS,
        { group: "Xếp loại theo quý", sub: QUARTERS },
        { group: "Điểm đánh giá năm", sub: SCORE_PARTS },
        "Xếp loại năm",
        "Ghi chú",
      ],
      numbering: true,
      signature: true,
      rows: PUBLIC_EMPLOYEES,
    },
  ],
};
