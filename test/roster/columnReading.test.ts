/**
 * The reader reads a value a column repeats once (the row above's value, a remembered text) and
 * shares what it made: every row must still read, and be told about, its own cells.
 */
import { describe, expect, it } from "vitest";
import { isBlank, type CellValue } from "../../shared/cells.js";
import { SharedNumbers } from "../../shared/roster/sharedValues.js";
import { at, findingsOf, personNamed, read } from "../helpers/xlsxRoster.js";

const HEADER: CellValue[] = [
  "STT",
  "Họ và tên",
  "Đơn vị",
  "Số tháng công tác",
  "Tổng điểm",
  "Kết quả xếp loại",
];

describe("a value repeated down a column", () => {
  it("is refused on every row that holds it, each with its own finding", () => {
    const result = read([
      HEADER,
      [1, "Nguyễn Văn An", "Phòng A", 12, 85, "Giỏi"],
      [2, "Trần Thị Bình", "Phòng A", 12, 85, "Giỏi"],
      [3, "Lê Văn Cường", "Phòng A", 13, 185, "Giỏi"],
      [4, "Phạm Thị Dung", "Phòng A", 13, 185, "HTT"],
    ]);
    expect(findingsOf(result, "input.level-unrecognized").map(at)).toEqual([
      { sheet: "Danh sách", row: 2, column: "F" },
      { sheet: "Danh sách", row: 3, column: "F" },
      { sheet: "Danh sách", row: 4, column: "F" },
    ]);
    // 13 months and 185 points are out of range on both rows that hold them.
    expect(findingsOf(result, "input.number-invalid").map((f) => [f.row, f.column])).toEqual([
      [4, "D"],
      [4, "E"],
      [5, "D"],
      [5, "E"],
    ]);
    expect(personNamed(result, "Phạm Thị Dung").level).toBe("HTTNV");
    expect(personNamed(result, "Lê Văn Cường").levelUnreadable).toBe(true);
  });

  it("keeps a -0 read after a 0 as -0, and a 0 after a -0 as 0", () => {
    const result = read([
      HEADER,
      [1, "Nguyễn Văn An", "Phòng A", 12, 0, "HTT"],
      [2, "Trần Thị Bình", "Phòng A", 12, -0, "HTT"],
      [3, "Lê Văn Cường", "Phòng A", 12, 0, "HTT"],
    ]);
    expect(Object.is(personNamed(result, "Nguyễn Văn An").score, 0)).toBe(true);
    expect(Object.is(personNamed(result, "Trần Thị Bình").score, -0)).toBe(true);
    expect(Object.is(personNamed(result, "Lê Văn Cường").score, 0)).toBe(true);
  });

  it("reads one text alike from cells that each hold their own copy, and another text apart", () => {
    // Office.js gives each cell a string of its own; these are built apart so they are not one already.
    const unit = (n: number) => ["Phòng", "Tổ", "chức"].slice(0, n).join(" ");
    const result = read([
      HEADER,
      [1, "Nguyễn Văn An", unit(3), 12, 85, "HTT"],
      [2, "Trần Thị Bình", "Phòng Kế hoạch", 12, 85, "HTT"],
      [3, "Lê Văn Cường", `${unit(2)} chức`, 12, 85, "HTT"],
    ]);
    const an = personNamed(result, "Nguyễn Văn An");
    const cuong = personNamed(result, "Lê Văn Cường");
    expect(an.unit).toBe("Phòng Tổ chức");
    expect(cuong.unit).toBe("Phòng Tổ chức");
    expect(personNamed(result, "Trần Thị Bình").unit).toBe("Phòng Kế hoạch");
  });

  it("reads a cell of white space as empty, however often it comes", () => {
    const result = read([
      HEADER,
      [1, "Nguyễn Văn An", "Phòng A", 12, 85, "\u00a0"],
      [2, "Trần Thị Bình", "Phòng A", 12, 85, "\u00a0"],
      [3, "Lê Văn Cường", "Phòng A", 12, 85, " \t"],
    ]);
    expect(findingsOf(result, "input.level-unrecognized")).toEqual([]);
    expect(findingsOf(result, "input.level-missing").map((f) => f.row)).toEqual([2, 3, 4]);
  });
});

describe("number cells at the edges of their column's range", () => {
  const COLUMNS: CellValue[] = [
    "STT",
    "Họ và tên",
    "Số tháng công tác",
    "% vượt mức",
    "Số đảng viên chính thức",
    "Kết quả xếp loại",
  ];
  const NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Văn Cường",
    "Phạm Thị Dung",
    "Hoàng Văn Em",
    "Vũ Thị Giang",
  ];

  it("keeps a number in range as it is (typed as text too), reads a percent of 1 or less as a fraction, refuses the rest", () => {
    const rows: CellValue[][] = [
      [12, 100, 30],
      [0, 1, 0],
      [-0, 0.85, 7],
      [12.5, 1.5, 7.5],
      [Number.NaN, 100.5, -1],
      ["12", "0,85", "7,5"],
    ];
    const result = read([COLUMNS, ...rows.map((r, i) => [i + 1, NAMES[i]!, ...r, "HTT"])]);
    const values = NAMES.map((n) => {
      const p = personNamed(result, n);
      return [p.monthsWorked, p.tasksExceededPct, p.fullMembers];
    });
    expect(values).toEqual([
      [12, 100, 30],
      [0, 100, 0],
      [-0, 85, 7],
      [undefined, 1.5, undefined],
      [undefined, undefined, undefined],
      [12, 85, undefined],
    ]);
    expect(Object.is(values[2]![0], -0)).toBe(true);
    // 12.5 months, 7.5 members (as a number and as text), NaN months, 100.5% and -1 members are
    // refused where they stand.
    expect(findingsOf(result, "input.number-invalid").map((f) => [f.row, f.column])).toEqual([
      [5, "C"],
      [5, "E"],
      [6, "C"],
      [6, "D"],
      [6, "E"],
      [7, "E"],
    ]);
  });
});

describe("isBlank", () => {
  it("takes empty text and text of white space only as blank, and nothing else", () => {
    for (const blank of ["", " ", "\t\n", "\u00a0", "\u3000", "\ufeff", null, undefined])
      expect(isBlank(blank), JSON.stringify(blank)).toBe(true);
    for (const filled of ["x", " x", "x ", "\u00a0x", "0", 0, false, new Date(0)])
      expect(isBlank(filled), JSON.stringify(filled)).toBe(false);
  });
});

describe("SharedNumbers", () => {
  it("makes a value once per number and gives the same one after", () => {
    let made = 0;
    const values = new SharedNumbers((n: number) => ({ n, made: ++made }));
    const first = values.of(85.5);
    expect(values.of(85.5)).toBe(first);
    expect(values.of(70.25)).toEqual({ n: 70.25, made: 2 });
    expect(made).toBe(2);
  });

  it("gives every number its own value when there are more numbers than slots", () => {
    const values = new SharedNumbers((n: number) => ({ n }));
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 5_000; i++) expect(values.of(i / 10 + 0.05)).toEqual({ n: i / 10 + 0.05 });
    expect(values.of(85.5)).toBe(values.of(85.5));
  });

  it("shares the values of a column of a few hundred scores", () => {
    const values = new SharedNumbers((n: number) => ({ n }));
    const scores = Array.from({ length: 500 }, (_, i) => 50 + i / 10);
    const first = scores.map((n) => values.of(n));
    const shared = scores.filter((n, i) => values.of(n) === first[i]).length;
    // Two slots a number: a few of 500 may lose theirs to a later one, most must not.
    expect(shared).toBeGreaterThan(450);
  });

  it("keeps -0 as read, and numbers far outside a score's range", () => {
    const values = new SharedNumbers((n: number) => n);
    expect(Object.is(values.of(0), 0)).toBe(true);
    expect(Object.is(values.of(-0), -0)).toBe(true);
    for (const n of [1e300, -1e300, 2 ** 53 + 0.5, 1e-9]) expect(values.of(n)).toBe(n);
  });
});
