import type { SheetState } from "./workbookSheets.js";

/** Why a workbook cannot be read, each told to the user in its own words (cli/messages.ts). */
export type UnreadableReason =
  /** The path names a folder. */
  | "folder"
  /** A FIFO, a socket or a device: not a file whose end can be waited for. */
  | "not-regular-file"
  | "no-permission"
  | "missing"
  /** Neither a zip nor an OLE compound file: CSV text or anything else. */
  | "not-workbook"
  /** Comma- or semicolon-separated text. */
  | "csv"
  /** A zip of another Office program, e.g. a Word document renamed `.xlsx`. */
  | "other-office-file"
  /** An Excel Binary Workbook (.xlsb): a zip whose workbook is `workbook.bin`, not XML. */
  | "excel-binary"
  /** An Office file under a password (OLE with `EncryptedPackage`, a `FilePass` .xls, an encrypted zip entry). */
  | "encrypted"
  /** The zip, the OLE file or an XML part is broken or cut short. */
  | "damaged"
  /** A part would inflate past its limit (declared or actual size). */
  | "part-too-large"
  /** A part inflates far more than real workbooks do: a zip bomb. */
  | "compression-ratio"
  | "too-many-parts"
  /** A .xls over its size limit (BIFF is read whole into memory). */
  | "file-too-large"
  /** XML with a DOCTYPE: entity declarations are how XML bombs and external entities come in. */
  | "xml-doctype"
  | "too-many-columns"
  | "too-many-rows"
  /** Rows holding a value across the sheets of a workbook. */
  | "too-many-workbook-rows"
  | "too-many-cells"
  | "too-many-strings"
  | "sheet-not-found";

/** The format the file was read as, so a message about a damaged file names it. */
export type WorkbookFormat = "xlsx" | "xls" | "ods";

/**
 * A cell of type `s` whose shared-string index is empty, not a whole number from 0 up, or past the
 * shared strings the file holds: damage Excel reports on opening, which the clerk is told cell by cell.
 */
export interface BadSharedString {
  /** The sheet's name as a message shows it (`shownText`, at most Excel's 31 characters). */
  sheet: string;
  /** Whether the sheet is hidden or very hidden, so the clerk must first show it to look at the cell. */
  state: SheetState;
  /** The cell's reference, `C12`. */
  cell: string;
  /**
   * What is wrong with the index, judged on all of it: no index, not a whole number from 0 up, past
   * the table, or as long as a cell's text can be (`READER_LIMITS.maxCellText`), cut there.
   */
  problem: "empty" | "not-index" | "past-table" | "too-long";
  /**
   * The index as a message shows it (`""` when empty): a number without its leading zeros, other
   * text as the cell holds it; control, bidi and invisible characters spelt out, at most 20
   * characters in all, then `…` when cut.
   */
  index: string;
  /** Shared strings the file holds: 0 when it has no shared-strings part. */
  count: number;
}

/** The workbook could not be read: the reason for the user, and where (a part, a sheet, a cell) when known. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail?: string,
    readonly format?: WorkbookFormat,
    /** For a damaged workbook, the cell whose shared string is missing. */
    readonly badSharedString?: BadSharedString,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}
