import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNumber, readNumberValue, readPercent } from "../../shared/coerce/number.js";
import { at, findingsOf, personNamed, read } from "../helpers/xlsxRoster.js";

describe("readNumber (RULES.md §3: 85, 85,5, 85.5, 85%)", () => {
  it.each([
    [85, 85, false],
    ["85", 85, false],
    [" 85 ", 85, false],
    ["85,5", 85.5, false],
    ["85.5", 85.5, false],
    ["85%", 85, true],
    ["85,5%", 85.5, true],
    ["85 %", 85, true],
    ["0", 0, false],
    ["-3", -3, false],
    ["1.234,5", 1234.5, false],
    ["1,234.5", 1234.5, false],
    [0.85, 0.85, false],
    ["0.850", 0.85, false],
    ["0,850", 0.85, false],
  ] as const)("%j → %d", (value, expected, percent) => {
    expect(readNumber(value)).toEqual({ value: expected, percent });
  });

  it.each([
    ["text", "abc"],
    ["an empty string", ""],
    ["blanks", "   "],
    ["a number with a word", "85 điểm"],
    ["two decimal commas", "8 5,5,5"],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["a boolean", true],
    ["null", null],
    ["undefined", undefined],
    ["a Date", new Date(Date.UTC(2026, 0, 1))],
    ["100,000 digits", "9".repeat(100_000)],
  ])("%s is not a number", (_, value) => {
    expect(readNumber(value)).toBeUndefined();
  });
});

describe("readPercent (ROSTER.md: 85% or 0.85)", () => {
  it.each([
    [85, 85],
    ["85%", 85],
    ["85", 85],
    [0.85, 85],
    ["0,85", 85],
    ["0.85", 85],
    ["85,5%", 85.5],
    [0, 0],
    [1, 100],
    [100, 100],
    ["100%", 100],
    [0.5, 50],
  ] as const)("%j → %d", (value, expected) => {
    expect(readPercent(value)).toBe(expected);
  });

  it("is undefined for what is not a number", () => {
    expect(readPercent("nhiều")).toBeUndefined();
    expect(readPercent(Number.NaN)).toBeUndefined();
  });
});

describe("number cells in a roster", () => {
  const header = [
    "STT",
    "Họ và tên",
    "Điểm",
    "Số tháng công tác",
    "% nhiệm vụ hoàn thành",
    "Số phiếu tán thành",
    "Số đảng viên chính thức",
    "Xếp loại",
  ];

  it("reads 85, 85,5, 85.5, 85% and a percent cell's 0.85", () => {
    const result = read([
      header,
      [1, "Nguyễn Văn An", 85, 12, 0.85, 10, 12, "HTT"],
      [2, "Trần Thị Bình", "85,5", "6", "85%", "9", "9", "HTT"],
      [3, "Lê Văn Cường", "85.5", 0, "100%", 0, 0, "HTT"],
    ]);
    expect(result.findings).toEqual([]);
    const [a, b, c] = result.people;
    expect([a!.score, a!.monthsWorked, a!.tasksCompletedPct, a!.votesFor, a!.fullMembers]).toEqual([
      85, 12, 85, 10, 12,
    ]);
    expect([b!.score, b!.monthsWorked, b!.tasksCompletedPct, b!.votesFor, b!.fullMembers]).toEqual([
      85.5, 6, 85, 9, 9,
    ]);
    expect([c!.score, c!.monthsWorked, c!.tasksCompletedPct]).toEqual([85.5, 0, 100]);
  });

  it("reports input.number-invalid for text and for values out of range (score 0–100, months 0–12, votes ≥ 0 and ≤ voters)", () => {
    const result = read([
      header,
      [1, "Điểm quá", 101, 12, 1, 1, 3, "HTT"],
      [2, "Chữ", "tám lăm", 12, 1, 1, 3, "HTT"],
      [3, "Tháng quá", 90, 13, 1, 1, 3, "HTT"],
      [4, "Phiếu âm", 90, 12, 1, -1, 3, "HTT"],
      [5, "Phiếu thừa", 90, 12, 1, 4, 3, "HTT"],
      [6, "Phần trăm quá", 90, 12, "120%", 1, 3, "HTT"],
      [7, "Điểm âm", -5, "-1", 1, 1, 3, "HTT"],
    ]);
    const found = findingsOf(result, "input.number-invalid");
    expect(found.map(at)).toEqual([
      { sheet: "Danh sách", row: 2, column: "C" },
      { sheet: "Danh sách", row: 3, column: "C" },
      { sheet: "Danh sách", row: 4, column: "D" },
      { sheet: "Danh sách", row: 5, column: "F" },
      { sheet: "Danh sách", row: 6, column: "F" },
      { sheet: "Danh sách", row: 7, column: "E" },
      { sheet: "Danh sách", row: 8, column: "C" },
      { sheet: "Danh sách", row: 8, column: "D" },
    ]);
    expect(found.every((f) => f.severity === "error")).toBe(true);
    // the bad value is left out, the rest of the row is read
    const over = personNamed(result, "Điểm quá");
    expect(over.score).toBeUndefined();
    expect(over.monthsWorked).toBe(12);
    expect(over.level).toBe("HTTNV");
    expect(personNamed(result, "Phiếu thừa").votesFor).toBeUndefined();
    expect(personNamed(result, "Phiếu thừa").fullMembers).toBe(3);
  });
});

describe("readNumber on plain decimals", () => {
  it("reads `w,f` and `w.f` with one or two decimals exactly as JavaScript reads `w.f`", () => {
    const decimal = fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.stringMatching(/^\d{1,2}$/));
    fc.assert(
      fc.property(decimal, fc.constantFrom(",", "."), ([whole, fraction], sep) => {
        const expected = Number(`${whole}.${fraction}`);
        expect(readNumber(`${whole}${sep}${fraction}`)).toEqual({ value: expected, percent: false });
        expect(readNumberValue(`${whole}${sep}${fraction}`)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
