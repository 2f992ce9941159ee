/**
 * What a row derived rather than read from its own column, as bits (a person table's `derived`
 * column) and as the record a Person carries.
 */
import type { Person } from "./person.js";

type Derived = Person["derived"];
type Deriving = { -readonly [K in keyof Derived]: Derived[K] };

export const DERIVED_UNIT = 1;
export const DERIVED_STAFF_TYPE = 2;
export const DERIVED_LEADER = 4;
export const DERIVED_HEAD = 8;

/**
 * The record of each combination of the four bits: made once and frozen, since every row of a sheet
 * derives alike and 50,000 rows need not hold 50,000 copies of `{ isHead: "position" }`.
 */
export const DERIVED: readonly Derived[] = Array.from({ length: 16 }, (_, bits) => {
  const derived: Deriving = {};
  if (bits & DERIVED_UNIT) derived.unit = "section";
  if (bits & DERIVED_STAFF_TYPE) derived.staffType = "section";
  if (bits & DERIVED_LEADER) derived.isLeader = "position";
  if (bits & DERIVED_HEAD) derived.isHead = "position";
  return Object.freeze(derived);
});

/** The bits of a derivation record. */
export function derivedBits(derived: Derived): number {
  return (
    (derived.unit ? DERIVED_UNIT : 0) |
    (derived.staffType ? DERIVED_STAFF_TYPE : 0) |
    (derived.isLeader ? DERIVED_LEADER : 0) |
    (derived.isHead ? DERIVED_HEAD : 0)
  );
}
