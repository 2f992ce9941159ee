import { describe, expect, it } from "vitest";
import { parseCell, rectAddress, rectCells } from "../../addin/excel/a1.js";
import { addressLists, halveLimits, mergeCells } from "../../addin/excel/cellAreas.js";
import { packSnapshot, unpackSnapshot } from "../../addin/excel/markSnapshot.js";
import { partText, partXml } from "../../addin/excel/workbookParts.js";

const areas = (cells: string[]) => mergeCells(cells).map(rectAddress);

describe("cells merged into areas", () => {
  it("merges runs in a row, then the same runs in consecutive rows", () => {
    expect(areas(["B2", "C2", "D2", "B3", "C3", "D3", "F3"])).toEqual(["B2:D3", "F3"]);
    expect(areas(["M6", "M7", "M8", "M10"])).toEqual(["M6:M8", "M10"]);
    expect(areas(["AA10", "Z10", "B1"])).toEqual(["B1", "Z10:AA10"]);
  });

  it("keeps every cell and no other", () => {
    const cells = ["A1", "B1", "B2", "C2", "C3", "E5", "E6", "F6", "Z99", "AB7"];
    const back = areas(cells).flatMap(rectCells);
    expect(back.sort()).toEqual([...cells].sort());
  });

  it("reads single-cell addresses, with or without $", () => {
    expect(parseCell("$AB$12")).toEqual({ row: 12, col: 28 });
    expect(parseCell("A1:B2")).toBeUndefined();
  });
});

describe("address lists", () => {
  const rects = mergeCells(Array.from({ length: 100 }, (_, i) => `C${2 * i + 1}`));

  it("keeps each list within its characters and areas, without splitting an area", () => {
    const lists = addressLists(rects, { maxChars: 50, maxAreas: 6 });
    expect(lists.every((l) => l.length <= 50 && l.split(",").length <= 6)).toBe(true);
    expect(lists.join(",").split(",")).toEqual(rects.map(rectAddress));
    expect(addressLists([], { maxChars: 50, maxAreas: 6 })).toEqual([]);
  });

  it("halves the limits for a refused list, down to one area a list", () => {
    expect(halveLimits({ maxChars: 2000, maxAreas: 128 })).toEqual({ maxChars: 1000, maxAreas: 64 });
    expect(halveLimits({ maxChars: 40, maxAreas: 1 })).toBeUndefined();
  });
});

describe("the kept snapshot", () => {
  it("packs cells by fill into areas and unpacks them to the same cells", () => {
    const previous = [
      { sheet: "A", address: "B2", pattern: "Solid", color: "#00B050" },
      { sheet: "A", address: "B3", pattern: "None", color: "#FFFFFF" },
      { sheet: "A", address: "B4", pattern: "None", color: "#FFFFFF" },
      { sheet: "B", address: "B3", pattern: "Gray25", color: "#FFFF00" },
    ];
    const packed = packSnapshot({ previous });
    expect(packed.fills.map((f) => f.cells)).toEqual(["B2", "B3:B4", "B3"]);
    const sort = (xs: typeof previous) =>
      [...xs].sort((a, b) => `${a.sheet}${a.address}`.localeCompare(`${b.sheet}${b.address}`));
    expect(sort(unpackSnapshot(packed).previous)).toEqual(sort(previous));
  });

  it("keeps JSON as the text of one XML element, whatever it holds", () => {
    const text = JSON.stringify({ s: "a<b>&c ]]> \"Danh sách\" 'x'" });
    const xml = partXml("urn:test", text);
    expect(partText(xml)).toBe(text);
    // As Excel may give it back: another declaration, a prefix, a CDATA section, references.
    expect(
      partText(`<?xml version="1.0"?>\n<x:data xmlns:x='urn:test'>&#123;<![CDATA["<"]]>&#x7D;</x:data>`),
    ).toBe('{"<"}');
    expect(partText("<other/>")).toBeUndefined();
  });
});
