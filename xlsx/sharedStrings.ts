import { SPREADSHEETML } from "./namespaces.js";
import { READER_LIMITS } from "./readerLimits.js";
import { UnreadableWorkbookError } from "./unreadable.js";
import { parseXmlPart } from "./xmlPart.js";
import type { ZipArchive } from "./zipArchive.js";

/**
 * The shared strings of an .xlsx, each as its plain text: rich-text runs joined, phonetic runs
 * (`rPh`, East Asian reading aids) left out, as Excel shows the cell.
 */
export async function readSharedStrings(zip: ZipArchive, part: string): Promise<string[]> {
  const strings: string[] = [];
  let text = "";
  let inText = false;
  let inPhonetic = false;
  await parseXmlPart(await zip.open(part, READER_LIMITS.maxSharedStringsBytes), part, SPREADSHEETML, {
    open(_tag, name) {
      if (name === "t") inText = !inPhonetic;
      else if (name === "rPh") inPhonetic = true;
      else if (name === "si") text = "";
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "si") {
        if (strings.length === READER_LIMITS.maxSharedStrings)
          throw new UnreadableWorkbookError("too-many-strings", part);
        strings.push(text);
      }
    },
    text(value) {
      if (inText) text += value;
    },
  });
  return strings;
}
