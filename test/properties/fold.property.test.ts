import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldKey, foldText } from "../../shared/text.js";

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "Hoàn thành xuất sắc nhiệm vụ",
    "ĐẢNG VIÊN",
    "Họ và\ntên",
    "Ngày/tháng/năm sinh",
    "% vượt mức",
    "İ ẞ ǅ ﬁ Ω",
  ),
);

describe("folding (property)", () => {
  it("foldText is idempotent", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(foldText(foldText(s))).toBe(foldText(s));
      }),
      { numRuns: 1000 },
    );
  });

  it("foldKey is idempotent, and folding first changes nothing", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(foldKey(foldKey(s))).toBe(foldKey(s));
        expect(foldKey(foldText(s))).toBe(foldKey(s));
      }),
      { numRuns: 1000 },
    );
  });

  it("NFC and NFD fold alike", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(foldText(s.normalize("NFD"))).toBe(foldText(s.normalize("NFC")));
        expect(foldKey(s.normalize("NFD"))).toBe(foldKey(s.normalize("NFC")));
      }),
      { numRuns: 500 },
    );
  });

  it("foldKey gives lower-case letters, digits, `%`, `/` and single spaces", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(foldKey(s)).toMatch(/^(?:[a-z0-9%/]+(?: [a-z0-9%/]+)*)?$/);
      }),
      { numRuns: 500 },
    );
  });

  it("foldText has no leading, trailing or doubled white space", () => {
    fc.assert(
      fc.property(text, (s) => {
        const f = foldText(s);
        expect(f).toBe(f.trim());
        expect(f).not.toMatch(/\s\s|[^\S ]/);
      }),
      { numRuns: 500 },
    );
  });
});
