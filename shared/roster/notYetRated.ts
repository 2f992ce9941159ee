import type { ColumnInfo, Person, RosterSheet } from "./person.js";

/** The staff level column a missing level is shown at: the first in precedence (final, proposed, self). */
export function staffLevelColumn(sheet: RosterSheet): ColumnInfo | undefined {
  const has = sheet.fieldColumns;
  return has.finalLevel ?? has.proposedLevel ?? has.selfLevel;
}

/**
 * RULES.md `input.level-missing`: a person row with no level in any staff level column and none
 * unreadable; counted as not yet rated. A sheet without a staff level column (Party levels only)
 * has no such rows.
 */
export function isNotYetRated(person: Person): boolean {
  return (
    person.level === undefined && !person.levelUnreadable && staffLevelColumn(person.sheet) !== undefined
  );
}
