import { describe, expect, it } from "vitest";
import { ruleSetsOf } from "../../shared/rules/index.js";
import { excludedRule, newMemberRule, sickCapRule } from "../../shared/rules/partyEligibility.js";
import type { Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";

// Columns: A name, B type, C final level, D admission date, E Party status, F sick months, G Party level.
const sheet = makeSheet([
  "fullName",
  "staffType",
  "finalLevel",
  "partyJoinDate",
  "partyStatus",
  "partySickMonths",
  "partyLevel",
]);
const member = (values: Partial<Person>) =>
  makePerson({ staffType: "CC", level: "HTTNV", isPartyMember: true, ...values }, sheet);

describe("party.new-member", () => {
  it("fires when admitted less than 6 months before the assessment date (15/12 by default)", () => {
    const p = member({ partyJoinDate: "2026-06-16", partyLevel: "HTTNV" });
    const [f, ...rest] = runRule(newMemberRule, [p], { year: 2026 });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "party.new-member",
      severity: "error",
      row: p.row,
      column: "G",
      source: "Hướng dẫn 21-HD/BTCTW, mục II.6",
    });
    expect(f!.message).toBe(
      "Vào Đảng ngày 16/06/2026, chưa đủ 6 tháng tính đến ngày đánh giá 15/12/2026 (vẫn phải kiểm điểm): đảng viên phải để Không xếp loại (KXL), đang ghi HTTNV",
    );
  });

  it("in English", () => {
    const [f] = runRule(newMemberRule, [member({ partyJoinDate: "2026-10-01", partyLevel: "HTNV" })], {
      lang: "en",
    });
    expect(f!.message).toBe(
      "Admitted to the Party on 01/10/2026, under 6 months before the assessment date 15/12/2026 (still takes part in the review): the Party level must be left Not rated, but Complete is given",
    );
  });

  it("is silent at exactly 6 months", () => {
    expect(runRule(newMemberRule, [member({ partyJoinDate: "2026-06-15", partyLevel: "HTTNV" })])).toEqual(
      [],
    );
  });

  it("follows an assessment date given in the settings", () => {
    const p = member({ partyJoinDate: "2026-06-02", partyLevel: "HTTNV" });
    expect(runRule(newMemberRule, [p], { settings: { assessmentDate: "2026-12-01" } })).toHaveLength(1);
    expect(runRule(newMemberRule, [p], { settings: { assessmentDate: "2026-12-02" } })).toEqual([]);
  });

  it("counts calendar months: 31 August + 6 months is the end of February", () => {
    const settings = { assessmentDate: "2027-02-28" };
    const endOfAugust = member({ partyJoinDate: "2026-08-31", partyLevel: "HTTNV" });
    const firstOfSeptember = member({ partyJoinDate: "2026-09-01", partyLevel: "HTTNV" });
    const findings = runRule(newMemberRule, [endOfAugust, firstOfSeptember], { year: 2027, settings });
    expect(findings.map((f) => f.row)).toEqual([firstOfSeptember.row]);
  });

  it("is silent when the Party level is not rated, and applies to người lao động too", () => {
    const kxl = member({ partyJoinDate: "2026-10-01", partyLevel: "KXL" });
    const none = member({ partyJoinDate: "2026-10-01" });
    const nld = member({ staffType: "NLD", partyJoinDate: "2026-10-01", partyLevel: "HTNV" });
    expect(runRule(newMemberRule, [kxl, none, nld]).map((f) => f.row)).toEqual([nld.row]);
  });

  it("applies under every rule set", () => {
    expect(ruleSetsOf(newMemberRule)).toEqual(["2020", "2023", "2025", "2026"]);
    expect(
      runRule(newMemberRule, [member({ partyJoinDate: "2021-09-01", partyLevel: "HTNV" })], { year: 2021 }),
    ).toHaveLength(1);
  });
});

describe("party.excluded", () => {
  it("fires for a member exempted from Party work given a Party level", () => {
    const p = member({ partyStatus: "exempt", partyLevel: "HTNV" });
    const [f] = runRule(excludedRule, [p]);
    expect(f).toMatchObject({ ruleId: "party.excluded", severity: "error", row: p.row, column: "G" });
    expect(f!.message).toBe(
      "Được miễn công tác và sinh hoạt đảng: đảng viên phải để Không xếp loại (KXL), đang ghi HTNV",
    );
  });

  it("fires for a suspended member, in English when asked", () => {
    const [f] = runRule(excludedRule, [member({ partyStatus: "suspended", partyLevel: "HTTNV" })], {
      lang: "en",
    });
    expect(f!.message).toBe(
      "Party member suspended from Party activities: the Party level must be left Not rated, but Good is given",
    );
  });

  it("is silent for active or temporary members and for KXL", () => {
    const people = [
      member({ partyStatus: "active", partyLevel: "HTNV" }),
      member({ partyStatus: "temporary", partyLevel: "HTNV" }),
      member({ partyStatus: "suspended", partyLevel: "KXL" }),
    ];
    expect(runRule(excludedRule, people)).toEqual([]);
  });
});

describe("party.sick-cap", () => {
  it("caps the Party level at HTNV after 3 months of sick leave", () => {
    const p = member({ partySickMonths: 3, partyLevel: "HTTNV" });
    const [f, ...rest] = runRule(sickCapRule, [p]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "party.sick-cap", severity: "error", row: p.row, column: "G" });
    expect(f!.message).toBe(
      "Đảng viên nghỉ ốm 3 tháng trong năm (từ 3 tháng trở lên): xếp loại đảng viên cao nhất là Hoàn thành nhiệm vụ (HTNV), đang ghi HTTNV",
    );
  });

  it("in English", () => {
    const [f] = runRule(sickCapRule, [member({ partySickMonths: 4, partyLevel: "HTXSNV" })], { lang: "en" });
    expect(f!.message).toBe(
      "Party member on sick leave for 4 months in the year (3 or more): the Party level can be at most Complete, but Excellent is given",
    );
  });

  it("is silent under 3 months and at HTNV or below", () => {
    const people = [
      member({ partySickMonths: 2, partyLevel: "HTXSNV" }),
      member({ partySickMonths: 5, partyLevel: "HTNV" }),
      member({ partySickMonths: 5, partyLevel: "KHTNV" }),
    ];
    expect(runRule(sickCapRule, people)).toEqual([]);
  });

  it("reads the staff leave columns when the roster has no Party sick-leave column and the leave is sick leave", () => {
    const staffLeave = makeSheet([
      "fullName",
      "staffType",
      "finalLevel",
      "leaveMonths",
      "leaveType",
      "partyLevel",
    ]);
    const sick = makePerson(
      {
        staffType: "CC",
        level: "HTTNV",
        isPartyMember: true,
        leaveMonths: 4,
        leaveType: "sick",
        partyLevel: "HTTNV",
      },
      staffLeave,
    );
    const unpaid = makePerson(
      {
        staffType: "CC",
        level: "HTTNV",
        isPartyMember: true,
        leaveMonths: 4,
        leaveType: "unpaid",
        partyLevel: "HTTNV",
      },
      staffLeave,
    );
    expect(runRule(sickCapRule, [sick, unpaid]).map((f) => [f.row, f.column])).toEqual([[sick.row, "F"]]);
  });

  it("is off when the setting partySickCap is off; on by default in every rule set", () => {
    const p = member({ partySickMonths: 3, partyLevel: "HTTNV" });
    expect(runRule(sickCapRule, [p], { settings: { partySickCap: false } })).toEqual([]);
    expect(ruleSetsOf(sickCapRule)).toEqual(["2020", "2023", "2025", "2026"]);
  });
});
