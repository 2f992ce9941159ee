import { describe, expect, it } from "vitest";
import { leaveCapRule, maternityRule, shortServiceRule } from "../../shared/rules/eligibility.js";
import { ruleSetsOf } from "../../shared/rules/index.js";
import type { Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";

// Columns: A name, B type, C months worked, D months of leave, E leave type, F proposed, G final level.
const sheet = makeSheet([
  "fullName",
  "staffType",
  "monthsWorked",
  "leaveMonths",
  "leaveType",
  "proposedLevel",
  "finalLevel",
]);
const person = (values: Partial<Person>) => makePerson({ staffType: "CB", ...values }, sheet);

describe("elig.short-service", () => {
  it("fires on 5 months worked with a rated level: must be KXL, on the level's column", () => {
    const p = person({ monthsWorked: 5, level: "HTTNV" });
    const [f, ...rest] = runRule(shortServiceRule, [p]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "elig.short-service",
      severity: "error",
      sheet: "Danh sách",
      row: p.row,
      column: "G",
      person: "Nguyễn Văn A",
      source: "khoản 3 Điều 2 Nghị định 90/2020/NĐ-CP",
    });
    expect(f!.message).toBe(
      "Công tác 5 tháng trong năm (dưới 6 tháng): phải để Không xếp loại (KXL), đang ghi HTTNV",
    );
  });

  it("speaks English when asked", () => {
    const [f] = runRule(shortServiceRule, [person({ monthsWorked: 4, level: "HTNV" })], { lang: "en" });
    expect(f!.message).toBe(
      "Worked 4 months in the year (under 6): must be left Not rated, but Complete is given",
    );
  });

  it("writes months with a decimal comma in Vietnamese", () => {
    const [f] = runRule(shortServiceRule, [person({ monthsWorked: 5.5, level: "HTNV" })]);
    expect(f!.message).toContain("Công tác 5,5 tháng");
  });

  it("is silent at exactly 6 months worked", () => {
    expect(runRule(shortServiceRule, [person({ monthsWorked: 6, level: "HTTNV" })])).toEqual([]);
  });

  it("is silent when the row is already KXL, or has no readable level", () => {
    const kxl = person({ monthsWorked: 3, level: "KXL" });
    const unreadable = person({ monthsWorked: 3, levelUnreadable: true });
    expect(runRule(shortServiceRule, [kxl, unreadable])).toEqual([]);
  });

  it("fires on KHTNV too: any rated level other than KXL", () => {
    expect(runRule(shortServiceRule, [person({ monthsWorked: 2, level: "KHTNV" })])).toHaveLength(1);
  });

  it("fires on non-maternity leave of exactly 6 months, naming the leave", () => {
    const [f] = runRule(shortServiceRule, [person({ leaveMonths: 6, leaveType: "sick", level: "HTNV" })]);
    expect(f!.message).toBe(
      "Nghỉ ốm 6 tháng trong năm (từ 6 tháng trở lên, không phải nghỉ thai sản): phải để Không xếp loại (KXL), đang ghi HTNV",
    );
  });

  it("fires on 6 months of leave of unstated type", () => {
    expect(runRule(shortServiceRule, [person({ leaveMonths: 7, level: "HTNV" })])).toHaveLength(1);
  });

  it("is silent on 5 months of leave (that is the leave cap's case)", () => {
    expect(
      runRule(shortServiceRule, [person({ leaveMonths: 5, leaveType: "unpaid", level: "HTNV" })]),
    ).toEqual([]);
  });

  it("is silent when the time off was maternity leave, however long", () => {
    const long = person({ leaveMonths: 7, leaveType: "maternity", level: "HTTNV" });
    const fewMonths = person({ monthsWorked: 4, leaveType: "maternity", level: "HTTNV" });
    expect(runRule(shortServiceRule, [long, fewMonths])).toEqual([]);
  });

  it("skips người lao động, but checks rows of unknown staff type", () => {
    const nld = person({ staffType: "NLD", monthsWorked: 3, level: "HTTNV" });
    const unknown = person({ staffType: undefined, monthsWorked: 3, level: "HTTNV" });
    const findings = runRule(shortServiceRule, [nld, unknown]);
    expect(findings.map((f) => f.row)).toEqual([unknown.row]);
  });

  it("points at the column that gave the level under review", () => {
    const p = person({ monthsWorked: 3, proposedLevel: "HTNV", level: "HTNV", levelField: "proposedLevel" });
    expect(runRule(shortServiceRule, [p])[0]!.column).toBe("F");
  });

  it("fires the same way under every rule set", () => {
    expect(ruleSetsOf(shortServiceRule)).toEqual(["2020", "2023", "2025", "2026"]);
    for (const year of [2021, 2023, 2025, 2026])
      expect(runRule(shortServiceRule, [person({ monthsWorked: 5, level: "HTNV" })], { year })).toHaveLength(
        1,
      );
  });
});

describe("elig.leave-cap", () => {
  it("caps non-maternity leave of exactly 3 months at HTNV", () => {
    const p = person({ leaveMonths: 3, leaveType: "sick", level: "HTTNV" });
    const [f, ...rest] = runRule(leaveCapRule, [p]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "elig.leave-cap", severity: "error", row: p.row, column: "G" });
    expect(f!.message).toBe(
      "Nghỉ ốm 3 tháng trong năm (từ 3 đến dưới 6 tháng, không phải nghỉ thai sản): xếp loại cao nhất là Hoàn thành nhiệm vụ (HTNV), đang ghi HTTNV",
    );
  });

  it("says so in English", () => {
    const [f] = runRule(leaveCapRule, [person({ leaveMonths: 5, leaveType: "unpaid", level: "HTXSNV" })], {
      lang: "en",
    });
    expect(f!.message).toBe(
      "Unpaid leave of 5 months in the year (3 to under 6, not maternity leave): the level can be at most Complete, but Excellent is given",
    );
  });

  it("is silent under 3 months and from 6 months (short service takes over)", () => {
    const under = person({ leaveMonths: 2.9, leaveType: "sick", level: "HTXSNV" });
    const six = person({ leaveMonths: 6, leaveType: "sick", level: "HTXSNV" });
    expect(runRule(leaveCapRule, [under, six])).toEqual([]);
  });

  it("allows HTNV and below", () => {
    const ok = [person({ leaveMonths: 4, level: "HTNV" }), person({ leaveMonths: 4, level: "KHTNV" })];
    expect(runRule(leaveCapRule, ok)).toEqual([]);
  });

  it("does not cap maternity leave, nor người lao động", () => {
    const maternity = person({ leaveMonths: 4, leaveType: "maternity", level: "HTXSNV" });
    const nld = person({ staffType: "NLD", leaveMonths: 4, leaveType: "sick", level: "HTXSNV" });
    expect(runRule(leaveCapRule, [maternity, nld])).toEqual([]);
  });

  it("applies under every rule set", () => {
    expect(ruleSetsOf(leaveCapRule)).toEqual(["2020", "2023", "2025", "2026"]);
  });
});

describe("elig.maternity", () => {
  it("says (info) that maternity leave is rated on the time worked, on the leave type's column", () => {
    const p = person({ leaveMonths: 5, leaveType: "maternity", level: "HTTNV" });
    const [f, ...rest] = runRule(maternityRule, [p]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "elig.maternity", severity: "info", row: p.row, column: "E" });
    expect(f!.message).toBe(
      "Nghỉ thai sản 5 tháng: xếp loại theo thời gian làm việc thực tế trong năm, không bị giới hạn mức (đang ghi HTTNV); không cần sửa",
    );
    expect(f!.source).toBe("khoản 3 Điều 2 Nghị định 90/2020/NĐ-CP; Hướng dẫn 21-HD/BTCTW");
  });

  it("in English", () => {
    const [f] = runRule(maternityRule, [person({ leaveType: "maternity", level: "HTXSNV" })], { lang: "en" });
    expect(f!.message).toBe(
      "Maternity leave: rated on the time actually worked in the year, with no cap (Excellent given); nothing to fix",
    );
  });

  it("is silent for other leave, unrated rows and người lao động", () => {
    const people = [
      person({ leaveMonths: 5, leaveType: "sick", level: "HTTNV" }),
      person({ leaveType: "maternity", level: "KXL" }),
      person({ staffType: "NLD", leaveType: "maternity", level: "HTTNV" }),
    ];
    expect(runRule(maternityRule, people)).toEqual([]);
  });
});
