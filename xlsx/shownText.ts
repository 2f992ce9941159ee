/** How many characters of a text read from a file a message shows, its spelt-out codes included. */
const SHOWN_CHARACTERS = 20;

/**
 * Code points that would garble a message on a terminal, reorder it or not be seen in it, as
 * [first, last] ranges: C0 and C1 controls, the no-break space (not XML whitespace) and the soft
 * hyphen, the Arabic letter mark, the zero-width space, non-joiner and joiner with the left-to-right
 * and right-to-left marks, the line and paragraph separators with the bidi embeddings and overrides,
 * the word joiner and the invisible operators, the bidi isolates, and the zero-width no-break space
 * (a byte-order mark).
 */
const UNSHOWABLE: readonly (readonly [number, number])[] = [
  [0x00, 0x1f],
  [0x7f, 0xa0],
  [0xad, 0xad],
  [0x61c, 0x61c],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
];

const unshowable = (code: number) => UNSHOWABLE.some(([first, last]) => code >= first && code <= last);

/** A character as a message shows it: itself, or its code point (`[U+202E]`) when unshowable. */
function spelt(character: string): string {
  const code = character.codePointAt(0)!;
  return unshowable(code) ? `[U+${code.toString(16).toUpperCase().padStart(4, "0")}]` : character;
}

/**
 * A text read from a file as a message may quote it, each unshowable character spelt out as its code
 * point so that what is shown is what the file holds: at most 20 characters once spelt out (a
 * surrogate pair counts as one and is never split, nor is a spelt-out code), then `…` when the rest
 * is left out.
 */
export function shownText(text: string): string {
  let shown = "";
  let length = 0;
  for (const character of text) {
    const piece = spelt(character);
    length += piece === character ? 1 : piece.length;
    if (length > SHOWN_CHARACTERS) return `${shown}…`;
    shown += piece;
  }
  return shown;
}
