import { describe, expect, it } from "vitest";
import {
  addSummaries,
  emptySummary,
  partyNotRatedReason,
  summarizeUnit,
  sumSummaries,
  type UnitSummary,
} from "../../shared/summary/index.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { PersonTable } from "../../shared/roster/personTable.js";

describe("the people not yet rated (RULES.md §3 input.level-missing)", () => {
  const people = [
    makePerson({ staffType: "CC", level: "HTTNV" }),
    makePerson({ staffType: "CC" }),
    makePerson({ staffType: "VC" }),
    makePerson({ staffType: "CC", level: "KXL", monthsWorked: 4 }),
    makePerson({ staffType: "CC", levelUnreadable: true, levelField: "finalLevel" }),
    // A sheet with a Party level column only: no staff level to fill.
    makePerson({ staffType: "CC", partyLevel: "HTTNV" }, makeSheet(["fullName", "partyLevel"])),
  ];

  it("counts the rows with no staff level and none unreadable, beside the `missing` counts", () => {
    const s = summarizeUnit(PersonTable.fromPeople(people));
    expect(s.notYetRated).toBe(2);
    expect(s.byStaffType.CC.missing).toBe(3);
    expect(s.byStaffType.VC.missing).toBe(1);
  });

  it("is 0 when everyone has a level, and adds up the tree", () => {
    expect(summarizeUnit(PersonTable.fromPeople(people.slice(0, 1))).notYetRated).toBe(0);
    expect(emptySummary().notYetRated).toBe(0);
    const whole = summarizeUnit(PersonTable.fromPeople(people));
    expect(
      addSummaries(
        summarizeUnit(PersonTable.fromPeople(people.slice(0, 2))),
        summarizeUnit(PersonTable.fromPeople(people.slice(2))),
      ),
    ).toEqual(whole);
    expect(sumSummaries([whole, whole]).notYetRated).toBe(4);
  });

  it("a summary stored before the count was kept adds as 0", () => {
    const older: UnitSummary = summarizeUnit(PersonTable.fromPeople(people));
    delete older.notYetRated;
    expect(addSummaries(older, summarizeUnit(PersonTable.fromPeople(people))).notYetRated).toBe(2);
  });
});

describe("a committee-only suspension in a note (RULES.md §4.1)", () => {
  const reason = (note: string) =>
    partyNotRatedReason(
      PersonTable.fromPeople([makePerson({ isPartyMember: true, partyLevel: "KXL", note })]),
      0,
    ).code;

  it("is no suspension from Party activity", () => {
    expect(reason("Đình chỉ sinh hoạt cấp ủy 6 tháng")).toBe("other");
    expect(reason("đình chỉ cấp uỷ")).toBe("other");
  });

  it("while a Party suspension still is", () => {
    expect(reason("Bị đình chỉ sinh hoạt đảng")).toBe("suspended");
    expect(reason("Đình chỉ sinh hoạt")).toBe("suspended");
  });
});
