import { describe, expect, it } from "vitest";
import { at, findingsOf, personNamed, read } from "../helpers/xlsxRoster.js";

const HEADER = ["Họ và tên", "Tự xếp loại", "Tập thể đề xuất", "Cấp có thẩm quyền", "Xếp loại đảng viên"];

describe("the level under review (RULES.md §4: final, else proposed, else self-rating)", () => {
  const result = read([
    HEADER,
    ["Cả ba", "HTXSNV", "HTTNV", "HTNV", ""],
    ["Không có kết quả", "HTXSNV", "HTTNV", "", ""],
    ["Chỉ tự xếp loại", "HTTNV", "", "", ""],
    ["Không có mức nào", "", "", "", "HTT"],
    ["Chưa xếp loại", "HTT", "HTT", "Chưa xếp loại", ""],
  ]);

  it("takes the final level when filled", () => {
    expect(personNamed(result, "Cả ba")).toMatchObject({
      level: "HTNV",
      levelField: "finalLevel",
      levelUnreadable: false,
    });
  });
  it("else the proposed level", () => {
    expect(personNamed(result, "Không có kết quả")).toMatchObject({
      level: "HTTNV",
      levelField: "proposedLevel",
    });
  });
  it("else the self-rating", () => {
    expect(personNamed(result, "Chỉ tự xếp loại")).toMatchObject({ level: "HTTNV", levelField: "selfLevel" });
  });
  it("no level when none is filled; the Party level is not a staff level", () => {
    const p = personNamed(result, "Không có mức nào");
    expect([p.level, p.levelField, p.levelUnreadable, p.partyLevel, p.isPartyMember]).toEqual([
      undefined,
      undefined,
      false,
      "HTTNV",
      true,
    ]);
  });
  it("KXL is a level under review", () => {
    expect(personNamed(result, "Chưa xếp loại")).toMatchObject({ level: "KXL", levelField: "finalLevel" });
  });
});

describe("an unreadable level cell (RULES.md §4)", () => {
  it("leaves no level: an unreadable final level is not replaced by the proposed or self level", () => {
    const result = read([HEADER, ["Nguyễn Văn An", "HTXSNV", "HTTNV", "Khá", ""]]);
    const p = personNamed(result, "Nguyễn Văn An");
    expect([p.level, p.levelUnreadable, p.levelField, p.proposedLevel, p.selfLevel]).toEqual([
      undefined,
      true,
      "finalLevel",
      "HTTNV",
      "HTXSNV",
    ]);
    expect(findingsOf(result, "input.level-unrecognized").map(at)).toEqual([
      { sheet: "Danh sách", row: 2, column: "D" },
    ]);
  });

  it("an unreadable proposed level under an empty final level leaves no level either", () => {
    const result = read([HEADER, ["Nguyễn Văn An", "HTT", "tốt lắm", "", ""]]);
    const p = personNamed(result, "Nguyễn Văn An");
    expect([p.level, p.levelUnreadable, p.levelField]).toEqual([undefined, true, "proposedLevel"]);
  });

  it("an unreadable self-rating under a readable final level does not matter to the level", () => {
    const result = read([HEADER, ["Nguyễn Văn An", "??", "", "HTNV", ""]]);
    const p = personNamed(result, "Nguyễn Văn An");
    expect([p.level, p.levelUnreadable]).toEqual(["HTNV", false]);
    expect(findingsOf(result, "input.level-unrecognized")).toHaveLength(1);
  });

  it("an unreadable Party level marks the Party level unreadable, not the staff level", () => {
    const result = read([HEADER, ["Nguyễn Văn An", "", "", "HTNV", "Xuất sắc lắm"]]);
    const p = personNamed(result, "Nguyễn Văn An");
    expect([p.level, p.levelUnreadable, p.partyLevel, p.partyLevelUnreadable]).toEqual([
      "HTNV",
      false,
      undefined,
      true,
    ]);
  });
});
