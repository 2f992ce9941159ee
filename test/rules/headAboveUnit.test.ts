import { describe, expect, it } from "vitest";
import { headAboveUnitRule } from "../../shared/rules/headAboveUnit.js";
import { ruleSetsOf } from "../../shared/rules/index.js";
import type { Collective, Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";

// Columns: A name, B unit, C type, D head, E final level.
const sheet = makeSheet(["fullName", "unit", "staffType", "isHead", "finalLevel"]);
const head = (values: Partial<Person>) =>
  makePerson({ staffType: "CC", isHead: true, unit: "Phòng Kế hoạch", ...values }, sheet);
const unit = (level: Collective["level"], type: Collective["type"] = "department"): Collective[] => [
  { name: "PHÒNG KẾ HOẠCH", type, level, sheet: "Tập thể", row: 4 },
];

describe("head.above-unit", () => {
  it("fires when the head is rated above the unit's collective rating", () => {
    const p = head({ level: "HTXSNV" });
    const [f, ...rest] = runRule(headAboveUnitRule, [p], { collectives: unit("HTTNV") });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "head.above-unit", severity: "error", row: p.row, column: "E" });
    expect(f!.message).toBe(
      "Người đứng đầu không được xếp loại cao hơn tập thể “PHÒNG KẾ HOẠCH” (HTTNV): xếp loại cao nhất là Hoàn thành tốt nhiệm vụ (HTTNV), đang ghi HTXSNV",
    );
    const [en] = runRule(headAboveUnitRule, [p], { collectives: unit("HTTNV"), lang: "en" });
    expect(en!.message).toBe(
      "A head of unit may not be rated above the collective “PHÒNG KẾ HOẠCH” (Good): the level can be at most Good, but Excellent is given",
    );
  });

  it("matches the unit name case-, space- and diacritic-insensitively (NFD too)", () => {
    const p = head({ unit: "  phong ke hoach ".normalize("NFD"), level: "HTNV" });
    const q = head({ unit: "Phòng Kế hoạch".normalize("NFD"), level: "HTNV" });
    expect(runRule(headAboveUnitRule, [p, q], { collectives: unit("KHTNV") })).toHaveLength(2);
  });

  it("is silent at the unit's level or below", () => {
    const people = [head({ level: "HTTNV" }), head({ level: "HTNV" })];
    expect(runRule(headAboveUnitRule, people, { collectives: unit("HTTNV") })).toEqual([]);
  });

  it("is silent for rows that are not the head, or whose unit has no collective rating", () => {
    const people = [
      head({ isHead: false, level: "HTXSNV" }),
      head({ unit: "Phòng Tài chính", level: "HTXSNV" }),
    ];
    expect(runRule(headAboveUnitRule, people, { collectives: unit("HTNV") })).toEqual([]);
    expect(runRule(headAboveUnitRule, [head({ level: "HTXSNV" })])).toEqual([]);
  });

  it("ignores unrated collectives and chi bộ ratings", () => {
    const p = head({ level: "HTXSNV" });
    expect(runRule(headAboveUnitRule, [p], { collectives: unit("KXL") })).toEqual([]);
    expect(runRule(headAboveUnitRule, [p], { collectives: unit("HTNV", "party-cell") })).toEqual([]);
  });

  it("skips người lao động and rows without a unit", () => {
    const people = [head({ staffType: "NLD", level: "HTXSNV" }), head({ unit: undefined, level: "HTXSNV" })];
    expect(runRule(headAboveUnitRule, people, { collectives: unit("HTNV") })).toEqual([]);
  });

  it("applies under every rule set", () => {
    expect(ruleSetsOf(headAboveUnitRule)).toEqual(["2020", "2023", "2025", "2026"]);
  });
});
