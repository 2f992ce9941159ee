import { describe, expect, it } from "vitest";
import type { CellValue } from "../../shared/cells.js";
import { findingsOf, personNamed, read, rosterOf, TITLE_ROWS } from "../helpers/xlsxRoster.js";

const HEADER = ["STT", "Họ và tên", "Chức vụ", "Xếp loại", "Ghi chú"];
const merged = (text: string): CellValue[] => [text, null, null, null, null];

describe("section rows (ROSTER.md)", () => {
  it("gives the unit to the rows under `I. Phòng…`, `II - PHÒNG…`, `A. Khối…` when there is no unit column", () => {
    const result = read([
      [TITLE_ROWS[2]],
      HEADER,
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      merged("I. Phòng Tổ chức cán bộ"),
      [1, "Nguyễn Văn An", "Trưởng phòng", "HTXSNV", ""],
      [2, "Trần Thị Bình", "Chuyên viên", "HTTNV", ""],
      [],
      merged("II - PHÒNG KẾ HOẠCH"),
      [1, "Lê Văn Cường", "Phó trưởng phòng", "HTNV", ""],
      merged("A. Khối văn phòng"),
      [1, "Phạm Thị Dung", "Văn thư", "HTNV", ""],
    ]);
    expect(result.findings).toEqual([]);
    expect(result.people.map((p) => [p.fullName, p.unit, p.derived.unit])).toEqual([
      ["Nguyễn Văn An", "Phòng Tổ chức cán bộ", "section"],
      ["Trần Thị Bình", "Phòng Tổ chức cán bộ", "section"],
      ["Lê Văn Cường", "PHÒNG KẾ HOẠCH", "section"],
      ["Phạm Thị Dung", "Khối văn phòng", "section"],
    ]);
    expect(rosterOf(result).people).toBe(4);
  });

  it("reads a section numbered in the STT column with its name in the name column", () => {
    const result = read([
      HEADER,
      ["I", "Phòng Tổ chức cán bộ", null, null, null],
      [1, "Nguyễn Văn An", "Chuyên viên", "HTT", ""],
      ["II", "Văn phòng", null, null, null],
      [1, "Trần Thị Bình", "Chuyên viên", "HTT", ""],
    ]);
    expect(result.people.map((p) => [p.fullName, p.unit])).toEqual([
      ["Nguyễn Văn An", "Phòng Tổ chức cán bộ"],
      ["Trần Thị Bình", "Văn phòng"],
    ]);
  });

  it("reads a section numbered in the STT column even with a head count or the unit's rating beside it", () => {
    const result = read([
      HEADER,
      ["I", "Phòng Tổ chức cán bộ", null, "HTTNV", "2 người"],
      [1, "Nguyễn Văn An", "Chuyên viên", "HTT", ""],
      ["B", "Khối sự nghiệp", null, null, "1 người"],
      [1, "Trần Thị Bình", "Giáo viên", "HTT", ""],
    ]);
    expect(result.people.map((p) => [p.fullName, p.unit])).toEqual([
      ["Nguyễn Văn An", "Phòng Tổ chức cán bộ"],
      ["Trần Thị Bình", "Khối sự nghiệp"],
    ]);
    expect(result.findings).toEqual([]);
  });

  it("gives the staff type to the rows under a section naming one (`II. VIÊN CHỨC`) when there is no staff-type column", () => {
    const result = read([
      HEADER,
      merged("I. CÔNG CHỨC"),
      [1, "Nguyễn Văn An", "Chuyên viên", "HTT", ""],
      merged("II. VIÊN CHỨC"),
      [1, "Trần Thị Bình", "Giáo viên", "HTT", ""],
      merged("III. HỢP ĐỒNG LAO ĐỘNG"),
      [1, "Lê Văn Cường", "Lái xe", "HTT", ""],
      merged("CÁN BỘ"),
      [1, "Phạm Thị Dung", "Chủ tịch", "HTT", ""],
    ]);
    expect(result.people.map((p) => [p.fullName, p.staffType, p.derived.staffType])).toEqual([
      ["Nguyễn Văn An", "CC", "section"],
      ["Trần Thị Bình", "VC", "section"],
      ["Lê Văn Cường", "NLD", "section"],
      ["Phạm Thị Dung", "CB", "section"],
    ]);
    // a staff-type section is not a unit
    expect(result.people.every((p) => p.unit === undefined)).toBe(true);
  });

  it("keeps both a unit section and a staff-type section", () => {
    const result = read([
      HEADER,
      merged("I. Phòng Kế hoạch"),
      merged("1. Công chức"),
      [1, "Nguyễn Văn An", "Chuyên viên", "HTT", ""],
      merged("2. Viên chức"),
      [2, "Trần Thị Bình", "Chuyên viên", "HTT", ""],
    ]);
    expect(result.people.map((p) => [p.unit, p.staffType])).toEqual([
      ["Phòng Kế hoạch", "CC"],
      ["Phòng Kế hoạch", "VC"],
    ]);
  });

  it("lets the unit and staff-type columns win over sections", () => {
    const result = read([
      ["STT", "Họ và tên", "Đơn vị", "Đối tượng", "Xếp loại"],
      ["I. Phòng Tổ chức cán bộ"],
      ["II. VIÊN CHỨC"],
      [1, "Nguyễn Văn An", "Văn phòng", "CC", "HTT"],
      [2, "Trần Thị Bình", "", "", "HTT"],
    ]);
    expect(personNamed(result, "Nguyễn Văn An")).toMatchObject({
      unit: "Văn phòng",
      staffType: "CC",
      derived: {},
    });
    const binh = personNamed(result, "Trần Thị Bình");
    expect([binh.unit, binh.staffType]).toEqual([undefined, undefined]);
  });

  it("skips empty rows and total rows; `Tống Thị Hà` is a person, not a total", () => {
    const result = read([
      HEADER,
      [],
      [1, "Nguyễn Văn An", "Chuyên viên", "HTT", ""],
      [null, null, null, null, null],
      ["", "   ", "", "", ""],
      [2, "Tống Thị Hà", "Chuyên viên", "HTT", ""],
      [3, "Tống Công Minh", "Chuyên viên", "HT", ""],
      [null, "Cộng", null, 3, null],
      [null, "Tổng cộng", null, "3 người", null],
      ["TỔNG SỐ: 3"],
      [null, "TONG CONG", null, "HTT: 2", null],
    ]);
    expect(result.people.map((p) => p.fullName)).toEqual(["Nguyễn Văn An", "Tống Thị Hà", "Tống Công Minh"]);
    expect(result.findings).toEqual([]);
  });

  it("does not read the signature block as data", () => {
    const result = read([
      HEADER,
      [1, "Nguyễn Văn An", "Chuyên viên", "HTT", ""],
      [2, "Trần Thị Bình", "Chuyên viên", "HT", ""],
      [],
      [null, null, null, "Hà Nội, ngày 10 tháng 12 năm 2026", null],
      [null, "NGƯỜI LẬP BIỂU", null, "THỦ TRƯỞNG ĐƠN VỊ", null],
      [null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)", null],
      [],
      [null, "Lê Văn Cường", null, "Phạm Thị Dung", null],
    ]);
    expect(result.people.map((p) => p.fullName)).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
    expect(result.findings).toEqual([]);
  });

  it("a person whose note names a date in words is still a person, and the rows after are read", () => {
    const result = read([
      HEADER,
      [1, "Nguyễn Văn An", "Chuyên viên", "", "Kỷ luật theo QĐ ngày 5 tháng 3 năm 2026"],
      [2, "Trần Thị Bình", "Chuyên viên", "Khá", "Nghỉ từ ngày 1 tháng 7 năm 2026"],
      [3, "Lê Văn Cường", "Chuyên viên", "HTT", ""],
    ]);
    expect(result.people.map((p) => p.fullName)).toEqual(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]);
    expect(findingsOf(result, "input.level-unrecognized")).toHaveLength(1);
  });

  it("does not take a repeated header (a table printed over pages) for a person", () => {
    const result = read([
      HEADER,
      [1, "Nguyễn Văn An", "Chuyên viên", "HTT", ""],
      HEADER,
      [2, "Trần Thị Bình", "Chuyên viên", "HTT", ""],
    ]);
    expect(result.people.map((p) => p.fullName)).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
    expect(result.findings).toEqual([]);
  });
});
