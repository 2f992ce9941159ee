/**
 * The names the .xlsx readers match elements by: SpreadsheetML and package relationships by local
 * name whatever prefix a file binds to them and wherever it binds it (Excel writes none, the OpenXML
 * SDK `x:` on the root, other writers on a row or a string); an element of another namespace keeps
 * its qualified name, so no reader takes it for its own.
 */
import type { SaxesTagPlain } from "saxes";
import { describe, expect, it } from "vitest";
import { ElementNames } from "../../xlsx/elementNames.js";
import { PACKAGE_RELATIONSHIPS, SPREADSHEETML, type Namespaces } from "../../xlsx/namespaces.js";
import { READER_LIMITS } from "../../xlsx/readerLimits.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const EXCEL_2006 = "http://schemas.microsoft.com/office/excel/2006/main";

const tag = (name: string, attributes: Record<string, string> = {}): SaxesTagPlain =>
  ({ name, attributes, isSelfClosing: false }) as SaxesTagPlain;

/** Closes the innermost open element, in `namesOf`. */
const CLOSE = "close" as const;

/**
 * The names given as a part whose reader matches `namespaces` opens `tags`, each inside the one
 * before unless closed between.
 */
const namesIn = (namespaces: Namespaces, ...events: (SaxesTagPlain | typeof CLOSE)[]) => {
  const names = new ElementNames("XML part", namespaces);
  const open: SaxesTagPlain[] = [];
  return events.map((e) => (e === CLOSE ? names.close(open.pop()!) : names.open((open[open.length] = e))));
};
/** The names given in a worksheet, the shared strings or the workbook part. */
const namesOf = (...events: (SaxesTagPlain | typeof CLOSE)[]) => namesIn(SPREADSHEETML, ...events);

describe("elements of SpreadsheetML and the package relationships go by their local name", () => {
  it("unprefixed, as Excel writes them", () => {
    expect(namesOf(tag("worksheet", { xmlns: MAIN }), tag("row"), tag("c"))).toEqual([
      "worksheet",
      "row",
      "c",
    ]);
  });

  it.each([
    ["x: bound to SpreadsheetML on the root (OpenXML SDK)", "x", MAIN, SPREADSHEETML],
    ["ns0: bound to SpreadsheetML on the root (ElementTree)", "ns0", MAIN, SPREADSHEETML],
    ["the strict SpreadsheetML namespace", "s", STRICT, SPREADSHEETML],
    ["the package relationships, in a .rels part", "ns0", PACKAGE_RELS, PACKAGE_RELATIONSHIPS],
  ])("%s", (_what, prefix, namespace, namespaces) => {
    expect(
      namesIn(
        namespaces,
        tag(`${prefix}:root`, { [`xmlns:${prefix}`]: namespace }),
        tag(`${prefix}:c`),
        tag(`${prefix}:v`),
      ),
    ).toEqual(["root", "c", "v"]);
  });

  it("a prefix declared on the element that first uses it", () => {
    const root = tag("x:worksheet", { "xmlns:x": MAIN });
    expect(namesOf(root, tag("y:row", { "xmlns:y": MAIN }), tag("y:c"))).toEqual(["worksheet", "row", "c"]);
  });

  it("a prefix bound to SpreadsheetML on an unprefixed root", () => {
    expect(namesOf(tag("worksheet", { xmlns: MAIN, "xmlns:x": MAIN }), tag("x:row"), tag("c"))).toEqual([
      "worksheet",
      "row",
      "c",
    ]);
  });
});

describe("a prefix declared below the root holds for that element and those inside it", () => {
  it("declared on each row of a sheet of unprefixed elements", () => {
    const row = () => tag("x:row", { "xmlns:x": MAIN });
    expect(
      namesOf(
        tag("worksheet", { xmlns: MAIN }),
        tag("sheetData"),
        row(),
        tag("x:c"),
        tag("x:v"),
        CLOSE,
        CLOSE,
        CLOSE,
        row(),
        CLOSE,
        CLOSE,
      ),
    ).toEqual(["worksheet", "sheetData", "row", "c", "v", "v", "c", "row", "row", "row", "sheetData"]);
  });

  it("declared on sheetData, an element that uses it", () => {
    expect(
      namesOf(tag("worksheet", { xmlns: MAIN }), tag("x:sheetData", { "xmlns:x": MAIN }), tag("x:row")),
    ).toEqual(["worksheet", "sheetData", "row"]);
  });

  it("declared on an unprefixed element that does not use it", () => {
    expect(
      namesOf(tag("sst", { xmlns: MAIN }), tag("si", { "xmlns:x": MAIN }), tag("x:t"), CLOSE, CLOSE),
    ).toEqual(["sst", "si", "t", "t", "si"]);
  });

  it("not after the element that declares it closes", () => {
    expect(
      namesOf(tag("sst", { xmlns: MAIN }), tag("x:si", { "xmlns:x": MAIN }), CLOSE, tag("x:si")),
    ).toEqual(["sst", "si", "si", "x:si"]);
  });

  it("rebound to another namespace inside, and back to SpreadsheetML after", () => {
    expect(
      namesOf(
        tag("x:worksheet", { "xmlns:x": MAIN }),
        tag("x:extLst"),
        tag("x:ext", { "xmlns:x": EXCEL_2006 }),
        tag("x:row"),
        CLOSE,
        CLOSE,
        tag("x:row"),
      ),
    ).toEqual(["worksheet", "extLst", "x:ext", "x:row", "x:row", "x:ext", "row"]);
  });

  it("rebound to SpreadsheetML inside an element of another namespace", () => {
    expect(
      namesOf(
        tag("worksheet", { xmlns: MAIN }),
        tag("x:ext", { "xmlns:x": EXCEL_2006 }),
        tag("x:row"),
        tag("x:c", { "xmlns:x": MAIN }),
        tag("x:v"),
      ),
    ).toEqual(["worksheet", "x:ext", "x:row", "c", "v"]);
  });

  // Not looked for, so that an .ods's millions of elements cost nothing: no writer does it.
  it("not when the root binds the prefix to another namespace: its elements keep their qualified names", () => {
    expect(
      namesOf(tag("x:worksheet", { "xmlns:x": EXCEL_2006 }), tag("x:row", { "xmlns:x": MAIN }), tag("x:c")),
    ).toEqual(["x:worksheet", "x:row", "x:c"]);
  });
});

it("reads each open element's attributes once, however many prefixed elements open inside it", () => {
  // A hostile part nests 60 deep and cycles through twenty prefixes below: were declarations looked
  // for anew from each element outwards, each would cost the depth, not one.
  const reads = new Map<SaxesTagPlain, number>();
  const counted = (name: string, attributes: Record<string, string> = {}) => {
    const t = tag(name);
    const read = () => reads.set(t, (reads.get(t) ?? 0) + 1);
    t.attributes = new Proxy(attributes, {
      ownKeys: (target) => (read(), Reflect.ownKeys(target)),
      get: (target, key) => (read(), Reflect.get(target, key)),
    });
    return t;
  };
  const names = new ElementNames("xl/worksheets/sheet1.xml", SPREADSHEETML);
  const outer = [counted("worksheet", { xmlns: MAIN, "xmlns:x": MAIN })];
  for (let d = 1; d < 60; d++) outer.push(counted(d % 2 ? "x:e" : "e"));
  for (const t of outer) names.open(t);
  const inner: string[] = [];
  for (let i = 0; i < 2_000; i++) {
    const t = counted(i % 2 ? `p${i % 20}:e` : "x:c");
    inner.push(names.open(t));
    names.close(t);
  }
  expect(inner.slice(0, 4)).toEqual(["c", "p1:e", "c", "p3:e"]);
  // Its keys listed once, and the value of each declaration read once: the root's two at most.
  expect(reads.size).toBeGreaterThan(0);
  for (const [t, count] of reads) expect(count).toBeLessThanOrEqual(1 + Object.keys(t.attributes).length);
});

it("an empty prefix or xmlns: names no namespace, so no SpreadsheetML element", () => {
  expect(namesOf(tag("worksheet", { xmlns: MAIN }), tag(":row", { "xmlns:": MAIN }))).toEqual([
    "worksheet",
    ":row",
  ]);
  expect(namesOf(tag("worksheet", { xmlns: MAIN }), tag("xmlns:row", { "xmlns:xmlns": MAIN }))).toEqual([
    "worksheet",
    "xmlns:row",
  ]);
});

it("a part declaring more prefixes than the reader's bound is refused as damaged, naming the part", () => {
  // Elements each declaring a thousand prefixes, each read for the prefixed element inside it.
  const thousand: Record<string, string> = {};
  for (let i = 0; i < 1_000; i++) thousand[`xmlns:p${i}`] = EXCEL_2006;
  const names = new ElementNames("xl/worksheets/sheet1.xml", SPREADSHEETML);
  names.open(tag("worksheet", { xmlns: MAIN }));
  const elements = READER_LIMITS.maxPrefixDeclarations / 1_000;
  const openEach = (count: number) => {
    for (let i = 0; i < count; i++) {
      const outer = tag("e", thousand);
      const inner = tag("p1:c");
      names.open(outer);
      names.open(inner);
      names.close(inner);
      names.close(outer);
    }
  };
  openEach(elements);
  expect(() => openEach(1)).toThrow(
    expect.objectContaining({
      reason: "damaged",
      detail: expect.stringContaining("xl/worksheets/sheet1.xml"),
    }),
  );
});

it("a prefix is still named right after twenty others were used, whatever is remembered of them", () => {
  const others = Array.from({ length: 20 }, (_, i) => [
    tag(`p${i}:e`, { [`xmlns:p${i}`]: EXCEL_2006 }),
    CLOSE,
  ]);
  const names = namesOf(
    tag("x:worksheet", { "xmlns:x": MAIN }),
    tag("x:row"),
    CLOSE,
    ...others.flat(),
    tag("x:row"),
  );
  expect(names.at(-1)).toBe("row");
  expect(names.at(-2)).toBe("p19:e");
});

describe("elements of another namespace keep their qualified name", () => {
  it("xm:f in a sheet's extensions, bound on the root", () => {
    expect(
      namesOf(tag("x:worksheet", { "xmlns:x": MAIN, "xmlns:xm": EXCEL_2006 }), tag("xm:f"), tag("x:f")),
    ).toEqual(["worksheet", "xm:f", "f"]);
  });

  it("bound on the element that first uses it", () => {
    expect(
      namesOf(
        tag("worksheet", { xmlns: MAIN }),
        tag("o:row", { "xmlns:o": "urn:example:other" }),
        tag("o:c"),
      ),
    ).toEqual(["worksheet", "o:row", "o:c"]);
  });

  it("in a part whose root is unprefixed and binds no prefix to SpreadsheetML, as Excel writes them", () => {
    expect(namesOf(tag("worksheet", { xmlns: MAIN }), tag("o:row"), tag("row"))).toEqual([
      "worksheet",
      "o:row",
      "row",
    ]);
  });

  it("declared where the reader did not look (on an element below the root with another prefix)", () => {
    expect(namesOf(tag("x:worksheet", { "xmlns:x": MAIN }), tag("y:c"))).toEqual(["worksheet", "y:c"]);
  });

  it("an .ods's office: and table: elements", () => {
    const ODF = "urn:oasis:names:tc:opendocument:xmlns:";
    const root = tag("office:document-content", {
      "xmlns:office": `${ODF}office:1.0`,
      "xmlns:table": `${ODF}table:1.0`,
    });
    expect(namesOf(root, tag("table:table-row"))).toEqual(["office:document-content", "table:table-row"]);
  });

  it("the package relationships' in a worksheet: an r:row there is no row", () => {
    expect(
      namesOf(tag("worksheet", { xmlns: MAIN }), tag("r:row", { "xmlns:r": PACKAGE_RELS }), tag("r:c")),
    ).toEqual(["worksheet", "r:row", "r:c"]);
  });

  it("SpreadsheetML's in a .rels part: an x:Relationship there is no relationship", () => {
    expect(
      namesIn(
        PACKAGE_RELATIONSHIPS,
        tag("Relationships", { xmlns: PACKAGE_RELS }),
        tag("x:Relationship", { "xmlns:x": MAIN }),
      ),
    ).toEqual(["Relationships", "x:Relationship"]);
  });
});
