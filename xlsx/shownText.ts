/** How much of a text read from a file a message shows. */
const SHOWN_CHARACTERS = 20;

/**
 * Code points that would garble a message on a terminal or reorder it, as [first, last] ranges: C0
 * and C1 controls, the no-break space (invisible, and not XML whitespace), the Arabic letter mark,
 * the left-to-right and right-to-left marks, the line and paragraph separators with the bidi
 * embeddings and overrides, and the bidi isolates.
 */
const UNSHOWABLE: readonly (readonly [number, number])[] = [
  [0x00, 0x1f],
  [0x7f, 0xa0],
  [0x61c, 0x61c],
  [0x200e, 0x200f],
  [0x2028, 0x202e],
  [0x2066, 0x2069],
];

const unshowable = (code: number) => UNSHOWABLE.some(([first, last]) => code >= first && code <= last);

/**
 * A text read from a file as a message may quote it: its first 20 characters (a surrogate pair
 * counts as one and is never split), `…` when there is more, and each unshowable character as its
 * code point (`[U+202E]`), so that what is shown is what the file holds.
 */
export function shownText(text: string): string {
  let shown = "";
  let count = 0;
  for (const character of text) {
    if (count++ === SHOWN_CHARACTERS) return `${shown}…`;
    const code = character.codePointAt(0)!;
    shown += unshowable(code) ? `[U+${code.toString(16).toUpperCase().padStart(4, "0")}]` : character;
  }
  return shown;
}
