/**
 * How a sheet's person rows are read, worked out once per sheet rather than once per row: each mapped
 * column with its cell reader (which remembers the texts the column repeats), and the seldom fields
 * the sheet's rows carry.
 */
import { isBlank, type CellValue } from "../cells.js";
import { memoByText } from "../memo.js";
import { BLANK, cellReader, type CellReading } from "./cellReaders.js";
import { FIELD_BY_KEY, type FieldKey, type FieldKind } from "./fields.js";
import type { ColumnInfo, Person } from "./person.js";

/** How many texts a column remembers, and the longest: a column of arbitrary text is read as it comes. */
const TEXTS_PER_COLUMN = 16_384;
const LONGEST_TEXT = 200;

/** A mapped column with what its cells hold, worked out once per sheet rather than once per cell. */
export interface PlannedColumn {
  index: number;
  letter: string;
  field: FieldKey;
  kind: FieldKind;
  /** A cell that is not text (a number, a boolean, a date). */
  read: (value: CellValue) => CellReading;
  /** A text cell: white space alone reads as BLANK; what the column repeats is read once and shared. */
  readText: (text: string) => CellReading;
}

/**
 * Fields few rosters have a column for: ND90's criteria beyond tasks completed and exceeded, the
 * leaders' criteria, Party details, peer groups, a period's level, whether a discipline was tied to
 * duty. A person is made without them and a sheet whose columns fill them adds them to every row, in
 * one order: the rows of a large roster do not each carry a dozen empty fields, and the rows of one
 * sheet still share one shape.
 */
const SELDOM: ReadonlySet<string> = new Set<keyof Person>([
  "peerGroup",
  "disciplineDutyRelated",
  "tasksOnTimePct",
  "criteriaShortPct",
  "unitTargetsPct",
  "unitTargetsExceededPct",
  "unitTargetsOnTimePct",
  "subUnitsAtLeastCompletePct",
  "subUnitsAtLeastGoodPct",
  "partyJoinDate",
  "partyStatus",
  "partySickMonths",
  "periodLevels",
]);

/** The person field a column fills. */
function personField(field: FieldKey): string {
  return field === "periodScore" ? "periodScores" : field === "periodLevel" ? "periodLevels" : field;
}

/** How a sheet's rows are read: its mapped columns, and the seldom fields they fill. */
export interface RowPlan {
  columns: PlannedColumn[];
  seldom: string[];
}

export function planColumns(columns: readonly ColumnInfo[]): RowPlan {
  const planned = columns.flatMap((c): PlannedColumn[] => {
    if (c.field === undefined || c.field === "fullName" || c.field === "seq") return [];
    const kind = FIELD_BY_KEY.get(c.field)!.kind;
    const read = cellReader(kind, c.period, c.letter);
    return [
      {
        index: c.index,
        letter: c.letter,
        field: c.field,
        kind,
        read,
        readText: memoByText((text) => (isBlank(text) ? BLANK : read(text)), TEXTS_PER_COLUMN, LONGEST_TEXT),
      },
    ];
  });
  const seldom = [...new Set(planned.map((c) => personField(c.field)).filter((f) => SELDOM.has(f)))];
  return { columns: planned, seldom };
}
