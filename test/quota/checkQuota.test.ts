import { describe, expect, it } from "vitest";
import { checkQuota } from "../../shared/quota/index.js";
import type { QuotaResult } from "../../shared/quota/index.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { many, NO_PEER_SHEET, settings } from "./helpers.js";
import { PersonTable } from "../../shared/roster/personTable.js";

const PEER_SHEET = makeSheet(["fullName", "unit", "staffType", "isLeader", "peerGroup", "finalLevel"]);

const find = (results: QuotaResult[], scope: string, key?: string) =>
  results.find((r) => r.scope === scope && (key === undefined || r.key === key));

describe("checkQuota: the agency scope, default settings", () => {
  // 9 công chức HTTNV and 2 HTXSNV: 20% × 9 = 1.8, floor 1 allowed, 1 over.
  const good = many(9, "Tốt", { unit: "Phòng A", staffType: "CC", level: "HTTNV" });
  const high = makePerson(
    { fullName: "Lê Văn Cao", unit: "Phòng A", staffType: "CC", level: "HTXSNV", votesFor: 12 },
    NO_PEER_SHEET,
  );
  const low = makePerson(
    { fullName: "Trần Thị Thấp", unit: "Phòng A", staffType: "CC", level: "HTXSNV", votesFor: 9 },
    NO_PEER_SHEET,
  );
  const { results, findings } = checkQuota(PersonTable.fromPeople([...good, low, high]), settings());

  it("counts the base on HTTNV only and allows floor(20% × 9) = 1", () => {
    const agency = find(results, "agency")!;
    expect(agency).toMatchObject({
      key: "agency",
      base: 9,
      baseKind: "good",
      rate: 0.2,
      excellent: 2,
      allowed: 1,
      excess: 1,
    });
    expect(agency.share).toBeCloseTo(2 / 9);
  });

  it("orders the HTXSNV by votes and puts the one with fewer votes outside the quota", () => {
    const agency = find(results, "agency")!;
    expect(agency.people.map((p) => [p.name, p.withinQuota])).toEqual([
      ["Lê Văn Cao", true],
      ["Trần Thị Thấp", false],
    ]);
    expect(agency.people[0]).toMatchObject({
      sheet: NO_PEER_SHEET.name,
      row: high.row,
      unit: "Phòng A",
      votes: 12,
    });
  });

  it("reports an error naming the scope, the counts and who is outside", () => {
    const f = findings.find((x) => x.scope === "agency")!;
    expect(f).toMatchObject({ ruleId: "quota.excellent", severity: "error", sheet: NO_PEER_SHEET.name });
    expect(f.rows).toEqual([high.row, low.row]);
    expect(f.message.vi).toContain("toàn cơ quan");
    expect(f.message.vi).toContain("2 người HTXSNV");
    expect(f.message.vi).toContain("9 người HTTNV");
    expect(f.message.vi).toContain("tối đa 1");
    expect(f.message.vi).toContain("Trần Thị Thấp");
    expect(f.message.vi).not.toContain("Lê Văn Cao");
    expect(f.message.en).toContain("at most 1");
    // Rule set 2023 (year 2024): ND90 as amended by ND48, QĐ124.
    expect(f.source).toContain("Nghị định 48/2023/NĐ-CP");
    expect(f.source).toContain("Quy định 124-QĐ/TW");
    expect(f.source).toContain("HTXSNV không quá 20% số HTTNV");
  });

  it("derives the group from unit × staff type × leader and says so", () => {
    const group = find(results, "group")!;
    expect(group).toMatchObject({
      key: "Phòng A · CC · không lãnh đạo",
      derived: true,
      base: 9,
      allowed: 1,
      excess: 1,
    });
    const f = findings.find((x) => x.scope?.startsWith("group"))!;
    expect(f.scope).toBe("group: Phòng A · CC · không lãnh đạo");
    expect(f.message.vi).toContain("suy ra");
    expect(f.message.vi).toContain("nhóm «Phòng A · CC · không lãnh đạo»");
    expect(f.message.en).toContain("derived");
    // In English the engine's own words are translated; the unit's name is the roster's.
    expect(f.message.en).toContain("the peer group «Phòng A · civil servants · non-leaders»");
    expect(f.message.en).toContain("Too many rated Excellent");
    expect(f.message.en).not.toMatch(/\b(HTXSNV|HTTNV|HTNV|KHTNV)\b/);
  });

  it("has no Party result when nobody is a Party member, and one finding per scope over quota", () => {
    expect(results.filter((r) => r.scope === "party")).toEqual([]);
    expect(findings).toHaveLength(2);
  });
});

describe("checkQuota: population", () => {
  it("4 HTTNV allow no HTXSNV", () => {
    const people = [
      ...many(4, "T", { staffType: "VC", level: "HTTNV" }),
      makePerson({ staffType: "VC", level: "HTXSNV" }),
    ];
    expect(find(checkQuota(PersonTable.fromPeople(people), settings()).results, "agency")).toMatchObject({
      base: 4,
      allowed: 0,
      excess: 1,
    });
  });

  it("leaves out NLĐ, KXL, unreadable and missing levels; keeps unknown staff types", () => {
    const people = [
      ...many(5, "CC", { staffType: "CC", level: "HTTNV" }),
      ...many(3, "NLĐ", { staffType: "NLD", level: "HTTNV" }),
      makePerson({ staffType: "NLD", level: "HTXSNV" }),
      makePerson({ staffType: "CC", level: "KXL" }),
      makePerson({ staffType: "CC", levelUnreadable: true }),
      makePerson({ staffType: "CC" }),
      makePerson({ level: "HTTNV" }), // staff type not given
    ];
    // base: 5 CC + 1 unknown = 6 HTTNV; the NLĐ's HTXSNV is not counted.
    expect(find(checkQuota(PersonTable.fromPeople(people), settings()).results, "agency")).toMatchObject({
      base: 6,
      excellent: 0,
      excess: 0,
    });
  });

  it("good-inclusive adds the HTXSNV to the base: 9 + 2 = 11, 2.2 allows 2", () => {
    const people = [
      ...many(9, "T", { staffType: "CC", level: "HTTNV" }),
      ...many(2, "X", { staffType: "CC", level: "HTXSNV" }),
    ];
    const agency = find(
      checkQuota(PersonTable.fromPeople(people), settings({ quotaBase: "good-inclusive" })).results,
      "agency",
    )!;
    expect(agency).toMatchObject({ base: 11, baseKind: "good-inclusive", allowed: 2, excess: 0 });
  });

  it("headcount counts everyone listed, NLĐ and KXL included, and NLĐ rated HTXSNV", () => {
    const people = [
      ...many(7, "CC", { unit: "Phòng A", staffType: "CC", level: "HTTNV" }),
      makePerson({
        fullName: "NLĐ xuất sắc",
        unit: "Phòng A",
        staffType: "NLD",
        level: "HTXSNV",
        votesFor: 20,
      }),
      makePerson({ unit: "Phòng A", staffType: "NLD", level: "HTNV" }),
      makePerson({ unit: "Phòng A", staffType: "CC", level: "KXL" }),
      ...many(2, "CC xuất sắc", { unit: "Phòng A", staffType: "CC", level: "HTXSNV", votesFor: 10 }),
      makePerson({ unit: "Phòng A", staffType: "CC", levelUnreadable: true }),
    ];
    // headcount: 7 + 1 + 1 + 1 + 2 = 12 (the unreadable row is out); 20% × 12 = 2.4 → 2; 3 HTXSNV → 1 over.
    const headcount = checkQuota(
      PersonTable.fromPeople(people),
      settings({ quotaBase: "headcount", quotaScopes: [{ scope: "unit" }] }),
    );
    expect(headcount.results).toHaveLength(1);
    expect(headcount.results[0]).toMatchObject({
      scope: "unit",
      key: "Phòng A",
      base: 12,
      excellent: 3,
      allowed: 2,
      excess: 1,
    });
    expect(headcount.results[0]!.people[0]!.name).toBe("NLĐ xuất sắc");
    expect(headcount.findings[0]!.source).toContain("tổng số người");
    // The same roster on HTTNV: base 7 → 1 allowed; the 2 công chức HTXSNV → 1 over; the NLĐ is out.
    const good = checkQuota(PersonTable.fromPeople(people), settings({ quotaScopes: [{ scope: "unit" }] }));
    expect(good.results[0]).toMatchObject({ base: 7, excellent: 2, allowed: 1, excess: 1 });
  });

  it("seed 001's double rule: headcount per unit and HTTNV per peer group, each entry with its base", () => {
    const people = [
      ...many(9, "T", { unit: "Phòng A", staffType: "CC", level: "HTTNV" }),
      ...many(2, "X", { unit: "Phòng A", staffType: "CC", level: "HTXSNV" }),
    ];
    const { results } = checkQuota(
      PersonTable.fromPeople(people),
      settings({ quotaScopes: [{ scope: "unit", base: "headcount" }, { scope: "group" }] }),
    );
    // unit: 11 people, 2.2 → 2 allowed, 0 over; group: 9 HTTNV, 1 allowed, 1 over.
    expect(find(results, "unit")).toMatchObject({ baseKind: "headcount", base: 11, allowed: 2, excess: 0 });
    expect(find(results, "group")).toMatchObject({ baseKind: "good", base: 9, allowed: 1, excess: 1 });
  });
});

describe("checkQuota: rounding through the setting", () => {
  const people = [
    ...many(7, "T", { staffType: "CC", level: "HTTNV" }),
    ...many(2, "X", { staffType: "CC", level: "HTXSNV" }),
  ];
  it.each([
    ["exact", 1, 1],
    ["round", 1, 1],
    ["ceil", 2, 0],
  ] as const)("%s at 7 HTTNV (1.4) allows %i", (rounding, allowed, excess) => {
    const agency = find(
      checkQuota(PersonTable.fromPeople(people), settings({ quotaRounding: rounding })).results,
      "agency",
    );
    expect(agency).toMatchObject({ base: 7, allowed, excess });
  });
});

describe("checkQuota: quota order", () => {
  it("sorts by votes, then score, highest first, with missing values last", () => {
    const people = [
      ...many(5, "T", { staffType: "CC", level: "HTTNV" }),
      makePerson({ fullName: "A", staffType: "CC", level: "HTXSNV", votesFor: 10, score: 80 }),
      makePerson({ fullName: "D", staffType: "CC", level: "HTXSNV", score: 99 }),
      makePerson({ fullName: "B", staffType: "CC", level: "HTXSNV", votesFor: 12 }),
      makePerson({ fullName: "C", staffType: "CC", level: "HTXSNV", votesFor: 10, score: 95 }),
      makePerson({ fullName: "E", staffType: "CC", level: "HTXSNV" }),
    ];
    // 5 HTTNV → 1 allowed; B (12 votes) stays, C then A (10 votes, score 95 > 80), then D (score only), E (nothing).
    const agency = find(checkQuota(PersonTable.fromPeople(people), settings()).results, "agency")!;
    expect(agency.people.map((p) => `${p.name}${p.withinQuota ? "+" : "-"}`)).toEqual([
      "B+",
      "C-",
      "A-",
      "D-",
      "E-",
    ]);
    expect(agency.excess).toBe(4);
  });
});

describe("checkQuota: unit rates", () => {
  it("applies a unit's approved 30% to its unit scope and derived groups, not to the agency", () => {
    const people = [
      ...many(10, "T", { unit: "Phòng Kế hoạch", staffType: "CC", level: "HTTNV" }),
      ...many(3, "X", { unit: "Phòng Kế hoạch", staffType: "CC", level: "HTXSNV" }),
    ];
    const s = settings({
      unitRates: { "PHÒNG KẾ HOẠCH": 0.3 },
      quotaScopes: [{ scope: "agency" }, { scope: "unit" }, { scope: "group" }],
    });
    const { results, findings } = checkQuota(PersonTable.fromPeople(people), s);
    // 30% × 10 = 3 allowed in the unit and its group; 20% × 10 = 2 in the agency, 1 over.
    expect(find(results, "unit")).toMatchObject({ key: "Phòng Kế hoạch", rate: 0.3, allowed: 3, excess: 0 });
    expect(find(results, "group")).toMatchObject({ derived: true, rate: 0.3, allowed: 3, excess: 0 });
    expect(find(results, "agency")).toMatchObject({ rate: 0.2, allowed: 2, excess: 1 });
    expect(findings.map((f) => f.scope)).toEqual(["agency"]);
  });
});

describe("checkQuota: groups", () => {
  it("uses the peer-group column where the roster has one, across units; blanks fall back to derived groups", () => {
    const people = [
      ...many(
        3,
        "A",
        { unit: "Phòng A", staffType: "CC", level: "HTTNV", peerGroup: "Chuyên viên" },
        PEER_SHEET,
      ),
      ...many(
        2,
        "B",
        { unit: "Phòng B", staffType: "CC", level: "HTTNV", peerGroup: "chuyen vien" },
        PEER_SHEET,
      ),
      makePerson(
        { fullName: "X", unit: "Phòng B", staffType: "CC", level: "HTXSNV", peerGroup: "Chuyên viên" },
        PEER_SHEET,
      ),
      makePerson(
        { fullName: "Y", unit: "Phòng B", staffType: "CC", level: "HTXSNV", isLeader: true },
        PEER_SHEET,
      ),
    ];
    const { results } = checkQuota(
      PersonTable.fromPeople(people),
      settings({ quotaScopes: [{ scope: "group" }] }),
    );
    // "Chuyên viên" and "chuyen vien" are one group: 5 HTTNV, 1 allowed, X within.
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ key: "Chuyên viên", base: 5, excellent: 1, allowed: 1, excess: 0 });
    expect(results[0]!.derived).toBeUndefined();
    // Y has no peer group: unit × type × leader, with no HTTNV in it: 0 allowed, 1 over.
    expect(results[1]).toMatchObject({
      key: "Phòng B · CC · lãnh đạo",
      derived: true,
      base: 0,
      allowed: 0,
      excess: 1,
    });
    expect(results[1]!.share).toBeUndefined();
  });

  it("groups people without a unit under a label of their own", () => {
    const { results } = checkQuota(
      PersonTable.fromPeople([makePerson({ staffType: "VC", level: "HTTNV" }, NO_PEER_SHEET)]),
      settings({ quotaScopes: [{ scope: "unit" }] }),
    );
    expect(results[0]!.key).toBe("(chưa ghi đơn vị)");
  });
});

describe("checkQuota: Party scope", () => {
  it("counts Party members per organisation on the Party level, whatever their staff level", () => {
    const people = [
      // Chi bộ 1: Party level 5 HTTNV (staff level HTXSNV) and 2 HTXSNV (staff level HTTNV).
      ...many(5, "Đảng viên tốt", {
        isPartyMember: true,
        partyCell: "Chi bộ 1",
        partyLevel: "HTTNV",
        staffType: "CC",
        level: "HTXSNV",
      }),
      makePerson({
        fullName: "P1",
        partyCell: "Chi bộ 1",
        partyLevel: "HTXSNV",
        staffType: "CC",
        level: "HTTNV",
        votesFor: 6,
      }),
      makePerson({
        fullName: "P2",
        partyCell: "Chi bộ 1",
        partyLevel: "HTXSNV",
        staffType: "NLD",
        level: "HTTNV",
        votesFor: 7,
      }),
      // A member with no cell given, and a non-member.
      makePerson({ fullName: "P3", isPartyMember: true, partyLevel: "HTTNV" }),
      makePerson({ fullName: "Q", staffType: "CC", level: "HTTNV" }),
    ];
    const { results, findings } = checkQuota(
      PersonTable.fromPeople(people),
      settings({ quotaScopes: [{ scope: "party" }] }),
    );
    // Chi bộ 1: 5 HTTNV → 1 allowed; P2 (7 votes) within, P1 (6) outside. The NLĐ member counts: Party rules bind every member.
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      scope: "party",
      key: "Chi bộ 1",
      base: 5,
      excellent: 2,
      allowed: 1,
      excess: 1,
    });
    expect(results[0]!.people.map((p) => [p.name, p.withinQuota])).toEqual([
      ["P2", true],
      ["P1", false],
    ]);
    expect(results[1]).toMatchObject({ key: "(chưa ghi chi bộ)", base: 1, excellent: 0 });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.scope).toBe("party: Chi bộ 1");
    expect(findings[0]!.source).toBe(
      "Quy định 124-QĐ/TW; Hướng dẫn 25-HD/BTCTW: HTXSNV không quá 20% số HTTNV",
    );
  });

  it("reports the Party members' share beside the agency's under ND48, not before", () => {
    const people = [
      // Staff: 8 HTTNV + 2 HTXSNV → share 2/8. Party: 4 HTTNV + 1 HTXSNV → 1/4.
      ...many(4, "ĐV", { staffType: "CC", level: "HTTNV", isPartyMember: true, partyLevel: "HTTNV" }),
      ...many(4, "NV", { staffType: "CC", level: "HTTNV" }),
      makePerson({ staffType: "CC", level: "HTXSNV", isPartyMember: true, partyLevel: "HTXSNV" }),
      makePerson({ staffType: "CC", level: "HTXSNV" }),
    ];
    const nd48 = find(checkQuota(PersonTable.fromPeople(people), settings({}, 2024)).results, "agency")!;
    expect(nd48.share).toBeCloseTo(0.25);
    expect(nd48.partyShare).toBeCloseTo(0.25);
    const nd90 = find(checkQuota(PersonTable.fromPeople(people), settings({}, 2021)).results, "agency")!;
    expect(nd90.partyShare).toBeUndefined();
  });
});

describe("checkQuota: output", () => {
  it("is plain JSON", () => {
    const people = [
      ...many(9, "T", { staffType: "CC", level: "HTTNV" }),
      ...many(2, "X", { staffType: "CC", level: "HTXSNV" }),
    ];
    const out = checkQuota(PersonTable.fromPeople(people), settings());
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it("always reports the agency, even when nobody is rated", () => {
    const { results, findings } = checkQuota(PersonTable.fromPeople([]), settings());
    expect(results).toEqual([
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
    expect(findings).toEqual([]);
  });
});

describe("checkQuota: a roster of one unit without a unit column, named and given an approved rate", () => {
  // 3 HTTNV and 1 HTXSNV, no unit on any row. At 20%: floor(0.6) = 0 allowed. At the unit's 50%:
  // floor(1.5) = 1 allowed, in the agency scope and in the unit's derived group alike.
  const people = [
    ...many(3, "Tốt", { staffType: "CC", level: "HTTNV" }),
    makePerson({ fullName: "Xuất Sắc", staffType: "CC", level: "HTXSNV" }, NO_PEER_SHEET),
  ];
  const { results, findings } = checkQuota(
    PersonTable.fromPeople(people),
    settings({ unitRates: { "Phòng Kế hoạch": 0.5 } }),
    "PHÒNG KẾ HOẠCH",
  );

  it("names the derived group after the unit and applies the unit's rate to it and to the agency", () => {
    expect(find(results, "agency")).toMatchObject({ rate: 0.5, allowed: 1, excess: 0 });
    expect(find(results, "group")).toMatchObject({
      key: "PHÒNG KẾ HOẠCH · CC · không lãnh đạo",
      rate: 0.5,
      allowed: 1,
      excess: 0,
    });
    expect(findings).toEqual([]);
  });

  it("keeps 20% for a roster whose unit has no approved rate", () => {
    const other = checkQuota(
      PersonTable.fromPeople(people),
      settings({ unitRates: { "Phòng Kế hoạch": 0.5 } }),
      "Phòng Tài vụ",
    );
    expect(find(other.results, "agency")).toMatchObject({ rate: 0.2, allowed: 0, excess: 1 });
    expect(find(other.results, "group")).toMatchObject({ rate: 0.2, allowed: 0, excess: 1 });
  });
});
