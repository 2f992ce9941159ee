import { describe, expect, it } from "vitest";
import { partyAboveStaffRule } from "../../shared/rules/partyAboveStaff.js";
import type { Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";

// Columns: A name, B type, C final level, D Party level.
const sheet = makeSheet(["fullName", "staffType", "finalLevel", "partyLevel"]);
const member = (values: Partial<Person>) =>
  makePerson({ staffType: "VC", isPartyMember: true, ...values }, sheet);

describe("party.above-staff", () => {
  it("HTXSNV as Party member needs HTXSNV as staff", () => {
    const p = member({ level: "HTTNV", partyLevel: "HTXSNV" });
    const [f, ...rest] = runRule(partyAboveStaffRule, [p]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "party.above-staff", severity: "error", row: p.row, column: "D" });
    expect(f!.message).toBe(
      "Đảng viên xếp loại HTXSNV thì xếp loại viên chức cũng phải là HTXSNV, đang là HTTNV",
    );
    const [en] = runRule(partyAboveStaffRule, [p], { lang: "en" });
    expect(en!.message).toBe(
      "A Party member rated Excellent must also be Excellent as a public employee, but is Good",
    );
  });

  it("staff KHTNV forces Party KHTNV", () => {
    const [f] = runRule(partyAboveStaffRule, [
      member({ staffType: "CC", level: "KHTNV", partyLevel: "HTNV" }),
    ]);
    expect(f!.message).toBe(
      "Xếp loại công chức là KHTNV: xếp loại đảng viên phải là Không hoàn thành nhiệm vụ (KHTNV), đang ghi HTNV",
    );
  });

  it("otherwise the Party level is at most the staff level", () => {
    const [f] = runRule(partyAboveStaffRule, [
      member({ staffType: undefined, level: "HTNV", partyLevel: "HTTNV" }),
    ]);
    expect(f!.message).toBe(
      "Xếp loại cán bộ, công chức, viên chức là HTNV: xếp loại đảng viên cao nhất là Hoàn thành nhiệm vụ (HTNV), đang ghi HTTNV",
    );
  });

  it("is silent when the Party level is equal or lower", () => {
    const people = [
      member({ level: "HTTNV", partyLevel: "HTTNV" }),
      member({ level: "HTXSNV", partyLevel: "HTNV" }),
    ];
    expect(runRule(partyAboveStaffRule, people)).toEqual([]);
  });

  it("is silent for người lao động and when either level is not rated", () => {
    const people = [
      member({ staffType: "NLD", level: "HTNV", partyLevel: "HTXSNV" }),
      member({ level: "KXL", partyLevel: "HTXSNV" }),
      member({ levelUnreadable: true, partyLevel: "HTXSNV" }),
      member({ level: "KHTNV", partyLevel: "KXL" }),
    ];
    expect(runRule(partyAboveStaffRule, people)).toEqual([]);
  });
});
