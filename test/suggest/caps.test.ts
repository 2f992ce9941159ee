/**
 * The ceiling each capping rule of RULES.md §4 gives, worked out by hand from RULES.md. Rule set
 * `2023` (evaluation year 2024, assessed 15/12/2024) unless a test says otherwise, and no quota
 * scope, so that each level is the rules' cap alone (the quota has its own tests).
 */
import { describe, expect, it } from "vitest";
import type { Suggestion } from "../../shared/suggest/index.js";
import {
  EXCELLENT,
  FIRST_ROW,
  GOOD,
  NO_QUOTA,
  of,
  PARTY,
  PARTY_COLUMNS,
  sheet,
  STAFF_COLUMNS,
  suggest,
  type Row,
} from "./roster.js";

const Y2024 = { year: 2024, ...NO_QUOTA };

/** The one person's suggestion on a full staff roster. */
function alone(row: Row, settings = Y2024, columns = STAFF_COLUMNS): Suggestion {
  const [s] = suggest([sheet(columns, [{ name: "Nguyễn Văn An", ...row }])], settings);
  return s!;
}

const ruleIds = (s: Suggestion) => s.reasons.map((r) => r.ruleId);

describe("no cap", () => {
  it("a công chức with every criterion met and every column filled may be HTXSNV, certainly", () => {
    const s = alone(EXCELLENT);
    expect(s).toEqual({
      sheet: "Danh sách",
      row: FIRST_ROW,
      person: "Nguyễn Văn An",
      level: "HTXSNV",
      reasons: [],
      certain: true,
    });
  });

  it("is a ceiling, not a change: the clerk's own HTNV does not lower it", () => {
    expect(alone({ ...EXCELLENT, level: "HTNV" }).level).toBe("HTXSNV");
  });
});

describe("discipline.fail (ND90 Art. 2 cl. 5 as amended by ND48)", () => {
  it("a reprimand taking effect in the year forces KHTNV, and says why with the source", () => {
    const s = alone({ ...EXCELLENT, discipline: "Khiển trách", disciplineDate: "10/03/2024" });
    expect(s.level).toBe("KHTNV");
    expect(s.certain).toBe(true);
    expect(s.reasons).toHaveLength(1);
    expect(s.reasons[0]).toMatchObject({ field: "level", ruleId: "discipline.fail" });
    expect(s.reasons[0]!.vi).toContain("Bị kỷ luật khiển trách");
    expect(s.reasons[0]!.vi).toContain("trong năm đánh giá");
    expect(s.reasons[0]!.vi).toContain("khoản 5 Điều 2 Nghị định 90/2020/NĐ-CP");
    expect(s.reasons[0]!.en).toContain("Disciplined (reprimand");
    expect(s.reasons[0]!.source).toContain("Nghị định 48/2023/NĐ-CP");
  });

  it("a discipline that took effect the year before does not cap", () => {
    expect(alone({ ...EXCELLENT, discipline: "Cảnh cáo", disciplineDate: "20/11/2023" }).level).toBe(
      "HTXSNV",
    );
  });
});

describe("leave (ND90 Art. 2 cl. 3)", () => {
  it("4 months of sick leave: at most HTNV (elig.leave-cap)", () => {
    const s = alone({ ...EXCELLENT, leave: 4, leaveType: "Nghỉ ốm" });
    expect(s.level).toBe("HTNV");
    expect(ruleIds(s)).toEqual(["elig.leave-cap"]);
    expect(s.reasons[0]!.vi).toContain("Nghỉ ốm 4 tháng");
  });

  it("7 months of sick leave: not rated, KXL (elig.short-service)", () => {
    const s = alone({ ...EXCELLENT, leave: 7, leaveType: "Nghỉ ốm" });
    expect(s.level).toBe("KXL");
    expect(ruleIds(s)).toEqual(["elig.short-service"]);
  });

  it("4 or 7 months of maternity leave: no cap", () => {
    expect(alone({ ...EXCELLENT, leave: 4, leaveType: "Thai sản" }).level).toBe("HTXSNV");
    expect(alone({ ...EXCELLENT, leave: 7, leaveType: "Thai sản" }).level).toBe("HTXSNV");
  });

  it("2 months of leave: under 3, no cap", () => {
    expect(alone({ ...EXCELLENT, leave: 2, leaveType: "Nghỉ ốm" }).level).toBe("HTXSNV");
  });
});

describe("task criteria (ND90 Art. 9–11)", () => {
  it("30% of tasks exceeded: HTXSNV needs ≥ 50%, so HTTNV", () => {
    const s = alone(GOOD);
    expect(s.level).toBe("HTTNV");
    expect(ruleIds(s)).toEqual(["criteria.excellent"]);
    expect(s.reasons[0]!.vi).toContain("đang ghi 30%");
  });

  it("90% on time: HTXSNV and HTTNV both need 100% on time, so HTNV", () => {
    const s = alone({ ...EXCELLENT, onTime: 90 });
    expect(s.level).toBe("HTNV");
    expect(ruleIds(s)).toEqual(["criteria.good"]);
  });

  it("95% of tasks completed: HTXSNV and HTTNV need 100%, so HTNV", () => {
    expect(alone({ ...EXCELLENT, done: 95 }).level).toBe("HTNV");
  });

  it("30% of criteria short: HTNV allows at most 20%, so KHTNV", () => {
    const s = alone({ ...EXCELLENT, short: 30 });
    expect(s.level).toBe("KHTNV");
    expect(ruleIds(s)).toEqual(["criteria.complete"]);
    expect(s.reasons[0]!.vi).toContain("Có 30% tiêu chí chưa đạt");
  });

  it("60% of criteria short: over 50% forces KHTNV", () => {
    expect(alone({ ...EXCELLENT, short: 60 }).level).toBe("KHTNV");
  });

  it("the lowest of several caps wins: 30% exceeded (HTTNV) and 4 months' leave (HTNV) give HTNV", () => {
    const s = alone({ ...GOOD, leave: 4, leaveType: "Nghỉ không lương" });
    expect(s.level).toBe("HTNV");
    expect(ruleIds(s)).toEqual(["elig.leave-cap"]);
  });
});

describe("score bands (ND335 for công chức from 2026; a local overlay before)", () => {
  const Y2026 = { year: 2026, ...NO_QUOTA };
  const scored = [...STAFF_COLUMNS, "score"] as const;

  it.each([
    [92, "HTXSNV"],
    [90, "HTXSNV"],
    [75, "HTTNV"],
    [60, "HTNV"],
    [45, "KHTNV"],
  ] as const)("a công chức scoring %d in 2026 may be at most %s", (score, level) => {
    const s = alone({ ...EXCELLENT, score }, Y2026, scored);
    expect(s.level).toBe(level);
    if (level !== "HTXSNV") expect(ruleIds(s)).toEqual(["score.band"]);
  });

  it("a viên chức scoring 75 in 2026 is held to HTTNV by ND233, and not under vienChucBasis nd90", () => {
    expect(alone({ ...EXCELLENT, type: "VC", score: 75 }, Y2026, scored).level).toBe("HTTNV");
    const nd90 = { ...Y2026, vienChucBasis: "nd90" } as const;
    expect(alone({ ...EXCELLENT, type: "VC", score: 75 }, nd90, scored).level).toBe("HTXSNV");
  });

  it("with the local overlay on (scoreBands), a viên chức scoring 75 in 2024 is held to HTTNV", () => {
    const s = alone({ ...EXCELLENT, type: "VC", score: 75 }, { ...Y2024, scoreBands: true }, scored);
    expect(s.level).toBe("HTTNV");
    expect(s.reasons[0]!.vi).toContain("khung điểm theo hướng dẫn địa phương");
  });
});

describe("Party members (HD21, QĐ124, seed 004)", () => {
  const member = (row: Row, settings = Y2024) =>
    alone({ ...EXCELLENT, ...PARTY, ...row }, settings, PARTY_COLUMNS);

  it("9 of 9 votes and nothing else: HTXSNV on both levels", () => {
    const s = member({});
    expect([s.level, s.partyLevel, s.certain]).toEqual(["HTXSNV", "HTXSNV", true]);
  });

  it("6 of 9 votes is not more than 2/3: the Party level is at most HTTNV (party.votes)", () => {
    const s = member({ votes: 6 });
    expect([s.level, s.partyLevel]).toEqual(["HTXSNV", "HTTNV"]);
    expect(s.reasons).toMatchObject([{ field: "partyLevel", ruleId: "party.votes" }]);
    expect(s.reasons[0]!.vi).toContain("6/9");
  });

  it("6 of 9 is at least 2/3: HTXSNV under the older central rule (votesRule)", () => {
    expect(member({ votes: 6 }, { ...Y2024, votesRule: "at-least-two-thirds" }).partyLevel).toBe("HTXSNV");
  });

  it("7 of 9 votes is more than 2/3: HTXSNV", () => {
    expect(member({ votes: 7 }).partyLevel).toBe("HTXSNV");
  });

  it("admitted on 01/09/2024, under 6 months before 15/12/2024: the Party level is not rated (party.new-member)", () => {
    const s = member({ joined: "01/09/2024" });
    expect([s.level, s.partyLevel]).toEqual(["HTXSNV", "KXL"]);
    expect(ruleIds(s)).toEqual(["party.new-member"]);
  });

  it("suspended from Party activities: the Party level is not rated (party.excluded)", () => {
    expect(member({ partyStatus: "Đình chỉ sinh hoạt đảng" }).partyLevel).toBe("KXL");
  });

  it("4 months of sick leave: HTNV on both levels (elig.leave-cap, party.sick-cap)", () => {
    const s = member({ leave: 4, leaveType: "Ốm" });
    expect([s.level, s.partyLevel]).toEqual(["HTNV", "HTNV"]);
    expect(s.reasons.map((r) => [r.field, r.ruleId])).toEqual(
      expect.arrayContaining([
        ["level", "elig.leave-cap"],
        ["partyLevel", "party.sick-cap"],
      ]),
    );
  });

  it("disciplined in the year: KHTNV on both levels", () => {
    const s = member({ discipline: "Khiển trách", disciplineDate: "01/06/2024" });
    expect([s.level, s.partyLevel]).toEqual(["KHTNV", "KHTNV"]);
    expect(s.reasons.map((r) => r.ruleId)).toEqual(
      expect.arrayContaining(["discipline.fail", "party.discipline-fail"]),
    );
  });

  it("a staff level held at HTTNV holds the Party level there too (party.above-staff)", () => {
    const s = member({ over: 30 });
    expect([s.level, s.partyLevel]).toEqual(["HTTNV", "HTTNV"]);
    expect(s.reasons).toContainEqual(
      expect.objectContaining({ field: "partyLevel", ruleId: "party.above-staff" }),
    );
  });
});

describe("head.above-unit (HD21 §II.B.4)", () => {
  const columns = [...STAFF_COLUMNS, "head"] as const;

  it("the head of a unit rated HTTNV may be at most HTTNV; a member of that unit is not held", () => {
    const read = sheet(columns, [
      { ...EXCELLENT, name: "Trưởng phòng", head: "x" },
      { ...EXCELLENT, name: "Chuyên viên" },
    ]);
    const out = suggest([read], { ...Y2024, collectives: { "Phòng Tổng hợp": "HTTNV" } });
    expect(of(out, "Trưởng phòng")).toMatchObject({ level: "HTTNV", certain: true });
    expect(ruleIds(of(out, "Trưởng phòng"))).toEqual(["head.above-unit"]);
    expect(of(out, "Chuyên viên").level).toBe("HTXSNV");
  });
});

describe("người lao động", () => {
  it("gets no level: no state rule applies (RULES.md §2), and the reason says so", () => {
    const s = alone({ ...EXCELLENT, type: "HĐLĐ" });
    expect(s.level).toBeUndefined();
    expect(s.reasons).toHaveLength(1);
    expect(s.reasons[0]!.vi).toContain("Người lao động");
  });
});
