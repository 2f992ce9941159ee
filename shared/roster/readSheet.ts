import { FormulaWithoutValue, isBlank, type SheetCell } from "../cells.js";
import type { RawFinding } from "../findings.js";
import { parseLevel } from "../levels.js";
import { parseStaffType } from "../staffTypes.js";
import { foldHash, foldKey, tidyFoldHash } from "../text.js";
import {
  acceptsCollectiveHeader,
  COLLECTIVE_VOCABULARY,
  readCollectives,
  type CollectiveField,
} from "./collectives.js";
import { STAFF_LEVEL_FIELDS, type FieldKey } from "./fields.js";
import { cellText, findHeader, HEADER_SEARCH_ROWS, isNumberingRow, type HeaderBlock } from "./header.js";
import { formulaNoValue } from "./inputFindings.js";
import { rosterColumns, rosterHeaderReading, type ColumnMapping } from "./rosterHeader.js";
import { columnMissing, headerNotFound } from "./sheetFindings.js";
import type { Collective, IsoDate, Person, RosterSheet } from "./person.js";
import { signatureDate } from "./signatureDate.js";
import { rosterSheet } from "./rosterSheet.js";
import { PersonBlock } from "./personBlock.js";
import { PersonTable } from "./personTable.js";
import type { SectionContext } from "./personRow.js";
import { planColumns } from "./rowPlan.js";
import {
  isSectionNumber,
  isSignatureText,
  isTotalLabel,
  startsWithSectionNumber,
  stripNumbering,
} from "./sections.js";

const LEVEL_FIELDS: readonly FieldKey[] = [...STAFF_LEVEL_FIELDS, "partyLevel"];
/** Columns only a list of people has; a collectives sheet has a name, a type and levels. */
const PERSON_ONLY: ReadonlySet<FieldKey> = new Set([
  "birthDate",
  "position",
  "staffType",
  "isLeader",
  "isHead",
  "score",
  "monthsWorked",
  "partyJoinDate",
]);
const SECTION_WORDS =
  /^(phong|ban|khoi|van phong|trung tam|chi cuc|bo phan|cuc|chi bo|dang bo|uy ban|hoi dong|thanh tra|can bo|cong chuc|vien chuc|nguoi lao dong|hop dong) /;

export type { ColumnMapping };

export type SheetOutcome =
  | { kind: "roster"; sheet: RosterSheet; titleYear?: number; signedOn?: IsoDate }
  | { kind: "collectives"; name: string; collectives: Collective[] }
  | { kind: "unusable"; name: string }
  | { kind: "empty"; name: string };

/**
 * A sheet read: what it is, its people by column, its input findings, and its people also one object
 * each (`table.person(i)`), made when first asked for. Only a roster has people: any other outcome
 * shares one empty table.
 */
export interface SheetReadResult {
  outcome: SheetOutcome;
  table: PersonTable;
  findings: RawFinding[];
  readonly people: Person[];
}

/** The table of every outcome but a roster: never written, since nothing is read into it. */
const NO_PEOPLE = new PersonTable(0);

function sheetRead(outcome: SheetOutcome, table: PersonTable, findings: RawFinding[]): SheetReadResult {
  let people: Person[] | undefined;
  return {
    outcome,
    table,
    findings,
    get people() {
      return (people ??= table.people());
    },
  };
}

/** Reads one sheet row by row, so a large sheet streams through without being held twice. */
export interface SheetReader {
  /**
   * `excelRow` is 1-based; rows must come in order, gaps are empty rows. The reader may keep the row
   * until `finish`: the caller leaves it as it is and gives each row an array of its own.
   */
  push(row: readonly SheetCell[], excelRow: number): void;
  finish(): SheetReadResult;
}

function titleYear(rows: readonly (readonly SheetCell[])[]): number | undefined {
  for (const row of rows)
    for (const value of row) {
      const text = cellText(value);
      if (text.length > 500) continue;
      const m = /\bnam (20\d{2})\b/.exec(foldKey(text));
      if (m) return Number(m[1]);
    }
  return undefined;
}

function isLevelText(value: SheetCell): boolean {
  return typeof value === "string" && parseLevel(value) !== undefined;
}

/** `(2)` or `2`: how a numbering row's name cell starts, and how no name does. */
function startsLikeNumbering(name: string): boolean {
  const c = name.charCodeAt(0);
  return c === 40 || (c >= 48 && c <= 57);
}

// The two tests below run on every row of a large roster: indexed loops, no callbacks.
function holdsLevel(row: readonly SheetCell[], levelIndices: readonly number[]): boolean {
  for (let i = 0; i < levelIndices.length; i++) if (isLevelText(row[levelIndices[i]!])) return true;
  return false;
}

function isBlankRow(row: readonly SheetCell[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

/** A sheet's reader; `expectedRows`, when known, sizes its table at once. */
export function createSheetReader(
  name: string,
  mapping: ColumnMapping = {},
  expectedRows?: number,
): SheetReader {
  const head: (readonly SheetCell[])[] = [];
  let table = NO_PEOPLE;
  const findings: RawFinding[] = [];
  const emit = (f: RawFinding) => findings.push(f);
  let decided = false;
  let roster:
    | {
        sheet: RosterSheet;
        block: PersonBlock;
        nameIndex: number;
        /** The STT column's index, -1 when there is none (read here on every row, not from the sheet's columns). */
        seqIndex: number;
        levelIndices: number[];
        titleYear?: number;
      }
    | undefined;
  let seenData = false;
  let stopped = false;
  /** The date of the signature block (`Hà Nội, ngày 10 tháng 12 năm 2026`): when the list was made. */
  let signedOn: IsoDate | undefined;
  let rowsAfterHeader = 0;
  const section: SectionContext = {};
  let rest: SheetOutcome | undefined;
  let collectiveHeader: HeaderBlock<CollectiveField> | undefined;
  let anyValue = false;

  const decide = () => {
    decided = true;
    const { match, options } = rosterHeaderReading(mapping);
    const block = findHeader(
      head,
      match,
      (f) => f.has("fullName") && LEVEL_FIELDS.some((l) => f.has(l)),
      options,
    );
    if (block) {
      const columns = rosterColumns(block, mapping);
      const sheet: RosterSheet = rosterSheet(
        name,
        block.rows.map((r) => r + 1),
        columns,
      );
      const fieldColumns = sheet.fieldColumns;
      if (!fieldColumns.fullName || !LEVEL_FIELDS.some((l) => fieldColumns[l])) {
        emit(columnMissing(name, block.rows[0]! + 1, fieldColumns.fullName === undefined));
        rest = { kind: "unusable", name };
        return;
      }
      table = new PersonTable(expectedRows);
      roster = {
        sheet,
        block: new PersonBlock(sheet, planColumns(columns), table, emit),
        nameIndex: fieldColumns.fullName.index,
        seqIndex: fieldColumns.seq?.index ?? -1,
        levelIndices: LEVEL_FIELDS.flatMap((f) => (fieldColumns[f] ? [fieldColumns[f].index] : [])),
        titleYear: titleYear(head.slice(0, block.rows[0])),
      };
      const after = head.slice(block.rows.at(-1)! + 1);
      after.forEach((row, i) => readRow(row, block.rows.at(-1)! + 2 + i));
      return;
    }
    // A header that is plainly a roster's but lacks the name or every level column: say which.
    const partial = findHeader(
      head,
      match,
      (f) =>
        (f.has("fullName") && f.size >= 3) ||
        (LEVEL_FIELDS.some((l) => f.has(l)) && [...f].filter((k) => PERSON_ONLY.has(k)).length >= 2),
      options,
    );
    if (partial) {
      const named = partial.columns.some((c) => c.field === "fullName");
      emit(columnMissing(name, partial.rows[0]! + 1, !named));
      rest = { kind: "unusable", name };
      return;
    }
    collectiveHeader = findHeader(head, COLLECTIVE_VOCABULARY.match, acceptsCollectiveHeader);
    if (collectiveHeader) return;
    if (anyValue) {
      emit(headerNotFound(name));
      rest = { kind: "unusable", name };
    } else rest = { kind: "empty", name };
  };

  const readRow = (row: readonly SheetCell[], excelRow: number) => {
    if (!roster) return;
    const { block, nameIndex, seqIndex, levelIndices } = roster;
    // Most names are tidy as they come: checked so and hashed for the duplicate check in one pass.
    const nameCell = row[nameIndex];
    const tidyHash = typeof nameCell === "string" ? tidyFoldHash(nameCell) : -1;
    const name = tidyHash >= 0 ? (nameCell as string) : cellText(nameCell);
    // A named row is not blank: only a row without a name is looked at cell by cell.
    if (name === "" && isBlankRow(row)) return;
    if (stopped) {
      signedOn ??= signatureDate(row.map(cellText).join(" "));
      return;
    }
    if (rowsAfterHeader++ === 0 && isNumberingRow(row, nameIndex)) return;
    const seqValue = seqIndex >= 0 ? row[seqIndex] : undefined;
    // Nearly every row is a person: a name, an ordinary STT and a readable level. Only the rest can
    // be a section, a total, a repeated header or the signature block.
    if (name && typeof seqValue !== "string" && holdsLevel(row, levelIndices)) {
      seenData = true;
      block.add(row, excelRow, name, tidyHash >= 0 ? tidyHash : foldHash(name), section);
      return;
    }
    // What this row says (a section, a finding) comes after the people above it.
    block.flush(section);
    readOtherRow(row, excelRow, name, seqValue);
  };

  /**
   * A row that may be no person. Apart from `readRow` because its callbacks hold the row: a function
   * with such callbacks allocates a place for the row on every call, person rows included.
   */
  const readOtherRow = (row: readonly SheetCell[], excelRow: number, name: string, seqValue: SheetCell) => {
    const { sheet, block, nameIndex, levelIndices } = roster!;
    // A numbering row further down (the header repeated on a printed page): no name starts so.
    if (startsLikeNumbering(name) && isNumberingRow(row, nameIndex)) return;
    const hasLevel = levelIndices.some((i) => !isBlank(row[i]));
    const texts = row.map(cellText).filter((t) => t !== "");
    // The signature block: its words in the name cell, or beside an empty name cell. A person whose
    // note says `ngày 5 tháng 3 năm 2026` is still a person.
    if (
      (!name || isSignatureText(name)) &&
      isSignatureText(texts.join(" ")) &&
      !holdsLevel(row, levelIndices)
    ) {
      stopped = seenData;
      if (stopped) signedOn ??= signatureDate(texts.join(" "));
      return;
    }
    const seq = cellText(seqValue);
    if (isTotalLabel(name || texts[0] || "")) return;
    if (name && foldKey(name) === foldKey(sheet.fieldColumns.fullName!.header)) return;
    // A Roman numeral or a capital letter in the STT column numbers a section, never a person, even
    // when the row carries a head count or the unit's own rating beside its name.
    const sectionSeq = seq !== "" && isSectionNumber(seq);
    if (sectionSeq || (!hasLevel && texts.length <= 2)) {
      const label = sectionSeq
        ? name || texts.find((t) => t !== seq) || ""
        : texts.filter((t) => t !== seq || !isSectionNumber(seq)).join(" ");
      const looksLikeSection =
        sectionSeq ||
        startsWithSectionNumber(label) ||
        SECTION_WORDS.test(`${foldKey(stripNumbering(label))} `);
      if (looksLikeSection && label) {
        const text = stripNumbering(label);
        const type = parseStaffType(text);
        if (type) section.staffType = type;
        else section.unit = text;
        return;
      }
    }
    if (!name) {
      const nameCell = row[nameIndex];
      if (nameCell instanceof FormulaWithoutValue)
        emit(
          formulaNoValue(
            {
              sheet: sheet.name,
              row: excelRow,
              column: sheet.fieldColumns.fullName!.letter,
              field: "fullName",
            },
            nameCell,
          ),
        );
      return;
    }
    seenData = true;
    block.add(row, excelRow, name, foldHash(name), section);
  };

  return {
    push(row, excelRow) {
      if (!anyValue && !row.every(isBlank)) anyValue = true;
      if (!decided || collectiveHeader) {
        if (!decided && excelRow > HEADER_SEARCH_ROWS + 2) decide();
        if (!decided || collectiveHeader) {
          while (head.length < excelRow - 1) head.push([]);
          head.push([...row]);
          return;
        }
      }
      if (roster) readRow(row, excelRow);
    },
    finish() {
      if (!decided) decide();
      if (collectiveHeader)
        return sheetRead(
          { kind: "collectives", name, collectives: readCollectives(name, head, 1, collectiveHeader, emit) },
          table,
          findings,
        );
      if (roster) {
        roster.block.flush(section);
        roster.sheet.people = table.size;
        return sheetRead(
          { kind: "roster", sheet: roster.sheet, titleYear: roster.titleYear, signedOn },
          table,
          findings,
        );
      }
      if (rest?.kind === "empty" && anyValue) {
        // Blank rows down to the end of the header search, then values: no header where it may be.
        emit(headerNotFound(name));
        rest = { kind: "unusable", name };
      }
      return sheetRead(rest!, table, findings);
    },
  };
}

/** Reads a whole sheet held in memory (what Office.js gives). */
export function readSheet(
  name: string,
  rows: readonly (readonly SheetCell[])[],
  mapping: ColumnMapping = {},
  firstRow = 1,
): SheetReadResult {
  const reader = createSheetReader(name, mapping, rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // A hole in a sparse array (Office.js never gives one) is no row.
    if (row !== undefined) reader.push(row, firstRow + i);
  }
  return reader.finish();
}
