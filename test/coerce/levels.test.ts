import { describe, expect, it } from "vitest";
import { parseLevel, type Level } from "../../shared/levels.js";
import { at, findingsOf, personNamed, read } from "../helpers/xlsxRoster.js";

/** RULES.md §1: the cell values to accept for each level. */
const LABELS: readonly (readonly [string, Level])[] = [
  ["Hoàn thành xuất sắc nhiệm vụ", "HTXSNV"],
  ["HTXSNV", "HTXSNV"],
  ["HTXS", "HTXSNV"],
  ["Xuất sắc", "HTXSNV"],
  ["Hoàn thành tốt nhiệm vụ", "HTTNV"],
  ["HTTNV", "HTTNV"],
  ["HTT", "HTTNV"],
  ["Tốt", "HTTNV"],
  ["Hoàn thành nhiệm vụ", "HTNV"],
  ["HTNV", "HTNV"],
  ["HT", "HTNV"],
  ["Hoàn thành", "HTNV"],
  ["Không hoàn thành nhiệm vụ", "KHTNV"],
  ["KHTNV", "KHTNV"],
  ["KHT", "KHTNV"],
  ["Không hoàn thành", "KHTNV"],
  ["KXL", "KXL"],
  ["Không xếp loại", "KXL"],
  ["Chưa xếp loại", "KXL"],
];

const stripDiacritics = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");

const spaced = (s: string) => `  ${s.split(" ").join("   ")}  `;

describe("parseLevel (RULES.md §1)", () => {
  describe.each(LABELS)("%s", (label, level) => {
    it.each([
      ["as written", label],
      ["upper case", label.toUpperCase()],
      ["lower case", label.toLowerCase()],
      ["extra spaces", spaced(label)],
      ["a line break between words", label.replace(" ", "\n")],
      ["without diacritics", stripDiacritics(label)],
      ["without diacritics, upper case", stripDiacritics(label).toUpperCase()],
      ["NFC", label.normalize("NFC")],
      ["NFD", label.normalize("NFD")],
      ["NFD, upper case", label.toUpperCase().normalize("NFD")],
    ])("%s", (_, text) => {
      expect(parseLevel(text)).toBe(level);
    });
  });

  it.each([
    "",
    "Khá",
    "Giỏi",
    "Đạt",
    "Trung bình",
    "A",
    "5",
    "HTXSNV HTTNV",
    "Hoàn thành nhiệm vụ xuất sắc nhiều",
  ])("does not recognise %j", (text) => {
    expect(parseLevel(text)).toBeUndefined();
  });
});

describe("level cells in a roster", () => {
  const header = ["STT", "Họ và tên", "Tự xếp loại", "Tập thể đề xuất", "Kết quả xếp loại"];

  it("reads every label of §1 in each level column", () => {
    const rows = [
      header,
      ...LABELS.map(([label], i) => [
        i + 1,
        `Người ${i + 1}`,
        label,
        label.normalize("NFD"),
        stripDiacritics(label).toUpperCase(),
      ]),
    ];
    const result = read(rows);
    expect(result.findings).toEqual([]);
    LABELS.forEach(([, level], i) => {
      const p = personNamed(result, `Người ${i + 1}`);
      expect([p.selfLevel, p.proposedLevel, p.finalLevel, p.level]).toEqual([level, level, level, level]);
    });
  });

  it("reports unrecognised text as input.level-unrecognized with its sheet, row and column", () => {
    const result = read([
      ["Họ và tên", "Tự xếp loại", "Kết quả xếp loại"],
      ["Nguyễn Văn An", "Khá", "HTTNV"],
      ["Trần Thị Bình", "HTT", "Giỏi"],
      ["Lê Văn Cường", 4, "HTNV"],
    ]);
    const found = findingsOf(result, "input.level-unrecognized");
    expect(found.map(at)).toEqual([
      { sheet: "Danh sách", row: 2, column: "B" },
      { sheet: "Danh sách", row: 3, column: "C" },
      { sheet: "Danh sách", row: 4, column: "B" },
    ]);
    expect(found.every((f) => f.severity === "error")).toBe(true);
    expect(found[0]!.message.vi).toContain("Khá");
    expect(found[0]!.person).toBe("Nguyễn Văn An");
  });
});
