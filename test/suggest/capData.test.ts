/**
 * Caps as data on raw findings: every rule that says a level "must be X" or "can be at most X" (or
 * that a level's criteria are not met, leaving the level below) carries the level it allows; what
 * the check returns to users is unchanged, without the cap.
 */
import { describe, expect, it } from "vitest";
import { checkSheets } from "../../shared/check.js";
import { collectiveDistributionRule } from "../../shared/rules/collectiveDistribution.js";
import { disciplineRule } from "../../shared/rules/discipline.js";
import { leaveCapRule, maternityRule } from "../../shared/rules/eligibility.js";
import { partyAboveStaffRule } from "../../shared/rules/partyAboveStaff.js";
import { scoreBandRule } from "../../shared/rules/scoreBands.js";
import { completeCriteriaRule, excellentCriteriaRule } from "../../shared/rules/taskCriteria.js";
import { settingsSchema } from "../../shared/settings.js";
import { makePerson } from "../helpers/person.js";
import { runRuleRaw } from "../helpers/runRule.js";

describe("the cap a finding carries", () => {
  it("discipline: must be KHTNV, with the reason apart from the level given", () => {
    const p = makePerson({
      staffType: "CC",
      level: "HTTNV",
      disciplineForm: "warning",
      disciplineDate: "2026-04-01",
    });
    const [f] = runRuleRaw(disciplineRule, [p]);
    expect(f!.cap).toEqual({
      field: "level",
      level: "KHTNV",
      reason: {
        vi: "Bị kỷ luật cảnh cáo (hiệu lực ngày 01/04/2026) trong năm đánh giá",
        en: "Disciplined (warning, effective 01/04/2026) in the evaluation year",
      },
    });
  });

  it("leave of 3 to 6 months: at most HTNV", () => {
    const p = makePerson({ staffType: "CB", level: "HTXSNV", leaveMonths: 5, leaveType: "unpaid" });
    expect(runRuleRaw(leaveCapRule, [p])[0]!.cap).toMatchObject({ field: "level", level: "HTNV" });
  });

  it("criteria not met for HTXSNV leave HTTNV; over 20% of criteria short (not 50%) leave KHTNV", () => {
    const high = makePerson({ staffType: "CB", level: "HTXSNV", tasksExceededPct: 40 });
    expect(runRuleRaw(excellentCriteriaRule, [high])[0]!.cap).toMatchObject({
      field: "level",
      level: "HTTNV",
    });
    const short = makePerson({ staffType: "CB", level: "HTNV", criteriaShortPct: 25 });
    expect(runRuleRaw(completeCriteriaRule, [short])[0]!.cap).toMatchObject({
      field: "level",
      level: "KHTNV",
    });
  });

  it("a Party HTXSNV above a staff HTTNV: the Party level at most HTTNV", () => {
    const p = makePerson({ staffType: "CC", level: "HTTNV", isPartyMember: true, partyLevel: "HTXSNV" });
    expect(runRuleRaw(partyAboveStaffRule, [p])[0]!.cap).toEqual({
      field: "partyLevel",
      level: "HTTNV",
      reason: { vi: "Xếp loại công chức là HTTNV", en: "The level as a civil servant is Good" },
    });
  });

  it("a local score band is a cap too, its note kept in the reason", () => {
    const p = makePerson({ staffType: "VC", level: "HTXSNV", score: 80 });
    const [f] = runRuleRaw(scoreBandRule, [p], { year: 2024, settings: { scoreBands: true } });
    expect(f!.cap).toMatchObject({ field: "level", level: "HTTNV" });
    expect(f!.cap!.reason.vi).toContain("khung điểm theo hướng dẫn địa phương");
  });

  it("no cap where nothing bounds a person: the maternity note, a Party cell's rating", () => {
    const mother = makePerson({ staffType: "VC", level: "HTXSNV", leaveMonths: 6, leaveType: "maternity" });
    expect(runRuleRaw(maternityRule, [mother])[0]).not.toHaveProperty("cap");
    const members = ["KHTNV", "KHTNV", "HTNV"].map((level) =>
      makePerson({ isPartyMember: true, partyCell: "Chi bộ 1", partyLevel: level as "KHTNV" | "HTNV" }),
    );
    const [f] = runRuleRaw(collectiveDistributionRule, members, {
      year: 2021,
      collectives: [{ name: "Chi bộ 1", type: "party-cell", level: "HTTNV" }],
    });
    expect(f!.ruleId).toBe("collective.distribution");
    expect(f).not.toHaveProperty("cap");
  });
});

describe("what the check returns", () => {
  it("findings carry no cap", () => {
    const rows = [
      ["Họ và tên", "Đối tượng", "Hình thức kỷ luật", "Kết quả xếp loại"],
      ["Nguyễn Văn An", "CC", "Khiển trách", "HTTNV"],
    ];
    const result = checkSheets([{ name: "Danh sách", rows }], settingsSchema.parse({ year: 2024 }), {
      fallbackYear: 2024,
    });
    const discipline = result.findings.find((f) => f.ruleId === "discipline.fail")!;
    expect(discipline.message).toContain("phải xếp loại Không hoàn thành nhiệm vụ (KHTNV), đang ghi HTTNV");
    for (const f of result.findings) expect(f).not.toHaveProperty("cap");
  });
});
