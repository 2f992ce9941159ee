import { describe, expect, it } from "vitest";
import { settingsSchema } from "../../shared/settings.js";
import { fieldLetters, findingsOf, read, rosterOf } from "../helpers/xlsxRoster.js";

/** A roster whose name and level headers the detector does not know. */
const ROWS = [
  ["DANH SÁCH NĂM 2026"],
  ["STT", "Tên người được đánh giá", "Chức vụ", "Mức đạt được", "Số CMND"],
  [1, "Nguyễn Văn An", "Chuyên viên", "HTT", "0123"],
  [2, "Trần Thị Bình", "Chuyên viên", "HT", "0456"],
];

describe("a column mapping by hand (settings.columnMapping)", () => {
  it("without it, the header is not found", () => {
    const result = read(ROWS);
    expect(result.outcome.kind).toBe("unusable");
    expect(result.findings.map((f) => f.ruleId)).toEqual(["input.header-not-found"]);
  });

  it("maps by header text, whatever its case and diacritics", () => {
    const mapping = settingsSchema.parse({
      columnMapping: { "ten nguoi duoc danh gia": "fullName", "MỨC ĐẠT ĐƯỢC": "finalLevel" },
    }).columnMapping;
    const result = read(ROWS, mapping);
    expect(fieldLetters(rosterOf(result))).toEqual({
      seq: "A",
      fullName: "B",
      position: "C",
      finalLevel: "D",
    });
    expect(result.people.map((p) => [p.fullName, p.level])).toEqual([
      ["Nguyễn Văn An", "HTTNV"],
      ["Trần Thị Bình", "HTNV"],
    ]);
  });

  it("maps by column letter, even when the detector knows neither header", () => {
    const result = read(ROWS, { B: "fullName", D: "finalLevel" });
    const sheet = rosterOf(result);
    expect(sheet.headerRows).toEqual([2]);
    expect(fieldLetters(sheet)).toEqual({ seq: "A", fullName: "B", position: "C", finalLevel: "D" });
    expect(result.people.map((p) => p.level)).toEqual(["HTTNV", "HTNV"]);
  });

  it("a letter mapping moves a field from the column the detector chose", () => {
    const result = read(
      [
        ["Họ và tên", "Xếp loại", "Xếp loại lại"],
        ["Nguyễn Văn An", "HTT", "HTXS"],
      ],
      { C: "finalLevel" },
    );
    const sheet = rosterOf(result);
    expect(fieldLetters(sheet)).toEqual({ fullName: "A", finalLevel: "C" });
    expect(sheet.columns.find((c) => c.letter === "B")).toMatchObject({
      header: "Xếp loại",
      field: undefined,
    });
    expect(result.people[0]!.level).toBe("HTXSNV");
  });

  it('"ignore" by header text or letter leaves a column unmapped and unread', () => {
    const rows = [
      ["Họ và tên", "Ngày sinh", "Điểm", "Xếp loại"],
      ["Nguyễn Văn An", "không rõ", "chưa chấm", "HTT"],
    ];
    const plain = read(rows);
    expect(plain.findings.map((f) => f.ruleId).sort()).toEqual([
      "input.date-invalid",
      "input.number-invalid",
    ]);
    const ignored = read(rows, { "NGAY SINH": "ignore", C: "ignore" });
    const sheet = rosterOf(ignored);
    expect(fieldLetters(sheet)).toEqual({ fullName: "A", finalLevel: "D" });
    // still listed, so the user sees them
    expect(sheet.columns.map((c) => c.header)).toEqual(["Họ và tên", "Ngày sinh", "Điểm", "Xếp loại"]);
    expect(ignored.findings).toEqual([]);
  });

  it("a header text that looks like a column letter (`STT`, `TT`) is still matched as text", () => {
    const sheet = rosterOf(
      read(
        [
          ["TT", "Họ và tên", "XL"],
          [1, "Nguyễn Văn An", "HTT"],
        ],
        { XL: "finalLevel" },
      ),
    );
    expect(fieldLetters(sheet)).toEqual({ seq: "A", fullName: "B", finalLevel: "C" });
  });

  it("ignoring the only name column leaves input.column-missing", () => {
    const result = read(
      [
        ["Họ và tên", "Xếp loại"],
        ["Nguyễn Văn An", "HTT"],
      ],
      { A: "ignore" },
    );
    expect(result.outcome.kind).toBe("unusable");
    expect(
      findingsOf(result, "input.header-not-found").length + findingsOf(result, "input.column-missing").length,
    ).toBe(1);
  });
});
