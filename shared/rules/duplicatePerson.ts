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

function samePerson(a: Person, b: Person, units: Map<string, string>): boolean {
  if (a.birthDate !== undefined && b.birthDate !== undefined) return a.birthDate === b.birthDate;
  const ya = birthYear(a);
  const yb = birthYear(b);
  if (ya !== undefined || yb !== undefined) return ya === yb;
  return unitKey(a, units) === unitKey(b, units);
}

function where(p: Person, sheet: string, lang: Lang): string {
  const row = lang === "vi" ? `dòng ${p.row}` : `row ${p.row}`;
  return p.sheet.name === sheet ? row : `${row} (sheet “${p.sheet.name}”)`;
}

function message(person: Person, earlier: readonly Person[]): Localized {
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
    vi: `Có thể trùng người: “${person.fullName}”${vi} đã có ở ${earlier.map((e) => where(e, sheet, "vi")).join(", ")}; kiểm tra và bỏ dòng lặp`,
    en: `Possible duplicate: “${person.fullName}”${en} is already listed at ${earlier.map((e) => where(e, sheet, "en")).join(", ")}; check and remove the repeated row`,
  };
}

/** Reports the later rows of each person listed more than once among rows that fold to the same name. */
function checkSameName(
  group: readonly Person[],
  units: Map<string, string>,
  ctx: RuleContext,
  emit: Emit,
): void {
  // Each row joins the cluster of the first earlier row that is the same person.
  const clusters: Person[][] = [];
  const clusterOf: Person[][] = [];
  for (let j = 0; j < group.length; j++) {
    const p = group[j]!;
    let cluster: Person[] | undefined;
    for (let i = 0; i < j && !cluster; i++) if (samePerson(group[i]!, p, units)) cluster = clusterOf[i];
    if (cluster) cluster.push(p);
    else clusters.push((cluster = [p]));
    clusterOf.push(cluster);
  }
  for (const cluster of clusters) {
    if (cluster.length < 2) continue;
    const rows = cluster.map((p) => p.row);
    for (let k = 1; k < cluster.length; k++) {
      const p = cluster[k]!;
      const finding = personFinding(
        duplicatePersonRule,
        ctx,
        p,
        "fullName",
        message(p, cluster.slice(0, k)),
        "warning",
      );
      // An input check, not a legal rule: no source to cite.
      delete finding.source;
      finding.rows = rows;
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

export const duplicatePersonRule: Rule = {
  id: "input.duplicate-person",
  title: { vi: "Một người ghi hai lần", en: "The same person listed twice" },
  source: () => "",
  appliesTo: () => true,
  checkRoster(people, ctx, emit) {
    const n = people.length;
    if (n < 2) return;
    // Each row as one number, hash of its folded name above its index, sorted: rows whose names
    // fold alike become neighbours, in roster order, without a string map over the whole roster.
    const indexBits = Math.ceil(Math.log2(n));
    const dropBits = Math.max(0, indexBits - 21); // hash and index share a double's 53 exact bits
    const scale = 2 ** indexBits;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (foldHash(people[i]!.fullName) >>> dropBits) * scale + i;
    keys.sort();
    const units = new Map<string, string>();
    for (let start = 0; start < n;) {
      const hash = Math.floor(keys[start]! / scale);
      let end = start + 1;
      while (end < n && Math.floor(keys[end]! / scale) === hash) end++;
      if (end - start > 1) {
        const bucket: Person[] = [];
        for (let k = start; k < end; k++) bucket.push(people[keys[k]! - hash * scale]!);
        checkBucket(bucket, units, ctx, emit);
      }
      start = end;
    }
  },
};
