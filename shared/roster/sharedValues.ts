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

/** Slots of a column's table of numbers: hundredths from 0 to 40.95 apart, the span of a roster's scores. */
const NUMBER_SLOTS = 4096;

/**
 * SharedValues for numbers, without hashing: each number has one slot, by its hundredths, and a
 * newer number in the same slot takes it. A column's scores (85.5, 87.25) fall on slots of their own.
 */
export class SharedNumbers<V> {
  private readonly keys = new Float64Array(NUMBER_SLOTS).fill(Number.NaN);
  // Filled with undefined so that V8 keeps the values themselves, not copies of their bits.
  private readonly values: (V | undefined)[] = new Array<V | undefined>(NUMBER_SLOTS).fill(undefined);

  constructor(private readonly make: (key: number) => V) {}

  of(key: number): V {
    // -0 equals 0 in the table: it is kept as it was read, unshared.
    if (key === 0 && Object.is(key, -0)) return this.make(key);
    const slot = Math.round(key * 100) & (NUMBER_SLOTS - 1);
    if (this.keys[slot] === key) return this.values[slot]!;
    const value = this.make(key);
    this.keys[slot] = key;
    this.values[slot] = value;
    return value;
  }
}
