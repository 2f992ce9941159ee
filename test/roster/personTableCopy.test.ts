/** PersonTable.copy: the suggestions' own copy of a roster's table, written without touching the table. */
import { describe, expect, it } from "vitest";
import { levelCode } from "../../shared/roster/labelCodes.js";
import { PersonTable } from "../../shared/roster/personTable.js";
import { readSheet } from "../../shared/roster/readSheet.js";
import { makePerson, makeSheet } from "../helpers/person.js";

const readA = () =>
  readSheet("Khối A", [
    [
      "Họ và tên",
      "Đơn vị",
      "Lãnh đạo quản lý",
      "Vi phạm trong thực thi nhiệm vụ",
      "Tổng điểm",
      "Quý I",
      "Kết quả xếp loại",
    ],
    ["Nguyễn Văn An", "Văn phòng", "x", "x", 91, 90, "HTXSNV"],
    ["Trần Thị Bình", null, null, "không", null, null, "HTT"],
  ]).table;
const readB = () =>
  readSheet("Khối B", [
    ["Họ và tên", "Kết quả xếp loại", "Quý II", "Xếp loại quý II"],
    ["Lê Văn Cường", "HTNV", 75, "HTNV"],
  ]).table;

describe("PersonTable.copy", () => {
  it("copies every row: numbers, codes, marks, texts, empty cells, period columns, sheet runs", () => {
    const table = PersonTable.concat([readA(), readB()]);
    const copy = table.copy();
    expect(copy).not.toBe(table);
    expect(copy.size).toBe(3);
    expect(copy.sheets.map((r) => [r.start, r.sheet])).toEqual(table.sheets.map((r) => [r.start, r.sheet]));
    expect(copy.people()).toEqual(table.people());
    expect(copy.person(1).unit).toBeUndefined();
    expect(copy.person(1).score).toBeUndefined();
    expect(copy.person(1).disciplineDutyRelated).toBe(false);
    expect(copy.person(2).periodLevels?.map((p) => [p.value, p.column])).toEqual([["HTNV", "D"]]);
  });

  it("copies a table alone too, as concat would not", () => {
    const table = readA();
    const copy = table.copy();
    expect(copy).not.toBe(table);
    expect(copy.people()).toEqual(table.people());
  });

  it("keeps a seldom field a row carries though its sheet has no column for it", () => {
    const person = makePerson(
      { level: "HTNV", partyStatus: "exempt" },
      makeSheet(["fullName", "finalLevel"]),
    );
    expect(PersonTable.fromPeople([person]).copy().person(0)).toEqual(person);
  });

  it("is written without touching the table, nor a column of the copy beside the one written", () => {
    const table = readA();
    const before = table.people();
    const copy = table.copy();
    copy.level[0] = levelCode("KHTNV");
    copy.writeName(0, "Người khác");
    copy.periodScores[0]!.values[0] = 10;
    // Columns no row of the table wrote: each of the copy's is its own.
    copy.tasksOnTimePct[1] = 50;
    copy.partyStatus[1] = 2;
    copy.note[1] = "ghi chú";
    expect(table.people()).toEqual(before);
    expect(table.tasksOnTimePct[1]).toBeNaN();
    expect(copy.tasksExceededPct[1]).toBeNaN();
    expect(copy.leaveType[1]).toBe(0);
    expect(copy.person(1).peerGroup).toBeUndefined();
    expect([copy.person(0).level, copy.person(0).fullName, copy.person(1).note]).toEqual([
      "KHTNV",
      "Người khác",
      "ghi chú",
    ]);
  });
});
