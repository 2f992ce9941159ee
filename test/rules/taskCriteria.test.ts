import { describe, expect, it } from "vitest";
import { ruleSetsOf } from "../../shared/rules/index.js";
import {
  completeCriteriaRule,
  excellentCriteriaRule,
  goodCriteriaRule,
} from "../../shared/rules/taskCriteria.js";
import type { Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";

// Columns: A name, B type, C % completed, D % exceeded, E % on time, F % criteria short, G final level, H Party level.
const sheet = makeSheet([
  "fullName",
  "staffType",
  "tasksCompletedPct",
  "tasksExceededPct",
  "tasksOnTimePct",
  "criteriaShortPct",
  "finalLevel",
  "partyLevel",
]);
const person = (values: Partial<Person>) => makePerson({ staffType: "CB", ...values }, sheet);

describe("criteria.excellent", () => {
  it("is silent with 100% completed, 100% on time and exactly 50% exceeded", () => {
    const p = person({ level: "HTXSNV", tasksCompletedPct: 100, tasksOnTimePct: 100, tasksExceededPct: 50 });
    expect(runRule(excellentCriteriaRule, [p])).toEqual([]);
  });

  it("fires at 49% exceeded, on the level's column", () => {
    const p = person({ level: "HTXSNV", tasksCompletedPct: 100, tasksExceededPct: 49 });
    const [f, ...rest] = runRule(excellentCriteriaRule, [p]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "criteria.excellent", severity: "error", row: p.row, column: "G" });
    expect(f!.message).toBe(
      "Xếp loại Hoàn thành xuất sắc nhiệm vụ (HTXSNV) cần ít nhất 50% nhiệm vụ hoàn thành vượt mức (đang ghi 49%)",
    );
  });

  it("lists every criterion missed, in English when asked", () => {
    const p = person({ level: "HTXSNV", tasksCompletedPct: 95.5, tasksOnTimePct: 90, tasksExceededPct: 20 });
    const [vi] = runRule(excellentCriteriaRule, [p]);
    expect(vi!.message).toBe(
      "Xếp loại Hoàn thành xuất sắc nhiệm vụ (HTXSNV) cần 100% nhiệm vụ hoàn thành (đang ghi 95,5%); 100% nhiệm vụ đúng tiến độ (đang ghi 90%); ít nhất 50% nhiệm vụ hoàn thành vượt mức (đang ghi 20%)",
    );
    const [en] = runRule(excellentCriteriaRule, [p], { lang: "en" });
    expect(en!.message).toBe(
      "Level Excellent needs 100% of tasks completed (95.5% given); 100% of tasks on time (90% given); at least 50% of tasks exceeded (20% given)",
    );
  });

  it("checks only the columns the row has", () => {
    expect(runRule(excellentCriteriaRule, [person({ level: "HTXSNV", tasksOnTimePct: 100 })])).toEqual([]);
  });

  it("is silent below HTXSNV and for người lao động", () => {
    const people = [
      person({ level: "HTTNV", tasksExceededPct: 0 }),
      person({ staffType: "NLD", level: "HTXSNV", tasksExceededPct: 0 }),
    ];
    expect(runRule(excellentCriteriaRule, people)).toEqual([]);
  });

  it("needs 30% exceeded for a Party HTXSNV under 2025 and 2026 (QĐ366)", () => {
    for (const year of [2025, 2026]) {
      const under = person({
        isPartyMember: true,
        level: "HTTNV",
        partyLevel: "HTXSNV",
        tasksExceededPct: 29,
      });
      const at = person({ isPartyMember: true, level: "HTTNV", partyLevel: "HTXSNV", tasksExceededPct: 30 });
      const findings = runRule(excellentCriteriaRule, [under, at], { year });
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ row: under.row, column: "H", severity: "error" });
      expect(findings[0]!.message).toBe(
        `Xếp loại đảng viên Hoàn thành xuất sắc nhiệm vụ (HTXSNV) cần ít nhất 30% nhiệm vụ hoàn thành vượt mức (đang ghi 29%) (Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW)`,
      );
    }
  });

  it("has no Party threshold before 2025", () => {
    const p = person({ isPartyMember: true, level: "HTTNV", partyLevel: "HTXSNV", tasksExceededPct: 10 });
    expect(runRule(excellentCriteriaRule, [p], { year: 2023 })).toEqual([]);
  });

  it("checks the staff level and the Party level apart", () => {
    const p = person({ isPartyMember: true, level: "HTXSNV", partyLevel: "HTXSNV", tasksExceededPct: 40 });
    const findings = runRule(excellentCriteriaRule, [p], { year: 2026 });
    expect(findings.map((f) => f.column)).toEqual(["G"]);
  });

  it("applies under every rule set", () => {
    expect(ruleSetsOf(excellentCriteriaRule)).toEqual(["2020", "2023", "2025", "2026"]);
  });
});

describe("criteria.good", () => {
  it("is silent with 100% completed on time", () => {
    const p = person({ level: "HTTNV", tasksCompletedPct: 100, tasksOnTimePct: 100 });
    expect(runRule(goodCriteriaRule, [p])).toEqual([]);
  });

  it("fires at 99% on time", () => {
    const p = person({ level: "HTTNV", tasksCompletedPct: 100, tasksOnTimePct: 99 });
    const [f] = runRule(goodCriteriaRule, [p]);
    expect(f).toMatchObject({ ruleId: "criteria.good", severity: "error", row: p.row, column: "G" });
    expect(f!.message).toBe(
      "Xếp loại Hoàn thành tốt nhiệm vụ (HTTNV) cần 100% nhiệm vụ đúng tiến độ (đang ghi 99%)",
    );
    const [en] = runRule(goodCriteriaRule, [p], { lang: "en" });
    expect(en!.message).toBe("Level Good needs 100% of tasks on time (99% given)");
  });

  it("fires at 90% completed", () => {
    expect(runRule(goodCriteriaRule, [person({ level: "HTTNV", tasksCompletedPct: 90 })])).toHaveLength(1);
  });

  it("is silent at other levels and for người lao động", () => {
    const people = [
      person({ level: "HTNV", tasksOnTimePct: 50 }),
      person({ staffType: "NLD", level: "HTTNV", tasksOnTimePct: 50 }),
    ];
    expect(runRule(goodCriteriaRule, people)).toEqual([]);
  });
});

describe("criteria.complete", () => {
  it("allows exactly 20% of criteria short at HTNV", () => {
    expect(runRule(completeCriteriaRule, [person({ level: "HTNV", criteriaShortPct: 20 })])).toEqual([]);
  });

  it("fires at 21% short with HTNV or above", () => {
    const p = person({ level: "HTNV", criteriaShortPct: 21 });
    const [f] = runRule(completeCriteriaRule, [p, person({ level: "HTTNV", criteriaShortPct: 21 })]);
    expect(f).toMatchObject({ ruleId: "criteria.complete", severity: "error", row: p.row, column: "G" });
    expect(f!.message).toBe(
      "Có 21% tiêu chí chưa đạt: từ Hoàn thành nhiệm vụ (HTNV) trở lên chỉ cho phép tối đa 20%, đang ghi HTNV",
    );
    expect(runRule(completeCriteriaRule, [person({ level: "HTTNV", criteriaShortPct: 21 })])).toHaveLength(1);
  });

  it("says more than 50% short forces KHTNV", () => {
    const p = person({ level: "HTNV", criteriaShortPct: 51 });
    const [f] = runRule(completeCriteriaRule, [p]);
    expect(f!.message).toBe(
      "Có 51% tiêu chí chưa đạt (trên 50%): phải xếp loại Không hoàn thành nhiệm vụ (KHTNV), đang ghi HTNV",
    );
    const [en] = runRule(completeCriteriaRule, [p], { lang: "en" });
    expect(en!.message).toBe(
      "51% of criteria fall short (over 50%): must be rated Not complete, but Complete is given",
    );
  });

  it("at exactly 50% gives the 20% message, not the forced KHTNV", () => {
    const [f] = runRule(completeCriteriaRule, [person({ level: "HTNV", criteriaShortPct: 50 })]);
    expect(f!.message).toContain("tối đa 20%");
  });

  it("is silent at KHTNV, KXL and for người lao động", () => {
    const people = [
      person({ level: "KHTNV", criteriaShortPct: 80 }),
      person({ level: "KXL", criteriaShortPct: 80 }),
      person({ staffType: "NLD", level: "HTNV", criteriaShortPct: 80 }),
    ];
    expect(runRule(completeCriteriaRule, people)).toEqual([]);
  });
});
