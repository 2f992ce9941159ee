import type { SaxesTagPlain } from "saxes";

/**
 * The namespaces whose elements the .xlsx readers match by local name: SpreadsheetML (transitional
 * and strict) and the package relationships.
 */
const OOXML_NAMESPACES: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
  "http://schemas.openxmlformats.org/package/2006/relationships",
]);

const DECLARATION = "xmlns:";

/**
 * The name a reader matches an element by, whatever prefix the part binds to its namespace: Excel
 * writes SpreadsheetML unprefixed, the OpenXML SDK as `x:sheet`, Python's ElementTree as `ns0:si`.
 * An element of the OOXML namespaces goes by its local name; one whose prefix is bound to another
 * namespace (`xm:f` in a sheet's extensions, `table:table-row` in an .ods) keeps its qualified name,
 * so that no reader takes it for one of its own. The first element decides: unless it binds a
 * prefix to an OOXML namespace, names pass as they are, at no cost on the sheet reader's hot path
 * (every part Excel writes, every .ods); otherwise declarations are read on it and on each element
 * whose prefix is not yet known, and a prefix declared nowhere looked at is kept.
 */
export class ElementNames {
  /** Prefix → whether it is bound to one of the OOXML namespaces, for the declarations read so far. */
  private readonly prefixes = new Map<string, boolean>();
  /** Whether names are looked at; undefined before the first element. */
  private prefixed: boolean | undefined;

  /** Kept small, so that it is inlined where names pass as they are. */
  of(tag: SaxesTagPlain): string {
    return this.prefixed === false ? tag.name : this.lookedAt(tag);
  }

  private lookedAt(tag: SaxesTagPlain): string {
    if (this.prefixed === undefined) {
      this.declare(tag);
      this.prefixed = [...this.prefixes.values()].includes(true);
      if (!this.prefixed) return tag.name;
    }
    const qualified = tag.name;
    const colon = qualified.indexOf(":");
    if (colon < 0) return qualified;
    const prefix = qualified.slice(0, colon);
    if (!this.prefixes.has(prefix)) this.declare(tag);
    return this.prefixes.get(prefix) ? qualified.slice(colon + 1) : qualified;
  }

  private declare(tag: SaxesTagPlain): void {
    for (const attribute in tag.attributes)
      if (attribute.startsWith(DECLARATION))
        this.prefixes.set(
          attribute.slice(DECLARATION.length),
          OOXML_NAMESPACES.has(tag.attributes[attribute]!),
        );
  }
}
