/**
 * What is settled on each person row once its columns are read (RULES.md §3): the level under
 * review, the section's unit and staff type, what the position says, Party membership, the votes.
 */
import type { CellValue } from "../cells.js";
import type { RawFinding } from "../findings.js";
import type { StaffType } from "../staffTypes.js";
import { isNumberKind, OUT_OF_RANGE, RANGES, type Refusal } from "./cellReaders.js";
import { DERIVED_HEAD, DERIVED_LEADER, DERIVED_STAFF_TYPE, DERIVED_UNIT } from "./derivations.js";
import { STAFF_LEVEL_FIELDS, type FieldKind } from "./fields.js";
import {
  dateInvalid,
  levelMissing,
  levelUnrecognized,
  numberInvalid,
  staffTypeUnrecognized,
  type CellRef,
} from "./inputFindings.js";
import { STAFF_TYPE_CODES } from "./labelCodes.js";
import { staffLevelColumn } from "./notYetRated.js";
import type { ColumnInfo, RosterSheet } from "./person.js";
import type { PersonTable } from "./personTable.js";
import { isHeadPosition, isLeaderPosition } from "./positions.js";

/** What a section row above says about the rows under it. */
export interface SectionContext {
  unit?: string;
  staffType?: StaffType;
}

/** The bits of a row's refused level cells: a staff level column's by its precedence, then the Party's. */
export const UNREADABLE_PARTY_LEVEL = 1 << STAFF_LEVEL_FIELDS.length;
export function unreadableBit(field: string): number {
  const k = (STAFF_LEVEL_FIELDS as readonly string[]).indexOf(field);
  return k >= 0 ? 1 << k : field === "partyLevel" ? UNREADABLE_PARTY_LEVEL : 0;
}

/** The finding for a cell its column refuses. */
export function refusal(at: CellRef, kind: FieldKind, value: CellValue, why: Refusal): RawFinding {
  if (kind === "level" || kind === "periodLevel") return levelUnrecognized(at, value);
  if (kind === "staffType") return staffTypeUnrecognized(at, value);
  if (kind === "birthDate" || kind === "date") return dateInvalid(at, value);
  return numberInvalid(at, value, why === OUT_OF_RANGE && isNumberKind(kind) ? RANGES[kind] : undefined);
}

/** The columns every row's settling may write. */
const SETTLED = [
  "level",
  "levelField",
  "levelUnreadable",
  "partyLevelUnreadable",
  "derived",
  "isPartyMember",
] as const satisfies readonly (keyof PersonTable)[];

/** How a sheet's rows are settled, worked out once per sheet. */
export class RowSettler {
  /**
   * Which of the columns settling may fill the sheet has, as booleans: an object of the sheet's
   * columns is made anew by each read, and its shape with it, so that reading it on every row
   * went through V8's slower lookups once a few reads had passed.
   */
  private readonly has: { unit: boolean; staffType: boolean; isLeader: boolean; isHead: boolean };
  private readonly levelColumn: ColumnInfo | undefined;

  constructor(
    private readonly sheet: RosterSheet,
    private readonly emit: (finding: RawFinding) => void,
  ) {
    const columns = sheet.fieldColumns;
    this.has = {
      unit: columns.unit !== undefined,
      staffType: columns.staffType !== undefined,
      isLeader: columns.isLeader !== undefined,
      isHead: columns.isHead !== undefined,
    };
    this.levelColumn = staffLevelColumn(sheet);
  }

  /** Gives the table's columns that settling writes rows of their own (PersonTable#own). */
  prepare(t: PersonTable, section: SectionContext): void {
    for (const field of SETTLED) t.own(field);
    const has = this.has;
    if (!has.unit && section.unit !== undefined) t.own("unit");
    if (!has.staffType && section.staffType !== undefined) t.own("staffType");
    if (!has.isLeader) t.own("isLeader");
    if (!has.isHead) t.own("isHead");
  }

  /** Settles row i, whose refused level cells are `unreadable` (bits); its findings after its cells'. */
  settle(t: PersonTable, i: number, unreadable: number, section: SectionContext): void {
    t.partyLevelUnreadable[i] = unreadable & UNREADABLE_PARTY_LEVEL ? 1 : 0;
    this.settleLevel(t, i, unreadable);
    if (t.level[i] === 0 && t.levelUnreadable[i] === 0 && this.levelColumn !== undefined)
      this.emit(
        levelMissing({
          sheet: this.sheet.name,
          row: t.row[i]!,
          column: this.levelColumn.letter,
          person: t.fullName[i]!,
        }),
      );
    this.fillFromContext(t, i, section);
    this.checkVotes(t, i);
  }

  /** The level under review: final, else proposed, else self-rating; an unreadable cell stops the search. */
  private settleLevel(t: PersonTable, i: number, unreadable: number): void {
    for (let k = 0; k < STAFF_LEVEL_FIELDS.length; k++) {
      if (unreadable & (1 << k)) {
        t.levelUnreadable[i] = 1;
        t.levelField[i] = k + 1;
        return;
      }
      const level = t[STAFF_LEVEL_FIELDS[k]!][i]!;
      if (level !== 0) {
        t.level[i] = level;
        t.levelField[i] = k + 1;
        return;
      }
    }
  }

  private fillFromContext(t: PersonTable, i: number, section: SectionContext): void {
    const has = this.has;
    let derived = 0;
    if (t.unit[i] === undefined && section.unit !== undefined && !has.unit) {
      t.unit[i] = section.unit;
      derived |= DERIVED_UNIT;
    }
    if (t.staffType[i] === 0 && section.staffType !== undefined && !has.staffType) {
      t.staffType[i] = STAFF_TYPE_CODES.code(section.staffType);
      derived |= DERIVED_STAFF_TYPE;
    }
    const position = t.position[i];
    if (!has.isLeader && position) {
      t.isLeader[i] = isLeaderPosition(position) ? 1 : 0;
      derived |= DERIVED_LEADER;
    }
    if (!has.isHead && position) {
      t.isHead[i] = isHeadPosition(position) ? 1 : 0;
      derived |= DERIVED_HEAD;
    }
    t.derived[i] = derived;
    if (t.partyLevel[i] !== 0 || t.partyCell[i] !== undefined || t.partyJoinDate[i] !== undefined)
      t.isPartyMember[i] = 1;
  }

  private checkVotes(t: PersonTable, i: number): void {
    const votes = t.votesFor[i]!;
    const members = t.fullMembers[i]!;
    // NaN (empty) on either side compares false.
    if (!(votes > members)) return;
    const column = this.sheet.fieldColumns.votesFor!;
    this.emit(
      numberInvalid(
        {
          sheet: this.sheet.name,
          row: t.row[i]!,
          column: column.letter,
          field: "votesFor",
          person: t.fullName[i],
        },
        votes,
        {
          vi: `số phiếu không quá số đảng viên chính thức, ${members}`,
          en: `votes at most the full members, ${members}`,
        },
      ),
    );
    t.votesFor[i] = Number.NaN;
  }
}
