/**
 * A cell's formatting as flat keys (`fill.color`, `border.top.style`, …) with Excel's defaults, and
 * the colour forms Office.js accepts. Browser-safe.
 */

export const SIDES = ["top", "bottom", "left", "right"] as const;
export type Side = (typeof SIDES)[number];

export interface Fill {
  color: string;
  pattern: string;
}
export interface Font {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: string;
  color: string;
}
export interface Border {
  style: string;
  color: string;
}
export interface CellFormat {
  numberFormat: string;
  fill: Fill;
  font: Font;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: Record<Side, Border>;
}

export type FormatValue = string | number | boolean;

export const DEFAULT_FORMAT: CellFormat = {
  numberFormat: "General",
  fill: { color: "#FFFFFF", pattern: "None" },
  font: { name: "Calibri", size: 11, bold: false, italic: false, underline: "None", color: "#000000" },
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  borders: {
    top: { style: "None", color: "#000000" },
    bottom: { style: "None", color: "#000000" },
    left: { style: "None", color: "#000000" },
    right: { style: "None", color: "#000000" },
  },
};

/** Every format property as one key: `numberFormat`, `fill.color`, `font.bold`, `border.top.style`… */
export type FormatKey =
  | "numberFormat"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "wrapText"
  | `fill.${keyof Fill}`
  | `font.${keyof Font}`
  | `border.${Side}.${keyof Border}`;

export const DEFAULT_VALUES: ReadonlyMap<FormatKey, FormatValue> = new Map<FormatKey, FormatValue>([
  ["numberFormat", DEFAULT_FORMAT.numberFormat],
  ["horizontalAlignment", DEFAULT_FORMAT.horizontalAlignment],
  ["verticalAlignment", DEFAULT_FORMAT.verticalAlignment],
  ["wrapText", DEFAULT_FORMAT.wrapText],
  ...Object.entries(DEFAULT_FORMAT.fill).map(([k, v]) => [`fill.${k}` as FormatKey, v] as const),
  ...Object.entries(DEFAULT_FORMAT.font).map(([k, v]) => [`font.${k}` as FormatKey, v] as const),
  ...SIDES.flatMap((side) =>
    Object.entries(DEFAULT_FORMAT.borders[side]).map(
      ([k, v]) => [`border.${side}.${k}` as FormatKey, v] as const,
    ),
  ),
]);

/** Builds a whole cell format from a reader of single keys. */
export function assembleFormat(get: (key: FormatKey) => FormatValue): CellFormat {
  const str = (key: FormatKey) => String(get(key));
  const border = (side: Side): Border => ({
    style: str(`border.${side}.style`),
    color: str(`border.${side}.color`),
  });
  return {
    numberFormat: str("numberFormat"),
    fill: { color: str("fill.color"), pattern: str("fill.pattern") },
    font: {
      name: str("font.name"),
      size: Number(get("font.size")),
      bold: get("font.bold") === true,
      italic: get("font.italic") === true,
      underline: str("font.underline"),
      color: str("font.color"),
    },
    horizontalAlignment: str("horizontalAlignment"),
    verticalAlignment: str("verticalAlignment"),
    wrapText: get("wrapText") === true,
    borders: { top: border("top"), bottom: border("bottom"), left: border("left"), right: border("right") },
  };
}

/** The named colours most add-ins write; Office.js reads every colour back as `#RRGGBB`. */
const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
};

/** `#rgb`, `#rrggbb` or a named colour → `#RRGGBB`; undefined for anything else. */
export function normalizeColor(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(text)) return `#${[...text.slice(1)].map((c) => c + c).join("")}`.toUpperCase();
  return undefined;
}
