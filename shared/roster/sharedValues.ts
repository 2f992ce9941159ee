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

/** Slots of a column's table of numbers: a column of scores holds a few hundred different ones. */
const NUMBER_SLOTS = 2048;
const NUMBER_SLOT_BITS = 11;

/** A number's 64 bits, read as two 32-bit words to hash them. */
const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

/** One of NUMBER_SLOTS slots from the bits of a number (0 and -0 are told apart by the caller). */
function slotOf(key: number): number {
  bits[0] = key;
  return Math.imul(words[0]! ^ Math.imul(words[1]!, 0x85ebca6b), 0x9e3779b1) >>> (32 - NUMBER_SLOT_BITS);
}

/**
 * SharedValues for numbers, without a Map: a number hashes to a slot and the one beside it; when
 * both hold other numbers, the newcomer takes the first. Reading a column's scores this way costs a
 * few operations a cell, where a Map hashes a boxed number.
 */
export class SharedNumbers<V> {
  private readonly keys = new Float64Array(NUMBER_SLOTS).fill(Number.NaN);
  // Filled with undefined so that V8 keeps the values themselves, not copies of their bits.
  private readonly values: (V | undefined)[] = new Array<V | undefined>(NUMBER_SLOTS).fill(undefined);

  constructor(private readonly make: (key: number) => V) {}

  of(key: number): V {
    // -0 equals 0 in the table: it is kept as it was read, unshared.
    if (key === 0 && Object.is(key, -0)) return this.make(key);
    const first = slotOf(key);
    if (this.keys[first] === key) return this.values[first]!;
    const second = first ^ 1;
    if (this.keys[second] === key) return this.values[second]!;
    const slot = Number.isNaN(this.keys[second]!) ? second : first;
    const value = this.make(key);
    this.keys[slot] = key;
    this.values[slot] = value;
    return value;
  }
}
