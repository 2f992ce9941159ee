/**
 * REPORT.md "From 2026": the HTXSNV / HTTNV ratio of công chức and of viên chức each on their own
 * rows, checked against the rate (or the unit's approved rate); the all-staff ratio on the total is
 * information only. The fixture's unit: CB 1 HTXSNV, 1 HTTNV; CC 2 HTXSNV, 6 HTTNV (leaders 1, 2);
 * VC 0 HTXSNV, 4 HTTNV; 3 HTXSNV to 11 HTTNV in all.
 */
import { describe, expect, it } from "vitest";
import type { QuotaResult } from "../../shared/quota/index.js";
import { buildReport, type ReportSheet } from "../../shared/report/index.js";
import type { Person } from "../../shared/roster/person.js";
import { summarizeUnit } from "../../shared/summary/index.js";
import { makePerson } from "../helpers/person.js";
import { cellAt, rowsLabelled, singleUnitInput } from "./fixtures.js";
import { PersonTable } from "../../shared/roster/personTable.js";

const RATIO = 14;
const NOTE = 15;

/** [ratio, highlighted, note] of the row labelled `label`. */
function ratioOf(sheet: ReportSheet, label: string): [number | string | null, boolean, unknown] {
  const [row] = rowsLabelled(sheet, label);
  const cell = cellAt(sheet, row!, RATIO)!;
  return [cell.value, cell.style.endsWith("High"), cellAt(sheet, row!, NOTE)?.value ?? null];
}

const people = (n: number, values: Partial<Person>) => Array.from({ length: n }, () => makePerson(values));
const unitOf = (list: Person[]) => ({
  name: "Phòng A",
  summary: summarizeUnit(PersonTable.fromPeople(list)),
});
const staffSheet = (...args: Parameters<typeof singleUnitInput>) =>
  buildReport(singleUnitInput(...args)).sheets[0]!;

describe("table A under 2026: the ratio per population", () => {
  const sheet = staffSheet();

  it("checks the công chức ratio on the công chức row: 2 to 6 is 33,3%, above 20%", () => {
    expect(ratioOf(sheet, "Công chức")).toEqual([33.3, true, "Vượt tỷ lệ 20%"]);
  });

  it("checks the viên chức ratio on the viên chức row: 0 to 4, within", () => {
    expect(ratioOf(sheet, "Viên chức")).toEqual([0, false, null]);
  });

  it("checks the cán bộ, the only ones of their population, on their row: 1 to 1", () => {
    expect(ratioOf(sheet, "Cán bộ")).toEqual([100, true, "Vượt tỷ lệ 20%"]);
  });

  it("shows the all-staff ratio on the total, and the sub-rows, as information only", () => {
    expect(ratioOf(sheet, "Tổng cộng (1+2+3)")).toEqual([27.3, false, null]);
    expect(ratioOf(sheet, "Trong đó: lãnh đạo, quản lý")).toEqual([50, false, null]);
  });

  it("takes the reading from the year: all staff together in 2025", () => {
    const in2025 = staffSheet({ year: 2025 });
    expect(ratioOf(in2025, "Tổng cộng (1+2+3)")).toEqual([27.3, true, "Vượt tỷ lệ 20%"]);
  });

  it("names the approved higher rate on each population's row", () => {
    const approved = staffSheet({ units: [{ ...singleUnitInput().units[0]!, approvedRate: 0.3 }] });
    expect(ratioOf(approved, "Công chức")).toEqual([33.3, true, "Vượt tỷ lệ được duyệt 30%"]);
    expect(ratioOf(approved, "Viên chức")).toEqual([0, false, null]);
    expect(ratioOf(approved, "Tổng cộng (1+2+3)")).toEqual([27.3, false, null]);
  });

  it("in English too", () => {
    const en = staffSheet({ lang: "en" });
    expect(ratioOf(en, "Civil servants")).toEqual([33.3, true, "Above the 20% rate"]);
  });
});

describe("a population over several rows", () => {
  // CB 1 HTXSNV, 1 HTTNV; VC 1 HTXSNV, 3 HTTNV: together 2 to 4, 50%.
  const list = [
    makePerson({ staffType: "CB", level: "HTXSNV" }),
    makePerson({ staffType: "CB", level: "HTTNV" }),
    makePerson({ staffType: "VC", level: "HTXSNV" }),
    ...people(3, { staffType: "VC", level: "HTTNV" }),
  ];

  it("under vienChucBasis nd90 viên chức join the cán bộ: each row informs, the first gives the joint ratio", () => {
    const sheet = staffSheet({ units: [unitOf(list)], vienChucBasis: "nd90" });
    expect(ratioOf(sheet, "Cán bộ")).toEqual([100, false, "Tỷ lệ tính chung (1+3): 50% (Vượt tỷ lệ 20%)"]);
    expect(ratioOf(sheet, "Viên chức")).toEqual([33.3, false, null]);
  });

  it("under nd233 each is checked on its own row", () => {
    const sheet = staffSheet({ units: [unitOf(list)] });
    expect(ratioOf(sheet, "Cán bộ")).toEqual([100, true, "Vượt tỷ lệ 20%"]);
    expect(ratioOf(sheet, "Viên chức")).toEqual([33.3, true, "Vượt tỷ lệ 20%"]);
  });

  it("staff of unknown type count with the cán bộ", () => {
    const withUnknown = [
      makePerson({ staffType: "CB", level: "HTTNV" }),
      ...people(4, { level: "HTTNV" }),
      makePerson({ level: "HTXSNV" }),
    ];
    const sheet = staffSheet({ units: [unitOf(withUnknown)], lang: "en" });
    // 1 to 5: 20%, at the rate.
    expect(ratioOf(sheet, "Cadres")).toEqual([0, false, "Ratio counted together (1+4): 20%"]);
    expect(ratioOf(sheet, "Staff type not given")).toEqual([25, false, null]);
  });
});

describe("the unit's quota scopes over their quota, noted on their population's row", () => {
  const over = (r: Partial<QuotaResult>): QuotaResult => ({
    scope: "agency",
    key: "agency",
    base: 6,
    baseKind: "good",
    rate: 0.2,
    excellent: 2,
    allowed: 1,
    excess: 1,
    people: [],
    ...r,
  });
  const quota = [
    over({ population: "CC" }),
    over({ scope: "group", key: "Chuyên viên", population: "CC" }),
    over({ scope: "group", key: "Sở Nội vụ · CC · lãnh đạo", population: "CC", derived: true }),
    over({ population: "VC", excess: 2 }),
    over({ scope: "party", key: "Chi bộ 1" }),
  ];
  const sheet = staffSheet({ units: [{ ...singleUnitInput().units[0]!, quota }] });

  it("công chức scopes on the công chức row, viên chức scopes on the viên chức row; no derived group", () => {
    expect(ratioOf(sheet, "Công chức")[2]).toBe(
      "Vượt tỷ lệ 20%; Vượt chỉ tiêu HTXSNV: toàn đơn vị vượt 1, nhóm «Chuyên viên» vượt 1",
    );
    expect(ratioOf(sheet, "Viên chức")[2]).toBe("Vượt chỉ tiêu HTXSNV: toàn đơn vị vượt 2");
    expect(ratioOf(sheet, "Tổng cộng (1+2+3)")[2]).toBeNull();
  });

  it("a population without a row of its own is named on the total: viên chức under nd90", () => {
    const nd90 = staffSheet({ units: [{ ...singleUnitInput().units[0]!, quota }], vienChucBasis: "nd90" });
    expect(ratioOf(nd90, "Tổng cộng (1+2+3)")[2]).toBe(
      "Vượt chỉ tiêu HTXSNV: toàn đơn vị · viên chức vượt 2",
    );
  });
});

describe("the ratio cell: a percentage number under a (%) header", () => {
  it("7 HTXSNV to 2 HTTNV is the number 350 shown with one decimal, as the % columns are", () => {
    const sheet = staffSheet({
      units: [
        unitOf([
          ...people(7, { staffType: "CC", level: "HTXSNV" }),
          ...people(2, { staffType: "CC", level: "HTTNV" }),
        ]),
      ],
    });
    const [row] = rowsLabelled(sheet, "Công chức");
    expect(cellAt(sheet, row!, RATIO)).toMatchObject({ value: 350, numFmt: "0.0" });
    expect(cellAt(sheet, row!, 7)).toMatchObject({ value: 77.8, numFmt: "0.0" });
    expect(cellAt(sheet, sheet.printTitleRows![0], RATIO)!.value).toBe("Tỷ lệ HTXSNV / HTTNV (%)");
  });
});
