/**
 * RULES.md §9, quota under rule set 2026: with `quotaPopulation: by-law` (the default from 2026)
 * công chức are counted among công chức (ND335), viên chức among viên chức (ND233), and cán bộ with
 * everyone else; each staff scope per population. Counts by hand: allowed = floor(20% × HTTNV).
 */
import { describe, expect, it } from "vitest";
import { checkQuota, type QuotaResult } from "../../shared/quota/index.js";
import type { RawFinding } from "../../shared/findings.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { many, settings } from "./helpers.js";
import { PersonTable } from "../../shared/roster/personTable.js";

const PEER_SHEET = makeSheet(["fullName", "unit", "staffType", "isLeader", "peerGroup", "finalLevel"]);
const agencies = (results: QuotaResult[]) => results.filter((r) => r.scope === "agency");
const counts = (r: QuotaResult | undefined) => r && [r.population, r.base, r.excellent, r.allowed, r.excess];

/**
 * Công chức 10: 5 HTTNV, 2 HTXSNV, 1 HTNV, 1 KHTNV, 1 KXL. Viên chức 8: 6 HTTNV, 2 HTXSNV.
 * Cán bộ 5: 4 HTTNV, 1 HTXSNV. NLĐ 2: 1 HTTNV, 1 HTXSNV (in no quota). Four Party members among
 * the viên chức: 3 HTTNV and 1 HTXSNV on the Party level.
 */
const roster = () => [
  ...many(5, "CC tốt", { staffType: "CC", level: "HTTNV" }),
  ...many(2, "CC xuất sắc", { staffType: "CC", level: "HTXSNV" }),
  makePerson({ staffType: "CC", level: "HTNV" }),
  makePerson({ staffType: "CC", level: "KHTNV" }),
  makePerson({ staffType: "CC", level: "KXL" }),
  ...many(3, "VC đảng viên", { staffType: "VC", level: "HTTNV", isPartyMember: true, partyLevel: "HTTNV" }),
  ...many(3, "VC tốt", { staffType: "VC", level: "HTTNV" }),
  makePerson({ fullName: "VC xuất sắc 1", staffType: "VC", level: "HTXSNV", partyLevel: "HTXSNV" }),
  makePerson({ fullName: "VC xuất sắc 2", staffType: "VC", level: "HTXSNV" }),
  ...many(4, "CB tốt", { staffType: "CB", level: "HTTNV" }),
  makePerson({ fullName: "CB xuất sắc", staffType: "CB", level: "HTXSNV" }),
  makePerson({ staffType: "NLD", level: "HTTNV" }),
  makePerson({ staffType: "NLD", level: "HTXSNV" }),
];
const AGENCY = { quotaScopes: [{ scope: "agency" as const }] };

describe("quota per population under 2026 (by-law, the default)", () => {
  const { results, findings } = checkQuota(PersonTable.fromPeople(roster()), settings(AGENCY, 2026));
  const finding = (scope: string) => findings.find((f) => f.scope === scope)!;

  it("checks the agency once per population: công chức, viên chức, then the others", () => {
    // CC: 5 HTTNV → floor(1) = 1, 2 HTXSNV, 1 over. VC: 6 → floor(1.2) = 1, 2, 1 over.
    // Cán bộ: 4 → floor(0.8) = 0, 1, 1 over.
    expect(agencies(results).map(counts)).toEqual([
      ["CC", 5, 2, 1, 1],
      ["VC", 6, 2, 1, 1],
      ["other", 4, 1, 0, 1],
    ]);
    expect(results.every((r) => r.key === "agency")).toBe(true);
  });

  it("names each population's scope in the finding, in Vietnamese and English", () => {
    expect(findings.map((f) => [f.scope, f.severity])).toEqual([
      ["agency · CC", "error"],
      ["agency · VC", "error"],
      ["agency · other", "error"],
    ]);
    expect(finding("agency · CC").message.vi).toContain("trong toàn cơ quan · công chức:");
    expect(finding("agency · CC").message.en).toContain("in the whole agency · civil servants:");
    expect(finding("agency · VC").message.vi).toContain("trong toàn cơ quan · viên chức:");
    expect(finding("agency · VC").message.en).toContain("in the whole agency · public employees:");
    expect(finding("agency · other").message.vi).toContain("trong toàn cơ quan · cán bộ và đối tượng khác:");
    expect(finding("agency · other").message.en).toContain("in the whole agency · cadres and other staff:");
  });

  it("cites the law of each population: ND335, ND233, ND90 as amended by ND48", () => {
    expect(finding("agency · CC").source).toBe("Nghị định 335/2025/NĐ-CP: HTXSNV không quá 20% số HTTNV");
    expect(finding("agency · VC").source).toBe("Nghị định 233/2026/NĐ-CP: HTXSNV không quá 20% số HTTNV");
    expect(finding("agency · other").source).toBe(
      "Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP; Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW: HTXSNV không quá 20% số HTTNV",
    );
  });

  it("compares the Party members' share (1 of 3) with every population but the công chức", () => {
    const [cc, vc, other] = agencies(results);
    expect(cc).not.toHaveProperty("partyShare");
    expect(vc!.partyShare).toBeCloseTo(1 / 3);
    expect(other!.partyShare).toBeCloseTo(1 / 3);
  });

  it("counts everyone together under all-staff, as before 2026", () => {
    const all = checkQuota(
      PersonTable.fromPeople(roster()),
      settings({ ...AGENCY, quotaPopulation: "all-staff" }, 2026),
    );
    // 15 HTTNV → floor(3) = 3; 5 HTXSNV (the NLĐ's is not counted), 2 over.
    expect(agencies(all.results).map(counts)).toEqual([[undefined, 15, 5, 3, 2]]);
    expect(all.results[0]).not.toHaveProperty("population");
    expect(all.findings.map((f) => f.scope)).toEqual(["agency"]);
    expect(all.findings[0]!.message.vi).toContain("trong toàn cơ quan:");
  });

  it("puts viên chức with the cán bộ under vienChucBasis nd90", () => {
    const nd90 = checkQuota(
      PersonTable.fromPeople(roster()),
      settings({ ...AGENCY, vienChucBasis: "nd90" }, 2026),
    );
    // CC as above; cán bộ and viên chức: 10 HTTNV → 2, 3 HTXSNV, 1 over.
    expect(agencies(nd90.results).map(counts)).toEqual([
      ["CC", 5, 2, 1, 1],
      ["other", 10, 3, 2, 1],
    ]);
  });

  it("makes no result for a population with nobody in it", () => {
    const ccOnly = checkQuota(
      PersonTable.fromPeople(many(5, "CC", { staffType: "CC", level: "HTTNV" })),
      settings(AGENCY, 2026),
    );
    expect(agencies(ccOnly.results).map(counts)).toEqual([["CC", 5, 0, 1, 0]]);
  });

  it("keeps the one agency result, with no population, when nobody is rated", () => {
    const { results: none } = checkQuota(
      PersonTable.fromPeople([makePerson({ staffType: "NLD", level: "HTTNV" })]),
      settings({}, 2026),
    );
    expect(none).toEqual([
      {
        scope: "agency",
        key: "agency",
        base: 0,
        baseKind: "good",
        rate: 0.2,
        excellent: 0,
        allowed: 0,
        excess: 0,
        people: [],
      },
    ]);
  });

  it("counts everyone together before 2026, where all-staff is the rule set's", () => {
    expect(
      agencies(checkQuota(PersonTable.fromPeople(roster()), settings(AGENCY, 2025)).results).map(counts),
    ).toEqual([[undefined, 15, 5, 3, 2]]);
  });
});

describe("peer groups and units per population", () => {
  // "Chuyên viên": 5 CC HTTNV and 1 CC HTXSNV (within: floor(1) = 1), 4 VC HTTNV and 1 VC HTXSNV
  // (over: floor(0.8) = 0). Together it would be 9 HTTNV → 1 allowed, 2 HTXSNV, 1 over.
  const people = [
    ...many(
      5,
      "CC",
      { unit: "Phòng A", staffType: "CC", level: "HTTNV", peerGroup: "Chuyên viên" },
      PEER_SHEET,
    ),
    ...many(
      1,
      "CC xs",
      { unit: "Phòng A", staffType: "CC", level: "HTXSNV", peerGroup: "Chuyên viên" },
      PEER_SHEET,
    ),
    ...many(
      4,
      "VC",
      { unit: "Phòng A", staffType: "VC", level: "HTTNV", peerGroup: "Chuyên viên" },
      PEER_SHEET,
    ),
    ...many(
      1,
      "VC xs",
      { unit: "Phòng A", staffType: "VC", level: "HTXSNV", peerGroup: "Chuyên viên" },
      PEER_SHEET,
    ),
  ];

  it("splits a peer group of the roster by population; its excess is an error naming both", () => {
    const { results, findings } = checkQuota(
      PersonTable.fromPeople(people),
      settings({ quotaScopes: [{ scope: "group" }] }, 2026),
    );
    expect(results.map((r) => [r.key, ...counts(r)!])).toEqual([
      ["Chuyên viên", "CC", 5, 1, 1, 0],
      ["Chuyên viên", "VC", 4, 1, 0, 1],
    ]);
    expect(findings.map((f) => [f.scope, f.severity])).toEqual([["group · VC: Chuyên viên", "error"]]);
    expect(findings[0]!.message.vi).toContain("trong nhóm «Chuyên viên» · viên chức:");
    expect(findings[0]!.message.en).toContain("in the peer group «Chuyên viên» · public employees:");
  });

  it("splits a unit likewise, and names it", () => {
    const { findings } = checkQuota(
      PersonTable.fromPeople(people),
      settings({ quotaScopes: [{ scope: "unit" }] }, 2026),
    );
    expect(findings.map((f) => f.scope)).toEqual(["unit · VC: Phòng A"]);
    expect(findings[0]!.message.vi).toContain("trong đơn vị «Phòng A» · viên chức:");
  });

  it("leaves the Party scope as it was: one population per Party organisation", () => {
    const members = [
      ...many(4, "ĐV", { staffType: "CC", level: "HTTNV", partyCell: "Chi bộ 1", partyLevel: "HTTNV" }),
      makePerson({ staffType: "VC", level: "HTTNV", partyCell: "Chi bộ 1", partyLevel: "HTXSNV" }),
    ];
    const { results, findings } = checkQuota(
      PersonTable.fromPeople(members),
      settings({ quotaScopes: [{ scope: "party" }] }, 2026),
    );
    expect(results.map((r) => [r.key, ...counts(r)!])).toEqual([["Chi bộ 1", undefined, 4, 1, 0, 1]]);
    expect(findings.map((f: RawFinding) => f.scope)).toEqual(["party: Chi bộ 1"]);
  });
});
