import { columnLetter } from "../../shared/cells.js";
import { FIELDS, type FieldKey } from "../../shared/roster/fields.js";
import type { ColumnInfo, Person, RosterSheet } from "../../shared/roster/person.js";
import { rosterSheet } from "../../shared/roster/rosterSheet.js";

/** A roster sheet whose columns are the given fields, in order (A, B, C…), for unit tests of rules. */
export function makeSheet(
  fields: readonly FieldKey[] = FIELDS.map((f) => f.key),
  name = "Danh sách",
): RosterSheet {
  const columns: ColumnInfo[] = fields.map((field, index) => ({
    index,
    letter: columnLetter(index),
    header: field,
    field,
  }));
  return rosterSheet(name, [5], columns);
}

let nextRow = 7;

/** A person with nothing but a name and what `values` says; the level under review is `level`. */
export function makePerson(values: Partial<Person> = {}, sheet: RosterSheet = makeSheet()): Person {
  return {
    sheet,
    row: nextRow++,
    fullName: "Nguyễn Văn A",
    isLeader: false,
    isHead: false,
    disciplineCounted: false,
    levelUnreadable: false,
    isPartyMember: false,
    partyLevelUnreadable: false,
    partyRemedied: false,
    degradationConcluded: false,
    unitMisconductHandled: false,
    shortcomingsRemedied: false,
    derived: {},
    ...(values.level ? { finalLevel: values.level, levelField: "finalLevel" as const } : {}),
    ...values,
  };
}
