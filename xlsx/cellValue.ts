import type { CellValue } from "../shared/cells.js";

/**
 * Flattens an exceljs cell value to what Office.js `Range.values` would give: rich text as its
 * text, a formula as its result, a hyperlink as its text, an error as its code (`#N/A`).
 */
export function plainCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return v.richText.map((r: { text?: unknown }) => String(r.text ?? "")).join("");
  if ("result" in v || "formula" in v || "sharedFormula" in v) return plainCellValue(v.result);
  if ("text" in v) return plainCellValue(v.text);
  if ("error" in v) return String(v.error);
  return null;
}
