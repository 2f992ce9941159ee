import { describe, expect, it } from "vitest";
import { buildReport, type ReportSheet } from "../../shared/report/index.js";
import type { QuotaResult } from "../../shared/quota/index.js";
import { summarizeUnit } from "../../shared/summary/index.js";
import { makePerson } from "../helpers/person.js";
import { cellAt, rowsLabelled, rowValues, singleUnitInput } from "./fixtures.js";
import { PersonTable } from "../../shared/roster/personTable.js";

const RATIO = 14;
const NOTE = 15;

function only(sheet: ReportSheet, label: string): number {
  const rows = rowsLabelled(sheet, label);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe("table A, one unit", () => {
  const sheet = buildReport(singleUnitInput()).sheets[0]!;

  // Columns C…N: total, KXL, rated, HTXSNV (n, %), HTTNV (n, %), HTNV (n, %), KHTNV (n, %), HTXSNV/HTTNV %.
  // Percentages of the number rated, one decimal.
  it.each([
    ["Cán bộ", [2, 0, 2, 1, 50, 1, 50, 0, 0, 0, 0, 100]],
    ["Công chức", [10, 1, 9, 2, 22.2, 6, 66.7, 1, 11.1, 0, 0, 33.3]],
    ["Trong đó: lãnh đạo, quản lý", [3, 0, 3, 1, 33.3, 2, 66.7, 0, 0, 0, 0, 50]],
    ["Viên chức", [5, 0, 5, 0, 0, 4, 80, 0, 0, 1, 20, 0]],
    ["Trong đó: quản lý", [1, 0, 1, 0, 0, 1, 100, 0, 0, 0, 0, 0]],
    // 17 people, 16 rated: 3/16 = 18.75 → 18.8; 11/16 = 68.75 → 68.8; 1/16 = 6.25 → 6.3; 3/11 = 27.3.
    ["Tổng cộng (1+2+3)", [17, 1, 16, 3, 18.8, 11, 68.8, 1, 6.3, 1, 6.3, 27.3]],
    // No state quota binds contract workers: no ratio.
    ["Người lao động", [3, 0, 3, 0, 0, 1, 33.3, 2, 66.7, 0, 0, null]],
  ])("%s", (label, expected) => {
    expect(rowValues(sheet, only(sheet, label))).toEqual(expected);
  });

  it("numbers the rows 1, 2, 3 and 4, NLĐ after the total", () => {
    const stt = (label: string) => cellAt(sheet, only(sheet, label), 1)?.value;
    expect(["Cán bộ", "Công chức", "Viên chức", "Tổng cộng (1+2+3)", "Người lao động"].map(stt)).toEqual([
      "1",
      "2",
      "3",
      null,
      "4",
    ]);
    expect(only(sheet, "Người lao động")).toBe(only(sheet, "Tổng cộng (1+2+3)") + 1);
  });

  it("stores counts and percentages as numbers with number formats", () => {
    const total = only(sheet, "Tổng cộng (1+2+3)");
    expect(cellAt(sheet, total, 3)).toMatchObject({ value: 17, numFmt: "#,##0" });
    expect(cellAt(sheet, total, 7)).toMatchObject({ value: 18.8, numFmt: "0.0" });
    expect(cellAt(sheet, total, RATIO)).toMatchObject({ value: 27.3, numFmt: "0.0" });
  });

  it("counting all staff together (before 2026), highlights a ratio above 20% and says why in the note", () => {
    const allStaff = buildReport(singleUnitInput({ quotaPopulation: "all-staff" })).sheets[0]!;
    const total = only(allStaff, "Tổng cộng (1+2+3)");
    expect(cellAt(allStaff, total, RATIO)!.style).toBe("totalNumberHigh");
    expect(allStaff.styles.totalNumberHigh!.fill).toBe("#FFFF00");
    expect(cellAt(allStaff, total, NOTE)!.value).toBe("Vượt tỷ lệ 20%");
    const cc = only(allStaff, "Công chức");
    expect(cellAt(allStaff, cc, RATIO)!.style).toBe("numberHigh");
    const vc = only(allStaff, "Viên chức");
    expect(cellAt(allStaff, vc, RATIO)!.style).toBe("number");
    expect(cellAt(allStaff, vc, NOTE)!.value).toBeNull();
  });

  it("has REPORT.md's header: level columns over count and %, the ratio and the note", () => {
    const [h1, h2] = sheet.printTitleRows!;
    expect(h2).toBe(h1 + 1);
    expect(rowValues(sheet, h1, 1, 15)).toEqual([
      "STT",
      "Đơn vị / Đối tượng",
      "Tổng số",
      "Không xếp loại (SL)",
      "Số được đánh giá, xếp loại",
      "Hoàn thành xuất sắc nhiệm vụ",
      null,
      "Hoàn thành tốt nhiệm vụ",
      null,
      "Hoàn thành nhiệm vụ",
      null,
      "Không hoàn thành nhiệm vụ",
      null,
      "Tỷ lệ HTXSNV / HTTNV (%)",
      "Ghi chú",
    ]);
    expect(rowValues(sheet, h2, 6, 13)).toEqual(["SL", "%", "SL", "%", "SL", "%", "SL", "%"]);
    expect(sheet.merges).toContainEqual({ top: h1, left: 6, bottom: h1, right: 7 });
    expect(sheet.merges).toContainEqual({ top: h1, left: 1, bottom: h2, right: 1 });
  });

  it("has the title block: agency upper case on the left, the nation and an NĐ30 date on the right", () => {
    const texts = sheet.cells.filter((c) => c.row < sheet.printTitleRows![0]).map((c) => c.value);
    expect(texts).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "SỞ NỘI VỤ",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 123/BC-SNV",
      "Đồng Tháp, ngày 05 tháng 12 năm 2026",
      "BIỂU TỔNG HỢP",
      "Kết quả đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2026",
      "(Kèm theo Báo cáo số 123/BC-SNV)",
      "Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp",
    ]);
    expect(sheet.styles.motto).toMatchObject({ font: { bold: true, underline: true } });
    expect(sheet.styles.placeDate).toMatchObject({ font: { italic: true } });
  });

  it("ends with the signature block", () => {
    const last = Math.max(...sheet.cells.map((c) => c.row));
    expect(sheet.cells.filter((c) => c.row === last - 1).map((c) => c.value)).toEqual([
      "NGƯỜI LẬP BIỂU",
      "THỦ TRƯỞNG CƠ QUAN",
    ]);
    expect(sheet.cells.filter((c) => c.row === last).map((c) => c.value)).toEqual([
      "(Ký, ghi rõ họ tên)",
      "(Ký, ghi rõ họ tên)",
    ]);
  });
});

describe("table A, several units", () => {
  const a = summarizeUnit(
    PersonTable.fromPeople([
      ...Array.from({ length: 5 }, () => makePerson({ staffType: "CC", level: "HTTNV" })),
      makePerson({ staffType: "CC", level: "HTXSNV" }),
      makePerson({ staffType: "NLD", level: "HTNV" }),
    ]),
  );
  const b = summarizeUnit(
    PersonTable.fromPeople([
      ...Array.from({ length: 4 }, () => makePerson({ staffType: "CC", level: "HTTNV" })),
      ...Array.from({ length: 2 }, () => makePerson({ staffType: "VC", level: "HTTNV" })),
      makePerson({ staffType: "VC", level: "KXL" }),
    ]),
  );
  const overQuota: QuotaResult = {
    scope: "group",
    key: "Chuyên viên",
    base: 4,
    baseKind: "good",
    rate: 0.2,
    excellent: 1,
    allowed: 0,
    excess: 1,
    people: [],
  };
  const sheet = buildReport(
    singleUnitInput({
      units: [
        { name: "Phòng A", summary: a, quota: [overQuota] },
        { name: "Phòng B", summary: b },
      ],
    }),
  ).sheets[0]!;

  it("has a numbered section per unit, a subtotal in each, and the agency's total last", () => {
    const sections = sheet.cells.filter((c) => c.style === "section" && c.col === 2).map((c) => c.value);
    expect(sections).toEqual(["Phòng A", "Phòng B", "Toàn cơ quan"]);
    expect(sheet.cells.filter((c) => c.style === "section" && c.col === 1).map((c) => c.value)).toEqual([
      "I",
      "II",
      null,
    ]);
    const [subA, subB] = rowsLabelled(sheet, "Cộng (1+2+3)");
    // Phòng A: 6 state staff, 1/6 = 16.7, 5/6 = 83.3; the ratio 1/5 = 20% is at the rate, not above it.
    expect(rowValues(sheet, subA!)).toEqual([6, 0, 6, 1, 16.7, 5, 83.3, 0, 0, 0, 0, 20]);
    expect(cellAt(sheet, subA!, RATIO)!.style).toBe("totalNumber");
    // Phòng B: 7 people, 1 KXL, 6 rated, all HTTNV.
    expect(rowValues(sheet, subB!)).toEqual([7, 1, 6, 0, 0, 6, 100, 0, 0, 0, 0, 0]);
    // Agency: 13 people, 12 rated, 1/12 = 8.3, 11/12 = 91.7, 1/11 = 9.1.
    expect(rowValues(sheet, only(sheet, "Tổng cộng (1+2+3)"))).toEqual([
      13, 1, 12, 1, 8.3, 11, 91.7, 0, 0, 0, 0, 9.1,
    ]);
    const nld = rowsLabelled(sheet, "Người lao động");
    expect(nld.map((r) => rowValues(sheet, r, 3, 5))).toEqual([
      [1, 0, 1],
      [0, 0, 0],
      [1, 0, 1],
    ]);
  });

  it("names the scopes over quota in the unit's subtotal note", () => {
    const [subA] = rowsLabelled(sheet, "Cộng (1+2+3)");
    expect(cellAt(sheet, subA!, NOTE)!.value).toBe("Vượt chỉ tiêu HTXSNV: nhóm «Chuyên viên» vượt 1");
  });

  it("merges each section's name across the table", () => {
    const row = sheet.cells.find((c) => c.value === "Phòng A")!.row;
    expect(sheet.merges).toContainEqual({ top: row, left: 2, bottom: row, right: 15 });
  });
});

describe("table A, rates, bases and staff types", () => {
  // Công chức only, 2026: the ratio is checked on the công chức row (REPORT.md "From 2026").
  const summary = summarizeUnit(
    PersonTable.fromPeople([
      ...Array.from({ length: 8 }, () => makePerson({ staffType: "CC", level: "HTTNV" })),
      makePerson({ staffType: "CC", level: "HTXSNV" }),
      makePerson({ staffType: "CC", level: "HTXSNV" }),
    ]),
  );
  const unit = { name: "Phòng Kế hoạch", summary };

  it("within an approved 30%, a 25% ratio is not highlighted and the note names the approved rate", () => {
    const sheet = buildReport(singleUnitInput({ units: [{ ...unit, approvedRate: 0.3 }] })).sheets[0]!;
    const row = only(sheet, "Công chức");
    expect(cellAt(sheet, row, RATIO)).toMatchObject({ value: 25, style: "number" });
    expect(cellAt(sheet, row, NOTE)!.value).toBe("Trong tỷ lệ được duyệt 30%");
  });

  it("without it, 25% is above 20%", () => {
    const sheet = buildReport(singleUnitInput({ units: [unit] })).sheets[0]!;
    expect(cellAt(sheet, only(sheet, "Công chức"), RATIO)!.style).toBe("numberHigh");
  });

  it("above an approved rate, the note names it", () => {
    const sheet = buildReport(singleUnitInput({ units: [{ ...unit, approvedRate: 0.22 }] })).sheets[0]!;
    expect(cellAt(sheet, only(sheet, "Công chức"), NOTE)!.value).toBe("Vượt tỷ lệ được duyệt 22%");
  });

  it("counting all staff together, the total row is checked against the approved rate", () => {
    const sheet = buildReport(
      singleUnitInput({ units: [{ ...unit, approvedRate: 0.3 }], quotaPopulation: "all-staff" }),
    ).sheets[0]!;
    const row = only(sheet, "Tổng cộng (1+2+3)");
    expect(cellAt(sheet, row, RATIO)).toMatchObject({ value: 25, style: "totalNumber" });
    expect(cellAt(sheet, row, NOTE)!.value).toBe("Trong tỷ lệ được duyệt 30%");
  });

  it("the ratio follows the quota base: 2 / (8 + 2) = 20% under good-inclusive", () => {
    const sheet = buildReport(singleUnitInput({ units: [unit], quotaBase: "good-inclusive" })).sheets[0]!;
    expect(cellAt(sheet, sheet.printTitleRows![0], RATIO)!.value).toBe("Tỷ lệ HTXSNV / (HTTNV + HTXSNV) (%)");
    expect(cellAt(sheet, only(sheet, "Tổng cộng (1+2+3)"), RATIO)).toMatchObject({
      value: 20,
      style: "totalNumber",
    });
  });

  it("adds a row for staff of unknown type inside the total, and notes levels missing", () => {
    const withUnknown = summarizeUnit(
      PersonTable.fromPeople([
        makePerson({ level: "HTTNV" }),
        makePerson({ staffType: "CC", level: "HTTNV" }),
        makePerson({ staffType: "CC", levelUnreadable: true }),
      ]),
    );
    const sheet = buildReport(singleUnitInput({ units: [{ name: "X", summary: withUnknown }] })).sheets[0]!;
    expect(rowValues(sheet, only(sheet, "Chưa xác định đối tượng"), 1, 5)).toEqual([
      "4",
      "Chưa xác định đối tượng",
      1,
      0,
      1,
    ]);
    const total = only(sheet, "Tổng cộng (1+2+3+4)");
    expect(rowValues(sheet, total, 3, 5)).toEqual([3, 0, 2]);
    expect(cellAt(sheet, total, NOTE)!.value).toBe("1 người chưa có kết quả xếp loại");
    expect(cellAt(sheet, only(sheet, "Người lao động"), 1)!.value).toBe("5");
  });
});
