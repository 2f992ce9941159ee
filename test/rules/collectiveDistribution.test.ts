import { describe, expect, it } from "vitest";
import type { Level } from "../../shared/levels.js";
import { collectiveDistributionRule } from "../../shared/rules/collectiveDistribution.js";
import { ruleSetsOf } from "../../shared/rules/index.js";
import type { Collective, Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule, type RunOptions } from "../helpers/runRule.js";

const sheet = makeSheet(["fullName", "partyCell", "partyLevel"]);
const CELL = "Chi bộ Văn phòng";
const cell = (level: Level, type: Collective["type"] = "party-cell"): Collective[] => [
  { name: CELL, type, level, sheet: "Tập thể", row: 6 },
];

/** Members of the chi bộ with these Party levels, in order. */
function members(levels: readonly Level[], partyCell = CELL): Person[] {
  return levels.map((partyLevel) => makePerson({ isPartyMember: true, partyCell, partyLevel }, sheet));
}

const repeat = (level: Level, n: number): Level[] => Array.from({ length: n }, () => level);
const run = (people: Person[], level: Level, options: RunOptions = {}) =>
  runRule(collectiveDistributionRule, people, { year: 2021, collectives: cell(level), ...options });

describe("collective.distribution: HTXSNV", () => {
  it("is silent with 100% at least HTNV and exactly 80% at least HTTNV", () => {
    expect(run(members([...repeat("HTTNV", 8), ...repeat("HTNV", 2)]), "HTXSNV")).toEqual([]);
    expect(run(members([...repeat("HTXSNV", 4), "HTNV"]), "HTXSNV")).toEqual([]);
  });

  it("fires at 70% at least HTTNV, carrying the chi bộ as scope and the members' rows", () => {
    const people = members([...repeat("HTTNV", 7), ...repeat("HTNV", 3)]);
    const [f, ...rest] = run(people, "HTXSNV");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "collective.distribution",
      severity: "error",
      sheet: "Tập thể",
      row: 6,
      scope: CELL,
      rows: people.map((p) => p.row),
    });
    expect(f!.message).toBe(
      "“Chi bộ Văn phòng”: Xếp loại chi bộ Hoàn thành xuất sắc nhiệm vụ (HTXSNV) cần ít nhất 80% đảng viên từ Hoàn thành tốt nhiệm vụ trở lên (đang có 7/10, 70%)",
    );
    expect(f!.source).toBe(
      "Hướng dẫn 21-HD/BTCTW, mục II.B.1.3; Kế hoạch 170-KH/CB năm 2021 (Sơn La), mục B.II.3.1",
    );
  });

  it("fires when one member is KHTNV (not 100% at least HTNV), in English when asked", () => {
    const people = members([...repeat("HTXSNV", 9), "KHTNV"]);
    const [f] = run(people, "HTXSNV", { lang: "en" });
    expect(f!.message).toBe(
      "“Chi bộ Văn phòng”: Party cell level Excellent needs 100% of members rated Complete or above (9 of 10, 90%)",
    );
  });
});

describe("collective.distribution: HTTNV", () => {
  it("is silent at exactly 50% at least HTTNV", () => {
    expect(run(members([...repeat("HTTNV", 5), ...repeat("HTNV", 5)]), "HTTNV")).toEqual([]);
  });

  it("fires at 40%", () => {
    const [f] = run(members([...repeat("HTTNV", 4), ...repeat("HTNV", 6)]), "HTTNV");
    expect(f!.message).toContain(
      "cần ít nhất 50% đảng viên từ Hoàn thành tốt nhiệm vụ trở lên (đang có 4/10, 40%)",
    );
  });
});

describe("collective.distribution: more than 20% KHTNV forces KHTNV", () => {
  it("fires at 30% KHTNV unless the chi bộ is KHTNV", () => {
    const people = members([...repeat("KHTNV", 3), ...repeat("HTTNV", 7)]);
    const [f] = run(people, "HTNV");
    expect(f!.message).toBe(
      "“Chi bộ Văn phòng”: Có 3/10 đảng viên (30%) Không hoàn thành nhiệm vụ, quá 20%: phải xếp loại Không hoàn thành nhiệm vụ (KHTNV), đang ghi HTNV",
    );
    expect(run(people, "KHTNV")).toEqual([]);
  });

  it("is silent at exactly 20% KHTNV for a HTNV chi bộ", () => {
    expect(run(members([...repeat("KHTNV", 2), ...repeat("HTTNV", 8)]), "HTNV")).toEqual([]);
  });
});

describe("collective.distribution: who counts", () => {
  it("counts members of this chi bộ only (folded name), with a rated Party level", () => {
    const folded = members(repeat("HTTNV", 3), "CHI BO VAN PHONG");
    const others = members(repeat("HTNV", 5), "Chi bộ Kế toán");
    const unrated = members(["KXL", "KXL"]);
    const complete = members(["HTNV"]);
    const [f, ...rest] = run([...folded, ...others, ...unrated, ...complete], "HTXSNV");
    expect(rest).toEqual([]);
    expect(f!.rows).toEqual([...folded, ...complete].map((p) => p.row));
    expect(f!.message).toContain("(đang có 3/4, 75%)");
  });

  it("ignores collectives that are not chi bộ, and chi bộ with no rated members", () => {
    const people = members(repeat("HTNV", 3));
    expect(
      runRule(collectiveDistributionRule, people, { year: 2021, collectives: cell("HTXSNV", "department") }),
    ).toEqual([]);
    expect(run(members(["KXL"]), "HTXSNV")).toEqual([]);
  });
});

describe("collective.distribution: rule sets", () => {
  it("is on by default in 2020 only, and follows the setting collectiveRules", () => {
    expect(ruleSetsOf(collectiveDistributionRule)).toEqual(["2020"]);
    const people = members(repeat("HTNV", 3));
    expect(run(people, "HTXSNV", { year: 2023 })).toEqual([]);
    expect(run(people, "HTXSNV", { year: 2023, settings: { collectiveRules: true } })).toHaveLength(1);
    expect(run(people, "HTXSNV", { year: 2021, settings: { collectiveRules: false } })).toEqual([]);
  });
});
