import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../shared/findings.js";
import { ALL_RULES, ruleSetsOf } from "../../shared/rules/index.js";

describe("ALL_RULES", () => {
  it("holds each rule of RULES.md §4, §6 and §9, the duplicate-person check and §9's note on criteria, once", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = RULE_IDS.filter((id) => !id.startsWith("input.") && id !== "quota.excellent");
    expect([...ids].sort()).toEqual([...expected, "input.duplicate-person", "input.column-missing"].sort());
  });

  it("gives every rule a title and a check in both languages", () => {
    for (const rule of ALL_RULES) {
      expect(rule.title.vi).not.toBe("");
      expect(rule.title.en).not.toBe("");
      expect([rule.checkRows, rule.checkTable].some(Boolean)).toBe(true);
    }
  });
});

describe("ruleSetsOf", () => {
  it("follows RULES.md: most rules everywhere, score bands from 2025, collective rules in 2020", () => {
    const byId = Object.fromEntries(ALL_RULES.map((r) => [r.id, ruleSetsOf(r)]));
    expect(byId["elig.short-service"]).toEqual(["2020", "2023", "2025", "2026"]);
    expect(byId["discipline.fail"]).toEqual(["2020", "2023", "2025", "2026"]);
    expect(byId["party.discipline-fail"]).toEqual(["2020", "2023", "2025", "2026"]);
    expect(byId["score.band"]).toEqual(["2025", "2026"]);
    expect(byId["collective.distribution"]).toEqual(["2020"]);
    expect(byId["degradation.fail"]).toEqual(["2020", "2023", "2025", "2026"]);
    expect(byId["score.components"]).toEqual(["2020", "2023", "2025", "2026"]);
    for (const id of ["score.missing", "score.period-average", "score.period-band", "leader.unit-misconduct"])
      expect(byId[id]).toEqual(["2026"]);
    // A local overlay, off by default (setting quarterCap).
    expect(byId["quarter.excellent-blocked"]).toEqual([]);
  });
});
