import { FormulaWithoutValue, type SheetCell } from "../cells.js";
import { parseLevel, type Level } from "../levels.js";
import { foldKey } from "../text.js";
import { cellText, isNumberingRow, type HeaderBlock } from "./header.js";
import { vocabulary } from "./headerMatch.js";
import { formulaNoValue, levelUnrecognized } from "./inputFindings.js";
import type { Collective, CollectiveType } from "./person.js";
import type { RawFinding } from "../findings.js";
import { isSignatureText, isTotalLabel, startsWithSectionNumber } from "./sections.js";

/** The columns of the collectives sheet (ROSTER.md): a name, a type and a level. */
export type CollectiveField = "name" | "type" | "selfLevel" | "proposedLevel" | "finalLevel";

export const COLLECTIVE_VOCABULARY = vocabulary<CollectiveField>([
  {
    key: "name",
    variants: ["ten tap the", "tap the", "ten don vi", "don vi", "chi bo", "ten chi bo", "to chuc dang"],
  },
  { key: "type", variants: ["loai", "loai tap the", "loai hinh"] },
  { key: "selfLevel", variants: ["tu xep loai", "tu danh gia"] },
  { key: "proposedLevel", variants: ["de xuat", "de nghi xep loai", "muc xep loai de xuat"] },
  { key: "finalLevel", variants: ["xep loai", "ket qua xep loai", "muc xep loai", "cap co tham quyen"] },
]);

const LEVEL_FIELDS = ["finalLevel", "proposedLevel", "selfLevel"] as const;

export function acceptsCollectiveHeader(fields: ReadonlySet<CollectiveField>): boolean {
  return fields.has("name") && LEVEL_FIELDS.some((f) => fields.has(f));
}

const TYPES: readonly (readonly [string, CollectiveType])[] = [
  ["tap the lanh dao", "leadership"],
  ["chi bo", "party-cell"],
  ["dang bo", "party-cell"],
  ["to chuc dang", "party-cell"],
  ["phong", "department"],
  ["ban", "department"],
  ["don vi", "unit"],
];

/** The collective's type from its type cell, else from the first words of its name. */
export function collectiveType(typeText: string, name: string): CollectiveType {
  const type = foldKey(typeText);
  for (const [needle, value] of TYPES) if (type.includes(needle)) return value;
  const key = foldKey(name);
  for (const [needle, value] of TYPES) if (key.startsWith(`${needle} `)) return value;
  return "other";
}

/**
 * Reads the collectives sheet's data rows. As on a roster (ROSTER.md), the numbering row, section
 * and total rows are not collectives, and the signature block ends the table; a row with no name is
 * skipped.
 */
export function readCollectives(
  sheetName: string,
  rows: readonly (readonly SheetCell[])[],
  firstRow: number,
  header: HeaderBlock<CollectiveField>,
  emit: (finding: RawFinding) => void,
): Collective[] {
  const col = (f: CollectiveField) => header.columns.find((c) => c.field === f);
  const nameCol = col("name")!;
  const typeCol = col("type");
  const levelCols = LEVEL_FIELDS.map(col).filter((c) => c !== undefined);
  const out: Collective[] = [];
  let first = true;
  for (let r = header.rows.at(-1)! + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const texts = row.map(cellText).filter((t) => t !== "");
    if (texts.length === 0) continue;
    const wasFirst = first;
    first = false;
    if (wasFirst && isNumberingRow(row, nameCol.index)) continue;
    const name = cellText(row[nameCol.index]);
    const levelTexts = levelCols.map((c) => cellText(row[c.index]));
    const holdsLevel = levelTexts.some((t) => parseLevel(t) !== undefined);
    if ((!name || isSignatureText(name)) && isSignatureText(texts.join(" ")) && !holdsLevel) break;
    if (!name || isTotalLabel(name)) continue;
    if (startsWithSectionNumber(name) && levelTexts.every((t) => t === "")) continue;
    let level: Level | undefined;
    for (const f of LEVEL_FIELDS) {
      const c = col(f);
      const cell = c ? row[c.index] : undefined;
      if (c && cell instanceof FormulaWithoutValue) {
        emit(formulaNoValue({ sheet: sheetName, row: firstRow + r, column: c.letter, field: f }, cell));
        break;
      }
      const text = c ? cellText(cell) : "";
      if (!c || !text) continue;
      level = parseLevel(text);
      if (!level)
        emit(levelUnrecognized({ sheet: sheetName, row: firstRow + r, column: c.letter, field: f }, text));
      break;
    }
    out.push({
      name,
      type: collectiveType(typeCol ? cellText(row[typeCol.index]) : "", name),
      level,
      sheet: sheetName,
      row: firstRow + r,
    });
  }
  return out;
}
