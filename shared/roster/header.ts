import { columnLetter, type SheetCell } from "../cells.js";

/** How many rows from the top a header may start in (RULES.md `input.header-not-found`). */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderColumn<K extends string> {
  index: number;
  letter: string;
  header: string;
  field?: K;
}

export interface HeaderBlock<K extends string> {
  /** 0-based indices of the header rows within the sheet's rows. */
  rows: number[];
  columns: HeaderColumn<K>[];
}

/** White space other than a single space: what `cellText` folds to one space. */
const LOOSE_SPACE = /[^\S ]| {2}/;

/** A cell as header or label text; a formula without its saved result reads as blank. */
export function cellText(value: SheetCell): string {
  if (typeof value === "string") {
    const text = value.trim();
    return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** Names the field of a header cell; `index` (0-based column) lets a mapping by column letter win. */
type Matcher<K extends string> = (text: string, index: number) => K | undefined;

/** A row's cells as header text (`cellText`), worked out once per row of the search. */
type Texts = readonly string[];

/**
 * What a sheet's own vocabulary adds to the search. `combine` names the field of a sub-header under
 * a group where the words alone cannot (a period under `Xếp loại theo quý`), says null for none, or
 * leaves it to the usual reading with undefined. `repeatable` fields keep every column naming them.
 */
export interface HeaderOptions<K extends string> {
  combine?: (group: string, sub: string, index: number) => K | null | undefined;
  repeatable?: ReadonlySet<K>;
}

function singleRow<K extends string>(row: Texts, match: Matcher<K>): HeaderColumn<K>[] {
  return row.map((header, index) => ({
    index,
    letter: columnLetter(index),
    header,
    field: header ? match(header, index) : undefined,
  }));
}

/**
 * A two-row header: a group header (merged, so only its first cell holds text) over sub-headers,
 * beside headers merged down both rows. A sub-header is read on its own unless the group adds the
 * words that name another field (`Xếp loại` under `Đảng viên` is the Party level).
 */
function twoRows<K extends string>(
  top: Texts,
  sub: Texts,
  match: Matcher<K>,
  combine: HeaderOptions<K>["combine"],
): HeaderColumn<K>[] {
  const width = Math.max(top.length, sub.length);
  const columns: HeaderColumn<K>[] = [];
  let group = "";
  for (let index = 0; index < width; index++) {
    const t = top[index] ?? "";
    const s = sub[index] ?? "";
    if (t) group = s ? t : "";
    const letter = columnLetter(index);
    if (!s) {
      columns.push({ index, letter, header: t, field: t ? match(t, index) : undefined });
      continue;
    }
    if (!group) {
      columns.push({ index, letter, header: s, field: match(s, index) });
      continue;
    }
    const header = `${group} / ${s}`;
    const named = combine?.(group, s, index);
    if (named !== undefined) {
      columns.push({ index, letter, header, field: named ?? undefined });
      continue;
    }
    const alone = match(s, index);
    const combined = match(`${group} ${s}`, index);
    const field = combined !== undefined && combined !== match(group, index) ? combined : alone;
    columns.push({ index, letter, header, field });
  }
  return columns;
}

/** Keeps the first column of each field; a later column naming the same field is left unmapped. */
function dedupe<K extends string>(
  columns: HeaderColumn<K>[],
  repeatable: ReadonlySet<K> | undefined,
): HeaderColumn<K>[] {
  const seen = new Set<K>();
  return columns.map((c) => {
    if (c.field === undefined || repeatable?.has(c.field)) return c;
    if (seen.has(c.field)) return { ...c, field: undefined };
    seen.add(c.field);
    return c;
  });
}

function fieldsOf<K extends string>(columns: readonly HeaderColumn<K>[]): Set<K> {
  return new Set(columns.flatMap((c) => (c.field === undefined ? [] : [c.field])));
}

/**
 * Finds the header among the first rows: the one- or two-row block that names the most fields
 * among those that `accept` takes as a header. Title rows above score low; so does a data row
 * below a real header, whose values name nothing.
 */
export function findHeader<K extends string>(
  rows: readonly (readonly SheetCell[])[],
  match: Matcher<K>,
  accept: (fields: ReadonlySet<K>) => boolean,
  options: HeaderOptions<K> = {},
): HeaderBlock<K> | undefined {
  let best: HeaderBlock<K> | undefined;
  let bestScore = 0;
  /** Takes a block naming more fields than the best so far; on a tie, only when `winsTie`. */
  const consider = (block: HeaderBlock<K>, winsTie = false) => {
    const fields = fieldsOf(block.columns);
    if ((fields.size > bestScore || (winsTie && fields.size === bestScore)) && accept(fields)) {
      best = block;
      bestScore = fields.size;
    }
  };
  const blockOf = (columns: HeaderColumn<K>[], at: number[]): HeaderBlock<K> => ({
    rows: at,
    columns: dedupe(columns, options.repeatable),
  });
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const texts = rows.slice(0, limit + 1).map((row) => Array.from(row, cellText));
  const filledAt = (row: Texts | undefined) => (row ?? []).flatMap((t, i) => (t === "" ? [] : [i]));
  for (let r = 0; r < limit; r++) {
    const row = texts[r]!;
    const top = filledAt(row);
    if (top.length === 0) continue;
    consider(blockOf(singleRow(row, match), [r]));
    const next = texts[r + 1];
    const sub = filledAt(next);
    // A title row (one cell, merged over the table from its left edge) groups nothing under it.
    if (!next || sub.length === 0 || (top.length === 1 && top[0]! <= sub[0]!)) continue;
    const below = blockOf(singleRow(next, match), [r + 1]);
    if (r + 1 < limit) consider(below);
    // The two rows must name more than the lower row alone, or as many but otherwise (a group that
    // turns `Xếp loại` into the Party level): a row above that changes nothing is not header.
    const two = blockOf(twoRows(row, next, match, options.combine), [r, r + 1]);
    const differs = two.columns.some((c) => c.field !== below.columns[c.index]?.field);
    consider(two, differs && best === below);
  }
  return best;
}

/**
 * A cell of a numbering row: `(1)`, `1`, `A`, and the 2026 rosters' sums `(6)=(4)+(5)`, `6 = 4 + 5`,
 * `(13)=[(9)+(10)]/2`: column numbers, alone or joined by arithmetic.
 */
const NUMBERING_CELL = /^[0-9a-z]{1,3}(?:[-=+*/:x×][0-9a-z]{1,3})*$/;

function isNumberingCell(text: string): boolean {
  return text.length <= 60 && NUMBERING_CELL.test(text.toLowerCase().replace(/[\s()[\]{}.,;]/g, ""));
}

/**
 * A numbering row under the header: `(1) (2) (3)…`, `1 2 3…`, `A B 1 2…` or `(1) … (6)=(4)+(5)`.
 * With `nameIndex`, the name column must hold a number too: a data row of short codes (`1`, a name,
 * `CC`, `HTT`, `x`) is a person, not numbering.
 */
export function isNumberingRow(row: readonly SheetCell[], nameIndex?: number): boolean {
  const texts = row.map(cellText).filter((t) => t !== "");
  if (texts.length < 2) return false;
  const name = nameIndex === undefined ? "" : cellText(row[nameIndex]);
  if (name !== "" && !isNumberingCell(name)) return false;
  const numbered = texts.filter(isNumberingCell);
  return numbered.length >= texts.length * 0.8;
}
