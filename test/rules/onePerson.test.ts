import { describe, expect, it } from "vitest";
import type { RawFinding } from "../../shared/findings.js";
import type { Person } from "../../shared/roster/person.js";
import { PersonTable } from "../../shared/roster/personTable.js";
import { checkRow } from "../../shared/rules/onePerson.js";
import { quarterCapRule } from "../../shared/rules/quarterCap.js";
import type { RuleContext } from "../../shared/rules/rule.js";
import { resolveSettings, settingsSchema } from "../../shared/settings.js";
import { makePerson } from "../helpers/person.js";
import { periodSheet, periodValues } from "../helpers/periods.js";

describe("checkRow (the suggestions' rule runs, one person at a time)", () => {
  const settings = resolveSettings(settingsSchema.parse({ year: 2026, quarterCap: "all" }), 2026);
  const ctx: RuleContext = { settings, ruleSet: settings.ruleSet, collectives: new Map() };
  const quarters = periodSheet(["fullName", "staffType", "score", "finalLevel"], { levels: true });
  const row = (scores: (number | undefined)[], levels: Person["level"][]) =>
    makePerson(
      { staffType: "CC", level: "HTXSNV", score: 91, ...periodValues(quarters, scores, levels) },
      quarters,
    );
  const failed = row([95, 40, 95, 95], ["HTXSNV", "KHTNV", "HTXSNV", "HTXSNV"]);
  const clean = row([], []);
  const table = PersonTable.fromPeople([failed, clean, failed]);
  const check = (i: number) => {
    const found: RawFinding[] = [];
    checkRow([quarterCapRule], table, i, ctx, (f) => found.push(f));
    return found.map((f) => f.row);
  };

  it("sees only the row checked, not the failed periods of the rows beside it", () => {
    expect(check(0)).toEqual([failed.row]);
    expect(check(1)).toEqual([]);
    expect(check(2)).toEqual([failed.row]);
  });
});
