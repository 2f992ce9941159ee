/**
 * `input.duplicate-person` buckets rows by a 32-bit hash of their folded names: names that differ but
 * hash alike share a bucket, and must still be told apart there.
 */
import { describe, expect, it } from "vitest";
import { duplicatePersonRule } from "../../shared/rules/duplicatePerson.js";
import { foldHash } from "../../shared/text.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";

const sheet = makeSheet(["seq", "fullName", "birthDate", "unit", "finalLevel"]);

/** Two different names whose folded forms hash alike, found by trying names in turn. */
function collidingNames(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const name = `Nguyễn Văn ${i}`;
    const hash = foldHash(name);
    const other = seen.get(hash);
    if (other !== undefined) return [other, name];
    seen.set(hash, name);
  }
}

/** A name whose folded hash ends in the same 16 bits as `name`'s and differs above them. */
function sameLowBits(name: string): string {
  const low = foldHash(name) & 0xffff;
  for (let i = 0; ; i++) {
    const other = `Trần Thị ${i}`;
    if ((foldHash(other) & 0xffff) === low && foldHash(other) !== foldHash(name)) return other;
  }
}

describe("input.duplicate-person among names that hash alike", () => {
  const [a, b] = collidingNames();
  const person = (fullName: string) =>
    makePerson({ fullName, birthDate: "1980-01-01", level: "HTNV" }, sheet);

  it("finds the names", () => {
    expect(a).not.toBe(b);
    expect(foldHash(a)).toBe(foldHash(b));
  });

  it("does not take two names for one because they hash alike", () => {
    expect(runRule(duplicatePersonRule, [person(a), person(b)])).toEqual([]);
  });

  it("still finds the one repeated among them, wherever the rows are", () => {
    const first = person(b);
    const rows = [
      person(a),
      first,
      person("Trần Thị Bình"),
      person(b.toUpperCase()),
      person(a.normalize("NFD")),
    ];
    const findings = runRule(duplicatePersonRule, rows).sort((x, y) => x.row! - y.row!);
    expect(findings.map((f) => [f.row, f.rows])).toEqual([
      [rows[3]!.row, [first.row, rows[3]!.row]],
      [rows[4]!.row, [rows[0]!.row, rows[4]!.row]],
    ]);
  });

  // Rows are first sifted by their hashes' low bits: rows sharing those with another are kept for
  // the full comparison, whatever their whole hashes.
  it("tells apart names whose hashes share their low bits, and finds the one repeated among them", () => {
    const near = sameLowBits(a);
    const rows = [person(a), person(near), person("Lê Văn Cường"), person(near), person(a)];
    const findings = runRule(duplicatePersonRule, rows).sort((x, y) => x.row! - y.row!);
    expect(findings.map((f) => [f.row, f.rows])).toEqual([
      [rows[3]!.row, [rows[1]!.row, rows[3]!.row]],
      [rows[4]!.row, [rows[0]!.row, rows[4]!.row]],
    ]);
  });
});
