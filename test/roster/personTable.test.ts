/** The person table: its columns, its sheet runs, its growth, and what the reader writes into it. */
import { describe, expect, it } from "vitest";
import { isAbove, LEVELS, RATED_LEVELS } from "../../shared/levels.js";
import { levelCode, levelOf, MARK_NO, MARK_UNKNOWN, MARK_YES } from "../../shared/roster/labelCodes.js";
import { PersonTable } from "../../shared/roster/personTable.js";
import { readSheet } from "../../shared/roster/readSheet.js";
import { foldHash } from "../../shared/text.js";
import { makePerson, makeSheet } from "../helpers/person.js";

describe("level codes", () => {
  it("give each level its own code, 0 to none, and back", () => {
    expect(levelCode(undefined)).toBe(0);
    expect(levelOf(0)).toBeUndefined();
    const codes = LEVELS.map(levelCode);
    expect(new Set(codes).size).toBe(LEVELS.length);
    for (const level of LEVELS) expect(levelOf(levelCode(level))).toBe(level);
  });

  it("order the rated levels as RULES.md §1 does: a level above another has the higher code", () => {
    for (const a of RATED_LEVELS)
      for (const b of RATED_LEVELS) expect(levelCode(a) > levelCode(b)).toBe(isAbove(a, b));
    expect(levelCode("KXL")).toBeLessThan(levelCode("KHTNV"));
  });
});

describe("PersonTable", () => {
  it("grows past its first capacity by doubling, keeping every row and period value", () => {
    const sheet = makeSheet();
    const table = new PersonTable(4);
    const period = { unit: "quarter" as const, index: 1 };
    for (let n = 0; n < 1_000; n++) {
      const i = table.addRows(sheet, 1);
      table.row[i] = n + 7;
      table.own("score")[i] = n / 2;
      table.writeName(i, `Người ${n}`);
      if (n % 3 === 0) table.periodScoreColumn(period, "Z").values[i] = n;
    }
    expect(table.size).toBe(1_000);
    expect(table.capacity).toBe(1_024);
    expect(table.sheets).toHaveLength(1);
    for (const n of [0, 3, 255, 256, 257, 511, 512, 999]) {
      const person = table.person(n);
      expect([person.row, person.score, person.fullName]).toEqual([n + 7, n / 2, `Người ${n}`]);
      expect(table.nameHash[n]).toBe(foldHash(`Người ${n}`));
      expect(person.periodScores?.map((p) => p.value)).toEqual(n % 3 === 0 ? [n] : undefined);
    }
  });

  it("concatenates the tables of several sheets: each row and period value where it was, runs moved on", () => {
    const a = readSheet("Khối A", [
      ["STT", "Họ và tên", "Đơn vị", "Tổng điểm", "Quý I", "Kết quả xếp loại"],
      [1, "Nguyễn Văn An", "Văn phòng", 91, 90, "HTXSNV"],
      [2, "Trần Thị Bình", "Thanh tra", null, null, "HTTNV"],
    ]).table;
    const b = readSheet("Khối B", [
      ["STT", "Họ và tên", "Chức vụ", "Kết quả xếp loại", "Quý II"],
      [1, "Lê Văn Cường", "Trưởng phòng", "HTNV", 75],
    ]).table;
    const both = PersonTable.concat([a, b]);
    expect(both.size).toBe(3);
    expect(both.sheets.map((r) => [r.start, r.sheet.name])).toEqual([
      [0, "Khối A"],
      [2, "Khối B"],
    ]);
    expect(both.people()).toEqual([a.person(0), a.person(1), b.person(0)]);
    expect(both.person(2).periodScores?.map((p) => [p.value, p.column])).toEqual([[75, "E"]]);
    expect(PersonTable.concat([a])).toBe(a);
  });

  it("keeps each row's name hash with its name: read, made from people, concatenated, copied", () => {
    const a = readSheet("Khối A", [
      ["STT", "Họ và tên", "Kết quả xếp loại"],
      [1, "  Nguyễn\tVăn  An ", "HTXSNV"],
      [2, "Trần Thị Bình", "HTTNV"],
      [3, 1234, "HTTNV"],
    ]).table;
    const b = PersonTable.fromPeople([makePerson({ fullName: "Lê Văn Cường" })]);
    const hashesAgree = (t: PersonTable) =>
      Array.from({ length: t.size }, (_, i) => t.nameHash[i] === foldHash(t.fullName[i]!));
    expect(a.fullName.slice(0, 3)).toEqual(["Nguyễn Văn An", "Trần Thị Bình", "1234"]);
    for (const t of [a, b, PersonTable.concat([a, b]), PersonTable.concat([b, a]).copy()])
      expect(hashesAgree(t)).toEqual(new Array(t.size).fill(true));
    expect(foldHash("Trần Thị Bình")).not.toBe(0);
  });

  it("keeps one run per sheet, a sheet coming back starting a run of its own", () => {
    const a = makeSheet(undefined, "Khối A");
    const b = makeSheet(undefined, "Khối B");
    const people = [makePerson({}, a), makePerson({}, a), makePerson({}, b), makePerson({}, a)];
    const table = PersonTable.fromPeople(people);
    expect(table.sheets.map((r) => [r.start, r.sheet.name])).toEqual([
      [0, "Khối A"],
      [2, "Khối B"],
      [3, "Khối A"],
    ]);
    expect([0, 1, 2, 3].map((i) => table.person(i).sheet)).toEqual([a, a, b, a]);
    expect(table.person(2).sheet).toBe(b);
  });

  it("tells an empty number from 0 and -0", () => {
    const sheet = makeSheet();
    const table = PersonTable.fromPeople([
      makePerson({ score: 0 }, sheet),
      makePerson({ score: -0 }, sheet),
      makePerson({}, sheet),
    ]);
    expect(Object.is(table.score[0], 0)).toBe(true);
    expect(Object.is(table.score[1], -0)).toBe(true);
    expect(table.score[2]).toBeNaN();
    expect(Object.is(table.person(1).score, -0)).toBe(true);
    expect(table.person(2).score).toBeUndefined();
  });

  it("keeps a seldom field a person has though its sheet has no column for it", () => {
    const sheet = makeSheet(["fullName", "finalLevel"]);
    const person = makePerson({ level: "HTNV", partyStatus: "exempt" }, sheet);
    expect(PersonTable.fromPeople([person]).person(0)).toEqual(person);
  });
});

describe("the reader writes the table", () => {
  const HEADER = [
    "Họ và tên",
    "Lãnh đạo quản lý",
    "Vi phạm trong thực thi nhiệm vụ",
    "Tổng điểm",
    "Điểm theo dõi, đánh giá theo quý",
    "Kết quả xếp loại",
  ];
  const { table } = readSheet("Danh sách", [
    HEADER,
    [null, null, null, null, "Quý I", null],
    ["Nguyễn Văn An", "x", "x", 0, 0, "HTT"],
    ["Trần Thị Bình", "không", "không", null, 85.5, "HT"],
    ["Lê Văn Cường", null, null, 80, null, "KHT"],
  ]);

  it("a mark that may be unsaid in three states: yes, no, not said", () => {
    expect(Array.from(table.disciplineDutyRelated.subarray(0, 3))).toEqual([MARK_YES, MARK_NO, MARK_UNKNOWN]);
    expect([0, 1, 2].map((i) => table.person(i).disciplineDutyRelated)).toEqual([true, false, undefined]);
  });

  it("a plain mark as 1 or 0, its empty cell a no", () => {
    expect(Array.from(table.isLeader.subarray(0, 3))).toEqual([1, 0, 0]);
  });

  it("numbers with 0 kept apart from an empty cell, a period's column with its period and letter", () => {
    expect(table.periodScores.map((c) => [c.period, c.letter])).toEqual([
      [{ unit: "quarter", index: 1 }, "E"],
    ]);
    expect(Array.from(table.score.subarray(0, 3))).toEqual([0, Number.NaN, 80]);
    expect(table.periodScores.map((c) => Array.from(c.values.subarray(0, 3)))).toEqual([
      [0, 85.5, Number.NaN],
    ]);
  });

  it("levels as codes, the level under review settled", () => {
    expect(Array.from(table.level.subarray(0, 3)).map(levelOf)).toEqual(["HTTNV", "HTNV", "KHTNV"]);
    expect(table.size).toBe(3);
  });
});
