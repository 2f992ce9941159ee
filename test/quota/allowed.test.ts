import { describe, expect, it } from "vitest";
import { allowedExcellent } from "../../shared/quota/allowed.js";

describe("allowedExcellent (RULES.md §5 rounding)", () => {
  it("exact is floor(rate × base): 9 HTTNV allow 1, 4 allow none", () => {
    expect(allowedExcellent(0.2, 9, "exact")).toBe(1); // 1.8
    expect(allowedExcellent(0.2, 4, "exact")).toBe(0); // 0.8
    expect(allowedExcellent(0.2, 10, "exact")).toBe(2); // 2.0
    expect(allowedExcellent(0.2, 0, "exact")).toBe(0);
  });

  it("round and ceil differ from exact at 7 HTTNV (1.4) and 8 HTTNV (1.6)", () => {
    expect([7, 8].map((n) => allowedExcellent(0.2, n, "exact"))).toEqual([1, 1]);
    expect([7, 8].map((n) => allowedExcellent(0.2, n, "round"))).toEqual([1, 2]);
    expect([7, 8].map((n) => allowedExcellent(0.2, n, "ceil"))).toEqual([2, 2]);
  });

  it("is not thrown off by floating-point error", () => {
    // 0.2 × 15 is 3.0000000000000004 in binary floating point: ceil must still give 3.
    expect(allowedExcellent(0.2, 15, "ceil")).toBe(3);
    // 0.1 × 15 is 1.5000000000000002, 0.3 × 5 is 1.5: half rounds up either way.
    expect(allowedExcellent(0.1, 15, "round")).toBe(2);
    expect(allowedExcellent(0.3, 5, "round")).toBe(2);
    // 0.7 × 10 is 7.000000000000001: floor 7, ceil 7.
    expect(allowedExcellent(0.7, 10, "ceil")).toBe(7);
    expect(allowedExcellent(0.35, 20, "exact")).toBe(7);
  });
});
