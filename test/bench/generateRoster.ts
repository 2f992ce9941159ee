import type { CellValue } from "../../shared/cells.js";
import type { HeaderSpec } from "../../xlsx/rosterWorkbook.js";

/** The benchmark roster's header: the columns a detailed real roster has (ROSTER.md). */
export const BENCH_HEADER: readonly HeaderSpec[] = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Đơn vị",
  "Chức vụ",
  "Đối tượng",
  "Lãnh đạo, quản lý",
  "Số tháng công tác",
  "Số tháng nghỉ",
  "Loại nghỉ",
  "Hình thức kỷ luật",
  "Ngày hiệu lực kỷ luật",
  "Tổng điểm",
  "% nhiệm vụ hoàn thành",
  "% vượt mức",
  { group: "Kết quả xếp loại", sub: ["Tự xếp loại", "Tập thể đề xuất", "Cấp có thẩm quyền"] },
  "Chi bộ",
  "Xếp loại đảng viên",
  "Số phiếu tán thành",
  "Số đảng viên chính thức",
  "Ghi chú",
];

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc"];
const GIVEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hải", "Hạnh", "Khoa", "Lan", "Minh", "Nga", "Phúc"];
const UNITS = [
  "Phòng Tổ chức",
  "Phòng Kế hoạch",
  "Văn phòng",
  "Thanh tra",
  "Phòng Pháp chế",
  "Trung tâm Dữ liệu",
];
const LEVELS = ["HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTNV", "HTTNV", "Hoàn thành tốt nhiệm vụ", "KHTNV"];

/** A deterministic pseudo-random roster row, so every run measures the same file. */
export function* benchRows(count: number): Generator<CellValue[]> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  for (let i = 1; i <= count; i++) {
    const level = pick(LEVELS);
    const party = next() < 0.4;
    const members = 8 + Math.floor(next() * 20);
    yield [
      i,
      `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)} ${i}`,
      `${1 + Math.floor(next() * 28)}/${1 + Math.floor(next() * 12)}/${1965 + Math.floor(next() * 35)}`,
      pick(UNITS),
      next() < 0.1 ? "Trưởng phòng" : "Chuyên viên",
      pick(["CC", "CC", "VC", "CB", "NLĐ"]),
      next() < 0.1 ? "x" : null,
      next() < 0.03 ? 5 : 12,
      next() < 0.05 ? 3 : null,
      next() < 0.05 ? "ốm" : null,
      next() < 0.01 ? "Khiển trách" : null,
      null,
      `${60 + Math.floor(next() * 40)},${Math.floor(next() * 10)}`,
      100,
      Math.floor(next() * 100),
      level,
      level,
      level,
      party ? `Chi bộ ${1 + Math.floor(next() * 40)}` : null,
      party ? pick(LEVELS) : null,
      party ? Math.floor(next() * members) : null,
      party ? members : null,
      null,
    ];
  }
}
