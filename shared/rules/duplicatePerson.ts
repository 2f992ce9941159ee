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
 * Row indices in order of their hashes, roster order kept among equal hashes: a radix sort, a byte
 * of the hash at a time, so that bucketing the rows stays linear however many share a hash.
 */
function byHash(hashes: Uint32Array): Uint32Array {
  const n = hashes.length;
  let order = new Uint32Array(n);
  let spare = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const starts = new Uint32Array(257);
  for (let shift = 0; shift < 32; shift += 8) {
    starts.fill(0);
    for (let i = 0; i < n; i++) starts[((hashes[i]! >>> shift) & 255) + 1]!++;
    for (let b = 1; b <= 256; b++) starts[b]! += starts[b - 1]!;
    for (let i = 0; i < n; i++) {
      const row = order[i]!;
      spare[starts[(hashes[row]! >>> shift) & 255]!++] = row;
    }
    [order, spare] = [spare, order];
  }
  return order;
}

export const duplicatePersonRule: Rule = {
  id: "input.duplicate-person",
  title: { vi: "Một người ghi hai lần", en: "The same person listed twice" },
  source: () => "",
  appliesTo: () => true,
  checkRoster(people, ctx, emit) {
    const n = people.length;
    if (n < 2) return;
    // Each row's folded name as a number, rows ordered by it: rows whose names fold alike become
    // neighbours, in roster order, without a string per row.
    const hashes = new Uint32Array(n);
    for (let i = 0; i < n; i++) hashes[i] = foldHash(people[i]!.fullName);
    const order = byHash(hashes);
    const units = new Map<string, string>();
    for (let start = 0; start < n;) {
      const hash = hashes[order[start]!]!;
      let end = start + 1;
      while (end < n && hashes[order[end]!] === hash) end++;
      if (end - start > 1) {
        const bucket: Person[] = [];
        for (let k = start; k < end; k++) bucket.push(people[order[k]!]!);
        checkBucket(bucket, units, ctx, emit);
      }
      start = end;
    }
  },
};
