import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldKey, foldKeyByNormalizing } from "../../shared/text.js";

const VIETNAMESE =
  "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYaăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠỲÝỶỸỴ";
const OTHER = "0123456789 \t\n\u00a0%/-–.,()“”'’:;_ΣσςİıßǅﬁАяÆæ\u0301\u0303\u20d0\u200b\u3000漢😀";
const chars = [...VIETNAMESE, ...OTHER];

describe("foldKey", () => {
  it("folds as its definition does on names and units", () => {
    for (const text of [
      "Nguyễn Văn An",
      "  NGUYỄN   văn  AN ",
      "Nguyễn Văn An".normalize("NFD"),
      "Phòng Tổ chức – Cán bộ",
      "Đặng Thị Ý",
      "Chi bộ 3 (Khối Văn phòng)",
      "",
      "   ",
    ])
      expect(foldKey(text)).toBe(foldKeyByNormalizing(text));
  });

  it("agrees with its definition on any text from Vietnamese letters, marks, punctuation and other scripts", () => {
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(foldKey(t)).toBe(foldKeyByNormalizing(t));
        expect(foldKey(t.normalize("NFD"))).toBe(foldKeyByNormalizing(t));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with its definition on arbitrary strings, including very long ones", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (t) => {
        expect(foldKey(t)).toBe(foldKeyByNormalizing(t));
      }),
      { numRuns: 2000 },
    );
    const long = "Nguyễn Văn An ".repeat(500);
    expect(foldKey(long)).toBe(foldKeyByNormalizing(long));
  });
});
