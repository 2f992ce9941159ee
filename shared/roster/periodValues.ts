import type { Level } from "../levels.js";
import type { Period, PeriodValue } from "./person.js";

/** How many values one column shares; past that (a column of arbitrary decimals), values are made anew. */
const SHARED_PER_COLUMN = 4096;

/**
 * The filled cells of one period column as people hold them. A roster repeats the same few scores and
 * levels down each quarter's column, and 50,000 rows would otherwise keep 200,000 small objects: each
 * value is made once per column, frozen, and shared by every row that has it.
 */
export class PeriodColumnValues<T extends number | Level> {
  private readonly known = new Map<T, PeriodValue<T>>();

  constructor(
    private readonly period: Period,
    private readonly column: string,
  ) {}

  of(value: T): PeriodValue<T> {
    // A map takes -0 for 0: a -0 is kept as it was read, unshared.
    const shared = !Object.is(value, -0);
    let made = shared ? this.known.get(value) : undefined;
    if (made === undefined) {
      made = Object.freeze({ period: this.period, value, column: this.column }) as PeriodValue<T>;
      if (shared && this.known.size < SHARED_PER_COLUMN) this.known.set(value, made);
    }
    return made;
  }
}
