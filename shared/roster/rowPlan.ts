/**
 * How a sheet's person rows are read, worked out once per sheet rather than once per row: each mapped
 * column with what its cells hold and the values its rows share, and the seldom fields they fill.
 */
import type { Level } from "../levels.js";
import { FIELD_BY_KEY, type FieldKey, type FieldKind } from "./fields.js";
import type { ColumnInfo, IsoDate, Period, PeriodValue, Person } from "./person.js";
import { SharedValues } from "./sharedValues.js";

/** A mapped column with what its cells hold, worked out once per sheet rather than once per cell. */
export interface PlannedColumn {
  index: number;
  letter: string;
  field: FieldKey;
  kind: FieldKind;
  /** The period of a `periodScore` or `periodLevel` column. */
  period: Period | undefined;
  /** The values the rows share: fractional numbers, dates, and a period's scores or levels. */
  numbers: SharedValues<number, number> | undefined;
  dates: SharedValues<IsoDate, IsoDate> | undefined;
  scores: SharedValues<number, PeriodValue<number>> | undefined;
  levels: SharedValues<Level, PeriodValue<Level>> | undefined;
}

const NUMBER_KINDS: ReadonlySet<FieldKind> = new Set([
  "months",
  "score",
  "generalScore",
  "taskScore",
  "count",
  "percent",
]);

const itself = <T>(value: T): T => value;

/** A period's value, frozen: one object serves every row with that value in that column. */
function periodValue<T>(period: Period, column: string) {
  return (value: T) => Object.freeze({ period, value, column }) as PeriodValue<T>;
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
    return [
      {
        index: c.index,
        letter: c.letter,
        field: c.field,
        kind,
        period: c.period,
        numbers: NUMBER_KINDS.has(kind) ? new SharedValues<number, number>(itself) : undefined,
        dates:
          kind === "birthDate" || kind === "date" ? new SharedValues<IsoDate, IsoDate>(itself) : undefined,
        scores:
          kind === "periodScore" ? new SharedValues(periodValue<number>(c.period!, c.letter)) : undefined,
        levels:
          kind === "periodLevel" ? new SharedValues(periodValue<Level>(c.period!, c.letter)) : undefined,
      },
    ];
  });
  const seldom = [...new Set(planned.map((c) => personField(c.field)).filter((f) => SELDOM.has(f)))];
  return { columns: planned, seldom };
}
