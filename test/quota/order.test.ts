import fc from "fast-check";
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

  it("sorts as a stable sort by votes, then score would, on groups of every size, ties and gaps included", () => {
    const value = fc.oneof(fc.constantFrom(Number.NaN, 0, -0, 10, 10.5), fc.integer({ min: 0, max: 30 }));
    const row = fc.record({ votesFor: value, score: value });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), (values) => {
        const table = PersonTable.fromPeople(values.map((v, i) => person(`p${i}`, v)));
        // Every second row, in reverse: the order given is not the rows' order.
        const rows = values
          .map((_, i) => i)
          .filter((i) => i % 2 === 0)
          .reverse();
        const key = (x: number) => (x === x ? x : -Infinity);
        const expected = [...rows].sort(
          (a, b) =>
            key(table.votesFor[b]!) - key(table.votesFor[a]!) ||
            key(table.score[b]!) - key(table.score[a]!) ||
            0,
        );
        expect(quotaOrder(table, rows)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
