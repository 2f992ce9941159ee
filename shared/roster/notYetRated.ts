import type { ColumnInfo, RosterSheet } from "./person.js";

/** The staff level column a missing level is shown at: the first in precedence (final, proposed, self). */
export function staffLevelColumn(sheet: RosterSheet): ColumnInfo | undefined {
  const has = sheet.fieldColumns;
  return has.finalLevel ?? has.proposedLevel ?? has.selfLevel;
}
