import { memoByText } from "./memo.js";
import { foldKey } from "./text.js";
import type { Localized } from "./i18n.js";

/** The four levels of RULES.md §1 and `KXL` (not rated: counted, no level). */
export const LEVELS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV", "KXL"] as const;
export type Level = (typeof LEVELS)[number];
export type RatedLevel = Exclude<Level, "KXL">;
export const RATED_LEVELS: readonly RatedLevel[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];

const ORDER: Record<Level, number> = { HTXSNV: 4, HTTNV: 3, HTNV: 2, KHTNV: 1, KXL: 0 };

export const LEVEL_NAMES: Record<Level, Localized> = {
  HTXSNV: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Excellent" },
  HTTNV: { vi: "Hoàn thành tốt nhiệm vụ", en: "Good" },
  HTNV: { vi: "Hoàn thành nhiệm vụ", en: "Complete" },
  KHTNV: { vi: "Không hoàn thành nhiệm vụ", en: "Not complete" },
  KXL: { vi: "Không xếp loại", en: "Not rated" },
};

/** RULES.md §1 order: HTXSNV 4 … KHTNV 1; KXL has no order (0). */
export function levelOrder(level: Level): number {
  return ORDER[level];
}

export function isRated(level: Level | undefined): level is RatedLevel {
  return level !== undefined && level !== "KXL";
}

/** "Level A is above level B" means order(A) > order(B); not-rated levels are above nothing. */
export function isAbove(a: Level, b: Level): boolean {
  return isRated(a) && isRated(b) && ORDER[a] > ORDER[b];
}

const squash = (s: string) => foldKey(s).replace(/ /g, "");

const ALIASES: Record<Level, readonly string[]> = {
  HTXSNV: ["HTXSNV", "HTXS", "Xuất sắc", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc"],
  HTTNV: ["HTTNV", "HTT", "Tốt", "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt"],
  HTNV: ["HTNV", "HT", "Hoàn thành", "Hoàn thành nhiệm vụ"],
  KHTNV: ["KHTNV", "KHT", "Không hoàn thành", "Không hoàn thành nhiệm vụ"],
  KXL: ["KXL", "Không xếp loại", "Chưa xếp loại"],
};

const MAX_LABEL_LENGTH = 200;

const BY_ALIAS = new Map<string, Level>(
  LEVELS.flatMap((level) => ALIASES[level].map((alias) => [squash(alias), level] as const)),
);

/**
 * Reads a level label: case-, space-, diacritic- and Unicode-form-insensitive.
 * Returns undefined for text RULES.md §1 does not recognise.
 */
export const parseLevel = memoByText((text: string): Level | undefined => {
  // The longest label is a few dozen characters: a long cell is not a level, and is not folded.
  if (text.length > MAX_LABEL_LENGTH) return undefined;
  return BY_ALIAS.get(squash(text));
});
