import * as XLSX from "@e965/xlsx";
import type { SheetCell } from "../shared/cells.js";
import { READER_LIMITS } from "./readerLimits.js";
import { CellBounds } from "./sheetBounds.js";
import type { SheetTarget } from "./sheetTarget.js";
import { UnreadableWorkbookError } from "./unreadable.js";

/** BIFF error codes as Excel shows them. */
const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
};

/** A SheetJS cell as an .xlsx cell is read: dates stay serial days (SheetJS's `cellDates` off). */
function cellValue(cell: XLSX.CellObject | undefined): SheetCell {
  if (!cell) return null;
  switch (cell.t) {
    case "n":
    case "s":
    case "b":
      return cell.v as number | string | boolean;
    case "e":
      return ERRORS[cell.v as number] ?? "#N/A";
    default:
      return null;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads an Excel 97–2003 workbook (.xls, an OLE compound file holding a BIFF `Workbook` stream)
 * with SheetJS. The file is read whole, so its size is bounded first; SheetJS stops at the row bound
 * (`sheetRows`), and BIFF8 has at most 256 columns. Any other OLE file is told apart first: an
 * Office file under a password (an `EncryptedPackage` stream) or a Word or PowerPoint document.
 */
export function readXls(bytes: Buffer, target: SheetTarget): void {
  if (bytes.length > READER_LIMITS.maxXlsBytes)
    throw new UnreadableWorkbookError(
      "file-too-large",
      `${bytes.length} > ${READER_LIMITS.maxXlsBytes}`,
      "xls",
    );
  let book: XLSX.WorkBook;
  try {
    const container = XLSX.CFB.read(bytes, { type: "buffer" });
    if (XLSX.CFB.find(container, "EncryptedPackage"))
      throw new UnreadableWorkbookError("encrypted", "EncryptedPackage");
    if (!XLSX.CFB.find(container, "Workbook") && !XLSX.CFB.find(container, "Book"))
      throw new UnreadableWorkbookError("other-office-file", "no Workbook stream");
    book = XLSX.read(bytes, {
      type: "buffer",
      dense: true,
      sheetRows: READER_LIMITS.maxRows + 1,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellText: false,
    });
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    if (/password/i.test(message(error)))
      throw new UnreadableWorkbookError("encrypted", message(error), "xls");
    throw new UnreadableWorkbookError("damaged", message(error), "xls");
  }
  const bounds = new CellBounds();
  /** The row being read; a row pushed is the reader's, and the next starts in an array of its own. */
  let cells: SheetCell[] = [];
  for (const name of book.SheetNames) {
    const reader = target(name);
    const rows = (book.Sheets[name] as XLSX.DenseSheet | undefined)?.["!data"] ?? [];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      cells.length = 0;
      for (let c = 0; c < row.length; c++) {
        const value = cellValue(row[c]);
        if (value === null) continue;
        bounds.check(name, c, r + 1);
        while (cells.length < c) cells.push(null);
        cells[c] = value;
      }
      if (cells.length > 0) {
        reader.push(cells, r + 1);
        cells = [];
      }
    }
    reader.finish();
  }
}
