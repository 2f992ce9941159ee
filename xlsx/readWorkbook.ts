import { createSheetReader, type ColumnMapping, type SheetReadResult } from "../shared/roster/readSheet.js";
import { fileSignature, SIGNATURE_BYTES } from "./fileSignature.js";
import { readOds } from "./odsWorkbook.js";
import { READER_LIMITS } from "./readerLimits.js";
import type { SheetTarget } from "./sheetTarget.js";
import { UnreadableWorkbookError, type WorkbookFormat } from "./unreadable.js";
import { openWorkbookFile, type WorkbookFile } from "./workbookFile.js";
import { workbookPart } from "./workbookSheets.js";
import { readXlsx } from "./xlsxWorkbook.js";
import { openZip, type ZipArchive } from "./zipArchive.js";

export { UnreadableWorkbookError, type UnreadableReason } from "./unreadable.js";

export interface ReadWorkbookOptions {
  /** Read only this sheet (by name, case-insensitive). */
  sheet?: string;
  mapping?: ColumnMapping;
}

function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
}

const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
/** Parts that make a zip another Office program's file: Word, PowerPoint, or any other OOXML package. */
const OTHER_OFFICE_PARTS = ["word/document.xml", "ppt/presentation.xml", "[Content_Types].xml"];

/** The main part of an Excel Binary Workbook (.xlsb), which is not read (see the README's reader section). */
const BINARY_WORKBOOK = /\.bin$/i;

/** Tells an .xlsx, an .ods and other zips apart from their parts, and reads the workbook. */
async function readZip(zip: ZipArchive, target: SheetTarget): Promise<WorkbookFormat> {
  if (zip.has("mimetype")) {
    const mimetype = (await zip.text("mimetype", READER_LIMITS.maxSmallPartBytes)).trim();
    if (mimetype !== ODS_MIMETYPE) throw new UnreadableWorkbookError("other-office-file", mimetype);
    await readOds(zip, target).catch(withFormat("ods"));
    return "ods";
  }
  const workbook = await workbookPart(zip);
  if (workbook && BINARY_WORKBOOK.test(workbook)) throw new UnreadableWorkbookError("excel-binary", workbook);
  if (workbook) {
    await readXlsx(zip, workbook, target).catch(withFormat("xlsx"));
    return "xlsx";
  }
  const other = OTHER_OFFICE_PARTS.find((part) => zip.has(part));
  if (other) throw new UnreadableWorkbookError("other-office-file", other);
  throw new UnreadableWorkbookError("not-workbook", "a zip with no workbook");
}

/** Names the format on a refusal that does not say it, so a damaged file is told as the format it claims. */
function withFormat(format: WorkbookFormat) {
  return (error: unknown): never => {
    if (error instanceof UnreadableWorkbookError && !error.format)
      throw new UnreadableWorkbookError(error.reason, error.detail, format, error.badSharedString);
    throw error;
  };
}

/** The format a damaged zip claims by its name: an .ods is told as one, anything else as an .xlsx. */
function claimedZipFormat(input: string | Buffer): WorkbookFormat {
  return typeof input === "string" && /\.ods$/i.test(input) ? "ods" : "xlsx";
}

async function readFile(file: WorkbookFile, claimed: WorkbookFormat, target: SheetTarget): Promise<void> {
  const signature = fileSignature(await file.head(SIGNATURE_BYTES));
  if (signature === "csv") throw new UnreadableWorkbookError("csv");
  if (signature === "other") throw new UnreadableWorkbookError("not-workbook");
  if (signature === "ole") {
    if (file.size > READER_LIMITS.maxXlsBytes)
      throw new UnreadableWorkbookError(
        "file-too-large",
        `${file.size} > ${READER_LIMITS.maxXlsBytes}`,
        "xls",
      );
    // SheetJS is loaded only for the old format: every other run is spared parsing it.
    const { readXls } = await import("./xlsWorkbook.js");
    return readXls(await file.all(), target);
  }
  const source = file.handle ? { handle: file.handle, size: file.size } : { bytes: await file.all() };
  const zip = await openZip(source).catch(withFormat(claimed));
  try {
    await readZip(zip, target);
  } finally {
    zip.close();
  }
}

/**
 * Reads a workbook (.xlsx, .ods or .xls; a path or its bytes) sheet by sheet, row by row, into the
 * shared roster reader, within the bounds of `READER_LIMITS`; what cannot be read is an
 * `UnreadableWorkbookError` that says why.
 */
export async function readWorkbook(
  input: string | Buffer,
  options: ReadWorkbookOptions = {},
): Promise<SheetReadResult[]> {
  const results: SheetReadResult[] = [];
  let found = false;
  const target: SheetTarget = (name) => {
    const chosen = !options.sheet || sameSheetName(name, options.sheet);
    if (chosen) found = true;
    const reader = createSheetReader(name, options.mapping);
    return {
      push: (row, excelRow) => reader.push(row, excelRow),
      finish() {
        const result = reader.finish();
        // With one sheet chosen, a collectives sheet elsewhere in the workbook still gives the units' levels.
        if (chosen || result.outcome.kind === "collectives") results.push(result);
        return result;
      },
    };
  };
  const file = await openWorkbookFile(input);
  try {
    await readFile(file, claimedZipFormat(input), target);
  } finally {
    await file.close();
  }
  if (options.sheet && !found) throw new UnreadableWorkbookError("sheet-not-found", options.sheet);
  return results;
}
