/**
 * RULES.md §3 `input.duplicate-person`: the same person listed twice — same folded name and birth
 * date (or birth year), or, where neither row gives a birth date, same folded name in the same unit.
 */
import type { Lang, Localized } from "../i18n.js";
import type { Person } from "../roster/person.js";
import { foldHash, foldKey } from "../text.js";
import { formatDate } from "./helpers.js";
import { personFinding, type Emit, type Rule, type RuleContext } from "./rule.js";

function birthYear(p: Person): number | undefined {
  return p.birthDate === undefined ? p.birthYear : Number(p.birthDate.slice(0, 4));
}

/** The unit a row belongs to; a row with no unit belongs to its sheet (a roster is usually one unit's). */
function unitKey(p: Person, cache: Map<string, string>): string {
  const unit = p.unit;
  if (unit === undefined) return `\u0000${p.sheet.name}`;
  let key = cache.get(unit);
  if (key === undefined) cache.set(unit, (key = foldKey(unit)));
  return key;
}

function where(p: Person, sheet: string, lang: Lang): string {
  const row = lang === "vi" ? `dòng ${p.row}` : `row ${p.row}`;
  return p.sheet.name === sheet ? row : `${row} (sheet “${p.sheet.name}”)`;
}

/** How many earlier rows a finding names; the rest are counted (RULES.md §3: output grows with the roster only). */
const LISTED = 3;

/** `dòng 7, dòng 8, dòng 9 và 4996 dòng khác`: the first earlier rows, then how many more. */
function earlierRows(cluster: readonly Person[], count: number, sheet: string, lang: Lang): string {
  const listed = cluster
    .slice(0, Math.min(count, LISTED))
    .map((e) => where(e, sheet, lang))
    .join(", ");
  const more = count - LISTED;
  if (more <= 0) return listed;
  return lang === "vi" ? `${listed} và ${more} dòng khác` : `${listed} and ${more} more rows`;
}

/** The message of the `count + 1`-th row of a cluster, which repeats its first `count` rows. */
function message(person: Person, cluster: readonly Person[], count: number): Localized {
  const sheet = person.sheet.name;
  const year = birthYear(person);
  let vi = "";
  let en = "";
  if (person.birthDate !== undefined) {
    vi = `, sinh ngày ${formatDate(person.birthDate)}`;
    en = `, born ${formatDate(person.birthDate)}`;
  } else if (year !== undefined) {
    vi = `, sinh năm ${year}`;
    en = `, born in ${year}`;
  } else if (person.unit !== undefined) {
    vi = `, cùng đơn vị “${person.unit}”`;
    en = `, same unit “${person.unit}”`;
  }
  return {
    vi: `Có thể trùng người: “${person.fullName}”${vi} đã có ở ${earlierRows(cluster, count, sheet, "vi")}; kiểm tra và bỏ dòng lặp`,
    en: `Possible duplicate: “${person.fullName}”${en} is already listed at ${earlierRows(cluster, count, sheet, "en")}; check and remove the repeated row`,
  };
}

/** The first row seen with a key, and the cluster it belongs to. */
interface First {
  index: number;
  cluster: Person[];
}

function earliest(a: First | undefined, b: First | undefined): First | undefined {
  return a === undefined || (b !== undefined && b.index < a.index) ? b : a;
}

/**
 * Clusters rows that fold to the same name, in roster order: each row joins the cluster of the
 * first earlier row that is the same person. Same person: both birth dates equal; else, where one
 * row gives only a year, the same year; else, where neither gives either, the same unit. The first
 * row of each birth date, year and unit is kept in a map, so the earliest match is found without
 * comparing a row with every earlier one.
 */
function clustersOf(group: readonly Person[], units: Map<string, string>): Person[][] {
  const clusters: Person[][] = [];
  const byDate = new Map<string, First>();
  const byYearOnly = new Map<number, First>(); // rows with a year and no date
  const byYear = new Map<number, First>(); // rows with a date or a year
  const byUnit = new Map<string, First>(); // rows with neither
  group.forEach((p, index) => {
    const year = birthYear(p);
    let match: First | undefined;
    if (p.birthDate !== undefined) match = earliest(byDate.get(p.birthDate), byYearOnly.get(year!));
    else if (year !== undefined) match = byYear.get(year);
    else match = byUnit.get(unitKey(p, units));
    const cluster = match?.cluster ?? [];
    if (cluster.length === 0) clusters.push(cluster);
    cluster.push(p);
    const first: First = { index, cluster };
    if (p.birthDate !== undefined) {
      if (!byDate.has(p.birthDate)) byDate.set(p.birthDate, first);
    } else if (year !== undefined && !byYearOnly.has(year)) byYearOnly.set(year, first);
    if (year !== undefined) {
      if (!byYear.has(year)) byYear.set(year, first);
    } else if (!byUnit.has(unitKey(p, units))) byUnit.set(unitKey(p, units), first);
  });
  return clusters;
}

/**
 * Reports the later rows of each person listed more than once among rows that fold to the same
 * name. Each finding names its row and at most a few earlier ones (RULES.md §3).
 */
function checkSameName(
  group: readonly Person[],
  units: Map<string, string>,
  ctx: RuleContext,
  emit: Emit,
): void {
  for (const cluster of clustersOf(group, units)) {
    if (cluster.length < 2) continue;
    const first = cluster.slice(0, LISTED + 1).map((p) => p.row);
    for (let k = 1; k < cluster.length; k++) {
      const p = cluster[k]!;
      const finding = personFinding(
        duplicatePersonRule,
        ctx,
        p,
        "fullName",
        message(p, cluster, k),
        "warning",
      );
      // An input check, not a legal rule: no source to cite.
      delete finding.source;
      finding.rows = k <= LISTED ? first : [...first.slice(0, LISTED), p.row];
      emit(finding);
    }
  }
}

/** Rows whose names hash alike (in roster order), split by their folded name; hash collisions part here. */
function checkBucket(
  bucket: readonly Person[],
  units: Map<string, string>,
  ctx: RuleContext,
  emit: Emit,
): void {
  const byName = new Map<string, Person[]>();
  for (const p of bucket) {
    const name = foldKey(p.fullName);
    if (name === "") continue;
    const same = byName.get(name);
    if (same) same.push(p);
    else byName.set(name, [p]);
  }
  for (const group of byName.values()) if (group.length > 1) checkSameName(group, units, ctx, emit);
}

/**
 * Rows gathered as they come, each with the hash of its folded name, and a table of hashes seen:
 * open addressing on the hash, each slot holding its first row and the rows after it linked in
 * roster order, so that finding the names that come back stays linear and builds no string per row.
 */
class NameHashes {
  readonly people: Person[] = [];
  private hashes = new Uint32Array(1024);

  add(person: Person): void {
    const n = this.people.length;
    if (n === this.hashes.length) {
      const grown = new Uint32Array(n * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[n] = foldHash(person.fullName);
    this.people.push(person);
  }

  /** The rows of each hash held by more than one row, in roster order, buckets by their first row. */
  buckets(): Person[][] {
    const { people, hashes } = this;
    const n = people.length;
    let size = 16;
    while (size < 2 * n) size *= 2;
    const mask = size - 1;
    // Row index + 1 (0: none): each slot's first and last row; each row's next row of the same hash.
    const first = new Int32Array(size);
    const last = new Int32Array(size);
    const next = new Int32Array(n);
    const repeated: number[] = [];
    for (let i = 0; i < n; i++) {
      const hash = hashes[i]!;
      let slot = Math.imul(hash, 0x9e3779b1) >>> 0;
      for (; ; slot++) {
        slot &= mask;
        const head = first[slot]!;
        if (head === 0) {
          first[slot] = last[slot] = i + 1;
          break;
        }
        if (hashes[head - 1] === hash) {
          if (next[head - 1] === 0) repeated.push(head - 1);
          next[last[slot]! - 1] = i + 1;
          last[slot] = i + 1;
          break;
        }
      }
    }
    repeated.sort((a, b) => a - b);
    return repeated.map((head) => {
      const bucket: Person[] = [];
      for (let row = head + 1; row !== 0; row = next[row - 1]!) bucket.push(people[row - 1]!);
      return bucket;
    });
  }
}

export const duplicatePersonRule: Rule = {
  id: "input.duplicate-person",
  title: { vi: "Một người ghi hai lần", en: "The same person listed twice" },
  source: () => "",
  appliesTo: () => true,
  rosterPass(ctx) {
    const names = new NameHashes();
    return {
      visit: (person) => names.add(person),
      finish(emit) {
        const units = new Map<string, string>();
        for (const bucket of names.buckets()) checkBucket(bucket, units, ctx, emit);
      },
    };
  },
};
