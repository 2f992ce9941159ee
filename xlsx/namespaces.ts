/** The namespaces whose elements a part's reader matches by local name, whatever their prefix. */
export type Namespaces = ReadonlySet<string>;

/** SpreadsheetML, transitional and strict: the workbook part, its worksheets and its shared strings. */
export const SPREADSHEETML: Namespaces = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);

/** The package relationships: the `.rels` parts. */
export const PACKAGE_RELATIONSHIPS: Namespaces = new Set([
  "http://schemas.openxmlformats.org/package/2006/relationships",
]);

/** None: an .ods's content is matched by qualified name (`table:table-row`). */
export const QUALIFIED_NAMES_ONLY: Namespaces = new Set();
