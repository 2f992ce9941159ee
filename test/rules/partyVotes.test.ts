import { describe, expect, it } from "vitest";
import { partyVotesRule } from "../../shared/rules/partyVotes.js";
import type { Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";

// Columns: A name, B Party level, C votes in favour, D full members.
const sheet = makeSheet(["fullName", "partyLevel", "votesFor", "fullMembers"]);
const member = (values: Partial<Person>) =>
  makePerson({ isPartyMember: true, partyLevel: "HTXSNV", ...values }, sheet);

describe("party.votes", () => {
  it("exactly 2/3 fires under the default rule (more than 2/3)", () => {
    const p = member({ votesFor: 6, fullMembers: 9 });
    const [f, ...rest] = runRule(partyVotesRule, [p]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "party.votes", severity: "error", row: p.row, column: "B" });
    expect(f!.message).toBe(
      "Xếp loại đảng viên Hoàn thành xuất sắc nhiệm vụ (HTXSNV) cần trên 2/3 số đảng viên chính thức tán thành (có 6/9 phiếu, cần ít nhất 7)",
    );
    const [en] = runRule(partyVotesRule, [p], { lang: "en" });
    expect(en!.message).toBe(
      "Party level Excellent needs more than 2/3 of the full members in favour (6 of 9 votes, at least 7 needed)",
    );
  });

  it("exactly 2/3 is silent under at-least-two-thirds", () => {
    const p = member({ votesFor: 6, fullMembers: 9 });
    expect(runRule(partyVotesRule, [p], { settings: { votesRule: "at-least-two-thirds" } })).toEqual([]);
  });

  it("more than 2/3 is silent under both readings", () => {
    const p = member({ votesFor: 7, fullMembers: 10 });
    expect(runRule(partyVotesRule, [p])).toEqual([]);
    expect(runRule(partyVotesRule, [p], { settings: { votesRule: "at-least-two-thirds" } })).toEqual([]);
  });

  it("under 2/3 fires under both readings, with the votes each needs", () => {
    const p = member({ votesFor: 6, fullMembers: 10 });
    expect(runRule(partyVotesRule, [p])[0]!.message).toContain("cần ít nhất 7");
    const [f] = runRule(partyVotesRule, [p], { settings: { votesRule: "at-least-two-thirds" } });
    expect(f!.message).toBe(
      "Xếp loại đảng viên Hoàn thành xuất sắc nhiệm vụ (HTXSNV) cần từ 2/3 trở lên số đảng viên chính thức tán thành (có 6/10 phiếu, cần ít nhất 7)",
    );
  });

  it("is silent below HTXSNV and when the votes are not given", () => {
    const people = [member({ partyLevel: "HTTNV", votesFor: 0, fullMembers: 9 }), member({ fullMembers: 9 })];
    expect(runRule(partyVotesRule, people)).toEqual([]);
  });
});
