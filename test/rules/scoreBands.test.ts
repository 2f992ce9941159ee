import { describe, expect, it } from "vitest";
import { ruleSetsOf } from "../../shared/rules/index.js";
import { scoreBandRule } from "../../shared/rules/scoreBands.js";
import type { Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";

// Columns: A name, B type, C score, D final level, E Party level.
const sheet = makeSheet(["fullName", "staffType", "score", "finalLevel", "partyLevel"]);
const person = (values: Partial<Person>) => makePerson({ staffType: "CC", ...values }, sheet);
const member = (values: Partial<Person>) => person({ staffType: "CB", isPartyMember: true, ...values });

describe("score.band for công chức under 2026 (ND335): error", () => {
  it("fires at 89.9 with HTXSNV: the band 70 – < 90 allows at most HTTNV", () => {
    const p = person({ score: 89.9, level: "HTXSNV" });
    const [f, ...rest] = runRule(scoreBandRule, [p], { year: 2026 });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "score.band", severity: "error", row: p.row, column: "D" });
    expect(f!.message).toBe(
      "Đạt 89,9 điểm (từ 70 đến dưới 90 điểm): xếp loại cao nhất là Hoàn thành tốt nhiệm vụ (HTTNV), đang ghi HTXSNV",
    );
    expect(f!.source).toBe("Nghị định 335/2025/NĐ-CP, điều quy định các mức xếp loại");
  });

  it("in English", () => {
    const [f] = runRule(scoreBandRule, [person({ score: 60, level: "HTTNV" })], { lang: "en" });
    expect(f!.message).toBe(
      "Scored 60 (50 to under 70): the level can be at most Complete, but Good is given",
    );
  });

  it("is silent at 90 with HTXSNV, 70 with HTTNV and 50 with HTNV", () => {
    const people = [
      person({ score: 90, level: "HTXSNV" }),
      person({ score: 70, level: "HTTNV" }),
      person({ score: 50, level: "HTNV" }),
    ];
    expect(runRule(scoreBandRule, people)).toEqual([]);
  });

  it("fires at 69.9 with HTTNV", () => {
    expect(runRule(scoreBandRule, [person({ score: 69.9, level: "HTTNV" })])).toHaveLength(1);
  });

  it("at 49.9 the level must be KHTNV", () => {
    const [f] = runRule(scoreBandRule, [person({ score: 49.9, level: "HTNV" })]);
    expect(f!.message).toBe(
      "Đạt 49,9 điểm (dưới 50 điểm): phải xếp loại Không hoàn thành nhiệm vụ (KHTNV), đang ghi HTNV",
    );
  });

  it("allows a level below the band", () => {
    const people = [person({ score: 95, level: "HTNV" }), person({ score: 75, level: "KHTNV" })];
    expect(runRule(scoreBandRule, people)).toEqual([]);
  });

  it("is silent for KXL and unreadable levels", () => {
    const people = [person({ score: 40, level: "KXL" }), person({ score: 40, levelUnreadable: true })];
    expect(runRule(scoreBandRule, people)).toEqual([]);
  });
});

describe("score.band elsewhere: a warning only with the local setting scoreBands", () => {
  it("is silent for cán bộ, unknown types and viên chức under vienChucBasis nd90 in 2026 by default", () => {
    const vc = person({ staffType: "VC", score: 60, level: "HTXSNV" });
    expect(runRule(scoreBandRule, [vc], { year: 2026, settings: { vienChucBasis: "nd90" } })).toEqual([]);
    const people = [
      person({ staffType: "CB", score: 60, level: "HTXSNV" }),
      person({ staffType: undefined, score: 60, level: "HTXSNV" }),
    ];
    expect(runRule(scoreBandRule, people, { year: 2026 })).toEqual([]);
  });

  it("warns for a viên chức under nd90 in 2026 when scoreBands is on, saying the bands are local", () => {
    const p = person({ staffType: "VC", score: 85, level: "HTXSNV" });
    const settings = { scoreBands: true, vienChucBasis: "nd90" } as const;
    const [f] = runRule(scoreBandRule, [p], { year: 2026, settings });
    expect(f).toMatchObject({ ruleId: "score.band", severity: "warning", column: "D" });
    expect(f!.message).toContain("xếp loại cao nhất là Hoàn thành tốt nhiệm vụ (HTTNV), đang ghi HTXSNV");
    expect(f!.message).toContain("khung điểm theo hướng dẫn địa phương");
  });

  it("is silent for công chức before 2026, and warns with scoreBands", () => {
    const p = person({ score: 60, level: "HTTNV" });
    expect(runRule(scoreBandRule, [p], { year: 2025 })).toEqual([]);
    const [f] = runRule(scoreBandRule, [p], { year: 2021, settings: { scoreBands: true } });
    expect(f!.severity).toBe("warning");
  });

  it("never checks a người lao động's staff level", () => {
    const p = person({ staffType: "NLD", score: 40, level: "HTXSNV" });
    expect(runRule(scoreBandRule, [p], { settings: { scoreBands: true } })).toEqual([]);
  });
});

describe("score.band on the Party level", () => {
  it("is an error under 2025 and 2026 (QĐ366), on the Party level's column", () => {
    for (const year of [2025, 2026]) {
      const p = member({ score: 80, level: "HTXSNV", partyLevel: "HTXSNV" });
      const [f, ...rest] = runRule(scoreBandRule, [p], { year });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: "error", row: p.row, column: "E" });
      expect(f!.message).toBe(
        "Đảng viên đạt 80 điểm (từ 70 đến dưới 90 điểm): xếp loại đảng viên cao nhất là Hoàn thành tốt nhiệm vụ (HTTNV), đang ghi HTXSNV",
      );
    }
  });

  it("is silent before 2025, a warning with scoreBands", () => {
    const p = member({ score: 45, partyLevel: "HTNV" });
    expect(runRule(scoreBandRule, [p], { year: 2023 })).toEqual([]);
    const [f] = runRule(scoreBandRule, [p], { year: 2023, settings: { scoreBands: true }, lang: "en" });
    expect(f).toMatchObject({ severity: "warning", column: "E" });
    expect(f!.message).toBe(
      "Party member scored 45 (under 50): the Party level must be Not complete, but Complete is given (score bands of local guidance, not binding centrally)",
    );
  });

  it("checks người lao động who are Party members on their Party level", () => {
    const p = member({ staffType: "NLD", score: 65, level: "HTXSNV", partyLevel: "HTTNV" });
    const findings = runRule(scoreBandRule, [p], { year: 2026 });
    expect(findings.map((f) => f.column)).toEqual(["E"]);
  });

  it("reports both levels of a công chức Party member in 2026", () => {
    const p = member({ staffType: "CC", score: 55, level: "HTTNV", partyLevel: "HTTNV" });
    const findings = runRule(scoreBandRule, [p], { year: 2026 });
    expect(findings.map((f) => [f.column, f.severity])).toEqual([
      ["D", "error"],
      ["E", "error"],
    ]);
  });
});

describe("score.band: rule sets", () => {
  it("belongs to 2025 and 2026 by default, and to every rule set with scoreBands on", () => {
    expect(ruleSetsOf(scoreBandRule)).toEqual(["2025", "2026"]);
    const p = person({ score: 60, level: "HTTNV" });
    expect(runRule(scoreBandRule, [p], { year: 2020, settings: { scoreBands: true } })).toHaveLength(1);
  });
});
