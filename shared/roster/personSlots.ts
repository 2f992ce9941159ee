/**
 * Where a row's values wait until its person is made: one slot per person field a column fills.
 */
import type { Person } from "./person.js";

/**
 * Fields few rosters have a column for: ND90's criteria beyond tasks completed and exceeded, the
 * leaders' criteria, Party details, peer groups, a period's level, whether a discipline was tied to
 * duty. A person is made without them and a sheet whose columns fill them adds them to every row, in
 * one order: the rows of a large roster do not each carry a dozen empty fields, and the rows of one
 * sheet still share one shape.
 */
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

/**
 * The fields a column fills. A row's values wait in these slots and its person is made in one
 * piece at the end, every field named in the code: no store by a field name held in a variable,
 * which V8 makes slow once a row has stored a few dozen different names.
 */
export const SLOTTED = [
  "birthDate",
  "birthYear",
  "unit",
  "position",
  "staffType",
  "isLeader",
  "isHead",
  "monthsWorked",
  "leaveMonths",
  "leaveType",
  "disciplineForm",
  "disciplineDate",
  "disciplineCounted",
  "score",
  "tasksCompletedPct",
  "tasksExceededPct",
  "selfLevel",
  "proposedLevel",
  "finalLevel",
  "isPartyMember",
  "partyCell",
  "partyLevel",
  "votesFor",
  "fullMembers",
  "partyRemedied",
  "note",
  "generalScore",
  "taskScore",
  "degradationConcluded",
  "unitMisconductHandled",
  "shortcomingsRemedied",
  "periodScores",
  ...SELDOM_FIELDS,
] as const satisfies readonly (keyof Person)[];
export type Slotted = (typeof SLOTTED)[number];
export const SLOT = Object.freeze(Object.fromEntries(SLOTTED.map((f, i) => [f, i]))) as Readonly<
  Record<Slotted, number>
>;
