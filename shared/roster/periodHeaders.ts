import { memoByText } from "../memo.js";
import { foldKey } from "../text.js";
import type { FieldKey, PeriodField } from "./fields.js";
import type { ColumnInfo, Period } from "./person.js";

/*
 * The headers of 2026 rosters' period columns (ROSTER.md `periodScores`, `periodLevels`): `Quý I`,
 * `Quý 1`, `Điểm quý 1`, `Tháng 1`, `T1`, `Xếp loại quý I`, usually under a group header that names
 * periods without a number (`Điểm đánh giá hằng tháng`, `Xếp loại theo quý`). Headers are read once
 * per sheet, so plain word lists are fine here.
 */

const QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
/** Words before an unnumbered `quý` or `tháng` that make it name periods: `hằng tháng`, `theo quý`, `điểm quý`. */
const PERIOD_LEAD = new Set(["hang", "theo", "tung", "cac", "moi", "diem", "loai", "gia"]);
/** Words after `quy` or `thang` that make another word of it: `quy định`, `quỹ lương`, `thang điểm`. */
const NOT_PERIOD_NEXT: Readonly<Record<string, ReadonlySet<string>>> = {
  quy: new Set(["dinh", "che", "hoach", "trinh", "mo", "chuan", "uoc", "doi", "luong", "tac", "trach"]),
  thang: new Set(["diem", "do", "bac", "luong"]),
};
/** The whole sub-header of a score group's annual column: `Tổng`, `Cả năm`, `Bình quân`. */
const ANNUAL_SUBS = new Set([
  "tong",
  "tong cong",
  "cong",
  "nam",
  "ca nam",
  "binh quan",
  "binh quan nam",
  "trung binh",
  "trung binh nam",
]);

/** Longer text is no header (as in `vocabulary`): not folded at all. */
const MAX_HEADER_LENGTH = 160;
/** A header this long is a title (`Danh sách đánh giá quý I năm 2026`), not a period column. */
const MAX_PERIOD_WORDS = 10;
/** A group that gives its columns a period is short (`Quý I`, `Quý I năm 2026`). */
const MAX_PERIOD_GROUP_WORDS = 6;

/** Remembered: the header search reads the same headers once per candidate row. */
const wordsOf = memoByText(function wordsOf(text: string): readonly string[] {
  if (text.length > MAX_HEADER_LENGTH) return [];
  return foldKey(text)
    .split(/[ /]/)
    .filter((w) => w !== "");
});

function numberIn(word: string | undefined, max: number): number | undefined {
  if (word === undefined || !/^\d{1,2}$/.test(word)) return undefined;
  const n = Number(word);
  return n >= 1 && n <= max ? n : undefined;
}

/** The period a header names (`Quý II`, `Tháng 3`, `T12`); the last one wins (`Quý I / Tháng 2` is February). */
function periodIn(words: readonly string[]): Period | undefined {
  // A date (`ngày 10 tháng 12 năm 2026`) is a title or a signature, not a period.
  if (words.length > 2 * MAX_PERIOD_WORDS || words.includes("ngay")) return undefined;
  let found: Period | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w === "quy" && next !== undefined && QUARTERS[next] !== undefined)
      found = { unit: "quarter", index: QUARTERS[next] };
    else if (w === "thang" && numberIn(next, 12) !== undefined)
      found = { unit: "month", index: numberIn(next, 12)! };
    else if (w.length <= 3 && w.startsWith("t") && numberIn(w.slice(1), 12) !== undefined)
      found = { unit: "month", index: numberIn(w.slice(1), 12)! };
  }
  return found;
}

function hasPair(words: readonly string[], a: string, b: string): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === a && words[i + 1] === b) return true;
  return false;
}

/** `xếp loại`, `mức` (not `vượt mức`): the header is about levels. */
function talksOfLevels(words: readonly string[]): boolean {
  return hasPair(words, "xep", "loai") || words.some((w, i) => w === "muc" && words[i - 1] !== "vuot");
}

function talksOfScores(words: readonly string[]): boolean {
  return words.includes("diem");
}

/**
 * A group header that names periods without a number (`Điểm đánh giá hằng tháng`, `Xếp loại theo
 * quý`): never the annual score nor a level column. `Số tháng công tác` counts months, and
 * `Điểm bình quân các tháng` is the annual average: neither names periods.
 */
export function namesPeriods(text: string): boolean {
  const words = wordsOf(text);
  if (hasPair(words, "binh", "quan") || hasPair(words, "trung", "binh")) return false;
  return words.some((w, i) => {
    const next = words[i + 1];
    if (w !== "quy" && w !== "thang") return false;
    if (next !== undefined && (NOT_PERIOD_NEXT[w]!.has(next) || periodIn([w, next]) !== undefined))
      return false;
    return i > 0 && PERIOD_LEAD.has(words[i - 1]!);
  });
}

/** A single header's period field: `Quý I` is a score, `Xếp loại quý I` a level. */
export function periodField(text: string): PeriodField | undefined {
  const words = wordsOf(text);
  if (words.length > MAX_PERIOD_WORDS || periodIn(words) === undefined) return undefined;
  return talksOfLevels(words) ? "periodLevel" : "periodScore";
}

/**
 * A sub-header under a group, where the period and what the column holds may come from either:
 * `Quý I` under `Xếp loại theo quý` is a period level, `Điểm` under `Quý I` a period score, and
 * `Tổng` under `Điểm đánh giá` or `Điểm đánh giá hằng tháng` the annual score. Under a group naming
 * periods, another sub-header is read alone (null: it names nothing), never with the group's
 * words. Undefined: the words of both decide, as for any group.
 */
export function combinePeriodHeaders(
  group: string,
  sub: string,
  fieldOf: (text: string) => FieldKey | undefined,
): FieldKey | null | undefined {
  const subWords = wordsOf(sub);
  const groupWords = wordsOf(group);
  if (subWords.length <= MAX_PERIOD_WORDS && periodIn(subWords) !== undefined) {
    if (talksOfLevels(subWords)) return "periodLevel";
    if (talksOfScores(subWords)) return "periodScore";
    return talksOfLevels(groupWords) && !talksOfScores(groupWords) ? "periodLevel" : "periodScore";
  }
  if (groupWords.length <= MAX_PERIOD_GROUP_WORDS && periodIn(groupWords) !== undefined) {
    if (talksOfLevels(subWords)) return "periodLevel";
    if (talksOfScores(subWords)) return "periodScore";
    return undefined;
  }
  const periodGroup = namesPeriods(group);
  const scoreGroup = periodGroup ? !talksOfLevels(groupWords) : fieldOf(group) === "score";
  if (scoreGroup && ANNUAL_SUBS.has(subWords.join(" "))) return "score";
  return periodGroup ? (fieldOf(sub) ?? null) : undefined;
}

const periodKey = (field: FieldKey, p: Period) => `${field} ${p.unit} ${p.index}`;

/**
 * Gives each period column its period, read from its header. A column whose header names no
 * period is left unmapped, and so is a second column of the same field and period; except that
 * under a group of both scores and levels (`Điểm, xếp loại theo quý`) the periods' second run is
 * the levels.
 */
export function assignPeriods(columns: ColumnInfo[]): void {
  const seen = new Set<string>();
  for (const c of columns) {
    if (c.field !== "periodScore" && c.field !== "periodLevel") continue;
    const words = wordsOf(c.header);
    const period = periodIn(words);
    if (period === undefined) {
      c.field = undefined;
      continue;
    }
    if (c.field === "periodScore" && seen.has(periodKey("periodScore", period)) && talksOfLevels(words))
      c.field = "periodLevel";
    const key = periodKey(c.field, period);
    if (seen.has(key)) {
      c.field = undefined;
      continue;
    }
    seen.add(key);
    c.period = period;
  }
}
