import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { SheetCell } from "../shared/cells.js";
import { createSheetReader, type ColumnMapping, type SheetReadResult } from "../shared/roster/readSheet.js";
import { sheetCellValue } from "./cellValue.js";

export interface ReadWorkbookOptions {
  /** Read only this sheet (by name, case-insensitive). */
  sheet?: string;
  mapping?: ColumnMapping;
}

function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
}

/** The workbook could not be opened as .xlsx: the reason, for the user. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly reason: "not-xlsx" | "sheet-not-found",
    readonly detail?: string,
  ) {
    super(reason);
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The first bytes of a file; a file that cannot be opened is not a workbook we can read. */
async function fileStart(path: string): Promise<Buffer> {
  try {
    const file = await open(path, "r");
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(4), 0, 4, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch (error) {
    throw new UnreadableWorkbookError("not-xlsx", error instanceof Error ? error.message : String(error));
  }
}

/**
 * exceljs keeps each shared string as V8 cuts it out of the XML text it parsed: a slice, which keeps
 * the whole chunk of text it was cut from alive. The people read keep their names, which are shared
 * strings, so every chunk of the shared strings part would stay in memory, markup and all; copying
 * each string once into one of its own lets the chunks go.
 */
function ownSharedStrings(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const strings = (reader as unknown as { sharedStrings?: unknown[] }).sharedStrings;
  if (!strings) return;
  for (let i = 0; i < strings.length; i++) {
    const text = strings[i];
    if (typeof text === "string") strings[i] = Buffer.from(text, "utf16le").toString("utf16le");
  }
}

/**
 * Streams an .xlsx (a path or its bytes) sheet by sheet, row by row, into the shared roster reader,
 * so a 50,000-row roster is never held as a workbook object.
 */
export async function readWorkbook(
  input: string | Buffer,
  options: ReadWorkbookOptions = {},
): Promise<SheetReadResult[]> {
  // A path is opened here, not by exceljs: its stream's open error (a missing file) is never passed
  // on to the iteration below, which would then wait for ever.
  const start = typeof input === "string" ? await fileStart(input) : input.subarray(0, 4);
  if (!start.equals(ZIP_MAGIC)) throw new UnreadableWorkbookError("not-xlsx");
  const stream = typeof input === "string" ? createReadStream(input) : Readable.from([input]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const results: SheetReadResult[] = [];
  let worksheets = 0;
  let found = false;
  try {
    for await (const worksheet of reader) {
      // Every shared string has been read before the first worksheet comes.
      if (worksheets === 0) ownSharedStrings(reader);
      worksheets++;
      const name = (worksheet as unknown as { name: string }).name;
      const chosen = !options.sheet || sameSheetName(name, options.sheet);
      if (chosen) found = true;
      const sheet = createSheetReader(name, options.mapping);
      // One array for every row: the sheet reader keeps what it reads, never the row itself.
      const cells: SheetCell[] = [];
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        cells.length = Math.max(values.length - 1, 0);
        for (let i = 1; i < values.length; i++) cells[i - 1] = sheetCellValue(values[i]);
        sheet.push(cells, row.number);
      }
      const result = sheet.finish();
      // With one sheet chosen, a collectives sheet elsewhere in the workbook still gives the units' levels.
      if (chosen || result.outcome.kind === "collectives") results.push(result);
    }
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    throw new UnreadableWorkbookError("not-xlsx", error instanceof Error ? error.message : String(error));
  }
  // Every workbook holds a worksheet: a zip without one (a .docx, an archive) is not a workbook.
  if (worksheets === 0) throw new UnreadableWorkbookError("not-xlsx", "no worksheet");
  if (options.sheet && !found) throw new UnreadableWorkbookError("sheet-not-found", options.sheet);
  return results;
}
