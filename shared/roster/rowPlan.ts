/**
 * How a sheet's person rows are read, worked out once per sheet rather than once per row: each mapped
 * column with its cell reader (which remembers the texts the column repeats), and the seldom fields
 * the sheet's rows carry.
 */
import { isBlank, type CellValue, type SheetCell } from "../cells.js";
import { memoByText } from "../memo.js";
import { BLANK, cellReader, type CellReading } from "./cellReaders.js";
import { FIELD_BY_KEY, type FieldKey, type FieldKind } from "./fields.js";
import type { ColumnInfo } from "./person.js";
import { SELDOM_FIELDS, SLOT, type SeldomField, type Slotted } from "./personSlots.js";

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

/** A mapped column with what its cells hold, worked out once per sheet rather than once per cell. */
export interface PlannedColumn {
  index: number;
  letter: string;
  field: PersonColumnField;
  kind: FieldKind;
  /** Where the row's value waits (a birth cell's year goes to `birthYear`). */
  slot: number;
  /** A cell that is not text (a number, a boolean, a date). */
  read: (value: CellValue) => CellReading;
  /** The column's last text, number or boolean, and what it read: the next row often holds the same. */
  lastValue: SheetCell;
  lastReading: CellReading;
  /** A text cell: white space alone reads as BLANK; what the column repeats is read once and shared (REMEMBERED). */
  readText: (text: string) => CellReading;
}

const SELDOM: ReadonlySet<string> = new Set(SELDOM_FIELDS);

/** The person field a column fills. */
function personField(field: PersonColumnField): Slotted {
  if (field === "periodScore") return "periodScores";
  if (field === "periodLevel") return "periodLevels";
  return field;
}

/** How a sheet's rows are read: its mapped columns, and the seldom fields they fill. */
export interface RowPlan {
  columns: PlannedColumn[];
  seldom: SeldomField[];
}

export function planColumns(columns: readonly ColumnInfo[]): RowPlan {
  const planned = columns.flatMap((c): PlannedColumn[] => {
    if (c.field === undefined || c.field === "fullName" || c.field === "seq") return [];
    const kind = FIELD_BY_KEY.get(c.field)!.kind;
    const read = cellReader(kind, c.period, c.letter);
    const blankOrRead = (text: string) => (isBlank(text) ? BLANK : read(text));
    return [
      {
        index: c.index,
        letter: c.letter,
        field: c.field,
        kind,
        slot: SLOT[personField(c.field)],
        read,
        lastValue: undefined,
        lastReading: undefined,
        readText: REMEMBERED.has(kind)
          ? memoByText(blankOrRead, TEXTS_PER_COLUMN, LONGEST_TEXT)
          : blankOrRead,
      },
    ];
  });
  const seldom = [
    ...new Set(planned.map((c) => personField(c.field)).filter((f): f is SeldomField => SELDOM.has(f))),
  ];
  return { columns: planned, seldom };
}
