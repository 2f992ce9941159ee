/**
 * Fields few rosters have a column for: ND90's criteria beyond tasks completed and exceeded, the
 * leaders' criteria, Party details, peer groups, a period's level, whether a discipline was tied to
 * duty. A person is made without them and a sheet whose columns fill them adds them to every row, in
 * one order: the rows of a large roster do not each carry a dozen empty fields, and the rows of one
 * sheet still share one shape.
 */
import type { FieldKey } from "./fields.js";
import type { ColumnInfo, Person } from "./person.js";

export const SELDOM_FIELDS = [
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
] as const satisfies readonly (keyof Person)[];
export type SeldomField = (typeof SELDOM_FIELDS)[number];

const SELDOM: ReadonlySet<string> = new Set(SELDOM_FIELDS);

/** The person field a column fills. */
function personField(field: FieldKey): string {
  if (field === "periodScore") return "periodScores";
  if (field === "periodLevel") return "periodLevels";
  return field;
}

/** The seldom fields a sheet's columns fill, in sheet order. */
export function seldomFieldsOf(columns: readonly ColumnInfo[]): SeldomField[] {
  const fields = columns.flatMap((c) => (c.field === undefined ? [] : [personField(c.field)]));
  return [...new Set(fields.filter((f): f is SeldomField => SELDOM.has(f)))];
}
