import type { CellValue } from "../cells.js";

/**
 * `85` or `85,5` or `85.25` read by hand: the commonest number text. One or two decimals after the
 * separator can never be a thousands group, so there is no ambiguity to settle. The digits make one
 * exact integer, divided once, which rounds as `Number("85.25")` does.
 */
export function plainNumber(text: string): number | undefined {
  let digits = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    digits = digits * 10 + (c - 48);
  }
  if (i === 0 || i > 9) return undefined;
  if (i === text.length) return digits;
  const sep = text.charCodeAt(i);
  const decimals = text.length - i - 1;
  if ((sep !== 44 && sep !== 46) || decimals < 1 || decimals > 2) return undefined;
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return undefined;
    digits = digits * 10 + (c - 48);
  }
  return digits / (decimals === 1 ? 10 : 100);
}

/** A cell's number, the way `readNumber` reads it, without saying whether a `%` was typed. */
export function readNumberValue(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  return plainNumber(value) ?? readNumber(value)?.value;
}

/**
 * Reads a number typed the Vietnamese way or the English way: `85`, `85,5`, `85.5`, `85%`,
 * `1.234,5`. Returns undefined when the cell is not a number. `percent` says whether a `%` was typed.
 */
export function readNumber(value: CellValue): { value: number; percent: boolean } | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? { value, percent: false } : undefined;
  if (typeof value !== "string") return undefined;
  // The common case, `85` or `85,5`: one or two decimals can never be a thousands group.
  const plain = plainNumber(value);
  if (plain !== undefined) return { value: plain, percent: false };
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
  if (typeof value === "number") return readPercentNumber(value, false);
  const n = readNumber(value);
  return n && readPercentNumber(n.value, n.percent);
}

function readPercentNumber(value: number, typedPercent: boolean): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (!typedPercent && value >= 0 && value <= 1) return Math.round(value * 100 * 1e9) / 1e9;
  return value;
}
