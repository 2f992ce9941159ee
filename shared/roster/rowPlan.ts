/**
 * How a sheet's person rows are read, worked out once per sheet rather than once per row: each mapped
 * column with its cell reader (which remembers the texts the column repeats) and the person table
 * column its readings go to.
 */
import { isBlank, type CellValue, type SheetCell } from "../cells.js";
import { remembered } from "../memo.js";
import { BLANK, cellReader, plainRange, type CellReading, type PlainRange } from "./cellReaders.js";
import { FIELD_BY_KEY, type FieldKey, type FieldKind } from "./fields.js";
import type { ColumnInfo } from "./person.js";
import type { PersonTable } from "./personTable.js";

/** How many texts a column remembers, and the longest: a column of arbitrary text is read as it comes. */
const TEXTS_PER_COLUMN = 16_384;
const LONGEST_TEXT = 200;

/** The fields a person row's columns fill; the name is read before them, the number (STT) not at all. */
type PersonColumnField = Exclude<FieldKey, "seq" | "fullName">;

/**
 * The kinds whose texts a column remembers: reading them costs more than looking them up (a date
 * is built, a label folded), and a remembered text is one string shared by every row that has it.
 * A number typed as text is read faster than looked up.
 */
const REMEMBERED: ReadonlySet<FieldKind> = new Set<FieldKind>([
  "text",
  "mark",
  "birthDate",
  "date",
  "level",
  "periodLevel",
  "staffType",
  "leaveType",
  "discipline",
  "partyStatus",
]);

/** Where a column's readings are kept: a column of numbers, of codes or of texts, by table row. */
export type ColumnStore = Float64Array | Uint8Array | (string | undefined)[];

/** The kinds kept as texts; the others are kept as numbers or codes, in typed arrays. */
const TEXT_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(["text", "date", "birthDate"]);

/** A mapped column with what its cells hold, worked out once per sheet rather than once per cell. */
export interface PlannedColumn {
  index: number;
  letter: string;
  field: PersonColumnField;
  kind: FieldKind;
  /** The table column its readings go to (a birth cell's year goes to `birthYear`). */
  store: (table: PersonTable) => ColumnStore;
  /** Whether that column is a list of texts, not a typed array. */
  storesText: boolean;
  /** Where a number cell is kept as it is when within these bounds (a number column but percent's). */
  plain: PlainRange | undefined;
  /** A cell that is not text (a number, a boolean, a date). */
  read: (value: CellValue) => CellReading;
  /** The column's last text, number or boolean, and what it read: the next row often holds the same. */
  lastValue: SheetCell;
  lastReading: CellReading | undefined;
  /** A text cell: white space alone reads as BLANK. */
  readText: (text: string) => CellReading;
  /** What the column's texts read, remembered (REMEMBERED kinds): a text it repeats is read once and shared. */
  texts: Map<string, CellReading> | undefined;
}

/** What a text cell of `column` reads, remembered where the column remembers its texts. */
export function readTextOf(column: PlannedColumn, text: string): CellReading {
  const texts = column.texts;
  return texts === undefined
    ? column.readText(text)
    : remembered(texts, text, column.readText, TEXTS_PER_COLUMN, LONGEST_TEXT);
}

/** The table column a column of the sheet fills. */
function storeOf(c: ColumnInfo, field: PersonColumnField): (table: PersonTable) => ColumnStore {
  if (field === "periodScore") return (t) => t.periodScoreColumn(c.period!, c.letter).values;
  if (field === "periodLevel") return (t) => t.periodLevelColumn(c.period!, c.letter).values;
  return (t) => t.own(field);
}

export function planColumns(columns: readonly ColumnInfo[]): PlannedColumn[] {
  return columns.flatMap((c): PlannedColumn[] => {
    if (c.field === undefined || c.field === "fullName" || c.field === "seq") return [];
    const kind = FIELD_BY_KEY.get(c.field)!.kind;
    const read = cellReader(kind, c.field);
    const blankOrRead = (text: string) => (isBlank(text) ? BLANK : read(text));
    return [
      {
        index: c.index,
        letter: c.letter,
        field: c.field,
        kind,
        store: storeOf(c, c.field),
        storesText: TEXT_KINDS.has(kind),
        plain: plainRange(kind),
        read,
        lastValue: undefined,
        lastReading: undefined,
        readText: blankOrRead,
        texts: REMEMBERED.has(kind) ? new Map() : undefined,
      },
    ];
  });
}
