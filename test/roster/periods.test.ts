/**
 * 2026 rosters (ROSTER.md, RULES.md §9): the score's two parts, the annual score, and the quarterly
 * or monthly scores and levels under merged group headers. Columns and rows below are counted by
 * hand from each sheet's layout (column A first, Excel row 1 first).
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../shared/cells.js";
import type { Period } from "../../shared/roster/person.js";
import { at, fieldLetters, findingsOf, personNamed, read, rosterOf } from "../helpers/xlsxRoster.js";

const quarter = (index: number): Period => ({ unit: "quarter", index });
const month = (index: number): Period => ({ unit: "month", index });

/** field(period) per mapped column, by letter: what the detector made of the header. */
function mapped(rows: readonly (readonly CellValue[])[]): Record<string, string> {
  const sheet = rosterOf(read(rows));
  return Object.fromEntries(
    sheet.columns
      .filter((c) => c.field !== undefined)
      .map((c) => [c.letter, c.period ? `${c.field}(${c.period.unit} ${c.period.index})` : c.field!]),
  );
}

/** Two groups side by side: scores, then levels, over Quý I…IV; the score's parts; the total. */
const QUARTERLY: CellValue[][] = [
  [
    "STT",
    "Họ và tên",
    "Điểm theo dõi, đánh giá theo quý",
    null,
    null,
    null,
    "Xếp loại theo quý",
    null,
    null,
    null,
    "Tiêu chí chung (30 điểm)",
    "Kết quả thực hiện nhiệm vụ (70 điểm)",
    "Tổng điểm",
    "Kết quả xếp loại",
  ],
  [null, null, "Quý I", "Quý II", "Quý III", "Quý IV", "Quý I", "Quý II", "Quý III", "Quý IV"],
];

describe("period columns under group headers", () => {
  it("reads `Điểm theo dõi, đánh giá theo quý` and `Xếp loại theo quý` over Quý I…IV as period scores and levels", () => {
    const sheet = rosterOf(read(QUARTERLY));
    expect(sheet.headerRows).toEqual([1, 2]);
    expect(mapped(QUARTERLY)).toEqual({
      A: "seq",
      B: "fullName",
      C: "periodScore(quarter 1)",
      D: "periodScore(quarter 2)",
      E: "periodScore(quarter 3)",
      F: "periodScore(quarter 4)",
      G: "periodLevel(quarter 1)",
      H: "periodLevel(quarter 2)",
      I: "periodLevel(quarter 3)",
      J: "periodLevel(quarter 4)",
      K: "generalScore",
      L: "taskScore",
      M: "score",
      N: "finalLevel",
    });
    expect(sheet.periodColumns.periodScore.map((c) => c.letter)).toEqual(["C", "D", "E", "F"]);
    expect(sheet.periodColumns.periodLevel.map((c) => c.letter)).toEqual(["G", "H", "I", "J"]);
    expect(sheet.fieldColumns.periodScore?.letter).toBe("C");
  });

  it("reads `Điểm đánh giá hằng tháng` over T1…T12, and `Bình quân` under it as the annual score", () => {
    const rows: CellValue[][] = [
      [
        "STT",
        "Họ và tên",
        "Điểm đánh giá hằng tháng",
        ...Array<null>(12).fill(null),
        "Số tháng công tác",
        "Xếp loại",
      ],
      [null, null, ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`), "Bình quân"],
    ];
    const columns = mapped(rows);
    expect(columns.C).toBe("periodScore(month 1)");
    expect(columns.N).toBe("periodScore(month 12)");
    expect([columns.O, columns.P, columns.Q]).toEqual(["score", "monthsWorked", "finalLevel"]);
    expect(Object.values(columns).filter((f) => f.startsWith("periodScore"))).toHaveLength(12);
  });

  it("reads a group per quarter over `Điểm | Xếp loại`, and `Tổng` under `Điểm đánh giá` as the annual score", () => {
    const rows: CellValue[][] = [
      ["STT", "Họ và tên", "Quý I", null, "Quý II", null, "Điểm đánh giá", null, null, "Xếp loại"],
      [
        null,
        null,
        "Điểm",
        "Xếp loại",
        "Điểm",
        "Xếp loại",
        "Tiêu chí chung (30)",
        "Kết quả thực hiện nhiệm vụ (70)",
        "Tổng",
      ],
    ];
    expect(mapped(rows)).toEqual({
      A: "seq",
      B: "fullName",
      C: "periodScore(quarter 1)",
      D: "periodLevel(quarter 1)",
      E: "periodScore(quarter 2)",
      F: "periodLevel(quarter 2)",
      G: "generalScore",
      H: "taskScore",
      I: "score",
      J: "finalLevel",
    });
  });

  it("under one group of both scores and levels, takes the periods' second run for the levels", () => {
    const rows: CellValue[][] = [
      [
        "Họ và tên",
        "Điểm, xếp loại theo quý",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "Điểm bình quân năm",
        "Xếp loại",
      ],
      [null, "Quý I", "Quý II", "Quý III", "Quý IV", "Quý I", "Quý II", "Quý III", "Quý IV"],
    ];
    const columns = mapped(rows);
    expect([columns.B, columns.E, columns.F, columns.I]).toEqual([
      "periodScore(quarter 1)",
      "periodScore(quarter 4)",
      "periodLevel(quarter 1)",
      "periodLevel(quarter 4)",
    ]);
    expect([columns.J, columns.K]).toEqual(["score", "finalLevel"]);
  });

  it("reads single-row period headers: `Quý 1`, `Điểm quý 2`, `Tháng 3`, `T4`, `Xếp loại quý I`, `Mức xếp loại quý II`", () => {
    expect(
      mapped([
        [
          "Họ và tên",
          "Quý 1",
          "Điểm quý 2",
          "Tháng 3",
          "T4",
          "Điểm tháng 5",
          "Xếp loại quý I",
          "Mức xếp loại quý II",
          "Xếp loại",
        ],
      ]),
    ).toEqual({
      A: "fullName",
      B: "periodScore(quarter 1)",
      C: "periodScore(quarter 2)",
      D: "periodScore(month 3)",
      E: "periodScore(month 4)",
      F: "periodScore(month 5)",
      G: "periodLevel(quarter 1)",
      H: "periodLevel(quarter 2)",
      I: "finalLevel",
    });
  });

  it("keeps the first of two columns of the same period and field, as for any field", () => {
    const columns = mapped([["Họ và tên", "Quý I", "Quý I", "Xếp loại"]]);
    expect(columns).toEqual({ A: "fullName", B: "periodScore(quarter 1)", D: "finalLevel" });
  });
});

describe("group headers that name periods are never the annual score nor a level column", () => {
  it.each([
    ["Điểm đánh giá hằng tháng"],
    ["Điểm theo dõi, đánh giá theo quý"],
    ["Xếp loại theo quý"],
    ["Xếp loại hằng tháng"],
    ["Điểm các quý"],
  ])("%j over no sub-header names nothing", (group) => {
    const sheet = rosterOf(read([["Họ và tên", group, "Kết quả xếp loại"]]));
    expect(fieldLetters(sheet)).toEqual({ fullName: "A", finalLevel: "C" });
  });

  it("`Tổng điểm`, `Điểm bình quân năm` and `Điểm bình quân các tháng` are the annual score; the parts are not", () => {
    for (const header of ["Tổng điểm", "Điểm bình quân năm", "Điểm bình quân các tháng", "Điểm"])
      expect(mapped([["Họ và tên", header, "Xếp loại"]]).B).toBe("score");
    expect(mapped([["Họ và tên", "Kết quả thực hiện nhiệm vụ (70 điểm)", "Xếp loại"]]).B).toBe("taskScore");
    expect(mapped([["Họ và tên", "Điểm kết quả thực hiện nhiệm vụ", "Xếp loại"]]).B).toBe("taskScore");
    expect(mapped([["Họ và tên", "Tiêu chí chung (30 điểm)", "Xếp loại"]]).B).toBe("generalScore");
    expect(mapped([["Họ và tên", "Điểm tiêu chí chung", "Xếp loại"]]).B).toBe("generalScore");
  });

  it("month counts and scales are no periods: `Số tháng công tác`, `Số tháng nghỉ`, `Thang điểm 100`", () => {
    expect(
      mapped([
        [
          "Họ và tên",
          "Số tháng công tác",
          "Thời gian công tác trong năm (tháng)",
          "Số tháng nghỉ",
          "Xếp loại",
        ],
      ]),
    ).toEqual({ A: "fullName", B: "monthsWorked", D: "leaveMonths", E: "finalLevel" });
    expect(mapped([["Họ và tên", "Tổng điểm (thang điểm 100)", "Xếp loại"]]).B).toBe("score");
  });

  it("a date in a title is no period: the header under it is read as usual", () => {
    const sheet = rosterOf(
      read([
        ["SỞ NỘI VỤ", null, "Đồng Tháp, ngày 10 tháng 12 năm 2026"],
        ["STT", "Họ và tên", "Kết quả xếp loại"],
        [1, "Nguyễn Văn An", "HTT"],
      ]),
    );
    expect(sheet.headerRows).toEqual([2]);
    expect(fieldLetters(sheet)).toEqual({ seq: "A", fullName: "B", finalLevel: "C" });
  });
});

describe("reading the 2026 values of a row", () => {
  const rows: CellValue[][] = [
    ...QUARTERLY,
    // Row 3: Q3 not worked; row 4: bad cells everywhere; row 5: every part at its bound.
    [1, "Nguyễn Văn An", 80, "85,5", null, 90, "HTT", "HTT", "", "HTXS", 25, "60", 85, "HTT"],
    [2, "Trần Thị Bình", 80, 101, "tốt", -1, "Khá", "HTT", null, null, 31, 71, "85", "HTT"],
    [3, "Lê Văn Cường", 100, 0, 50, 70, "HTXSNV", "KHTNV", "HT", "Không xếp loại", 30, 70, 100, "HTXS"],
  ];
  const result = read(rows);

  it("keeps the filled period scores and levels only, in sheet order, with their period and column", () => {
    const an = personNamed(result, "Nguyễn Văn An");
    expect(an.periodScores).toEqual([
      { period: quarter(1), value: 80, column: "C" },
      { period: quarter(2), value: 85.5, column: "D" },
      { period: quarter(4), value: 90, column: "F" },
    ]);
    expect(an.periodLevels).toEqual([
      { period: quarter(1), value: "HTTNV", column: "G" },
      { period: quarter(2), value: "HTTNV", column: "H" },
      { period: quarter(4), value: "HTXSNV", column: "J" },
    ]);
    expect([an.generalScore, an.taskScore, an.score, an.level]).toEqual([25, 60, 85, "HTTNV"]);
  });

  it("accepts each part at its bounds: 0–30, 0–70, 0–100", () => {
    const cuong = personNamed(result, "Lê Văn Cường");
    expect([cuong.generalScore, cuong.taskScore, cuong.score]).toEqual([30, 70, 100]);
    expect(cuong.periodScores?.map((p) => p.value)).toEqual([100, 0, 50, 70]);
    expect(cuong.periodLevels?.map((p) => p.value)).toEqual(["HTXSNV", "KHTNV", "HTNV", "KXL"]);
  });

  it("reports out-of-range parts and periods as input.number-invalid, and unreadable period levels, at their cells", () => {
    expect(findingsOf(result, "input.number-invalid").map(at)).toEqual([
      { sheet: "Danh sách", row: 4, column: "D" },
      { sheet: "Danh sách", row: 4, column: "E" },
      { sheet: "Danh sách", row: 4, column: "F" },
      { sheet: "Danh sách", row: 4, column: "K" },
      { sheet: "Danh sách", row: 4, column: "L" },
    ]);
    expect(findingsOf(result, "input.level-unrecognized").map(at)).toEqual([
      { sheet: "Danh sách", row: 4, column: "G" },
    ]);
    expect(result.findings).toHaveLength(6);
    const [, , , general, task] = findingsOf(result, "input.number-invalid");
    expect(general!.message.vi).toContain("0–30 điểm");
    expect(task!.message.en).toContain("0–70 points");
    const binh = personNamed(result, "Trần Thị Bình");
    expect([binh.generalScore, binh.taskScore, binh.score]).toEqual([undefined, undefined, 85]);
    expect(binh.periodScores).toEqual([{ period: quarter(1), value: 80, column: "C" }]);
    expect(binh.periodLevels).toEqual([{ period: quarter(2), value: "HTTNV", column: "H" }]);
    // A period level is not the staff level: the final level stands.
    expect([binh.level, binh.levelUnreadable]).toEqual(["HTTNV", false]);
  });

  it("leaves the periods undefined for a row whose period cells are all empty, and on a sheet without them", () => {
    const empty = read([
      ...QUARTERLY,
      [1, "Nguyễn Văn An", null, "", null, null, null, null, null, null, 25, 60, 85, "HTT"],
    ]);
    const an = personNamed(empty, "Nguyễn Văn An");
    expect([an.periodScores, an.periodLevels]).toEqual([undefined, undefined]);
    const plain = read([
      ["Họ và tên", "Tổng điểm", "Xếp loại"],
      ["Nguyễn Văn An", 85, "HTT"],
    ]);
    const p = personNamed(plain, "Nguyễn Văn An");
    expect([p.periodScores, p.periodLevels, p.score]).toEqual([undefined, undefined, 85]);
    expect(rosterOf(plain).periodColumns).toEqual({ periodScore: [], periodLevel: [] });
  });

  it("reads months as months", () => {
    const monthly = read([
      ["Họ và tên", "Điểm đánh giá hằng tháng", null, null, "Xếp loại"],
      [null, "Tháng 1", "Tháng 2", "Tháng 3"],
      ["Nguyễn Văn An", 70, null, 90, "HTT"],
    ]);
    expect(personNamed(monthly, "Nguyễn Văn An").periodScores).toEqual([
      { period: month(1), value: 70, column: "B" },
      { period: month(3), value: 90, column: "D" },
    ]);
  });
});

describe("period columns mapped by hand", () => {
  it("a column letter mapped to a period field joins the others without taking their field away", () => {
    const sheet = rosterOf(
      read(
        [
          ["Họ và tên", "Quý I", "Q2 (điểm)", "Xếp loại"],
          ["Nguyễn Văn An", 80, 90, "HTT"],
        ],
        { C: "periodScore" },
      ),
    );
    // `Q2 (điểm)` names no period the reader knows: it stays unmapped rather than guessed.
    expect(fieldLetters(sheet)).toEqual({ fullName: "A", periodScore: "B", finalLevel: "D" });
    expect(sheet.periodColumns.periodScore.map((c) => c.letter)).toEqual(["B"]);
  });
});
