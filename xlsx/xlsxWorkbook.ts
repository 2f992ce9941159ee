import { CellBounds } from "./sheetBounds.js";
import { readSharedStrings } from "./sharedStrings.js";
import type { SheetTarget } from "./sheetTarget.js";
import { UnreadableWorkbookError } from "./unreadable.js";
import { workbookParts } from "./workbookSheets.js";
import { readWorksheet } from "./worksheetRows.js";
import type { ZipArchive } from "./zipArchive.js";

/** Reads an .xlsx: its shared strings first, wherever they sit in the zip, then each worksheet in the workbook's order. */
export async function readXlsx(zip: ZipArchive, workbook: string, target: SheetTarget): Promise<void> {
  const { sheets, sharedStrings } = await workbookParts(zip, workbook);
  if (sheets.length === 0) throw new UnreadableWorkbookError("damaged", `${workbook}: no worksheet`);
  const strings = sharedStrings ? await readSharedStrings(zip, sharedStrings) : [];
  const bounds = new CellBounds();
  for (const sheet of sheets) {
    const reader = target(sheet.name);
    await readWorksheet(zip, sheet, strings, reader, bounds);
    reader.finish();
  }
}
