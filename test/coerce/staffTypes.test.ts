import { describe, expect, it } from "vitest";
import { parseStaffType, type StaffType } from "../../shared/staffTypes.js";
import { at, findingsOf, personNamed, read } from "../helpers/xlsxRoster.js";

/** RULES.md §3: cán bộ / công chức / viên chức / người lao động; HĐLĐ, HĐ68, HĐ111 count as NLĐ. */
const TYPES: readonly (readonly [string, StaffType])[] = [
  ["CB", "CB"],
  ["cb", "CB"],
  ["Cán bộ", "CB"],
  ["CÁN BỘ", "CB"],
  ["can bo", "CB"],
  ["CC", "CC"],
  ["Công chức", "CC"],
  ["cong chuc", "CC"],
  ["VC", "VC"],
  ["Viên chức", "VC"],
  ["VIÊN CHỨC", "VC"],
  ["NLĐ", "NLD"],
  ["NLD", "NLD"],
  ["Người lao động", "NLD"],
  ["HĐLĐ", "NLD"],
  ["hđlđ", "NLD"],
  ["HDLD", "NLD"],
  ["Hợp đồng lao động", "NLD"],
  ["HỢP ĐỒNG LAO ĐỘNG", "NLD"],
  ["hop dong lao dong", "NLD"],
  ["HĐ68", "NLD"],
  ["HĐ 68", "NLD"],
  ["hđ68", "NLD"],
  ["HĐ111", "NLD"],
  ["HĐ 111", "NLD"],
  ["HD111", "NLD"],
];

describe("parseStaffType (RULES.md §3)", () => {
  it.each(TYPES)("%j → %s", (text, type) => {
    expect(parseStaffType(text)).toBe(type);
    expect(parseStaffType(text.normalize("NFD"))).toBe(type);
    expect(parseStaffType(`  ${text}  `)).toBe(type);
  });

  it.each(["", "Sinh viên", "Tập sự", "Cộng tác viên", "HĐ99", "X"])("does not recognise %j", (text) => {
    expect(parseStaffType(text)).toBeUndefined();
  });
});

describe("staff type cells in a roster", () => {
  it("reads the staff type and reports what it cannot read with its sheet, row and column", () => {
    const result = read([
      ["STT", "Họ và tên", "Đối tượng", "Kết quả xếp loại"],
      [1, "Nguyễn Văn An", "Công chức", "HTNV"],
      [2, "Trần Thị Bình", "HĐ68", "HTNV"],
      [3, "Lê Văn Cường", "Sinh viên", "HTNV"],
      [4, "Phạm Thị Dung", 7, "HTNV"],
    ]);
    expect(personNamed(result, "Nguyễn Văn An").staffType).toBe("CC");
    expect(personNamed(result, "Trần Thị Bình").staffType).toBe("NLD");
    expect(personNamed(result, "Lê Văn Cường").staffType).toBeUndefined();
    // the row's other checks still run on what could be read (RULES.md §3)
    expect(personNamed(result, "Lê Văn Cường").level).toBe("HTNV");
    const found = findingsOf(result, "input.staff-type-unrecognized");
    expect(found.map(at)).toEqual([
      { sheet: "Danh sách", row: 4, column: "C" },
      { sheet: "Danh sách", row: 5, column: "C" },
    ]);
    expect(found.every((f) => f.severity === "error")).toBe(true);
  });
});
