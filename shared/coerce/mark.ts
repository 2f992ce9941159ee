import type { CellValue } from "../cells.js";
import { foldKey } from "../text.js";

const NO = new Set(["", "0", "khong", "k", "ko", "no", "n", "false", "-", "sai"]);
/** Cells of punctuation only that mean no; any other symbol (`✓`, `✔`, `+`, `*`) is a tick. */
const NO_SYMBOLS = new Set(["-", "–", "—", "_", "."]);

/**
 * A tick column: `x`, `X`, `✓`, `Có`, `1`, TRUE or any other entry mean yes; empty, `0`,
 * `Không`, `-` and FALSE mean no. Clerks write many things in a tick column, so none is an error.
 */
export function readMark(value: CellValue): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (value instanceof Date) return true;
  const text = value.trim();
  if (text === "") return false;
  const key = foldKey(text);
  // foldKey drops symbols, so a tick such as `✓` folds to "" like a dash: tell them apart first.
  if (key === "") return !NO_SYMBOLS.has(text);
  return !NO.has(key);
}
