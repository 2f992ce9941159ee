import { describe, expect, it } from "vitest";
import { SheetBuilder } from "../../shared/report/sheetBuilder.js";

describe("SheetBuilder row heights", () => {
  it("gives a one-row cell of wrapped text room for its lines, so a printed note does not spill over", () => {
    // Column B is 20 characters wide; `text` wraps, in Times New Roman 11: about 20 characters a line.
    const b = new SheetBuilder("A", [5, 20]);
    b.set(1, 2, "ngắn", "text");
    b.set(2, 2, "Vượt chỉ tiêu HTXSNV: nhóm «Phòng Kế hoạch · CC · lãnh đạo» vượt 1", "text");
    const heights = new Map(b.build().rowHeights.map((h) => [h.row, h.height]));
    expect(heights.has(1)).toBe(false);
    // 66 characters at ~20 a line: 4 lines, at least 4 × 11 points.
    expect(heights.get(2)).toBeGreaterThanOrEqual(44);
  });

  it("leaves cells merged down several rows, and a wide merged title, at their own height", () => {
    const b = new SheetBuilder("A", [10, 10, 10]);
    b.set(1, 1, "Số được đánh giá, xếp loại và nhiều chữ hơn nữa", "header");
    b.merge(1, 1, 2, 1);
    b.span(3, 1, 3, "Kết quả đánh giá, xếp loại", "text");
    expect(b.build().rowHeights).toEqual([]);
  });
});
