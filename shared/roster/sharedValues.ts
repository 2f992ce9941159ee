/** How many values one column shares; past that (a column of arbitrary values), values are kept as read. */
const SHARED_PER_COLUMN = 16_384;

/**
 * One copy of each value a column holds, shared by every row that has it. Rosters repeat the same
 * scores, dates and period levels down a column, and to V8 each copy kept per row is an object of
 * its own (a fractional number, a date's text, a period's value): 50,000 rows would otherwise keep
 * hundreds of thousands of them. What is shared is never changed: objects are frozen.
 */
export class SharedValues<K, V> {
  private readonly known = new Map<K, V>();

  constructor(private readonly make: (key: K) => V) {}

  of(key: K): V {
    // A map takes -0 for 0: a -0 is kept as it was read, unshared.
    if (Object.is(key, -0)) return this.make(key);
    let value = this.known.get(key);
    if (value === undefined) {
      value = this.make(key);
      if (this.known.size < SHARED_PER_COLUMN) this.known.set(key, value);
    }
    return value;
  }
}
