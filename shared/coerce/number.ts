import type { CellValue } from "../cells.js";

const PLAIN = /^\d{1,9}(?:[.,]\d{1,2})?$/;

/**
 * Reads a number typed the Vietnamese way or the English way: `85`, `85,5`, `85.5`, `85%`,
 * `1.234,5`. Returns undefined when the cell is not a number. `percent` says whether a `%` was typed.
 */
export function readNumber(value: CellValue): { value: number; percent: boolean } | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? { value, percent: false } : undefined;
  if (typeof value !== "string") return undefined;
  // The common case, `85` or `85,5`: one or two decimals can never be a thousands group.
  if (PLAIN.test(value)) return { value: Number(value.replace(",", ".")), percent: false };
  let text = value.trim().replace(/\s+/g, "");
  if (text.length === 0 || text.length > 40) return undefined;
  const percent = text.endsWith("%");
  if (percent) text = text.slice(0, -1);
  // Thousands separators never follow a leading 0: `0.850` is 0.85, not 850.
  if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, "").replace(",", ".");
  else if (/^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(text) && !/^[+-]?\d{1,3},\d{3}$/.test(text))
    text = text.replace(/,/g, "");
  else text = text.replace(",", ".");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  return { value: Number(text), percent };
}

/**
 * A percentage in 0–100. A fraction from a percent-formatted cell (Excel stores 85% as 0.85) is
 * scaled: a plain number from 0 to 1 without a typed `%` counts as a fraction.
 */
export function readPercent(value: CellValue): number | undefined {
  const n = readNumber(value);
  if (!n) return undefined;
  if (!n.percent && n.value >= 0 && n.value <= 1) return Math.round(n.value * 100 * 1e9) / 1e9;
  return n.value;
}
