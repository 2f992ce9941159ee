/**
 * What the reader shares between rows to keep a large roster small (one object per value a column
 * holds, one derivation record per kind), and that every row still reads as before.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../shared/cells.js";
import { SharedValues } from "../../shared/roster/sharedValues.js";
import { personNamed, read } from "../helpers/xlsxRoster.js";

describe("SharedValues", () => {
  it("makes a value once per key and gives the same one after", () => {
    let made = 0;
    const values = new SharedValues((n: number) => ({ n, made: ++made }));
    const first = values.of(85.5);
    expect(values.of(85.5)).toBe(first);
    expect(values.of(70)).not.toBe(first);
    expect(made).toBe(2);
  });

  it("keeps -0 as read rather than as the 0 a map would take it for", () => {
    const values = new SharedValues((n: number) => n);
    expect(Object.is(values.of(0), 0)).toBe(true);
    expect(Object.is(values.of(-0), -0)).toBe(true);
  });

  it("stops remembering past its bound, and still gives every value", () => {
    const values = new SharedValues((n: number) => ({ n }));
    for (let i = 0; i < 20_000; i++) expect(values.of(i + 0.5)).toEqual({ n: i + 0.5 });
    expect(values.of(0.5)).toBe(values.of(0.5));
  });
});

const HEADER: CellValue[][] = [
  [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Chức vụ",
    "Điểm theo dõi, đánh giá theo quý",
    null,
    "Tổng điểm",
    "Kết quả xếp loại",
  ],
  [null, null, null, null, "Quý I", "Quý II", null, null],
];

describe("reading a roster shares what rows repeat", () => {
  const result = read([
    ...HEADER,
    [1, "Nguyễn Văn An", "05/03/1980", "Trưởng phòng", 85.5, 90, 87.75, "HTT"],
    [2, "Trần Thị Bình", "05/03/1980", "Chuyên viên", 85.5, 80, 82.75, "HTT"],
    [3, "Lê Văn Cường", "5/3/1980", "Chuyên viên", 70, 90, 80, "HTT"],
  ]);
  const an = personNamed(result, "Nguyễn Văn An");
  const binh = personNamed(result, "Trần Thị Bình");
  const cuong = personNamed(result, "Lê Văn Cường");

  it("reads every row's values as they are", () => {
    expect(an.periodScores?.map((p) => [p.value, p.column])).toEqual([
      [85.5, "E"],
      [90, "F"],
    ]);
    expect(binh.periodScores?.map((p) => p.value)).toEqual([85.5, 80]);
    expect([an.score, binh.score, cuong.score]).toEqual([87.75, 82.75, 80]);
    expect([an.birthDate, binh.birthDate, cuong.birthDate]).toEqual([
      "1980-03-05",
      "1980-03-05",
      "1980-03-05",
    ]);
    expect([an.derived, binh.derived]).toEqual([
      { isLeader: "position", isHead: "position" },
      { isLeader: "position", isHead: "position" },
    ]);
  });

  it("gives rows with the same value in a period column one frozen value, each row its own list", () => {
    expect(binh.periodScores![0]).toBe(an.periodScores![0]);
    expect(Object.isFrozen(an.periodScores![0])).toBe(true);
    expect(cuong.periodScores![1]).toBe(an.periodScores![1]);
    expect(binh.periodScores).not.toBe(an.periodScores);
  });

  it("shares one frozen record of what was derived among rows that derived alike", () => {
    expect(binh.derived).toBe(cuong.derived);
    expect(Object.isFrozen(an.derived)).toBe(true);
  });
});

describe("fields few rosters have", () => {
  it("are read on a sheet that has their columns, on every row, and absent on one that has not", () => {
    const rows: CellValue[][] = [
      ["STT", "Họ và tên", "Nhóm", "% đúng tiến độ", "Tình trạng sinh hoạt đảng", "Kết quả xếp loại"],
      [1, "Nguyễn Văn An", "Chuyên viên", 90, "miễn sinh hoạt", "HTT"],
      [2, "Trần Thị Bình", null, null, null, "HT"],
    ];
    const result = read(rows);
    const an = personNamed(result, "Nguyễn Văn An");
    const binh = personNamed(result, "Trần Thị Bình");
    expect([an.peerGroup, an.tasksOnTimePct, an.partyStatus]).toEqual(["Chuyên viên", 90, "exempt"]);
    expect([binh.peerGroup, binh.tasksOnTimePct, binh.partyStatus]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(Object.keys(binh)).toEqual(Object.keys(an));

    const plain = personNamed(
      read([rows[0]!.filter((_, i) => i !== 2), [1, "Lê Văn Cường", 80, null, "HT"]]),
      "Lê Văn Cường",
    );
    expect("peerGroup" in plain).toBe(false);
    expect(plain.tasksOnTimePct).toBe(80);
  });
});
