/**
 * RULES.md §3 `input.duplicate-person`: the same person listed twice — same folded name and birth
 * date (or birth year), or, where neither row gives a birth date, same folded name in the same unit.
 */
import type { Lang, Localized } from "../i18n.js";
import type { PersonTable } from "../roster/personTable.js";
import { foldKey } from "../text.js";
import { formatDate } from "./helpers.js";
import { rowFinding, type Emit, type Rule, type RuleContext } from "./rule.js";

function birthYear(table: PersonTable, i: number): number | undefined {
  const date = table.birthDate[i];
  if (date !== undefined) return Number(date.slice(0, 4));
  const year = table.birthYear[i]!;
  return year === year ? year : undefined;
}

/** The unit a row belongs to; a row with no unit belongs to its sheet (a roster is usually one unit's). */
function unitKey(table: PersonTable, i: number, cache: Map<string, string>): string {
  const unit = table.unit[i];
  if (unit === undefined) return `\u0000${table.runOf(i).sheet.name}`;
  let key = cache.get(unit);
  if (key === undefined) cache.set(unit, (key = foldKey(unit)));
  return key;
}

function where(table: PersonTable, i: number, sheet: string, lang: Lang): string {
  const row = lang === "vi" ? `dòng ${table.row[i]}` : `row ${table.row[i]}`;
  const name = table.runOf(i).sheet.name;
  return name === sheet ? row : `${row} (sheet “${name}”)`;
}

/** How many earlier rows a finding names; the rest are counted (RULES.md §3: output grows with the roster only). */
const LISTED = 3;

/** `dòng 7, dòng 8, dòng 9 và 4996 dòng khác`: the first earlier rows, then how many more. */
function earlierRows(
  table: PersonTable,
  cluster: readonly number[],
  count: number,
  sheet: string,
  lang: Lang,
): string {
  const listed = cluster
    .slice(0, Math.min(count, LISTED))
    .map((e) => where(table, e, sheet, lang))
    .join(", ");
  const more = count - LISTED;
  if (more <= 0) return listed;
  return lang === "vi" ? `${listed} và ${more} dòng khác` : `${listed} and ${more} more rows`;
}

/** The message of the `count + 1`-th row of a cluster, which repeats its first `count` rows. */
function message(table: PersonTable, i: number, cluster: readonly number[], count: number): Localized {
  const sheet = table.runOf(i).sheet.name;
  const date = table.birthDate[i];
  const year = birthYear(table, i);
  const unit = table.unit[i];
  const name = table.fullName[i];
  let vi = "";
  let en = "";
  if (date !== undefined) {
    vi = `, sinh ngày ${formatDate(date)}`;
    en = `, born ${formatDate(date)}`;
  } else if (year !== undefined) {
    vi = `, sinh năm ${year}`;
    en = `, born in ${year}`;
  } else if (unit !== undefined) {
    vi = `, cùng đơn vị “${unit}”`;
    en = `, same unit “${unit}”`;
  }
  return {
    vi: `Có thể trùng người: “${name}”${vi} đã có ở ${earlierRows(table, cluster, count, sheet, "vi")}; kiểm tra và bỏ dòng lặp`,
    en: `Possible duplicate: “${name}”${en} is already listed at ${earlierRows(table, cluster, count, sheet, "en")}; check and remove the repeated row`,
  };
}

/** The first row seen with a key, and the cluster it belongs to. */
interface First {
  index: number;
  cluster: number[];
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
function clustersOf(table: PersonTable, group: readonly number[], units: Map<string, string>): number[][] {
  const clusters: number[][] = [];
  const byDate = new Map<string, First>();
  const byYearOnly = new Map<number, First>(); // rows with a year and no date
  const byYear = new Map<number, First>(); // rows with a date or a year
  const byUnit = new Map<string, First>(); // rows with neither
  group.forEach((i, index) => {
    const date = table.birthDate[i];
    const year = birthYear(table, i);
    let match: First | undefined;
    if (date !== undefined) match = earliest(byDate.get(date), byYearOnly.get(year!));
    else if (year !== undefined) match = byYear.get(year);
    else match = byUnit.get(unitKey(table, i, units));
    const cluster = match?.cluster ?? [];
    if (cluster.length === 0) clusters.push(cluster);
    cluster.push(i);
    const first: First = { index, cluster };
    if (date !== undefined) {
      if (!byDate.has(date)) byDate.set(date, first);
    } else if (year !== undefined && !byYearOnly.has(year)) byYearOnly.set(year, first);
    if (year !== undefined) {
      if (!byYear.has(year)) byYear.set(year, first);
    } else if (!byUnit.has(unitKey(table, i, units))) byUnit.set(unitKey(table, i, units), first);
  });
  return clusters;
}

/**
 * Reports the later rows of each person listed more than once among rows that fold to the same
 * name. Each finding names its row and at most a few earlier ones (RULES.md §3).
 */
function checkSameName(
  table: PersonTable,
  group: readonly number[],
  units: Map<string, string>,
  ctx: RuleContext,
  emit: Emit,
): void {
  for (const cluster of clustersOf(table, group, units)) {
    if (cluster.length < 2) continue;
    const first = cluster.slice(0, LISTED + 1).map((i) => table.row[i]!);
    for (let k = 1; k < cluster.length; k++) {
      const i = cluster[k]!;
      const text = message(table, i, cluster, k);
      const finding = rowFinding(duplicatePersonRule, ctx, table, i, "fullName", text, "warning");
      // An input check, not a legal rule: no source to cite.
      delete finding.source;
      finding.rows = k <= LISTED ? first : [...first.slice(0, LISTED), table.row[i]!];
      emit(finding);
    }
  }
}

/** Rows whose names hash alike (in roster order), split by their folded name; hash collisions part here. */
function checkBucket(
  table: PersonTable,
  bucket: Uint32Array,
  units: Map<string, string>,
  ctx: RuleContext,
  emit: Emit,
): void {
  const byName = new Map<string, number[]>();
  for (const i of bucket) {
    const name = foldKey(table.fullName[i]!);
    if (name === "") continue;
    const same = byName.get(name);
    if (same) same.push(i);
    else byName.set(name, [i]);
  }
  for (const group of byName.values()) if (group.length > 1) checkSameName(table, group, units, ctx, emit);
}

/**
 * `rows` in order of their hashes, roster order kept among equal hashes: a radix sort, a byte of the
 * hash at a time, so that bucketing the rows stays linear however many share a hash.
 */
function byHash(hashes: Uint32Array, rows: Uint32Array): Uint32Array {
  const n = rows.length;
  let order: Uint32Array = rows;
  let spare: Uint32Array = new Uint32Array(n);
  const starts = new Uint32Array(257);
  for (let shift = 0; shift < 32; shift += 8) {
    starts.fill(0);
    for (let k = 0; k < n; k++) starts[((hashes[order[k]!]! >>> shift) & 255) + 1]!++;
    for (let b = 1; b <= 256; b++) starts[b]! += starts[b - 1]!;
    for (let k = 0; k < n; k++) {
      const row = order[k]!;
      spare[starts[(hashes[row]! >>> shift) & 255]!++] = row;
    }
    [order, spare] = [spare, order];
  }
  return order;
}

/**
 * The rows that may share their hash with another row, in roster order. Most rows share it with
 * none: a count per slot of a table four times the rows' number (a slot being a hash's low bits)
 * rules them out in one pass, so that only the few left are sorted.
 */
function sharedSlotRows(hashes: Uint32Array): Uint32Array {
  const n = hashes.length;
  let slots = 1;
  while (slots < 4 * n) slots *= 2;
  const mask = slots - 1;
  const seen = new Uint8Array(slots); // 0, 1, or 2 for two or more
  for (let i = 0; i < n; i++) {
    const slot = hashes[i]! & mask;
    if (seen[slot]! < 2) seen[slot]!++;
  }
  let count = 0;
  for (let i = 0; i < n; i++) if (seen[hashes[i]! & mask] === 2) count++;
  const rows = new Uint32Array(count);
  count = 0;
  for (let i = 0; i < n; i++) if (seen[hashes[i]! & mask] === 2) rows[count++] = i;
  return rows;
}

export const duplicatePersonRule: Rule = {
  id: "input.duplicate-person",
  title: { vi: "Một người ghi hai lần", en: "The same person listed twice" },
  source: () => "",
  appliesTo: () => true,
  checkTable(table, ctx, emit) {
    const n = table.size;
    if (n < 2) return;
    // Each row's folded name as a number (foldHash, kept by the table): rows whose names fold alike
    // hash alike, without a string per row.
    const hashes = table.nameHash.subarray(0, n);
    const order = byHash(hashes, sharedSlotRows(hashes));
    const units = new Map<string, string>();
    for (let start = 0; start < order.length;) {
      const hash = hashes[order[start]!]!;
      let end = start + 1;
      while (end < order.length && hashes[order[end]!] === hash) end++;
      if (end - start > 1) checkBucket(table, order.subarray(start, end), units, ctx, emit);
      start = end;
    }
  },
};
