/**
 * Range proxies: Range, RangeAreas and the format objects under them (fill, font, borders), with
 * the members of office-surface.md. Browser-safe.
 */
import { cellCount, formatRect, quoteSheetName, type Rect } from "./address.js";
import { ClientObject, type PropertySpec } from "./batch.js";
import { normalizeColor, type FormatKey, type FormatValue, type Side } from "./cellFormat.js";
import { HostError } from "./hostError.js";
import type { Sheet } from "./workbook.js";

/** Excel's cap on one range read: above it `values` comes back null. */
export const MAX_READ_CELLS = 5_000_000;

export interface RangeTarget {
  sheet: Sheet;
  rect: Rect;
}

/** What format objects act on: one block (a Range) or several (RangeAreas). */
export interface AreaTarget {
  sheet: Sheet;
  rects: readonly Rect[];
}

function invalid(message: string): HostError {
  return new HostError("InvalidArgument", message);
}

function checkShape(value: unknown, rect: Rect): readonly (readonly unknown[])[] {
  const ok =
    Array.isArray(value) &&
    value.length === rect.rows &&
    value.every((row) => Array.isArray(row) && row.length === rect.columns);
  if (!ok)
    throw invalid(`The array written does not match the range's ${rect.rows} × ${rect.columns} dimensions.`);
  return value as unknown[][];
}

function oneOf(values: readonly string[]): (value: unknown) => string {
  return (value) => {
    if (typeof value === "string" && values.includes(value)) return value;
    throw invalid(`Expected one of ${values.join(", ")}; got ${String(value)}.`);
  };
}

function color(value: unknown): string {
  const hex = normalizeColor(value);
  if (!hex) throw invalid(`Not a colour: ${String(value)}`);
  return hex;
}

function bool(value: unknown): boolean {
  if (typeof value !== "boolean") throw invalid(`Expected true or false; got ${String(value)}.`);
  return value;
}

function positive(value: unknown): number {
  if (typeof value !== "number" || !(value > 0))
    throw invalid(`Expected a positive number; got ${String(value)}.`);
  return value;
}

/** A format property over blocks: read as Office.js does (null when cells differ), written to every cell. */
function formatSpec<T extends AreaTarget>(
  key: FormatKey,
  check: (value: unknown) => FormatValue,
): PropertySpec<T> {
  return {
    read: (t) => t.sheet.uniform(t.rects, key),
    write: (t, value) => {
      const v = check(value);
      for (const rect of t.rects) t.sheet.setFormats(rect, [[key, v]]);
    },
  };
}

/** One value for a run of columns or rows, or null when they differ. */
function sameOrNull(values: Iterable<number>): number | null {
  let found: number | undefined;
  for (const v of values) {
    if (found === undefined) found = v;
    else if (v !== found) return null;
  }
  return found ?? null;
}

function* indexes(rects: readonly Rect[], axis: "row" | "column"): Generator<number> {
  for (const rect of rects) {
    const start = rect[axis];
    const count = axis === "row" ? rect.rows : rect.columns;
    for (let i = start; i < start + count; i++) yield i;
  }
}

export class RangeFill extends ClientObject<AreaTarget> {
  clear(): void {
    this.call("clear", [], (t) => {
      for (const rect of t.rects)
        t.sheet.setFormats(rect, [
          ["fill.pattern", "None"],
          ["fill.color", "#FFFFFF"],
        ]);
    });
  }
}
ClientObject.expose(RangeFill, {
  color: formatSpec("fill.color", color),
  pattern: formatSpec(
    "fill.pattern",
    oneOf([
      "None",
      "Solid",
      "Gray50",
      "Gray75",
      "Gray25",
      "Horizontal",
      "Vertical",
      "Down",
      "Up",
      "Checker",
      "SemiGray75",
      "LightHorizontal",
      "LightVertical",
      "LightDown",
      "LightUp",
      "Grid",
      "CrissCross",
      "Gray16",
      "Gray8",
    ]),
  ),
});

export class RangeFont extends ClientObject<AreaTarget> {}
ClientObject.expose(RangeFont, {
  name: formatSpec("font.name", (v) => {
    if (typeof v !== "string" || v.trim() === "") throw invalid("A font name is text.");
    return v;
  }),
  size: formatSpec("font.size", positive),
  bold: formatSpec("font.bold", bool),
  italic: formatSpec("font.italic", bool),
  underline: formatSpec(
    "font.underline",
    oneOf(["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"]),
  ),
  color: formatSpec("font.color", color),
});

export const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;
type Edge = (typeof BORDER_EDGES)[number];

interface BorderTarget {
  sheet: Sheet;
  /** The cells and the side of each that the edge draws. */
  parts: { rect: Rect; side: Side }[];
}

/**
 * The cell sides an edge of a block draws. Inside lines are kept on both cells they separate, so
 * each cell reports every line it shows.
 */
function edgeParts(rect: Rect, edge: Edge): BorderTarget["parts"] {
  const { row, column, rows, columns } = rect;
  const lastRow = row + rows - 1;
  const lastColumn = column + columns - 1;
  switch (edge) {
    case "EdgeTop":
      return [{ rect: { ...rect, rows: 1 }, side: "top" }];
    case "EdgeBottom":
      return [{ rect: { ...rect, row: lastRow, rows: 1 }, side: "bottom" }];
    case "EdgeLeft":
      return [{ rect: { ...rect, columns: 1 }, side: "left" }];
    case "EdgeRight":
      return [{ rect: { ...rect, column: lastColumn, columns: 1 }, side: "right" }];
    case "InsideVertical":
      return columns < 2
        ? []
        : [
            { rect: { ...rect, columns: columns - 1 }, side: "right" },
            { rect: { ...rect, column: column + 1, columns: columns - 1 }, side: "left" },
          ];
    case "InsideHorizontal":
      return rows < 2
        ? []
        : [
            { rect: { ...rect, rows: rows - 1 }, side: "bottom" },
            { rect: { ...rect, row: row + 1, rows: rows - 1 }, side: "top" },
          ];
  }
}

function borderSpec(
  property: "style" | "color",
  check: (value: unknown) => string,
): PropertySpec<BorderTarget> {
  return {
    read: (t) => {
      const values = new Set(t.parts.map((p) => t.sheet.uniform([p.rect], `border.${p.side}.${property}`)));
      return values.size === 1 ? [...values][0]! : null;
    },
    write: (t, value) => {
      const v = check(value);
      for (const p of t.parts) t.sheet.setFormats(p.rect, [[`border.${p.side}.${property}`, v]]);
    },
  };
}

export class RangeBorder extends ClientObject<BorderTarget> {}
ClientObject.expose(RangeBorder, {
  style: borderSpec(
    "style",
    oneOf(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]),
  ),
  color: borderSpec("color", color),
});

export class RangeBorderCollection extends ClientObject<AreaTarget> {
  getItem(edge: string): RangeBorder {
    return new RangeBorder(
      this.batch,
      this.created("getItem", [edge], (t) => {
        if (!(BORDER_EDGES as readonly string[]).includes(edge)) throw invalid(`Not a border edge: ${edge}`);
        return { sheet: t.sheet, parts: t.rects.flatMap((rect) => edgeParts(rect, edge as Edge)) };
      }),
    );
  }
}

export class RangeFormat extends ClientObject<AreaTarget> {
  private children: { fill?: RangeFill; font?: RangeFont; borders?: RangeBorderCollection } = {};

  get fill(): RangeFill {
    return (this.children.fill ??= new RangeFill(
      this.batch,
      this.derive("fill", (t) => t),
    ));
  }

  get font(): RangeFont {
    return (this.children.font ??= new RangeFont(
      this.batch,
      this.derive("font", (t) => t),
    ));
  }

  get borders(): RangeBorderCollection {
    return (this.children.borders ??= new RangeBorderCollection(
      this.batch,
      this.derive("borders", (t) => t),
    ));
  }
}
ClientObject.expose(RangeFormat, {
  horizontalAlignment: formatSpec(
    "horizontalAlignment",
    oneOf(["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"]),
  ),
  verticalAlignment: formatSpec(
    "verticalAlignment",
    oneOf(["Top", "Center", "Bottom", "Justify", "Distributed"]),
  ),
  wrapText: formatSpec("wrapText", bool),
  columnWidth: {
    read: (t) => sameOrNull([...indexes(t.rects, "column")].map((c) => t.sheet.columnWidth(c))),
    write: (t, value) => {
      const width = positive(value);
      for (const c of indexes(t.rects, "column")) t.sheet.columnWidths.set(c, width);
    },
  },
  rowHeight: {
    read: (t) => sameOrNull([...indexes(t.rects, "row")].map((r) => t.sheet.rowHeight(r))),
    write: (t, value) => {
      const height = positive(value);
      for (const r of indexes(t.rects, "row")) t.sheet.rowHeights.set(r, height);
    },
  },
});

function asArea(t: RangeTarget): AreaTarget {
  return { sheet: t.sheet, rects: [t.rect] };
}

export class Range extends ClientObject<RangeTarget> {
  private formatObject: RangeFormat | undefined;

  get format(): RangeFormat {
    return (this.formatObject ??= new RangeFormat(this.batch, this.derive("format", asArea)));
  }

  merge(across = false): void {
    this.call("merge", [across], (t) => t.sheet.merge(t.rect, across));
  }

  select(): void {
    this.call("select", [], (t) => {
      this.batch.book.active = t.sheet;
      t.sheet.selection = t.rect;
    });
  }
}
ClientObject.expose(Range, {
  address: { read: (t) => `${quoteSheetName(t.sheet.name)}!${formatRect(t.rect)}` },
  values: {
    read: (t) => (cellCount(t.rect) > MAX_READ_CELLS ? null : t.sheet.read(t.rect)),
    write: (t, value) => t.sheet.write(t.rect, checkShape(value, t.rect)),
  },
  numberFormat: {
    read: (t) => {
      if (cellCount(t.rect) > MAX_READ_CELLS) return null;
      const { row, column, rows, columns } = t.rect;
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => t.sheet.formatValue(row + r, column + c, "numberFormat")),
      );
    },
    write: (t, value) => t.sheet.writeNumberFormats(t.rect, checkShape(value, t.rect)),
  },
  rowIndex: { read: (t) => t.rect.row },
  columnIndex: { read: (t) => t.rect.column },
  rowCount: { read: (t) => t.rect.rows },
  columnCount: { read: (t) => t.rect.columns },
});

/** What `getRanges` gives: several blocks of one sheet, formatted together. */
export class RangeAreas extends ClientObject<AreaTarget> {
  private formatObject: RangeFormat | undefined;

  get format(): RangeFormat {
    return (this.formatObject ??= new RangeFormat(
      this.batch,
      this.derive("format", (t) => t),
    ));
  }
}
