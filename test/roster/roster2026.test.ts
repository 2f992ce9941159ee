/**
 * A 2026 roster (ROSTER.md) written to a real .xlsx with exceljs and streamed back as the command
 * line reads it. Layout, worked out by hand:
 * - rows 1–3: title rows; rows 4–5: the header, `Điểm đánh giá` over D–F, the quarters' scores
 *   over G–J and their levels over K–N; row 6: the numbering row `(1) … (6)=(4)+(5) …`;
 * - row 7: Nguyễn Văn An, every cell readable;
 * - row 8: Trần Thị Bình, a total written as a formula without its result (F8), Quý II not worked;
 * - row 9: Lê Văn Cường, both parts out of range (D9, E9), no level at all (O9);
 * - row 10: a section; row 11: Phạm Thu Hà, a total formula with its result, `Khá` for Quý I (K11);
 * - then the signature block.
 */
import { describe, expect, it } from "vitest";
import type { Period } from "../../shared/roster/person.js";
import { summarizeUnit } from "../../shared/summary/index.js";
import type { RosterSheetSpec, RowSpec } from "../../xlsx/rosterWorkbook.js";
import { fieldLetters, personNamed, rosterOf, roundTrip, TITLE_ROWS } from "../helpers/xlsxRoster.js";
import { PersonTable } from "../../shared/roster/personTable.js";

const QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"];
const NUMBERING = Array.from({ length: 16 }, (_, i) => (i === 5 ? "(6)=(4)+(5)" : `(${i + 1})`));

// prettier-ignore
const rows: RowSpec[] = [
  NUMBERING,
  [1, "Nguyễn Văn An", "Trưởng phòng", 27, 63, 90, 88, 90, 91, 91, "HTTNV", "HTXS", "HTXS", "HTXS", "HTXSNV", null],
  [2, "Trần Thị Bình", "Chuyên viên", 22, 58, { formula: "D8+E8" }, 80, null, 82, 78, "HTT", null, "HTT", "HTT", "HTTNV", null],
  [3, "Lê Văn Cường", "Chuyên viên", 31, 71, 80, 80, 70, 75, 95, null, null, null, null, null, "Chưa họp"],
  { section: "II. Phòng Kế hoạch" },
  [1, "Phạm Thu Hà", "Chuyên viên", 20, 50, { formula: "D11+E11", result: 70 }, 70, 70, 70, 70, "Khá", "HT", "HT", "HT", "HTNV", null],
];

const SHEET: RosterSheetSpec = {
  name: "Danh sách",
  titleRows: TITLE_ROWS,
  header: [
    "STT",
    "Họ và tên",
    "Chức vụ",
    {
      group: "Điểm đánh giá",
      sub: ["Tiêu chí chung (30 điểm)", "Kết quả thực hiện nhiệm vụ (70 điểm)", "Tổng điểm"],
    },
    { group: "Điểm đánh giá theo quý", sub: QUARTERS },
    { group: "Xếp loại theo quý", sub: QUARTERS },
    "Kết quả xếp loại",
    "Ghi chú",
  ],
  rows,
  signature: true,
};

const quarter = (index: number): Period => ({ unit: "quarter", index });

/** Written and read once; each test awaits the same reading. */
const reading = roundTrip([SHEET]).then(([result]) => result!);

describe("a 2026 roster through a real .xlsx", () => {
  it("finds the two-row header under the titles and maps the score's parts, the quarters and the total", async () => {
    const result = await reading;
    const sheet = rosterOf(result);
    expect(sheet.headerRows).toEqual([4, 5]);
    expect(fieldLetters(sheet)).toMatchObject({
      seq: "A",
      fullName: "B",
      position: "C",
      generalScore: "D",
      taskScore: "E",
      score: "F",
      finalLevel: "O",
      note: "P",
    });
    expect(sheet.periodColumns.periodScore.map((c) => [c.letter, c.period])).toEqual(
      ["G", "H", "I", "J"].map((letter, i) => [letter, quarter(i + 1)]),
    );
    expect(sheet.periodColumns.periodLevel.map((c) => [c.letter, c.period])).toEqual(
      ["K", "L", "M", "N"].map((letter, i) => [letter, quarter(i + 1)]),
    );
  });

  it("skips the numbering row and the section, and stops at the signature", async () => {
    const result = await reading;
    expect(result.people.map((p) => [p.row, p.fullName])).toEqual([
      [7, "Nguyễn Văn An"],
      [8, "Trần Thị Bình"],
      [9, "Lê Văn Cường"],
      [11, "Phạm Thu Hà"],
    ]);
    expect(personNamed(result, "Phạm Thu Hà").unit).toBe("Phòng Kế hoạch");
  });

  it("reads the parts, the total, and only the quarters worked", async () => {
    const result = await reading;
    const an = personNamed(result, "Nguyễn Văn An");
    expect([an.generalScore, an.taskScore, an.score, an.level]).toEqual([27, 63, 90, "HTXSNV"]);
    expect(an.periodLevels?.map((p) => p.value)).toEqual(["HTTNV", "HTXSNV", "HTXSNV", "HTXSNV"]);
    const binh = personNamed(result, "Trần Thị Bình");
    expect(binh.periodScores).toEqual([
      { period: quarter(1), value: 80, column: "G" },
      { period: quarter(3), value: 82, column: "I" },
      { period: quarter(4), value: 78, column: "J" },
    ]);
    expect(binh.periodLevels?.map((p) => p.column)).toEqual(["K", "M", "N"]);
    expect(personNamed(result, "Phạm Thu Hà").score).toBe(70);
  });

  it("gives exactly the reading findings the rows call for", async () => {
    const result = await reading;
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.row, f.column])).toEqual([
      ["input.formula-no-value", "error", 8, "F"],
      ["input.number-invalid", "error", 9, "D"],
      ["input.number-invalid", "error", 9, "E"],
      ["input.level-missing", "warning", 9, "O"],
      ["input.level-unrecognized", "error", 11, "K"],
    ]);
    const binh = personNamed(result, "Trần Thị Bình");
    // The unsaved total is not read, nor made up from its parts.
    expect([binh.score, binh.generalScore, binh.taskScore]).toEqual([undefined, 22, 58]);
  });

  it("the summary counts Lê Văn Cường as not yet rated", async () => {
    const result = await reading;
    expect(summarizeUnit(PersonTable.fromPeople(result.people)).notYetRated).toBe(1);
  });
});
