import { describe, expect, it } from "vitest";
import { quotaOrder } from "../../shared/quota/index.js";
import type { Person } from "../../shared/roster/person.js";
import { PersonTable } from "../../shared/roster/personTable.js";
import { makePerson } from "../helpers/person.js";

/** The names of the people in quota order. */
function ordered(people: readonly Person[]): string[] {
  const table = PersonTable.fromPeople(people);
  return quotaOrder(
    table,
    people.map((_, i) => i),
  ).map((i) => table.fullName[i]!);
}

const person = (fullName: string, values: Partial<Person> = {}) =>
  makePerson({ fullName, level: "HTXSNV", ...values });

describe("quotaOrder (RULES.md §5)", () => {
  it("puts the most votes first, then the highest score, a missing value after every present one", () => {
    const people = [
      person("no votes, no score"),
      person("0 votes", { votesFor: 0, score: 99 }),
      person("12 votes, 80", { votesFor: 12, score: 80 }),
      person("12 votes, 95", { votesFor: 12, score: 95 }),
      person("12 votes, no score", { votesFor: 12 }),
      person("no votes, 99", { score: 99 }),
      person("7 votes", { votesFor: 7, score: 50 }),
    ];
    expect(ordered(people)).toEqual([
      "12 votes, 95",
      "12 votes, 80",
      "12 votes, no score",
      "7 votes",
      "0 votes",
      "no votes, 99",
      "no votes, no score",
    ]);
  });

  it("keeps roster order among ties, missing values included, and leaves its input as it was", () => {
    const people = [
      person("a", { votesFor: 10, score: 90 }),
      person("b"),
      person("c", { votesFor: 10, score: 90 }),
      person("d"),
      person("e", { votesFor: 10, score: 90 }),
    ];
    const before = [...people];
    expect(ordered(people)).toEqual(["a", "c", "e", "b", "d"]);
    expect(people).toEqual(before);
    expect(ordered([])).toEqual([]);
  });
});
