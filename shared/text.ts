import { memoByText } from "./memo.js";

/**
 * Folds Vietnamese text for matching: Unicode NFD with combining marks removed, `đ` → `d`,
 * lower case, every run of white space (line breaks included) as one space.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** What `foldKey` computes, by normalising: the definition, and the path for text outside its table. */
export function foldKeyByNormalizing(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9%/ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/*
 * Names, units and labels are folded once or more per row, and Unicode normalisation would be the
 * engine's costliest step, so `foldKey` reads each character from a table built once from the
 * definition above; text the table does not cover falls back to the definition.
 */
/** Per UTF-16 code unit: the folded ASCII code, or one of these markers. */
const DROP = 0; // a combining mark foldText removes (U+0300–U+036F, or decomposing only into them)
const SEPARATOR = 1; // white space, punctuation, or any other text foldKey turns into a space
const FALLBACK = 2; // folds to more than one character: let foldKey decide
const FIRST_UNCOVERED = 0x1f00; // Latin Extended Additional (ạ…ỹ) ends at U+1EFF

// Every code unit has an entry, so the loops below need no range check of their own.
const TABLE = new Uint8Array(0x10000).fill(FALLBACK, FIRST_UNCOVERED);
for (let code = 0; code < FIRST_UNCOVERED; code++) {
  if (code >= 0xd800 && code <= 0xdfff) {
    TABLE[code] = FALLBACK;
    continue;
  }
  const folded = String.fromCharCode(code)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
  if (folded === "") TABLE[code] = DROP;
  else if (folded.length === 1 && /[a-z0-9%/]/.test(folded)) TABLE[code] = folded.charCodeAt(0);
  else if (!/[a-z0-9%/]/.test(folded)) TABLE[code] = SEPARATOR;
  else TABLE[code] = FALLBACK;
}

const SPACE = 32;
const LONGEST = 4096; // longer text goes to foldKey: no huge argument lists below
const buffer = new Uint16Array(LONGEST);

/** Folds `text` into `buffer`; returns the folded length, or -1 when only foldKey can fold it. */
function foldIntoBuffer(text: string): number {
  if (text.length > LONGEST) return -1;
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const mapped = TABLE[text.charCodeAt(i)]!;
    if (mapped === DROP) continue;
    if (mapped === SEPARATOR) {
      pendingSpace = length > 0;
      continue;
    }
    if (mapped === FALLBACK) return -1;
    if (pendingSpace) {
      buffer[length++] = SPACE;
      pendingSpace = false;
    }
    buffer[length++] = mapped;
  }
  return length;
}

/** `foldText`, then punctuation other than `%` and `/` turned into spaces: for headers, labels and names. */
export const foldKey = memoByText(function foldKey(text: string): string {
  const length = foldIntoBuffer(text);
  if (length < 0) return foldKeyByNormalizing(text);
  return String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
});

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a of what `foldIntoBuffer` would write, spaces left out, hashed as it goes; -1 when only
 * foldKey can fold the text. Leaving the spaces out keeps the loop to one test per character.
 */
function hashFolded(text: string): number {
  if (text.length > LONGEST) return -1;
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const mapped = TABLE[text.charCodeAt(i)]!;
    if (mapped > FALLBACK) hash = Math.imul(hash ^ mapped, FNV_PRIME);
    else if (mapped === FALLBACK) return -1;
  }
  return hash >>> 0;
}

/** Whether a UTF-16 code unit is white space to a regular expression's `\s` (and to `trim`). */
export function isWhiteSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === SPACE ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `foldHash(text)` when `text` is tidy: no white space at either end and none inside but single
 * spaces, as `cellText` leaves a cell; -1 when it is not. One pass does both: a roster's names are
 * each tidied by the reader and hashed by the duplicate check, and the second pass cost as much as the
 * first.
 */
export function tidyFoldHash(text: string): number {
  if (text.length > LONGEST) return -1;
  let hash = FNV_OFFSET;
  let afterSpace = true; // a space first would be a space at the start
  let covered = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = TABLE[code]!;
    if (mapped > FALLBACK) hash = Math.imul(hash ^ mapped, FNV_PRIME);
    else if (code === SPACE) {
      if (afterSpace) return -1;
      afterSpace = true;
      continue;
    } else if (isWhiteSpace(code)) return -1;
    else if (mapped === FALLBACK) covered = false;
    afterSpace = false;
  }
  if (afterSpace && text.length > 0) return -1;
  return covered ? hash >>> 0 : foldHash(text);
}

/**
 * A 32-bit hash (FNV-1a) of `foldKey(text)` with its spaces left out, made without building the
 * folded string: texts that fold alike hash alike, so rows can be bucketed by a number and only a
 * bucket's rows folded (names that differ only in spacing share a bucket too).
 */
export function foldHash(text: string): number {
  const hash = hashFolded(text);
  if (hash >= 0) return hash;
  const folded = foldKeyByNormalizing(text);
  let slow = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code !== SPACE) slow = Math.imul(slow ^ code, FNV_PRIME);
  }
  return slow >>> 0;
}
