import { columnLetter } from "../cells.js";
import type { FieldKey } from "../roster/fields.js";
import type { ColumnInfo, Person, RosterSheet } from "../roster/person.js";
import { rosterSheet } from "../roster/rosterSheet.js";
import type { SubmittedPerson } from "./schema.js";

const FIELDS_SENT: readonly (keyof SubmittedPerson & FieldKey)[] = [
  "fullName",
  "unit",
  "position",
  "staffType",
  "isLeader",
  "isHead",
  "peerGroup",
  "isPartyMember",
  "partyCell",
  "partyLevel",
  "score",
  "votesFor",
  "fullMembers",
];

/**
 * The submitted people as the engine's Person records, on a sheet whose columns are the fields the
 * submission carries (so the quota groups by peer group when it was sent, as for a roster).
 */
export function peopleFromSubmission(people: readonly SubmittedPerson[], sheetName = "submission"): Person[] {
  const present = FIELDS_SENT.filter((f) => people.some((p) => p[f] !== undefined));
  const columns: ColumnInfo[] = [...present, "finalLevel" as const].map((field, index) => ({
    index,
    letter: columnLetter(index),
    header: field,
    field,
  }));
  const sheet: RosterSheet = rosterSheet(sheetName, [1], columns, people.length);
  return people.map((p, i) => ({
    sheet,
    row: i + 2,
    fullName: p.fullName,
    unit: p.unit,
    position: p.position,
    staffType: p.staffType,
    isLeader: p.isLeader ?? false,
    isHead: p.isHead ?? false,
    peerGroup: p.peerGroup,
    disciplineCounted: false,
    score: p.score,
    finalLevel: p.level,
    level: p.level,
    levelField: "finalLevel",
    levelUnreadable: false,
    isPartyMember: p.isPartyMember ?? (p.partyLevel !== undefined || p.partyCell !== undefined),
    partyCell: p.partyCell,
    partyLevel: p.partyLevel,
    partyLevelUnreadable: false,
    votesFor: p.votesFor,
    fullMembers: p.fullMembers,
    partyRemedied: false,
    note: p.reason,
    degradationConcluded: false,
    unitMisconductHandled: false,
    shortcomingsRemedied: false,
    derived: {},
  }));
}
