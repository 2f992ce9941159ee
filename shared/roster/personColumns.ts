/** The columns of the people table (personTable.ts), by what they hold. */
import type { Person } from "./person.js";

/** The task criteria's measures, in percent (RULES.md §4.4): the columns a criteria rule reads. */
export const CRITERIA_COLUMNS = [
  "tasksCompletedPct",
  "tasksExceededPct",
  "tasksOnTimePct",
  "criteriaShortPct",
  "unitTargetsPct",
  "unitTargetsExceededPct",
  "unitTargetsOnTimePct",
  "subUnitsAtLeastCompletePct",
  "subUnitsAtLeastGoodPct",
] as const satisfies readonly (keyof Person)[];

export const NUMBER_COLUMNS = [
  "birthYear",
  "monthsWorked",
  "leaveMonths",
  "score",
  "generalScore",
  "taskScore",
  ...CRITERIA_COLUMNS,
  "partySickMonths",
  "votesFor",
  "fullMembers",
] as const satisfies readonly (keyof Person)[];

/** Labels held as codes (labelCodes.ts). */
export const LABEL_COLUMNS = [
  "staffType",
  "leaveType",
  "disciplineForm",
  "partyStatus",
  "selfLevel",
  "proposedLevel",
  "finalLevel",
  "level",
  "levelField",
  "partyLevel",
] as const satisfies readonly (keyof Person)[];

/** Yes or no: 1 or 0. */
export const BOOLEAN_COLUMNS = [
  "isLeader",
  "isHead",
  "disciplineCounted",
  "levelUnreadable",
  "isPartyMember",
  "partyLevelUnreadable",
  "partyRemedied",
  "degradationConcluded",
  "unitMisconductHandled",
  "shortcomingsRemedied",
] as const satisfies readonly (keyof Person)[];

/** The columns held in a Uint8Array: labels, booleans, the three-state mark, the `derived` bits. */
export const CODE_COLUMNS = [
  ...LABEL_COLUMNS,
  ...BOOLEAN_COLUMNS,
  "disciplineDutyRelated",
  "derived",
] as const;

export const TEXT_COLUMNS = [
  "fullName",
  "birthDate",
  "unit",
  "position",
  "peerGroup",
  "disciplineDate",
  "partyCell",
  "partyJoinDate",
  "note",
] as const satisfies readonly (keyof Person)[];

export type NumberColumn = (typeof NUMBER_COLUMNS)[number];
export type CodeColumn = (typeof CODE_COLUMNS)[number];
export type TextColumn = (typeof TEXT_COLUMNS)[number];
