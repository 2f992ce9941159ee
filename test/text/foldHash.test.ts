import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldHash, foldKeyByNormalizing } from "../../shared/text.js";

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
