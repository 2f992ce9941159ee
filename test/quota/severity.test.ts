/**
 * RULES.md §5: a derived group (unit × staff type × leader, where the roster has no peer group) is a
 * guess at the agency's groups, so its excess is a warning; the agency's own groups make it an error.
 */
import { describe, expect, it } from "vitest";
import { checkQuota } from "../../shared/quota/index.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { many, settings } from "./helpers.js";
import { PersonTable } from "../../shared/roster/personTable.js";

const PEER_SHEET = makeSheet(["fullName", "unit", "staffType", "isLeader", "peerGroup", "finalLevel"]);
const GROUPS = { quotaScopes: [{ scope: "group" as const }] };

describe("quota.excellent severity by the kind of group", () => {
  // 4 HTTNV and 1 HTXSNV: floor(0.8) = 0 allowed, 1 over, in every case below.
  it("a derived group over its quota is a warning that says why", () => {
    const people = [
      ...many(4, "Tốt", { unit: "Phòng A", staffType: "CC", level: "HTTNV" }),
      ...many(1, "Xuất sắc", { unit: "Phòng A", staffType: "CC", level: "HTXSNV" }),
    ];
    const { findings } = checkQuota(PersonTable.fromPeople(people), settings(GROUPS));
    expect(findings.map((f) => [f.scope, f.severity])).toEqual([
      ["group: Phòng A · CC · không lãnh đạo", "warning"],
    ]);
    expect(findings[0]!.message.vi).toContain("nên đây chỉ là cảnh báo");
    expect(findings[0]!.message.en).toContain("so this is only a warning");
  });

  it("a group from the peer-group column over its quota is an error", () => {
    const people = [
      ...many(4, "Tốt", { staffType: "CC", level: "HTTNV", peerGroup: "Chuyên viên" }, PEER_SHEET),
      makePerson({ staffType: "CC", level: "HTXSNV", peerGroup: "Chuyên viên" }, PEER_SHEET),
    ];
    const { findings } = checkQuota(PersonTable.fromPeople(people), settings(GROUPS));
    expect(findings.map((f) => [f.scope, f.severity])).toEqual([["group: Chuyên viên", "error"]]);
    expect(findings[0]!.message.vi).not.toContain("cảnh báo");
  });

  it("under 2026 a derived group is a warning too, named with its population", () => {
    const people = [
      ...many(4, "Tốt", { unit: "Phòng A", staffType: "VC", level: "HTTNV" }),
      makePerson({ unit: "Phòng A", staffType: "VC", level: "HTXSNV" }),
    ];
    const { findings } = checkQuota(PersonTable.fromPeople(people), settings({}, 2026));
    expect(findings.map((f) => [f.scope, f.severity])).toEqual([
      ["agency · VC", "error"],
      ["group · VC: Phòng A · VC · không lãnh đạo", "warning"],
    ]);
  });
});
