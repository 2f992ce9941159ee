import type { CellValue } from "../../shared/cells.js";
import type { HeaderSpec } from "../../xlsx/rosterWorkbook.js";

/** The benchmark roster's header: the columns a detailed 2026 roster has (ROSTER.md), quarters and score parts included. */
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
  { group: "Điểm theo dõi, đánh giá theo quý", sub: ["Quý I", "Quý II", "Quý III", "Quý IV"] },
  "Tiêu chí chung (30 điểm)",
  "Kết quả thực hiện nhiệm vụ (70 điểm)",
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
/**
 * A deterministic pseudo-random roster row, so every run measures the same file. Rows are mostly
 * consistent, as a clerk's roster is: the level follows the score band, the Party level is not above
 * the staff level, an excellent Party member has the votes; about one row in a hundred breaks a rule.
 */
export function* benchRows(count: number): Generator<CellValue[]> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  for (let i = 1; i <= count; i++) {
    const score = 55 + Math.floor(next() * 45);
    const disciplined = next() < 0.01;
    const band = score >= 90 ? "HTXSNV" : score >= 70 ? "HTTNV" : "HTNV";
    let level = disciplined ? "KHTNV" : band === "HTXSNV" && next() < 0.5 ? "HTTNV" : band;
    if (next() < 0.01) level = "HTXSNV";
    const party = next() < 0.4;
    const members = 8 + Math.floor(next() * 20);
    const votes = level === "HTXSNV" ? members - Math.floor(next() * 2) : Math.floor(next() * members);
    // The quarters average to the annual score and its parts add up to it, as on a clerk's roster.
    const total = score + Math.floor(next() * 10) / 10;
    const general = Math.round(total * 3) / 10;
    const spread = Math.min(1, Math.round((100 - total) * 10) / 10);
    const label =
      next() < 0.2
        ? { HTXSNV: "Hoàn thành xuất sắc nhiệm vụ", HTTNV: "Tốt", HTNV: "HT", KHTNV: "KHT" }[level]!
        : level;
    yield [
      i,
      `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)} ${i}`,
      `${1 + Math.floor(next() * 28)}/${1 + Math.floor(next() * 12)}/${1965 + Math.floor(next() * 35)}`,
      pick(UNITS),
      next() < 0.1 ? "Trưởng phòng" : "Chuyên viên",
      pick(["CC", "CC", "VC", "VC", "CB", "NLĐ"]),
      next() < 0.1 ? "x" : null,
      12,
      next() < 0.03 ? 2 : null,
      next() < 0.03 ? "ốm" : null,
      disciplined ? "Khiển trách" : null,
      disciplined ? `${1 + Math.floor(next() * 28)}/${1 + Math.floor(next() * 10)}/2026` : null,
      total - spread,
      total + spread,
      total,
      total,
      general,
      Math.round((total - general) * 10) / 10,
      String(total).replace(".", ","),
      100,
      level === "HTXSNV" ? 50 + Math.floor(next() * 50) : Math.floor(next() * 50),
      label,
      label,
      label,
      party ? `Chi bộ ${1 + Math.floor(next() * 40)}` : null,
      party ? label : null,
      party ? votes : null,
      party ? members : null,
      null,
    ];
  }
}

/** The benchmark roster's title rows: the agency, then the title that gives the year. */
export const BENCH_TITLE = ["SỞ NỘI VỤ", "DANH SÁCH XẾP LOẠI CHẤT LƯỢNG NĂM 2026"];

/** The benchmark roster as a 2-D array of cells (what Office.js gives): title rows, one header row, `count` rows. */
export function benchSheet(count: number): CellValue[][] {
  const rows: CellValue[][] = BENCH_TITLE.map((t) => [t]);
  rows.push(
    BENCH_HEADER.flatMap((h) => (typeof h === "string" ? [h] : h.sub.map((s) => `${h.group} / ${s}`))),
  );
  for (const r of benchRows(count)) rows.push(r);
  return rows;
}
