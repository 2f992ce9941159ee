/**
 * The bounds every workbook is read within, whatever its format. A 50,000-row roster of 29 columns is
 * a 35 MB worksheet part (6 MB zipped, a ratio of 6) and a 2 MB shared-strings part; the bounds leave
 * room for rosters several times that size while keeping the time (under 5 s) and the memory (under
 * 300 MB) of the worst file they let through.
 */
export const READER_LIMITS = {
  /** Parts in a zip, counted from its central directory before anything is inflated. */
  maxZipEntries: 10_000,
  /** A worksheet part (.xlsx) or content.xml (.ods), inflated. */
  maxSheetPartBytes: 128 * 1024 * 1024,
  /** The shared strings part, inflated. */
  maxSharedStringsBytes: 32 * 1024 * 1024,
  /** workbook.xml, relationship parts, the ODS mimetype: small by nature. */
  maxSmallPartBytes: 4 * 1024 * 1024,
  /** Inflated size over compressed size, for parts of more than `ratioFloorBytes`. */
  maxCompressionRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  /** Shared strings in one workbook. */
  maxSharedStrings: 1_000_000,
  /** A cell holding a value past these is refused; empty (formatted) cells past them are passed over. */
  maxRows: 200_000,
  maxColumns: 1_024,
  /** Rows holding a value across every sheet of a workbook: many sheets of many rows are no roster. */
  maxWorkbookRows: 200_000,
  /** Cells holding a value in one workbook (an .ods repeats a cell or a row by a count, so its cells are counted as repeated). */
  maxCells: 8_000_000,
  /** The text of one cell: Excel's own limit; an .ods cell's spaces (`text:s`) stop there. */
  maxCellText: 32_767,
  /** Elements open at once in an XML part: Office parts nest fewer than 20 deep; saxes keeps each open one. */
  maxXmlDepth: 64,
  /**
   * Namespace prefixes declared in one XML part, as far as they are read (on the elements around a
   * prefixed one): a declaration on each row and each shared string fits, a part of nothing else not.
   */
  maxPrefixDeclarations: 1_500_000,
  /** An .ods row holding a value, repeated by a count: identical person rows are never a real roster. */
  maxRepeatedValueRows: 1_000,
  /** A .xls file: BIFF8 is uncompressed and read whole. */
  maxXlsBytes: 32 * 1024 * 1024,
} as const;
