import { posix } from "node:path";
import { PACKAGE_RELATIONSHIPS, SPREADSHEETML } from "./namespaces.js";
import { READER_LIMITS } from "./readerLimits.js";
import { parseXmlPart } from "./xmlPart.js";
import type { ZipArchive } from "./zipArchive.js";

/**
 * Whether Excel shows a sheet's tab: hidden sheets are listed by its Unhide command, very hidden ones
 * by no menu (only the sheet's Visible property in the Visual Basic editor).
 */
export type SheetState = "visible" | "hidden" | "veryHidden";

/** A worksheet of an .xlsx, in the workbook's order, with the zip part that holds its cells. */
export interface SheetPart {
  name: string;
  part: string;
  state: SheetState;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  sharedStrings?: string;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;
/** The main part of a workbook: XML (.xlsx, .xlsm, .xltx, .xltm) or binary (.xlsb). */
const WORKBOOK_PART = /(^|\/)workbook\.(xml|bin)$/i;
const WORKBOOK_PLACES = ["xl/workbook.xml", "xl/workbook.bin"];

/** The relationships part of `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
function relsOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** A relationship's target as a zip part name: absolute from the root, or relative to its source. */
function resolveTarget(source: string, target: string): string {
  return target.startsWith("/") ? target.slice(1) : posix.join(posix.dirname(source), target);
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

async function relationships(zip: ZipArchive, source: string): Promise<Relationship[]> {
  const rels = source === "" ? "_rels/.rels" : relsOf(source);
  if (!zip.has(rels)) return [];
  const found: Relationship[] = [];
  await parseXmlPart(await zip.open(rels, READER_LIMITS.maxSmallPartBytes), rels, PACKAGE_RELATIONSHIPS, {
    open(tag, name) {
      const { Id, Type, Target, TargetMode } = tag.attributes;
      if (name === "Relationship" && Id && Type && Target && TargetMode !== "External")
        found.push({ id: Id, type: Type, target: resolveTarget(source, Target) });
    },
    close() {},
  });
  return found;
}

/**
 * The main workbook part, from the package's relationships, or where Excel puts it: `workbook.xml`,
 * or `workbook.bin` for an .xlsb. A Word or PowerPoint package's main part (`word/document.xml`) is
 * not a workbook.
 */
export async function workbookPart(zip: ZipArchive): Promise<string | undefined> {
  const main = (await relationships(zip, "")).find((r) => OFFICE_DOCUMENT.test(r.type))?.target;
  if (main && WORKBOOK_PART.test(main) && zip.has(main)) return main;
  return WORKBOOK_PLACES.find((part) => zip.has(part));
}

/** The worksheets in the order the workbook lists them (chart sheets left out), and the shared strings part. */
export async function workbookParts(zip: ZipArchive, workbook: string): Promise<WorkbookParts> {
  const rels = await relationships(zip, workbook);
  const byId = new Map(rels.filter((r) => WORKSHEET.test(r.type)).map((r) => [r.id, r.target]));
  const sheets: SheetPart[] = [];
  await parseXmlPart(await zip.open(workbook, READER_LIMITS.maxSmallPartBytes), workbook, SPREADSHEETML, {
    open(tag, element) {
      if (element !== "sheet") return;
      // The relationship id is `r:id` in Excel's files; other writers bind that namespace to another prefix.
      const idKey = Object.keys(tag.attributes).find((key) => key.endsWith(":id"));
      const part = byId.get(idKey ? tag.attributes[idKey]! : "");
      const { name, state } = tag.attributes;
      if (part && name !== undefined && zip.has(part))
        sheets.push({
          name,
          part,
          state: state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible",
        });
    },
    close() {},
  });
  const sharedStrings =
    rels.find((r) => SHARED_STRINGS.test(r.type))?.target ??
    (zip.has("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : undefined);
  return { sheets, sharedStrings: sharedStrings && zip.has(sharedStrings) ? sharedStrings : undefined };
}
