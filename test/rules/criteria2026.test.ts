/**
 * RULES.md §9: ND90's task criteria are not run on the staff level of score-rated rows (one info
 * per sheet says so), the QĐ366 criteria apply to the Party level, and the local overlay
 * quarter.excellent-blocked.
 */
import { describe, expect, it } from "vitest";
import { checkSheets } from "../../shared/check.js";
import { leaderTargetsRule } from "../../shared/rules/leaderCriteria.js";
import { quarterCapRule } from "../../shared/rules/quarterCap.js";
import { scoreRatedCriteriaRule } from "../../shared/rules/scoreRatedCriteria.js";
import { excellentCriteriaRule, goodCriteriaRule } from "../../shared/rules/taskCriteria.js";
import type { Person } from "../../shared/roster/person.js";
import { settingsSchema } from "../../shared/settings.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { periodSheet, periodValues } from "../helpers/periods.js";
import { runRule } from "../helpers/runRule.js";

// A name, B type, C leader, D score, E completed %, F exceeded %, G on time %, H remedied,
// I unit targets %, J final level, K Party level.
const sheet = makeSheet([
  "fullName",
  "staffType",
  "isLeader",
  "score",
  "tasksCompletedPct",
  "tasksExceededPct",
  "tasksOnTimePct",
  "shortcomingsRemedied",
  "unitTargetsPct",
  "finalLevel",
  "partyLevel",
]);
const cc = (values: Partial<Person>) => makePerson({ staffType: "CC", ...values }, sheet);

describe("ND90's criteria and score-rated rows", () => {
  it("a công chức with 95 points and HTXSNV is not held to 50% of tasks exceeded in 2026", () => {
    const p = cc({ score: 95, level: "HTXSNV", tasksCompletedPct: 100, tasksExceededPct: 20 });
    expect(runRule(excellentCriteriaRule, [p])).toEqual([]);
    // A cán bộ still is, and a công chức was in 2025.
    expect(runRule(excellentCriteriaRule, [{ ...p, staffType: "CB" }])).toHaveLength(1);
    expect(runRule(excellentCriteriaRule, [p], { year: 2025 })).toHaveLength(1);
  });

  it("leader criteria neither", () => {
    const leader = cc({ isLeader: true, level: "HTXSNV", score: 93, unitTargetsPct: 90 });
    expect(runRule(leaderTargetsRule, [leader])).toEqual([]);
    expect(runRule(leaderTargetsRule, [{ ...leader, staffType: "CB" }])).toHaveLength(1);
  });

  it("one info per sheet that has score-rated rows and criteria columns, counting them", () => {
    const people = [cc({ level: "HTTNV" }), cc({ level: "HTNV" }), cc({ staffType: "CB", level: "HTTNV" })];
    const findings = runRule(scoreRatedCriteriaRule, people);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "input.column-missing",
      severity: "info",
      sheet: "Danh sách",
    });
    expect(findings[0]!.message).toContain("của 2 công chức, viên chức xếp loại theo điểm");
    const noCriteria = makeSheet(["fullName", "staffType", "finalLevel"], "Khác");
    expect(
      runRule(scoreRatedCriteriaRule, [makePerson({ staffType: "CC", level: "HTTNV" }, noCriteria)]),
    ).toEqual([]);
  });

  it("the check of a whole roster: the info once, no criteria error on the score-rated row", () => {
    const rows = [
      ["Họ và tên", "Đối tượng", "Điểm", "% vượt mức", "Xếp loại"],
      ["Lê Văn Một", "CC", 95, 10, "HTXSNV"],
      ["Lê Văn Hai", "CC", 92, 20, "HTXSNV"],
    ];
    const result = checkSheets([{ name: "DS", rows }], settingsSchema.parse({ year: 2026 }), {
      fallbackYear: 2026,
    });
    expect(result.findings.filter((f) => f.ruleId.startsWith("criteria."))).toEqual([]);
    const notes = result.findings.filter(
      (f) => f.ruleId === "input.column-missing" && f.message.startsWith("Không kiểm tra tiêu chí nhiệm vụ"),
    );
    expect(notes).toHaveLength(1);
  });
});

describe("the Party level under QĐ366 (2025, 2026)", () => {
  const member = (values: Partial<Person>) =>
    cc({ isPartyMember: true, level: "HTXSNV", score: 95, partyLevel: "HTXSNV", ...values });

  it("HTXSNV needs 100% of tasks completed on time, 30% exceeded and shortcomings remedied", () => {
    const p = member({ tasksCompletedPct: 100, tasksOnTimePct: 95, tasksExceededPct: 35 });
    const [f, ...rest] = runRule(excellentCriteriaRule, [p]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", column: "K" });
    expect(f!.message).toBe(
      "Xếp loại đảng viên Hoàn thành xuất sắc nhiệm vụ (HTXSNV) cần 100% nhiệm vụ đúng tiến độ (đang ghi 95%); khắc phục 100% hạn chế, khuyết điểm đã chỉ ra (đang ghi chưa khắc phục) (Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW)",
    );
  });

  it("is silent when every criterion is met", () => {
    const p = member({
      tasksCompletedPct: 100,
      tasksOnTimePct: 100,
      tasksExceededPct: 30,
      shortcomingsRemedied: true,
    });
    expect(runRule(excellentCriteriaRule, [p])).toEqual([]);
  });

  it("HTTNV needs 100% on time; not before 2025", () => {
    const p = member({ partyLevel: "HTTNV", tasksCompletedPct: 100, tasksOnTimePct: 90 });
    expect(runRule(goodCriteriaRule, [p])).toHaveLength(1);
    expect(runRule(goodCriteriaRule, [p], { year: 2024 })).toEqual([]);
  });
});

describe("quarter.excellent-blocked (local overlay, quarterCap)", () => {
  const quarters = periodSheet(["fullName", "staffType", "isLeader", "score", "finalLevel"], {
    levels: true,
  });
  const row = (values: Partial<Person>, scores: (number | undefined)[], levels: Person["level"][] = []) =>
    makePerson(
      { staffType: "CC", level: "HTXSNV", score: 91, ...values, ...periodValues(quarters, scores, levels) },
      quarters,
    );

  it("is off by default", () => {
    expect(runRule(quarterCapRule, [row({}, [95, 95, 45, 95])])).toEqual([]);
  });

  it("under all: a quarter under 50 or rated KHTNV blocks HTXSNV for the year, as a warning", () => {
    const low = row({}, [95, 95, 45, 95]);
    const failed = row({}, [95, 95, 95, 95], ["HTXSNV", "KHTNV", "HTXSNV", "HTXSNV"]);
    const fine = row({}, [95, 95, 90, 95]);
    const findings = runRule(quarterCapRule, [low, failed, fine], { settings: { quarterCap: "all" } });
    expect(findings.map((f) => [f.row, f.severity, f.column])).toEqual([
      [low.row, "warning", "E"],
      [failed.row, "warning", "E"],
    ]);
    expect(findings[0]!.message).toContain("Quý III đạt dưới 50 điểm");
    expect(findings[1]!.message).toContain("Quý II xếp loại Không hoàn thành nhiệm vụ");
  });

  it("under leaders: leaders only", () => {
    const staff = row({}, [95, 95, 45, 95]);
    const leader = row({ isLeader: true }, [95, 95, 45, 95]);
    const findings = runRule(quarterCapRule, [staff, leader], { settings: { quarterCap: "leaders" } });
    expect(findings.map((f) => f.row)).toEqual([leader.row]);
  });
});
