import type { SaxesTagPlain } from "saxes";
import { FormulaWithoutValue, type SheetCell } from "../shared/cells.js";
import type { SheetReader } from "../shared/roster/readSheet.js";
import { isoToSerial } from "./isoDate.js";
import { QUALIFIED_NAMES_ONLY } from "./namespaces.js";
import { READER_LIMITS } from "./readerLimits.js";
import { UnreadableWorkbookError } from "./unreadable.js";
import { CellBounds } from "./sheetBounds.js";
import type { SheetTarget } from "./sheetTarget.js";
import { parseXmlPart } from "./xmlPart.js";
import type { ZipArchive } from "./zipArchive.js";

/** A repeat count of an ODF attribute (`table:number-columns-repeated`), at least 1. */
function repeat(tag: SaxesTagPlain, attribute: string): number {
  const n = Number(tag.attributes[attribute] ?? 1);
  return Number.isSafeInteger(n) && n > 1 ? n : 1;
}

/**
 * An OpenDocument cell as the roster reader takes it, as an .xlsx cell would be read: numbers,
 * percentages and currencies as numbers, a date as its serial day, a boolean, the text of its
 * paragraphs, and a formula with no value saved as a `FormulaWithoutValue`.
 */
function cellValue(tag: SaxesTagPlain, text: string | undefined): SheetCell {
  const a = tag.attributes;
  switch (a["office:value-type"]) {
    case "float":
    case "percentage":
    case "currency": {
      const n = Number(a["office:value"]);
      return Number.isNaN(n) ? (text ?? null) : n;
    }
    case "date":
      return isoToSerial(a["office:date-value"] ?? "") ?? text ?? null;
    case "boolean":
      return a["office:boolean-value"] === "true";
    case undefined:
      if (a["table:formula"] !== undefined && text === undefined)
        return new FormulaWithoutValue(a["table:formula"]);
      return text ?? null;
    default:
      return text ?? null;
  }
}

/**
 * Streams an .ods's content.xml (its sheets, in order, all in that one part) into the roster readers.
 * ODF names its elements with the prefixes the specification uses (`table:`, `text:`, `office:`),
 * which every spreadsheet program writes. A cell or row repeated by a count is pushed that many
 * times while it holds a value and is only counted past when empty; either way within the bounds.
 */
export async function readOds(zip: ZipArchive, target: SheetTarget): Promise<void> {
  const bounds = new CellBounds();
  /** The row being read; a row pushed is the reader's, and the next starts in an array of its own. */
  let cells: SheetCell[] = [];
  let reader: SheetReader | undefined;
  let sheet = "";
  let row = 0;
  let rowRepeat = 1;
  let column = 0;
  let cell: SaxesTagPlain | undefined;
  let text: string | undefined;
  let paragraphs = 0;
  /** Inside a paragraph of the cell: text elsewhere is layout whitespace. */
  let inParagraph = false;
  /** Inside a comment (`office:annotation`), whose paragraphs are not the cell's text. */
  let annotation = 0;
  const append = (more: string) => {
    if (text === undefined || annotation > 0) return;
    text += more.slice(0, READER_LIMITS.maxCellText - text.length);
  };
  const openCell = (tag: SaxesTagPlain) => {
    cell = tag;
    text = undefined;
    paragraphs = 0;
  };
  const closeCell = () => {
    if (!cell) return;
    const count = repeat(cell, "table:number-columns-repeated");
    const value = cell.name === "table:table-cell" ? cellValue(cell, text) : null;
    if (value !== null) {
      bounds.check(sheet, column + count - 1, row + rowRepeat - 1, count * rowRepeat);
      while (cells.length < column) cells.push(null);
      for (let i = 0; i < count; i++) cells[column + i] = value;
    }
    column += count;
    cell = undefined;
  };
  await parseXmlPart(
    await zip.open("content.xml", READER_LIMITS.maxSheetPartBytes),
    "content.xml",
    QUALIFIED_NAMES_ONLY,
    {
      open(tag) {
        switch (tag.name) {
          case "table:table":
            sheet = tag.attributes["table:name"] ?? "";
            reader = target(sheet);
            row = 0;
            break;
          case "table:table-row":
            row++;
            rowRepeat = repeat(tag, "table:number-rows-repeated");
            cells.length = 0;
            column = 0;
            break;
          case "table:table-cell":
          case "table:covered-table-cell":
            openCell(tag);
            break;
          case "office:annotation":
            annotation++;
            break;
          case "text:p":
            if (cell && annotation === 0) {
              text ??= "";
              if (paragraphs++ > 0) append("\n");
              inParagraph = true;
            }
            break;
          case "text:s":
            append(" ".repeat(Math.min(repeat(tag, "text:c"), READER_LIMITS.maxCellText)));
            break;
          case "text:tab":
            append("\t");
            break;
          case "text:line-break":
            append("\n");
            break;
        }
      },
      text(value) {
        if (inParagraph) append(value);
      },
      close(name) {
        switch (name) {
          case "table:table-cell":
          case "table:covered-table-cell":
            closeCell();
            break;
          case "office:annotation":
            annotation--;
            break;
          case "text:p":
            inParagraph = false;
            break;
          case "table:table-row":
            if (cells.length > 0 && rowRepeat > READER_LIMITS.maxRepeatedValueRows)
              throw new UnreadableWorkbookError(
                "damaged",
                `content.xml: "${sheet}" row ${row} repeated ${rowRepeat} times`,
              );
            if (cells.length > 0 && reader) {
              for (let i = 0; i < rowRepeat; i++) reader.push(cells, row + i);
              cells = [];
            }
            row += rowRepeat - 1;
            break;
          case "table:table":
            reader?.finish();
            reader = undefined;
            break;
        }
      },
    },
  );
}
