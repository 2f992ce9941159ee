import { describe, expect, it } from "vitest";
import { isHeadPosition, isLeaderPosition } from "../../shared/roster/positions.js";
import { personNamed, read } from "../helpers/xlsxRoster.js";

describe("leader and head from the position, when the roster has no such column", () => {
  it.each([
    ["Trưởng phòng", true, true],
    ["TRƯỞNG PHÒNG", true, true],
    ["Truong phong", true, true],
    ["Phó trưởng phòng", true, false],
    ["Giám đốc", true, true],
    ["Phó Giám đốc", true, false],
    ["Chánh Văn phòng", true, true],
    ["Phó Chánh Thanh tra", true, false],
    ["Hiệu trưởng", true, true],
    ["Chủ tịch UBND xã", true, true],
    ["Chuyên viên", false, false],
    ["Kế toán", false, false],
    ["Giáo viên Trường THCS Nguyễn Du", false, false],
    ["Nhân viên trường Mầm non", false, false],
  ] as const)("%j: leader %s, head %s", (position, leader, head) => {
    expect(isLeaderPosition(position)).toBe(leader);
    expect(isHeadPosition(position)).toBe(head);
    expect(isLeaderPosition(position.normalize("NFD"))).toBe(leader);
  });

  it("sets the leader and head marks from the position, and says so", () => {
    const result = read([
      ["Họ và tên", "Chức vụ", "Xếp loại"],
      ["Nguyễn Văn An", "Trưởng phòng", "HTT"],
      ["Trần Thị Bình", "Giáo viên Trường Tiểu học Kim Đồng", "HTT"],
    ]);
    expect(personNamed(result, "Nguyễn Văn An")).toMatchObject({
      isLeader: true,
      isHead: true,
      derived: { isLeader: "position", isHead: "position" },
    });
    expect(personNamed(result, "Trần Thị Bình")).toMatchObject({ isLeader: false, isHead: false });
  });

  it("a leader column wins over the position", () => {
    const result = read([
      ["Họ và tên", "Chức vụ", "Lãnh đạo, quản lý", "Người đứng đầu", "Xếp loại"],
      ["Nguyễn Văn An", "Trưởng phòng", "", "", "HTT"],
    ]);
    expect(personNamed(result, "Nguyễn Văn An")).toMatchObject({
      isLeader: false,
      isHead: false,
      derived: {},
    });
  });
});
