import { describe, expect, it } from "vitest";
import { buildReport, dateLine, type Merge, type ReportModel } from "../../shared/report/index.js";
import { summarizeUnit } from "../../shared/summary/index.js";
import { rowsLabelled, singleUnitInput, unitPeople } from "./fixtures.js";
import { PersonTable } from "../../shared/roster/personTable.js";

const summary = summarizeUnit(PersonTable.fromPeople(unitPeople()), { assessmentDate: "2026-12-15" });
const models: [string, ReportModel][] = [
  ["one unit", buildReport(singleUnitInput())],
  [
    "three units, in English",
    buildReport(
      singleUnitInput({
        lang: "en",
        agency: { name: "Department of Home Affairs", place: "Hà Nội" },
        units: ["A", "B", "C"].map((name) => ({ name, summary, status: { state: "on-time" as const } })),
      }),
    ),
  ],
  ["no units", buildReport(singleUnitInput({ units: [] }))],
];

const overlap = (a: Merge, b: Merge) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

describe.each(models)("report structure: %s", (_, model) => {
  it("has three sheets with A4 landscape, fitted to the page width", () => {
    expect(model.sheets).toHaveLength(3);
    for (const sheet of model.sheets) {
      expect(sheet.pageSetup).toEqual({ paperSize: "A4", orientation: "landscape", fitToWidth: true });
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).not.toMatch(/[:\\/?*[\]]/);
    }
  });

  it("repeats the table header on each printed page of tables A and B", () => {
    for (const sheet of model.sheets.slice(0, 2)) {
      const [from, to] = sheet.printTitleRows!;
      expect(to).toBe(from + 1);
      expect(sheet.cells.find((c) => c.row === from && c.col === 1)!.value).toMatch(/^(STT|No\.)$/);
    }
  });

  it("has no overlapping merges, no merge of one cell, and no value hidden under a merge", () => {
    for (const sheet of model.sheets) {
      sheet.merges.forEach((a, i) => {
        expect(a.bottom >= a.top && a.right >= a.left).toBe(true);
        expect(a.bottom > a.top || a.right > a.left).toBe(true);
        expect(a.right).toBeLessThanOrEqual(sheet.columns.length);
        for (const b of sheet.merges.slice(i + 1))
          expect(overlap(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false);
      });
      for (const c of sheet.cells) {
        const under = sheet.merges.find(
          (m) =>
            c.row >= m.top &&
            c.row <= m.bottom &&
            c.col >= m.left &&
            c.col <= m.right &&
            (c.row > m.top || c.col > m.left),
        );
        if (under) expect(c.value).toBeNull();
      }
    }
  });

  it("sets every cell in Times New Roman with a style the sheet defines", () => {
    for (const sheet of model.sheets) {
      for (const c of sheet.cells) expect(sheet.styles[c.style]?.font.name).toBe("Times New Roman");
      expect(sheet.cells.every((c) => c.col >= 1 && c.col <= sheet.columns.length && c.row >= 1)).toBe(true);
    }
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});

describe("English report", () => {
  const model = models[1]![1];
  it("uses English sheet names, headings and labels", () => {
    expect(model.sheets.map((s) => s.name)).toEqual(["A - Staff", "B - Party", "Lists"]);
    const a = model.sheets[0]!;
    const values = a.cells.map((c) => c.value);
    expect(values).toContain("SOCIALIST REPUBLIC OF VIET NAM");
    expect(values).toContain("SUMMARY TABLE");
    expect(values).toContain("Hà Nội, 5 December 2026");
    expect(values).toContain("DEPARTMENT OF HOME AFFAIRS");
    expect(values).toContain("Whole agency");
    expect(rowsLabelled(a, "Subtotal (1+2+3)")).toHaveLength(3);
    expect(rowsLabelled(a, "Total (1+2+3)")).toHaveLength(1);
    expect(rowsLabelled(a, "Civil servants")).toHaveLength(4);
    expect(values).toContain("Above the 20% rate");
  });
});

describe("dateLine (Nghị định 30/2020/NĐ-CP)", () => {
  it("pads days below 10 and the months January and February only", () => {
    expect(dateLine("2026-12-05", "Hà Nội", "vi")).toBe("Hà Nội, ngày 05 tháng 12 năm 2026");
    expect(dateLine("2026-03-09", "Sơn La", "vi")).toBe("Sơn La, ngày 09 tháng 3 năm 2026");
    expect(dateLine("2027-01-15", "Huế", "vi")).toBe("Huế, ngày 15 tháng 01 năm 2027");
    expect(dateLine("2027-02-28", undefined, "vi")).toBe("Ngày 28 tháng 02 năm 2027");
    expect(dateLine("2027-02-28", undefined, "en")).toBe("28 February 2027");
  });
});

describe("report: a unit that has not reported", () => {
  const model = buildReport(
    singleUnitInput({
      units: [
        {
          name: "Phòng A",
          summary,
          status: { state: "on-time", submittedAt: "2026-11-20", deadline: "2026-11-25" },
        },
        {
          name: "Phòng Chưa Gửi",
          summary: summarizeUnit(PersonTable.fromPeople([])),
          status: { state: "missing", deadline: "2026-11-25" },
        },
      ],
    }),
  );
  const texts = (i: number) => model.sheets[i]!.cells.map((c) => c.value);

  it("appears in the status list only, not as a block of zeros in tables A and B", () => {
    expect(texts(0)).not.toContain("Phòng Chưa Gửi");
    expect(texts(1)).not.toContain("Phòng Chưa Gửi");
    expect(texts(2)).toContain("Phòng Chưa Gửi");
  });
});
