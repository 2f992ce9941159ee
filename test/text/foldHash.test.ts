import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellText } from "../../shared/roster/header.js";
import { foldHash, foldKeyByNormalizing, isWhiteSpace, tidyFoldHash } from "../../shared/text.js";

/** FNV-1a of the folded text without its spaces, spelled out: what `foldHash` must give without building the string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  const kept = text.replaceAll(" ", "");
  for (let i = 0; i < kept.length; i++) hash = Math.imul(hash ^ kept.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const VIETNAMESE = "AĂÂĐÊÔƠƯaăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
const OTHER = "0123456789 \t\n\u00a0%/-–.,()“”'’\u0301\u0303\u200b\u3000ﬁİß漢😀";
const chars = [...VIETNAMESE, ...OTHER];

describe("foldHash", () => {
  it("is FNV-1a of the folded text without spaces, on Vietnamese names, marks, punctuation and other scripts", () => {
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(foldHash(t)).toBe(fnv1a(foldKeyByNormalizing(t)));
        expect(foldHash(t.normalize("NFD"))).toBe(fnv1a(foldKeyByNormalizing(t)));
      }),
      { numRuns: 2000 },
    );
  });

  it("is FNV-1a of the folded text without spaces on arbitrary and very long strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (t) => {
        expect(foldHash(t)).toBe(fnv1a(foldKeyByNormalizing(t)));
      }),
      { numRuns: 2000 },
    );
    const long = "  Nguyễn Văn An ".repeat(500);
    expect(foldHash(long)).toBe(fnv1a(foldKeyByNormalizing(long)));
  });
});

describe("tidyFoldHash", () => {
  it("takes for white space what a regular expression's \\s takes, on every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it("is foldHash for text cellText leaves as it is, and -1 for any other", () => {
    const spaced = [...chars, " ", " ", "  ", "\u2003", "\ufeff", "\u2028", "\r\n"];
    const text = fc.array(fc.constantFrom(...spaced), { maxLength: 30 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 30 })), (t) => {
        expect(tidyFoldHash(t)).toBe(cellText(t) === t ? foldHash(t) : -1);
      }),
      { numRuns: 3000 },
    );
    for (const t of ["", "An", "Nguyễn Văn An", "Straße ﬁ", "An\u0301 B"])
      expect(tidyFoldHash(t)).toBe(foldHash(t));
    for (const t of [" An", "An ", "Văn  An", "Văn\tAn", "Văn\u00a0An", "An\n", " "])
      expect(tidyFoldHash(t)).toBe(-1);
  });

  it("leaves text longer than its buffer to cellText and foldHash", () => {
    expect(tidyFoldHash("Nguyễn Văn An ".repeat(400).trim())).toBe(-1);
  });
});
