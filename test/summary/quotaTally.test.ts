/**
 * A unit's own quota check as figures that add up the tree (RULES.md §5, §9): per population, the
 * allowed numbers and excesses of the units summed, never worked out again from the sums.
 */
import { describe, expect, it } from "vitest";
import type { QuotaResult } from "../../shared/quota/index.js";
import { addTallies, tallyOf } from "../../shared/summary/index.js";

const result = (r: Partial<QuotaResult>): QuotaResult => ({
  scope: "agency",
  key: "agency",
  base: 0,
  baseKind: "good",
  rate: 0.2,
  excellent: 0,
  allowed: 0,
  excess: 0,
  people: [],
  ...r,
});

describe("tallyOf", () => {
  it("keeps the whole-unit scopes of staff, one per population, and drops empty ones and groups", () => {
    const tallies = tallyOf([
      result({ population: "CC", excellent: 2, base: 6, allowed: 1, excess: 1 }),
      result({ population: "VC", excellent: 0, base: 0 }),
      result({
        scope: "group",
        key: "Chuyên viên",
        population: "CC",
        excellent: 2,
        base: 6,
        allowed: 1,
        excess: 1,
      }),
      result({ scope: "party", key: "Chi bộ 1", excellent: 1, base: 3 }),
    ]);
    expect(tallies).toEqual({ CC: { units: 1, excellent: 2, base: 6, allowed: 1, excess: 1, over: 1 } });
  });

  it("names the population of a unit that counts all staff together `all`", () => {
    expect(tallyOf([result({ excellent: 1, base: 5, allowed: 1 })])).toEqual({
      all: { units: 1, excellent: 1, base: 5, allowed: 1, excess: 0, over: 0 },
    });
  });

  it("works the allowed number out again at an approved rate, with the unit's rounding", () => {
    // 3 HTXSNV, 12 HTTNV: 20% allows floor(2.4) = 2; 25% floor(3) = 3; 22% exact floor(2.64) = 2, round 3.
    const checked = [result({ population: "VC", excellent: 3, base: 12, allowed: 2, excess: 1 })];
    expect(tallyOf(checked, { rate: 0.25, rounding: "exact" }).VC).toMatchObject({
      allowed: 3,
      excess: 0,
      over: 0,
    });
    expect(tallyOf(checked, { rate: 0.22, rounding: "exact" }).VC).toMatchObject({
      allowed: 2,
      excess: 1,
      over: 1,
    });
    expect(tallyOf(checked, { rate: 0.22, rounding: "round" }).VC).toMatchObject({ allowed: 3, excess: 0 });
  });
});

describe("addTallies", () => {
  it("adds population by population, and takes one away again", () => {
    const a = { VC: { units: 1, excellent: 3, base: 12, allowed: 2, excess: 1, over: 1 } };
    const b = {
      VC: { units: 1, excellent: 1, base: 4, allowed: 0, excess: 1, over: 1 },
      CC: { units: 1, excellent: 2, base: 8, allowed: 2, excess: 0, over: 0 },
    };
    const sum = addTallies(a, b);
    expect(sum).toEqual({
      CC: { units: 1, excellent: 2, base: 8, allowed: 2, excess: 0, over: 0 },
      VC: { units: 2, excellent: 4, base: 16, allowed: 2, excess: 2, over: 2 },
    });
    // Taking b away leaves a; a population left with no unit goes.
    expect(addTallies(sum, b, -1)).toEqual(a);
  });
});
