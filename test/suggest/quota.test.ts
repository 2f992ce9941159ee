/**
 * The quota on suggested levels (RULES.md §5): within each scope at most rate × base keep HTXSNV,
 * rounded as set, in order of votes then score; the others get HTTNV. Under the default base
 * (HTTNV only) those who fall to HTTNV join the base, so with b people held at HTTNV by the rules
 * and c who could be HTXSNV, the number kept is the largest k with k ≤ floor(0.2 × (b + c − k)).
 * Rule set 2023 (year 2024); every person is a công chức of one unit. Without a peer-group column the
 * groups are derived (unit × staff type × leader), a guess that never lowers a level (RULES.md §5):
 * the agency's quota, and the peer groups of the column where a test gives one, do.
 */
import { describe, expect, it } from "vitest";
import type { SettingsInput } from "../../shared/settings.js";
import type { Suggestion } from "../../shared/suggest/index.js";
import {
  EXCELLENT,
  GOOD,
  many,
  of,
  PARTY,
  PARTY_COLUMNS,
  sheet,
  STAFF_COLUMNS,
  suggest,
  type Row,
} from "./roster.js";

const COLUMNS = [...STAFF_COLUMNS, "votes", "score"] as const;
const run = (
  people: Row[],
  settings: SettingsInput = {},
  columns: readonly (typeof PARTY_COLUMNS)[number][] = COLUMNS,
) => suggest([sheet(columns, people)], { year: 2024, ...settings });
const levels = (out: readonly Suggestion[], names: readonly string[]) => names.map((n) => of(out, n).level);

describe("20% of HTTNV, by votes then score", () => {
  // b = 10, c = 3: k = 3 needs 3 ≤ floor(0.2 × 10) = 2, no; k = 2: 2 ≤ floor(0.2 × 11) = 2, yes.
  const out = run([
    ...many(10, "Tốt", GOOD),
    { ...EXCELLENT, name: "Phạm Văn Chí", votes: 12, score: 80 },
    { ...EXCELLENT, name: "Lê Văn Cao", votes: 15, score: 70 },
    { ...EXCELLENT, name: "Trần Thị Bình", votes: 12, score: 95 },
  ]);

  it("keeps exactly 2 HTXSNV: the most votes, then of the two with 12 votes the higher score", () => {
    expect(levels(out, ["Lê Văn Cao", "Trần Thị Bình", "Phạm Văn Chí"])).toEqual([
      "HTXSNV",
      "HTXSNV",
      "HTTNV",
    ]);
    expect(out.filter((s) => s.level === "HTXSNV")).toHaveLength(2);
    expect(of(out, "Lê Văn Cao")).toMatchObject({ reasons: [], certain: true });
  });

  it("says why the third falls: outside the 20% quota, the scope, the count and the rank", () => {
    const chi = of(out, "Phạm Văn Chí");
    expect(chi.certain).toBe(true);
    expect(chi.reasons).toHaveLength(1);
    expect(chi.reasons[0]).toMatchObject({ field: "level", ruleId: "quota.excellent" });
    expect(chi.reasons[0]!.vi).toBe(
      // The derived group holds the same people as the agency, but only the agency lowers a level.
      "Ngoài tỷ lệ 20% HTXSNV trong toàn cơ quan: chỉ 2 người giữ được HTXSNV, người này xếp thứ 3/3 theo số phiếu rồi điểm",
    );
    expect(chi.reasons[0]!.source).toContain("HTXSNV không quá 20% số HTTNV");
  });

  it("under the agency scope alone, the reason names the whole agency", () => {
    const agencyOnly = run(
      [
        ...many(10, "Tốt", GOOD),
        ...["Một", "Hai", "Ba"].map((name, i) => ({ ...EXCELLENT, name, votes: 9 - i })),
      ],
      { quotaScopes: [{ scope: "agency" }] },
    );
    expect(levels(agencyOnly, ["Một", "Hai", "Ba"])).toEqual(["HTXSNV", "HTXSNV", "HTTNV"]);
    expect(of(agencyOnly, "Ba").reasons[0]!.vi).toContain("Ngoài tỷ lệ 20% HTXSNV trong toàn cơ quan");
  });

  it("leaves those the rules hold at HTTNV where they are", () => {
    expect(out.filter((s) => s.person.startsWith("Tốt")).every((s) => s.level === "HTTNV")).toBe(true);
  });
});

describe("10 people who could all be HTXSNV, votes 10 down to 1", () => {
  const people = Array.from({ length: 10 }, (_, i) => ({
    ...EXCELLENT,
    name: `Người ${i + 1}`,
    votes: 10 - i,
  }));
  const kept = (settings: SettingsInput) =>
    run(people, settings)
      .filter((s) => s.level === "HTXSNV")
      .map((s) => s.person);

  it("base HTTNV only (default): k ≤ floor(0.2 × (10 − k)) gives 1", () => {
    expect(kept({})).toEqual(["Người 1"]);
  });

  it("base HTTNV and HTXSNV: 20% × 10 = 2, the two with most votes", () => {
    expect(kept({ quotaBase: "good-inclusive" })).toEqual(["Người 1", "Người 2"]);
  });

  it("base the headcount: 20% × 10 = 2", () => {
    expect(kept({ quotaBase: "headcount" })).toEqual(["Người 1", "Người 2"]);
  });
});

describe("rounding (quotaRounding)", () => {
  // 9 held at HTTNV, 2 who could be HTXSNV: exact, k = 2 needs 2 ≤ floor(1.8) = 1, no; k = 1:
  // 1 ≤ floor(2) yes. Rounded, 1.8 → 2: both keep. RULES.md: "with 9 HTTNV at most 1".
  const nine = [
    ...many(9, "Tốt", GOOD),
    { ...EXCELLENT, name: "Cao", votes: 5 },
    { ...EXCELLENT, name: "Thấp", votes: 4 },
  ];
  // 4 held at HTTNV, 1 who could be HTXSNV: exact, 0.8 → 0, "with 4 HTTNV none"; ceil, 1.
  const four = [...many(4, "Tốt", GOOD), { ...EXCELLENT, name: "Một", votes: 5 }];

  it("exact (default): 1 of 2 with 9 HTTNV, none with 4", () => {
    expect(levels(run(nine), ["Cao", "Thấp"])).toEqual(["HTXSNV", "HTTNV"]);
    expect(levels(run(four), ["Một"])).toEqual(["HTTNV"]);
  });

  it("round: both with 9 HTTNV (1.8 → 2), the one with 4 (0.8 → 1)", () => {
    expect(levels(run(nine, { quotaRounding: "round" }), ["Cao", "Thấp"])).toEqual(["HTXSNV", "HTXSNV"]);
    expect(levels(run(four, { quotaRounding: "round" }), ["Một"])).toEqual(["HTXSNV"]);
  });

  it("ceil: the one with 4 HTTNV keeps HTXSNV", () => {
    expect(levels(run(four, { quotaRounding: "ceil" }), ["Một"])).toEqual(["HTXSNV"]);
  });
});

describe("scopes", () => {
  // Default scopes: the agency and the peer groups, here one per unit.
  // Nhóm A: 5 HTTNV, A1 (9 votes), A2 (8): k = 2 needs 2 ≤ floor(0.2 × 5), no; k = 1 yes.
  // Nhóm B: 5 HTTNV, B1 (7 votes): 1 ≤ floor(0.2 × 5) = 1, yes.
  // Agency then: 11 HTTNV (A2 fell), A1 and B1: 2 ≤ floor(0.2 × 11) = 2, yes.
  const people: Row[] = [
    ...many(5, "A tốt", { ...GOOD, unit: "Phòng A", peerGroup: "Nhóm A" }),
    { ...EXCELLENT, unit: "Phòng A", peerGroup: "Nhóm A", name: "A1", votes: 9 },
    { ...EXCELLENT, unit: "Phòng A", peerGroup: "Nhóm A", name: "A2", votes: 8 },
    ...many(5, "B tốt", { ...GOOD, unit: "Phòng B", peerGroup: "Nhóm B" }),
    { ...EXCELLENT, unit: "Phòng B", peerGroup: "Nhóm B", name: "B1", votes: 7 },
  ];
  const out = run(people, {}, [...COLUMNS, "peerGroup"]);

  it("a group's quota holds within the group, and the agency's is then met by those left", () => {
    expect(levels(out, ["A1", "A2", "B1"])).toEqual(["HTXSNV", "HTTNV", "HTXSNV"]);
  });

  it("the reason names the group", () => {
    expect(of(out, "A2").reasons[0]!.vi).toContain("trong nhóm «Nhóm A»");
  });

  it("a derived group never lowers a level: without the column only the agency's quota does", () => {
    // Agency: 10 HTTNV, A1, A2, B1: k = 3 needs 3 ≤ floor(0.2 × 10), no; k = 2: 2 ≤ floor(2.2), yes.
    // The derived group Phòng A (5 HTTNV, A1 and A2) would have let only A1 keep HTXSNV.
    const derived = run(people.map(({ peerGroup: _, ...row }) => row));
    expect(levels(derived, ["A1", "A2", "B1"])).toEqual(["HTXSNV", "HTXSNV", "HTTNV"]);
    expect(of(derived, "B1").reasons[0]!.vi).toContain("trong toàn cơ quan:");
  });

  it("a unit scope, when asked for, names the unit", () => {
    const byUnit = run(
      [
        ...many(5, "Tốt", { ...GOOD, unit: "Phòng A" }),
        { ...EXCELLENT, unit: "Phòng A", name: "A1", votes: 9 },
        { ...EXCELLENT, unit: "Phòng A", name: "A2", votes: 8 },
      ],
      { quotaScopes: [{ scope: "unit" }] },
    );
    expect(of(byUnit, "A2").reasons[0]!.vi).toContain("trong đơn vị «Phòng A»");
  });
});

describe("ties at the edge", () => {
  it("with equal votes and scores roster order decides, and both are told it is not certain", () => {
    // 5 HTTNV, 2 who could be HTXSNV with no votes and no score: k = 1.
    const out = run([
      ...many(5, "Tốt", GOOD),
      { ...EXCELLENT, name: "Trước" },
      { ...EXCELLENT, name: "Sau" },
    ]);
    expect(levels(out, ["Trước", "Sau"])).toEqual(["HTXSNV", "HTTNV"]);
    for (const name of ["Trước", "Sau"]) {
      expect(of(out, name).certain).toBe(false);
      expect(of(out, name).reasons.some((r) => r.vi.includes("bằng số phiếu và điểm"))).toBe(true);
    }
  });
});

describe("Party members", () => {
  // Chi bộ 1: 10 members held at HTTNV (staff HTTNV, so Party HTTNV), 3 who could be HTXSNV on
  // both levels, with 9, 8 and 7 of 9 votes.
  const people: Row[] = [
    ...many(10, "Tốt", { ...GOOD, ...PARTY }),
    { ...EXCELLENT, ...PARTY, name: "Chín", votes: 9 },
    { ...EXCELLENT, ...PARTY, name: "Tám", votes: 8 },
    { ...EXCELLENT, ...PARTY, name: "Bảy", votes: 7 },
  ];

  it("a staff level that falls to HTTNV by the quota takes the Party level with it (party.above-staff)", () => {
    const out = run(people, {}, PARTY_COLUMNS);
    expect([of(out, "Bảy").level, of(out, "Bảy").partyLevel]).toEqual(["HTTNV", "HTTNV"]);
    expect(of(out, "Bảy").reasons.map((r) => [r.field, r.ruleId])).toEqual([
      ["level", "quota.excellent"],
      ["partyLevel", "party.above-staff"],
    ]);
    expect([of(out, "Chín").partyLevel, of(out, "Tám").partyLevel]).toEqual(["HTXSNV", "HTXSNV"]);
  });

  it("the Party quota alone holds the Party level per Party organisation, not the staff level", () => {
    const out = run(people, { quotaScopes: [{ scope: "party" }] }, PARTY_COLUMNS);
    expect([of(out, "Bảy").level, of(out, "Bảy").partyLevel]).toEqual(["HTXSNV", "HTTNV"]);
    expect(of(out, "Bảy").reasons[0]).toMatchObject({ field: "partyLevel", ruleId: "quota.excellent" });
    expect(of(out, "Bảy").reasons[0]!.vi).toContain("trong tổ chức đảng «Chi bộ 1»");
  });
});

describe("populations under rule set 2026 (RULES.md §9)", () => {
  // Rated by score: 80 points hold the five of each staff type at HTTNV, 95 allow HTXSNV.
  // Công chức: 5 at HTTNV, CC1 (9 votes), CC2 (8): k = 2 needs 2 ≤ floor(0.2 × 5), no; k = 1 yes.
  // Viên chức: 5 at HTTNV, VC1 (7 votes): 1 ≤ floor(0.2 × 5), yes.
  // All staff together: 10 at HTTNV, 3: k = 3 needs 3 ≤ floor(2), no; k = 2: 2 ≤ floor(2.2), yes.
  const people: Row[] = [
    ...many(5, "CC tốt", { ...EXCELLENT, score: 80 }),
    { ...EXCELLENT, score: 95, name: "CC1", votes: 9 },
    { ...EXCELLENT, score: 95, name: "CC2", votes: 8 },
    ...many(5, "VC tốt", { ...EXCELLENT, type: "VC", score: 80 }),
    { ...EXCELLENT, type: "VC", score: 95, name: "VC1", votes: 7 },
  ];
  const in2026 = (settings: SettingsInput = {}) => run(people, { year: 2026, ...settings });

  it("by law, công chức are counted among công chức and viên chức among viên chức", () => {
    const out = in2026();
    expect(levels(out, ["CC1", "CC2", "VC1"])).toEqual(["HTXSNV", "HTTNV", "HTXSNV"]);
    const reason = of(out, "CC2").reasons.find((r) => r.ruleId === "quota.excellent")!;
    expect(reason.vi).toContain("trong toàn cơ quan · công chức:");
    expect(reason.en).toContain("in the whole agency · civil servants:");
    expect(reason.source).toBe("Nghị định 335/2025/NĐ-CP: HTXSNV không quá 20% số HTTNV");
  });

  it("under all-staff, everyone together: the viên chức with the fewest votes falls", () => {
    const out = in2026({ quotaPopulation: "all-staff" });
    expect(levels(out, ["CC1", "CC2", "VC1"])).toEqual(["HTXSNV", "HTXSNV", "HTTNV"]);
    expect(of(out, "VC1").reasons.find((r) => r.ruleId === "quota.excellent")!.vi).toContain(
      "trong toàn cơ quan:",
    );
  });
});

describe("a người lao động rated HTXSNV in the roster, counted by a headcount quota", () => {
  // No level is suggested for a người lao động, so the quota cannot lower theirs: the passes end when
  // no level moves, with the scope still over, instead of bounding them again for ever.
  it("ends, the công chức held within the quota as far as their own levels can be", () => {
    const contract: Row = { ...EXCELLENT, type: "NLĐ", level: "HTXSNV" };
    const out = run([...many(3, "Hợp đồng", contract), ...many(2, "Công chức", EXCELLENT)], {
      year: 2020,
      quotaBase: "headcount",
      quotaScopes: [{ scope: "agency" }],
    });
    expect(out).toHaveLength(5);
    expect(levels(out, ["Hợp đồng 1", "Hợp đồng 2", "Hợp đồng 3"])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(levels(out, ["Công chức 1", "Công chức 2"])).toEqual(["HTTNV", "HTTNV"]);
  });

  // Headcount 10, 20%: 2 may be HTXSNV. The người lao động's HTXSNV, written in the roster, stays
  // whatever its rank, so of the three công chức only the one with most votes keeps HTXSNV.
  const tenPeople = (votes: readonly number[]) => [
    ...votes.map((v, k) => ({ ...EXCELLENT, name: `Công chức ${k + 1}`, votes: v })),
    { ...EXCELLENT, name: "Hợp đồng", type: "NLĐ", level: "HTXSNV", votes: 5 },
    ...many(6, "Tốt", GOOD),
  ];
  const headcount: SettingsInput = { year: 2020, quotaBase: "headcount", quotaScopes: [{ scope: "agency" }] };

  it("keeps its place below the công chức: only as many of them keep HTXSNV as it leaves", () => {
    const out = run(tenPeople([10, 9, 8]), headcount);
    expect(levels(out, ["Công chức 1", "Công chức 2", "Công chức 3"])).toEqual(["HTXSNV", "HTTNV", "HTTNV"]);
    expect(out.filter((s) => s.level === "HTXSNV")).toHaveLength(1);
    expect(of(out, "Công chức 2").reasons[0]!.vi).toBe(
      "Ngoài tỷ lệ 20% HTXSNV trong toàn cơ quan: chỉ 2 người giữ được HTXSNV, người này xếp thứ 2/4 theo số phiếu rồi điểm",
    );
  });

  it("tells a tie at the edge once to each công chức in it, and not to the người lao động", () => {
    const out = run(tenPeople([10, 10, 10]), headcount);
    expect(levels(out, ["Công chức 1", "Công chức 2", "Công chức 3"])).toEqual(["HTXSNV", "HTTNV", "HTTNV"]);
    for (const name of ["Công chức 1", "Công chức 2", "Công chức 3"]) {
      const ties = of(out, name).reasons.filter((r) => r.vi.startsWith("Chưa chắc chắn: bằng số phiếu"));
      expect(ties, name).toHaveLength(1);
    }
    expect(of(out, "Hợp đồng").reasons.some((r) => r.ruleId === "quota.excellent")).toBe(false);
  });
});
