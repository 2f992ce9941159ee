import type { BadSharedString } from "./unreadable.js";
import { READER_LIMITS } from "./readerLimits.js";
import { shownText } from "./shownText.js";

/** XML's whitespace: space, tab, CR, LF; not a no-break space, which `trim()` would take too. */
const isXmlSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** No table holds 10^15 strings, and a longer number would lose digits. */
const MAX_SIGNIFICANT_DIGITS = 15;

/** Where `text` starts after the XML whitespace before it. */
function startOf(text: string): number {
  let start = 0;
  while (start < text.length && isXmlSpace(text.charCodeAt(start))) start++;
  return start;
}

/** Where `text` ends before the XML whitespace after it (and not before `start`). */
function endOf(text: string, start: number): number {
  let end = text.length;
  while (end > start && isXmlSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The string number a cell of type `s` holds: a whole number, leading zeros and XML whitespace
 * around it allowed; -1 when it holds none (empty, a sign, a point, a letter); Infinity when it has
 * more than 15 significant digits, a whole number past any table.
 */
export function sharedStringIndex(text: string): number {
  const start = startOf(text);
  const end = endOf(text, start);
  if (start === end) return -1;
  let n = 0;
  let significant = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    if (n > 0 || digit > 0) significant++;
    n = n * 10 + digit;
  }
  return significant > MAX_SIGNIFICANT_DIGITS ? Infinity : n;
}

/**
 * Why the text of a cell of type `s` names none of the strings, classified on the whole text, and
 * the index as a message shows it: a number past the table without its leading zeros, other text as
 * the cell holds it, either cut to what a message can show. A text the reader cut at a cell's limit
 * is told too long, whatever its first part: what followed the cut (more digits, a letter, an index
 * after 40,000 spaces) is not known.
 */
export function badIndex(text: string): Pick<BadSharedString, "problem" | "index"> {
  let start = startOf(text);
  const end = endOf(text, start);
  if (text.length >= READER_LIMITS.maxCellText)
    return { problem: "too-long", index: shownText(text.slice(start, end)) };
  if (start === end) return { problem: "empty", index: "" };
  if (sharedStringIndex(text) < 0) return { problem: "not-index", index: shownText(text.slice(start, end)) };
  while (start < end - 1 && text.charCodeAt(start) === 48) start++;
  return { problem: "past-table", index: shownText(text.slice(start, end)) };
}
