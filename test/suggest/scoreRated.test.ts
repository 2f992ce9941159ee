/**
 * Suggestions for score-rated rows under 2026 (RULES.md §9): the ceiling comes from the score band
 * and the KHTNV grounds, never from ND90's task criteria; the leave lines only warn. No quota scope,
 * so each level is the rules' cap alone.
 */
import { describe, expect, it } from "vitest";
import type { Suggestion } from "../../shared/suggest/index.js";
import { EXCELLENT, NO_QUOTA, sheet, STAFF_COLUMNS, suggest, type Row } from "./roster.js";

const Y2026 = { year: 2026, ...NO_QUOTA };
const COLUMNS = [...STAFF_COLUMNS, "score", "dutyRelated"] as const;

function alone(row: Row, settings: object = Y2026): Suggestion {
  const [s] = suggest([sheet(COLUMNS, [{ name: "Trần Văn Bình", ...EXCELLENT, ...row }])], settings);
  return s!;
}

describe("score-rated rows in 2026", () => {
  it("95 points and 20% of tasks exceeded: HTXSNV (ND90's 50% is not asked of a công chức)", () => {
    const s = alone({ score: 95, over: 20 });
    expect(s.level).toBe("HTXSNV");
    expect(s.reasons).toEqual([]);
    // A cán bộ is still held to ND90: HTTNV.
    expect(alone({ type: "CB", score: 95, over: 20 }).level).toBe("HTTNV");
  });

  it("the band of the score sets the ceiling: 86 points → HTTNV, 49 → KHTNV", () => {
    expect(alone({ score: 86 })).toMatchObject({ level: "HTTNV", reasons: [{ ruleId: "score.band" }] });
    expect(alone({ type: "VC", score: 49 }).level).toBe("KHTNV");
  });

  it("a reprimand tied to public duty forces KHTNV; one not tied to it does not", () => {
    const tied = { score: 95, discipline: "Khiển trách", disciplineDate: "10/03/2026" };
    expect(alone({ ...tied, dutyRelated: "x" }).level).toBe("KHTNV");
    expect(alone({ ...tied, dutyRelated: "Không" }).level).toBe("HTXSNV");
  });

  it("4 months of leave only warns under leaveRules warn, and caps at HTNV under error", () => {
    const leave = { score: 95, leave: 4, leaveType: "ốm" };
    expect(alone(leave).level).toBe("HTXSNV");
    expect(alone(leave, { ...Y2026, leaveRules: "error" }).level).toBe("HTNV");
  });
});
