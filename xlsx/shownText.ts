/** How many characters of a text read from a file a message shows, its spelt-out codes included. */
const SHOWN_CHARACTERS = 20;
/** Excel's longest sheet name: a name is shown whole unless a file made it longer. */
export const SHOWN_SHEET_NAME = 31;

/**
 * Characters that would garble a message on a terminal, reorder it or not be seen in it: controls,
 * format characters (bidi marks, embeddings, overrides and isolates, zero-width joiners, tags,
 * interlinear annotations), every space but the plain one, line and paragraph separators, what
 * Unicode calls default ignorable (variation selectors, the combining grapheme joiner, Hangul
 * fillers), private-use and unassigned code points, and lone surrogates.
 */
const UNSHOWABLE = /[\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\p{Co}\p{Cn}\p{Cs}]/u;

const unshowable = (character: string) => character !== " " && UNSHOWABLE.test(character);

/** A character as a message shows it: itself, or its code point (`[U+202E]`) when unshowable. */
function spelt(character: string): string {
  if (!unshowable(character)) return character;
  return `[U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`;
}

/**
 * A text read from a file as a message may quote it, each unshowable character spelt out as its code
 * point so that what is shown is what the file holds: at most `limit` characters once spelt out (a
 * surrogate pair counts as one and is never split, nor is a spelt-out code), then `…` when the rest
 * is left out.
 */
export function shownText(text: string, limit = SHOWN_CHARACTERS): string {
  let shown = "";
  let length = 0;
  for (const character of text) {
    const piece = spelt(character);
    length += piece === character ? 1 : piece.length;
    if (length > limit) return `${shown}…`;
    shown += piece;
  }
  return shown;
}
