/**
 * The names the .xlsx readers match elements by: SpreadsheetML and package relationships by local
 * name whatever prefix a file binds to them (Excel writes none, the OpenXML SDK `x:`, ElementTree
 * `ns0:`); an element of another namespace keeps its qualified name, so no reader takes it for its own.
 */
import type { SaxesTagPlain } from "saxes";
import { describe, expect, it } from "vitest";
import { ElementNames } from "../../xlsx/elementNames.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const EXCEL_2006 = "http://schemas.microsoft.com/office/excel/2006/main";

const tag = (name: string, attributes: Record<string, string> = {}): SaxesTagPlain =>
  ({ name, attributes, isSelfClosing: false }) as SaxesTagPlain;

/** The names given to `tags`, read in order as one part. */
const namesOf = (...tags: SaxesTagPlain[]) => {
  const names = new ElementNames();
  return tags.map((t) => names.of(t));
};

describe("elements of SpreadsheetML and the package relationships go by their local name", () => {
  it("unprefixed, as Excel writes them", () => {
    expect(namesOf(tag("worksheet", { xmlns: MAIN }), tag("row"), tag("c"))).toEqual([
      "worksheet",
      "row",
      "c",
    ]);
  });

  it.each([
    ["x: bound to SpreadsheetML on the root (OpenXML SDK)", "x", MAIN],
    ["ns0: bound to SpreadsheetML on the root (ElementTree)", "ns0", MAIN],
    ["the strict SpreadsheetML namespace", "s", STRICT],
    ["the package relationships", "ns0", PACKAGE_RELS],
  ])("%s", (_what, prefix, namespace) => {
    expect(
      namesOf(
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
});
