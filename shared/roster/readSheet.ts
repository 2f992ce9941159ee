import { columnLetter, isBlank, type CellValue } from "../cells.js";
import type { RawFinding } from "../findings.js";
import { parseLevel } from "../levels.js";
import { parseStaffType } from "../staffTypes.js";
import { foldKey } from "../text.js";
import {
  acceptsCollectiveHeader,
  COLLECTIVE_VOCABULARY,
  readCollectives,
  type CollectiveField,
} from "./collectives.js";
import { FIELDS, isFieldKey, STAFF_LEVEL_FIELDS, type FieldKey } from "./fields.js";
import { cellText, findHeader, HEADER_SEARCH_ROWS, isNumberingRow, type HeaderBlock } from "./header.js";
import { vocabulary } from "./headerMatch.js";
import { columnMissing, headerNotFound } from "./sheetFindings.js";
import type { Collective, ColumnInfo, Person, RosterSheet } from "./person.js";
import { rosterSheet } from "./rosterSheet.js";
import { planColumns, readPersonRow, type PlannedColumn, type SectionContext } from "./personRow.js";
import {
  isSectionNumber,
  isSignatureText,
  isTotalLabel,
  startsWithSectionNumber,
  stripNumbering,
} from "./sections.js";

const ROSTER_VOCABULARY = vocabulary<FieldKey>(FIELDS);
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

/** A hand-made column mapping: header text or column letter → field, or "ignore". */
export type ColumnMapping = Readonly<Record<string, string>>;

export type SheetOutcome =
  | { kind: "roster"; sheet: RosterSheet; titleYear?: number }
  | { kind: "collectives"; name: string; collectives: Collective[] }
  | { kind: "unusable"; name: string }
  | { kind: "empty"; name: string };

export interface SheetReadResult {
  outcome: SheetOutcome;
  people: Person[];
  findings: RawFinding[];
}

/** Reads one sheet row by row, so a large sheet streams through without being held twice. */
export interface SheetReader {
  /** `excelRow` is 1-based; rows must come in order, gaps are empty rows. The row is not kept: the caller may reuse it. */
  push(row: readonly CellValue[], excelRow: number): void;
  finish(): SheetReadResult;
}

const COLUMN_LETTERS = /^[A-Z]{1,3}$/;

/**
 * The header matcher with the hand-made mapping first: by column letter, then by header text. A key
 * that looks like a letter (`STT`, `TT`) is also tried as header text. A column mapped by letter
 * counts while looking for the header, so mapping an unrecognised name column makes the header found.
 */
function rosterMatcher(mapping: ColumnMapping) {
  const byHeader = new Map<string, FieldKey | "ignore">();
  const byLetter = new Map<string, FieldKey | "ignore">();
  for (const [key, value] of Object.entries(mapping)) {
    if (!isFieldKey(value) && value !== "ignore") continue;
    byHeader.set(foldKey(key), value);
    if (COLUMN_LETTERS.test(key)) byLetter.set(key, value);
  }
  return (text: string, index: number): FieldKey | undefined => {
    const manual =
      byLetter.get(columnLetter(index)) ?? (text.length <= 500 ? byHeader.get(foldKey(text)) : undefined);
    if (manual !== undefined) return manual === "ignore" ? undefined : manual;
    return ROSTER_VOCABULARY.match(text);
  };
}

/** Column letters mapped by hand win over what the detector found. */
function applyLetterMapping(block: HeaderBlock<FieldKey>, mapping: ColumnMapping): ColumnInfo[] {
  const columns: ColumnInfo[] = block.columns.map((c) => ({ ...c }));
  for (const [key, value] of Object.entries(mapping)) {
    if (!COLUMN_LETTERS.test(key)) continue;
    const target = columns.find((c) => c.letter === key);
    if (!target) continue;
    if (value === "ignore") {
      target.field = undefined;
      continue;
    }
    if (!isFieldKey(value)) continue;
    for (const c of columns) if (c.field === value) c.field = undefined;
    target.field = value;
  }
  return columns.filter((c) => c.header !== "" || c.field !== undefined);
}

function titleYear(rows: readonly (readonly CellValue[])[]): number | undefined {
  for (const row of rows)
    for (const value of row) {
      const text = cellText(value);
      if (text.length > 500) continue;
      const m = /\bnam (20\d{2})\b/.exec(foldKey(text));
      if (m) return Number(m[1]);
    }
  return undefined;
}

function isLevelText(value: CellValue): boolean {
  return typeof value === "string" && parseLevel(value) !== undefined;
}

function holdsLevel(row: readonly CellValue[], levelIndices: readonly number[]): boolean {
  return levelIndices.some((i) => isLevelText(row[i]));
}

export function createSheetReader(name: string, mapping: ColumnMapping = {}): SheetReader {
  const head: (readonly CellValue[])[] = [];
  const people: Person[] = [];
  const findings: RawFinding[] = [];
  const emit = (f: RawFinding) => findings.push(f);
  let decided = false;
  let roster:
    | {
        sheet: RosterSheet;
        plan: PlannedColumn[];
        nameIndex: number;
        levelIndices: number[];
        titleYear?: number;
      }
    | undefined;
  let seenData = false;
  let stopped = false;
  let rowsAfterHeader = 0;
  const section: SectionContext = {};
  let rest: SheetOutcome | undefined;
  let collectiveHeader: HeaderBlock<CollectiveField> | undefined;
  let anyValue = false;

  const decide = () => {
    decided = true;
    const match = rosterMatcher(mapping);
    const block = findHeader(head, match, (f) => f.has("fullName") && LEVEL_FIELDS.some((l) => f.has(l)));
    if (block) {
      const columns = applyLetterMapping(block, mapping);
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
      roster = {
        sheet,
        plan: planColumns(columns),
        nameIndex: fieldColumns.fullName.index,
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

  const readRow = (row: readonly CellValue[], excelRow: number) => {
    if (!roster || stopped || row.every(isBlank)) return;
    const { sheet, plan, nameIndex, levelIndices } = roster;
    if (rowsAfterHeader++ === 0 && isNumberingRow(row, nameIndex)) return;
    const name = cellText(row[nameIndex]);
    const seqColumn = sheet.fieldColumns.seq;
    const seqValue = seqColumn ? row[seqColumn.index] : undefined;
    // Nearly every row is a person: a name, an ordinary STT and a readable level. Only the rest can
    // be a section, a total, a repeated header or the signature block.
    if (name && typeof seqValue !== "string" && levelIndices.some((i) => isLevelText(row[i]))) {
      seenData = true;
      people.push(readPersonRow(row, excelRow, sheet, plan, section, emit));
      return;
    }
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
    if (!name) return;
    seenData = true;
    people.push(readPersonRow(row, excelRow, sheet, plan, section, emit));
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
        return {
          outcome: {
            kind: "collectives",
            name,
            collectives: readCollectives(name, head, 1, collectiveHeader, emit),
          },
          people,
          findings,
        };
      if (roster) {
        roster.sheet.people = people.length;
        return {
          outcome: { kind: "roster", sheet: roster.sheet, titleYear: roster.titleYear },
          people,
          findings,
        };
      }
      if (rest?.kind === "empty" && anyValue) {
        // Blank rows down to the end of the header search, then values: no header where it may be.
        emit(headerNotFound(name));
        rest = { kind: "unusable", name };
      }
      return { outcome: rest!, people, findings };
    },
  };
}

/** Reads a whole sheet held in memory (what Office.js gives). */
export function readSheet(
  name: string,
  rows: readonly (readonly CellValue[])[],
  mapping: ColumnMapping = {},
  firstRow = 1,
): SheetReadResult {
  const reader = createSheetReader(name, mapping);
  rows.forEach((row, i) => reader.push(row, firstRow + i));
  return reader.finish();
}
