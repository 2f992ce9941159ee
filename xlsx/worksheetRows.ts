import { columnLetter, FormulaWithoutValue, type SheetCell } from "../shared/cells.js";
import type { SheetReader } from "../shared/roster/readSheet.js";
import { isoToSerial } from "./isoDate.js";
import { SPREADSHEETML } from "./namespaces.js";
import { READER_LIMITS } from "./readerLimits.js";
import { badIndex, sharedStringIndex } from "./sharedStringIndex.js";
import { SHOWN_SHEET_NAME, shownText } from "./shownText.js";
import type { CellBounds } from "./sheetBounds.js";
import type { SheetPart } from "./workbookSheets.js";
import { UnreadableWorkbookError } from "./unreadable.js";
import { parseXmlPart } from "./xmlPart.js";
import type { ZipArchive } from "./zipArchive.js";

/** The 0-based column of a cell reference (`AB12` → 27), or -1 when it has no letters. */
function columnOf(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return i === 0 ? -1 : column - 1;
}

/** The row of a cell reference (`AB12` → 12), or 0 when it has none Excel could write. */
function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65 && ref.charCodeAt(i) <= 90) i++;
  // Excel's last row, 1,048,576, has 7 digits.
  if (i === ref.length || ref.length - i > 7) return 0;
  let row = 0;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return 0;
    row = row * 10 + digit;
  }
  return row;
}

/** What is read between a tag's opening and closing. */
const Capture = { None: 0, Value: 1, Formula: 2, InlineText: 3 } as const;

/**
 * A cell as the roster reader takes it, as exceljs gave it before: shared and inline strings as text,
 * numbers as numbers (dates too: the serial day, as cells without their number format), a formula
 * as its saved result or, when the file saved none, a `FormulaWithoutValue`. A shared-string cell
 * with no `<v>` at all is empty (the schema allows it, Excel opens it); one whose index names no
 * string goes to `missingString`, which refuses the file.
 */
function cellValue(
  type: string | undefined,
  value: string | undefined,
  formula: string | undefined,
  strings: readonly string[],
  missingString: (index: string) => never,
): SheetCell {
  if (value === undefined) return formula === undefined ? null : new FormulaWithoutValue(formula);
  switch (type) {
    case "s": {
      // An index cut at the cell-text limit is not judged on what is left: no table is that long.
      if (value.length >= READER_LIMITS.maxCellText) return missingString(value);
      const index = sharedStringIndex(value);
      return index >= 0 && index < strings.length ? strings[index]! : missingString(value);
    }
    case "str":
    case "inlineStr":
    case "e":
      return value;
    case "b":
      return value.trim() === "1" || value.trim() === "true";
    case "d":
      return isoToSerial(value) ?? value;
    default: {
      if (value === "") return null;
      const number = Number(value);
      return Number.isNaN(number) ? value : number;
    }
  }
}

/**
 * Streams one worksheet part into the roster reader, each row in an array of its own. Rows with no
 * value are passed over (the reader takes gaps as empty rows); a value past the row or column bounds
 * refuses the workbook.
 */
export async function readWorksheet(
  zip: ZipArchive,
  { name: sheetName, part, state }: SheetPart,
  strings: readonly string[],
  reader: SheetReader,
  bounds: CellBounds,
): Promise<void> {
  /** The row being read; a row pushed is the reader's, and the next starts in an array of its own. */
  let cells: SheetCell[] = [];
  /** A cell's text stops at Excel's own limit, whatever the part holds. */
  const upToCellLimit = (have = "", more: string) =>
    have + more.slice(0, Math.max(READER_LIMITS.maxCellText - have.length, 0));
  let row = 0;
  /** Whether the row's number is known: from its `r`, or else from the first cell reference in it. */
  let rowNumbered = true;
  let lastPushed = 0;
  let column = -1;
  /** The cell's own reference, when it has one. */
  let ref: string | undefined;
  let type: string | undefined;
  let value: string | undefined;
  let formula: string | undefined;
  let capture: number = Capture.None;
  let inPhonetic = false;
  const numberRow = (number: number) => {
    row = number;
    if (!(row > lastPushed)) throw new UnreadableWorkbookError("damaged", `${part}: row ${row}`);
  };
  const missingString = (index: string): never => {
    // A reference past the last column is refused as such before a cell is named from it.
    bounds.check(sheetName, column, row);
    const cell = `${columnLetter(column)}${(ref && rowOf(ref)) || row}`;
    const { problem, index: shown } = badIndex(index);
    throw new UnreadableWorkbookError(
      "damaged",
      `${part}: ${cell} names shared string "${shown}"`,
      undefined,
      {
        sheet: shownText(sheetName, SHOWN_SHEET_NAME),
        state,
        cell,
        problem,
        index: shown,
        count: strings.length,
      },
    );
  };
  await parseXmlPart(await zip.open(part, READER_LIMITS.maxSheetPartBytes), part, SPREADSHEETML, {
    open(tag, name) {
      switch (name) {
        case "c": {
          ref = tag.attributes.r;
          const at = ref === undefined ? -1 : columnOf(ref);
          column = at < 0 ? column + 1 : at;
          const own = rowNumbered || ref === undefined ? 0 : rowOf(ref);
          if (own > 0) {
            rowNumbered = true;
            numberRow(own);
          }
          type = tag.attributes.t;
          value = formula = undefined;
          break;
        }
        case "v":
          capture = Capture.Value;
          value = "";
          break;
        case "f":
          capture = Capture.Formula;
          formula = "";
          break;
        case "t":
          if (type === "inlineStr" && !inPhonetic) {
            capture = Capture.InlineText;
            value ??= "";
          }
          break;
        case "rPh":
          inPhonetic = true;
          break;
        case "row": {
          const r = tag.attributes.r;
          rowNumbered = r !== undefined;
          numberRow(rowNumbered ? Number(r) : row + 1);
          cells.length = 0;
          column = -1;
          break;
        }
      }
    },
    text(text) {
      if (capture === Capture.Value || capture === Capture.InlineText) value = upToCellLimit(value, text);
      else if (capture === Capture.Formula) formula = upToCellLimit(formula, text);
    },
    close(name) {
      switch (name) {
        case "v":
        case "f":
        case "t":
          capture = Capture.None;
          break;
        case "rPh":
          inPhonetic = false;
          break;
        case "c": {
          const cell = cellValue(type, value, formula, strings, missingString);
          if (cell === null) break;
          bounds.check(sheetName, column, row);
          while (cells.length < column) cells.push(null);
          cells[column] = cell;
          break;
        }
        case "row":
          if (cells.length > 0) {
            reader.push(cells, row);
            cells = [];
            lastPushed = row;
          }
          break;
      }
    },
  });
}
