/**
 * RULES.md §9, the score rules of the 2026 cycle: score.band on the computed average, score.missing,
 * score.components, score.period-average, score.period-band. Expected values worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { periodAverageRule, periodBandRule } from "../../shared/rules/periodScores.js";
import { scoreBandRule } from "../../shared/rules/scoreBands.js";
import { scoreComponentsRule } from "../../shared/rules/scoreComponents.js";
import { scoreMissingRule } from "../../shared/rules/scoreMissing.js";
import type { Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { periodSheet, periodValues } from "../helpers/periods.js";
import { runRule } from "../helpers/runRule.js";

// A fullName, B staffType, C score, D finalLevel, then quarters E–H (scores), I–L (levels).
const quarters = periodSheet(["fullName", "staffType", "score", "finalLevel"], { levels: true });
const cc = (values: Partial<Person>) => makePerson({ staffType: "CC", ...values }, quarters);

describe("score.band on score-rated rows (§9)", () => {
  it("uses the average of the quarters worked when the annual score is empty, and says so", () => {
    // (92 + 88 + 85) / 3 = 88.33…: the band 70 – < 90, at most HTTNV; Q4 empty is time not worked.
    const p = cc({ level: "HTXSNV", ...periodValues(quarters, [92, 88, 85, undefined]) });
    const [f, ...rest] = runRule(scoreBandRule, [p]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "score.band", severity: "error", row: p.row, column: "D" });
    expect(f!.message).toBe(
      "Đạt 88,33 điểm (từ 70 đến dưới 90 điểm): xếp loại cao nhất là Hoàn thành tốt nhiệm vụ (HTTNV), đang ghi HTXSNV (điểm bình quân của các kỳ đã chấm, vì danh sách không ghi điểm cả năm)",
    );
  });

  it("takes the annual score over the periods when both are given", () => {
    const p = cc({ score: 91, level: "HTXSNV", ...periodValues(quarters, [80, 80, 80, 80]) });
    expect(runRule(scoreBandRule, [p])).toEqual([]);
  });

  it("computes nothing under annualScore as-given", () => {
    const p = cc({ level: "HTXSNV", ...periodValues(quarters, [60, 60, 60, 60]) });
    expect(runRule(scoreBandRule, [p], { settings: { annualScore: "as-given" } })).toEqual([]);
  });

  it("binds viên chức under ND233 by default, citing ND233, and not under vienChucBasis nd90", () => {
    const p = cc({ staffType: "VC", score: 65, level: "HTTNV" });
    const [f] = runRule(scoreBandRule, [p]);
    expect(f).toMatchObject({ severity: "error", column: "D" });
    expect(f!.source).toBe("Nghị định 233/2026/NĐ-CP, điều quy định các mức xếp loại");
    expect(runRule(scoreBandRule, [p], { settings: { vienChucBasis: "nd90" } })).toEqual([]);
  });

  it("runs on a sheet with period scores and no annual column", () => {
    const noAnnual = periodSheet(["fullName", "staffType", "finalLevel"]);
    const p = makePerson(
      { staffType: "CC", level: "HTNV", ...periodValues(noAnnual, [40, 45, 48, 44]) },
      noAnnual,
    );
    const [f] = runRule(scoreBandRule, [p]);
    expect(f!.message).toContain("phải xếp loại Không hoàn thành nhiệm vụ (KHTNV), đang ghi HTNV");
    expect(f!.column).toBe("C");
  });
});

describe("score.missing", () => {
  it("warns once per row whose score cells are all empty, on a sheet with score columns", () => {
    const none = cc({ level: "HTTNV" });
    const scored = cc({ level: "HTTNV", score: 80 });
    const periodsOnly = cc({
      level: "HTTNV",
      ...periodValues(quarters, [80, undefined, undefined, undefined]),
    });
    const notRated = cc({ level: "KXL" });
    const cadre = cc({ staffType: "CB", level: "HTTNV" });
    const findings = runRule(scoreMissingRule, [none, scored, periodsOnly, notRated, cadre]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", row: none.row, column: "C" });
  });

  it("warns once for a sheet with no score column of any kind, counting the rows", () => {
    const sheet = makeSheet(["fullName", "staffType", "finalLevel"]);
    const people = [1, 2, 3].map(() => makePerson({ staffType: "CC", level: "HTTNV" }, sheet));
    const findings = runRule(scoreMissingRule, people, { lang: "en" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", sheet: "Danh sách" });
    expect(findings[0]!.row).toBeUndefined();
    expect(findings[0]!.message).toContain(": 3 civil servants and public employees");
  });

  it("is silent before 2026 and for viên chức under nd90", () => {
    const sheet = makeSheet(["fullName", "staffType", "finalLevel"]);
    const p = makePerson({ staffType: "VC", level: "HTTNV" }, sheet);
    expect(runRule(scoreMissingRule, [p], { year: 2025 })).toEqual([]);
    expect(runRule(scoreMissingRule, [p], { settings: { vienChucBasis: "nd90" } })).toEqual([]);
  });
});

describe("score.components", () => {
  const sheet = makeSheet(["fullName", "staffType", "generalScore", "taskScore", "score", "finalLevel"]);
  const row = (values: Partial<Person>) => makePerson({ staffType: "CB", level: "HTTNV", ...values }, sheet);

  it("fires when the parts do not add up to the total, on the total's column, for everyone", () => {
    const p = row({ generalScore: 28, taskScore: 60, score: 90 });
    const [f, ...rest] = runRule(scoreComponentsRule, [p], { year: 2023 });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", row: p.row, column: "E" });
    expect(f!.message).toBe(
      "Tổng điểm 90 không bằng điểm tiêu chí chung 28 cộng điểm kết quả thực hiện nhiệm vụ 60 (= 88)",
    );
  });

  it("allows a difference of 0.05, not more", () => {
    const within = row({ generalScore: 28.5, taskScore: 61.25, score: 89.8 });
    const beyond = row({ generalScore: 28.5, taskScore: 61.25, score: 89.69 });
    expect(runRule(scoreComponentsRule, [within, beyond]).map((f) => f.row)).toEqual([beyond.row]);
  });

  it("is silent when a part or the total is missing", () => {
    expect(runRule(scoreComponentsRule, [row({ generalScore: 28, score: 95 })])).toEqual([]);
  });
});

describe("score.period-average", () => {
  it("warns when the annual score differs from the average of the periods filled by more than 0.05", () => {
    // (80 + 90 + 85) / 3 = 85; Q3 empty is time not worked.
    const right = cc({ score: 85, level: "HTTNV", ...periodValues(quarters, [80, 90, undefined, 85]) });
    const wrong = cc({ score: 85, level: "HTTNV", ...periodValues(quarters, [80, 90, 70, 85]) });
    const findings = runRule(periodAverageRule, [right, wrong]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", row: wrong.row, column: "C" });
    // (80 + 90 + 70 + 85) / 4 = 81.25
    expect(findings[0]!.message).toBe(
      "Điểm cả năm 85 khác bình quân 4 kỳ đã chấm điểm (81,25); kỳ để trống được coi là thời gian không công tác",
    );
  });

  it("is off under annualScore as-given, and for cán bộ", () => {
    const p = cc({ score: 95, level: "HTXSNV", ...periodValues(quarters, [80, 80, 80, 80]) });
    expect(runRule(periodAverageRule, [p], { settings: { annualScore: "as-given" } })).toEqual([]);
    expect(runRule(periodAverageRule, [{ ...p, staffType: "CB" }])).toEqual([]);
  });
});

describe("score.period-band", () => {
  it("fires on each period whose level is above its score's band, on that period's level column", () => {
    const p = cc({
      score: 80,
      level: "HTTNV",
      ...periodValues(quarters, [92, 65, 75, 88], ["HTXSNV", "HTTNV", "HTTNV", "HTXSNV"]),
    });
    const findings = runRule(periodBandRule, [p]);
    // Q2: 65 reaches HTNV, given HTTNV (column J); Q4: 88 reaches HTTNV, given HTXSNV (column L).
    expect(findings.map((f) => [f.column, f.severity])).toEqual([
      ["J", "error"],
      ["L", "error"],
    ]);
    expect(findings[0]!.message).toBe(
      "Quý II: đạt 65 điểm (từ 50 đến dưới 70 điểm), xếp loại của kỳ cao nhất là Hoàn thành nhiệm vụ (HTNV), đang ghi HTTNV",
    );
  });

  it("months are named as months; a period without a score is not judged", () => {
    const months = periodSheet(["fullName", "staffType", "score", "finalLevel"], {
      levels: true,
      months: true,
    });
    const scores = [95, undefined, 40, ...Array<undefined>(9).fill(undefined)];
    const levels = ["HTXSNV", "HTXSNV", "HTNV", ...Array<undefined>(9).fill(undefined)] as const;
    const p = makePerson(
      { staffType: "CC", level: "HTTNV", ...periodValues(months, scores, [...levels]) },
      months,
    );
    const [f, ...rest] = runRule(periodBandRule, [p], { lang: "en" });
    expect(rest).toEqual([]);
    expect(f!.message).toBe(
      "month 3: scored 40 (under 50), the period's level can be at most Not complete, but Complete is given",
    );
  });
});
