/**
 * The same people under rule sets whose rules differ (RULES.md §2, §4): what a ceiling is depends on
 * the evaluation year. No quota scope: the rules' caps alone.
 */
import { describe, expect, it } from "vitest";
import { settingsSchema } from "../../shared/settings.js";
import { suggestSheets } from "../../shared/suggest/index.js";
import {
  EXCELLENT,
  NO_QUOTA,
  PARTY,
  PARTY_COLUMNS,
  sheet,
  STAFF_COLUMNS,
  suggest,
  type Row,
} from "./roster.js";

const inYear = (year: number, row: Row, columns = STAFF_COLUMNS) =>
  suggest([sheet(columns, [{ name: "Nguyễn Văn An", ...row }])], { year, ...NO_QUOTA })[0]!;

describe("discipline.fail: ND90 as issued (2020) against ND48 (2023 on)", () => {
  const columns = [...STAFF_COLUMNS, "dutyRelated"] as const;
  const offDuty = (year: number) => ({
    ...EXCELLENT,
    discipline: "Khiển trách",
    disciplineDate: `10/03/${year}`,
    dutyRelated: "Không",
  });

  it("conduct outside duties does not cap in 2021 (rule set 2020), forces KHTNV in 2024 (2023)", () => {
    expect(inYear(2021, offDuty(2021), columns).level).toBe("HTXSNV");
    expect(inYear(2024, offDuty(2024), columns)).toMatchObject({ level: "KHTNV", certain: true });
  });

  it("in 2021, a roster that does not say is read as duty-related, and the assumption makes it uncertain", () => {
    const s = inYear(2021, { ...offDuty(2021), dutyRelated: null }, columns);
    expect([s.level, s.certain]).toEqual(["KHTNV", false]);
    expect(s.reasons.map((r) => [r.ruleId, r.field])).toEqual([
      ["discipline.fail", "level"],
      ["discipline.fail", "level"],
    ]);
    expect(s.reasons[1]!.vi).toContain("đã coi là vi phạm trong thực thi nhiệm vụ");
    expect(s.reasons[0]!.source).toBe("Điều 11, Điều 15 Nghị định 90/2020/NĐ-CP");
  });
});

describe("score.band: binding for công chức from 2026 (ND335)", () => {
  const scored = [...STAFF_COLUMNS, "score"] as const;

  it("75 points: HTXSNV in 2024, HTTNV in 2026", () => {
    expect(inYear(2024, { ...EXCELLENT, score: 75 }, scored)).toMatchObject({
      level: "HTXSNV",
      certain: true,
    });
    expect(inYear(2026, { ...EXCELLENT, score: 75 }, scored)).toMatchObject({
      level: "HTTNV",
      certain: true,
    });
  });

  it("no score column: certain in 2024, where no band binds; not certain in 2026", () => {
    expect(inYear(2024, EXCELLENT).certain).toBe(true);
    const s = inYear(2026, EXCELLENT);
    expect([s.level, s.certain]).toEqual(["HTXSNV", false]);
    expect(s.reasons).toEqual([expect.objectContaining({ ruleId: "score.band" })]);
    expect(s.reasons[0]!.vi).toContain('không có cột "Điểm"');
  });
});

describe("party.discipline-fail: a self-discovered and remedied violation is exempt from QĐ124 (2023) on", () => {
  // A người lao động who is a Party member: no state rule holds the staff level, so the Party
  // level shows the Party rule alone.
  const columns = [...PARTY_COLUMNS, "remedied"] as const;
  const remedied = (year: number): Row => ({
    ...EXCELLENT,
    ...PARTY,
    type: "NLĐ",
    discipline: "Khiển trách",
    disciplineDate: `05/05/${year}`,
    remedied: "x",
  });

  it("KHTNV in 2021 (HD21), HTXSNV in 2024", () => {
    const in2021 = inYear(2021, remedied(2021), columns);
    expect([in2021.level, in2021.partyLevel]).toEqual([undefined, "KHTNV"]);
    expect(in2021.reasons.map((r) => r.ruleId)).toContain("party.discipline-fail");
    expect(inYear(2024, remedied(2024), columns).partyLevel).toBe("HTXSNV");
  });
});

describe("the year from the roster's title, as the check reads it", () => {
  it("a 2026 roster with no year set is suggested under rule set 2026", () => {
    const rows = [
      ["DANH SÁCH ĐỀ NGHỊ XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC, VIÊN CHỨC NĂM 2026"],
      ["Họ và tên", "Đối tượng", "Số tháng nghỉ", "Hình thức kỷ luật", "Điểm", "Kết quả xếp loại"],
      ["Nguyễn Văn An", "CC", null, null, 75, "HTXSNV"],
    ];
    const settings = settingsSchema.parse(NO_QUOTA);
    const [s] = suggestSheets([{ name: "Danh sách", rows }], settings, { fallbackYear: 2024 });
    expect(s).toMatchObject({ row: 3, person: "Nguyễn Văn An", level: "HTTNV" });
    expect(s!.reasons[0]).toMatchObject({ ruleId: "score.band" });
  });
});
