/**
 * The in-memory workbook behind the test host: sheets with values, formats, merges, sizes, page
 * layout and charts, and the workbook's settings. Values are kept row by row and formats only where
 * set, so a 100,000 × 25 roster costs little more than its values. Browser-safe.
 */
import type { CellValue } from "../../shared/cells.js";
import {
  MAX_COLUMNS,
  cellCount,
  containsCell,
  formatRect,
  intersects,
  parseRect,
  quoteSheetName,
  type Rect,
} from "./address.js";
import {
  DEFAULT_FORMAT,
  DEFAULT_VALUES,
  assembleFormat,
  type CellFormat,
  type Fill,
  type Font,
  type FormatKey,
  type FormatValue,
  normalizeColor,
} from "./cellFormat.js";
import { HostError } from "./hostError.js";

/** What a cell holds. Reads give `""` for an empty cell, as Office.js does. */
export type Value = string | number | boolean;

export interface HostSheet {
  name: string;
  rows: readonly (readonly CellValue[])[];
  /** Excel row number (1-based) of `rows[0]`; 1 when absent. */
  firstRow?: number;
  /** Excel column number (1-based) of each row's first cell; 1 when absent. */
  firstColumn?: number;
  /** Solid fills: single-cell A1 address → `#RRGGBB`. */
  fills?: Readonly<Record<string, string>>;
  /** Merged areas, e.g. `A1:W1`. */
  merges?: readonly string[];
}

/**
 * A workbook as JSON: what tests build, what `fromXlsx` gives, what a browser page receives. Dates
 * become serial numbers when the host is built; JSON has none, so a page should get serials.
 */
export interface HostWorkbook {
  sheets: readonly HostSheet[];
  settings?: Readonly<Record<string, unknown>>;
  /** Custom XML parts, as their XML text. */
  customXmlParts?: readonly string[];
}

/** A custom XML part (`workbook.customXmlParts`): its id, its root element's namespace and its text. */
export interface XmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
  deleted: boolean;
}

/**
 * The namespace of an XML text's root element ("" without one), checking that the text is one
 * element, as Excel refuses anything else with `InvalidArgument`.
 */
export function rootNamespace(xml: unknown): string {
  const text = typeof xml === "string" ? xml.trim() : "";
  const root =
    /^(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(
      text,
    );
  const closed = root && (root[3] === "/" ? text.endsWith("/>") : text.endsWith(`</${root[1]}>`));
  if (!root || !closed) throw new HostError("InvalidArgument", "The XML is not one well-formed element.");
  return (
    /\sxmlns\s*=\s*(?:"([^"]*)"|'([^']*)')/
      .exec(root[2] ?? "")
      ?.slice(1)
      .find((v) => v !== undefined) ?? ""
  );
}

export interface PageLayout {
  orientation: string;
  paperSize: string;
  zoom: Record<string, unknown>;
  /** As given to `setPrintTitleRows`, e.g. `$5:$6`. */
  printTitleRows: string | null;
}

export interface Chart {
  name: string;
  type: string;
  source: { sheet: Sheet; rect: Rect };
  seriesBy: string;
  title: string;
  legend: { visible: boolean; position: string };
  position: { start: string; end?: string } | null;
}

/** A chart as tests inspect it: its source as a qualified address. */
export interface ChartInfo extends Omit<Chart, "source"> {
  source: string;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** Writes over more cells than this are kept as one layer rather than cell by cell. */
const LAYER_CELLS = 4096;
/** Formats are read cell by cell; the host refuses to compare more cells than this. */
const MAX_FORMAT_READ_CELLS = 1_000_000;
const DAY_MS = 86_400_000;
/** 1970-01-01 as an Excel serial day number (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

/** A date as Excel stores it and `Range.values` gives it: a serial day number (UTC, as exceljs reads). */
export function excelSerial(date: Date): number {
  return date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
}

function storedValue(value: CellValue): Value | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  return value instanceof Date ? excelSerial(value) : value;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * One element of a 2-D array written to `Range.values`, as Excel takes it: `null` leaves the cell
 * as it is, `""` empties it, a number-like text becomes a number unless the cell is formatted as
 * text (`@`); a Date arrives as the JSON text Office.js would send.
 */
function typedInput(value: unknown, numberFormat: FormatValue): Value | undefined | "unchanged" {
  if (value === null || value === undefined) return "unchanged";
  if (typeof value === "number") return Number.isFinite(value) ? value : "unchanged";
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "string") throw new HostError("InvalidArgument", `Not a cell value: ${String(value)}`);
  if (value === "") return undefined;
  return numberFormat !== "@" && NUMBER_TEXT.test(value.trim()) ? Number(value) : value;
}

interface Stamped {
  value: FormatValue;
  /** Write order: the latest write of a key wins, whether it was a layer or a cell's own. */
  seq: number;
}

interface Layer extends Stamped {
  rect: Rect;
  key: FormatKey;
}

export class Sheet {
  deleted = false;
  /** Values by 0-based row; each row an array by 0-based column, holes for empty cells. */
  private readonly cells = new Map<number, (Value | undefined)[]>();
  /** Formats written to a few cells, by `row * MAX_COLUMNS + column`. */
  private readonly formats = new Map<number, Map<FormatKey, Stamped>>();
  /** Formats written to large ranges (whole columns, the whole sheet). */
  private readonly layers: Layer[] = [];
  readonly merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly charts: Chart[] = [];
  readonly pageLayout: PageLayout = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printTitleRows: null,
  };
  frozenRows = 0;
  selection: Rect = { row: 0, column: 0, rows: 1, columns: 1 };

  constructor(
    public name: string,
    private readonly nextSeq: () => number,
  ) {}

  value(row: number, column: number): Value | undefined {
    return this.cells.get(row)?.[column];
  }

  setValue(row: number, column: number, value: Value | undefined): void {
    let cells = this.cells.get(row);
    if (value === undefined) {
      if (cells && column < cells.length) cells[column] = undefined;
      return;
    }
    if (!cells) this.cells.set(row, (cells = []));
    while (cells.length < column) cells.push(undefined);
    cells[column] = value;
  }

  /** The values of a block as `Range.values` gives them: `""` for empty cells. */
  read(rect: Rect): Value[][] {
    const out: Value[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const cells = this.cells.get(r);
      const row = new Array<Value>(rect.columns);
      for (let c = 0; c < rect.columns; c++) row[c] = cells?.[rect.column + c] ?? "";
      out.push(row);
    }
    return out;
  }

  /** Writes a 2-D array of the block's exact shape, element by element as Excel takes input. */
  write(rect: Rect, rows: readonly (readonly unknown[])[]): void {
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.columns; c++) {
        const row = rect.row + r;
        const column = rect.column + c;
        const input = typedInput(rows[r]![c], this.formatValue(row, column, "numberFormat"));
        if (input !== "unchanged") this.setValue(row, column, input);
      }
  }

  /** Writes number formats (2-D, `null` leaves a cell's as it is, `""` resets to General). */
  writeNumberFormats(rect: Rect, rows: readonly (readonly unknown[])[]): void {
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.columns; c++) {
        const format = rows[r]![c];
        if (format === null || format === undefined) continue;
        if (typeof format !== "string") throw new HostError("InvalidArgument", "A number format is text.");
        const cell: Rect = { row: rect.row + r, column: rect.column + c, rows: 1, columns: 1 };
        this.setFormats(cell, [["numberFormat", format === "" ? "General" : format]]);
      }
  }

  /**
   * The smallest block holding every value (`valuesOnly`), or every value and every cell formatted
   * cell by cell; undefined for an empty sheet.
   */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    const include = (row: number, column: number) => {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    };
    for (const [row, cells] of this.cells) {
      const first = cells.findIndex((v) => v !== undefined);
      if (first < 0) continue;
      let last = cells.length - 1;
      while (cells[last] === undefined) last--;
      include(row, first);
      include(row, last);
    }
    if (!valuesOnly)
      for (const key of this.formats.keys()) include(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
    if (bottom < 0) return undefined;
    return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** Sets format keys over a block, all as one write (one place in the write order). */
  setFormats(rect: Rect, entries: readonly (readonly [FormatKey, FormatValue])[]): void {
    const seq = this.nextSeq();
    if (cellCount(rect) > LAYER_CELLS) {
      for (const [key, value] of entries) this.layers.push({ rect, key, value, seq });
      return;
    }
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        const id = r * MAX_COLUMNS + c;
        let own = this.formats.get(id);
        if (!own) this.formats.set(id, (own = new Map()));
        for (const [key, value] of entries) own.set(key, { value, seq });
      }
  }

  private stamped(row: number, column: number, key: FormatKey): Stamped {
    let best: Stamped = { value: DEFAULT_VALUES.get(key)!, seq: -1 };
    for (const layer of this.layers)
      if (layer.key === key && layer.seq > best.seq && containsCell(layer.rect, row, column)) best = layer;
    const own = this.formats.get(row * MAX_COLUMNS + column)?.get(key);
    return own && own.seq > best.seq ? own : best;
  }

  /**
   * One format property of one cell. A fill colour written after the pattern was "None" makes the
   * fill solid (as setting a colour in Excel does); a cell without fill reads as white.
   */
  formatValue(row: number, column: number, key: FormatKey): FormatValue {
    if (key !== "fill.color" && key !== "fill.pattern") return this.stamped(row, column, key).value;
    const pattern = this.stamped(row, column, "fill.pattern");
    const color = this.stamped(row, column, "fill.color");
    const effective = pattern.value === "None" && color.seq > pattern.seq ? "Solid" : pattern.value;
    if (key === "fill.pattern") return effective;
    return effective === "None" ? DEFAULT_FORMAT.fill.color : color.value;
  }

  cellFormat(row: number, column: number): CellFormat {
    return assembleFormat((key) => this.formatValue(row, column, key));
  }

  /** A property over blocks as Office.js reads it on a range: the value if every cell agrees, else null. */
  uniform(rects: readonly Rect[], key: FormatKey): FormatValue | null {
    const total = rects.reduce((n, r) => n + cellCount(r), 0);
    if (total > MAX_FORMAT_READ_CELLS)
      throw new Error(`The test host does not read formats over ${total} cells at once.`);
    let found: FormatValue | undefined;
    for (const rect of rects)
      for (let r = rect.row; r < rect.row + rect.rows; r++)
        for (let c = rect.column; c < rect.column + rect.columns; c++) {
          const v = this.formatValue(r, c, key);
          if (found === undefined) found = v;
          else if (v !== found) return null;
        }
    return found ?? null;
  }

  /**
   * Merges a block (each row apart with `across`): the top-left value stays, the others are
   * cleared, as Excel does; merges it overlaps are replaced.
   */
  merge(rect: Rect, across: boolean): void {
    const areas = across
      ? Array.from({ length: rect.rows }, (_, i): Rect => ({ ...rect, row: rect.row + i, rows: 1 }))
      : [rect];
    for (const area of areas) {
      if (cellCount(area) === 1) continue;
      for (let i = this.merges.length - 1; i >= 0; i--)
        if (intersects(this.merges[i]!, area)) this.merges.splice(i, 1);
      for (let r = area.row; r < area.row + area.rows; r++)
        for (let c = area.column; c < area.column + area.columns; c++)
          if (r !== area.row || c !== area.column) this.setValue(r, c, undefined);
      this.merges.push(area);
    }
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }
}

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

export class Workbook {
  readonly sheets: Sheet[] = [];
  active: Sheet;
  /** Workbook settings (Office.js `workbook.settings`), by key. */
  readonly settingItems = new Map<string, unknown>();
  readonly xmlParts: XmlPart[] = [];
  private seq = 0;
  private partCount = 0;
  private chartCount = 0;

  constructor(input: HostWorkbook = { sheets: [] }) {
    const specs = input.sheets.length > 0 ? input.sheets : [{ name: "Sheet1", rows: [] }];
    for (const spec of specs) this.populate(this.addSheet(spec.name), spec);
    this.active = this.sheets[0]!;
    for (const [key, value] of Object.entries(input.settings ?? {})) this.settingItems.set(key, value);
    for (const xml of input.customXmlParts ?? []) this.addXmlPart(xml);
  }

  addXmlPart(xml: string): XmlPart {
    const n = (++this.partCount).toString(16).toUpperCase().padStart(12, "0");
    const part = {
      id: `{5A1E0C3B-0000-4000-8000-${n}}`,
      namespaceUri: rootNamespace(xml),
      xml,
      deleted: false,
    };
    this.xmlParts.push(part);
    return part;
  }

  deleteXmlPart(part: XmlPart): void {
    this.xmlParts.splice(this.xmlParts.indexOf(part), 1);
    part.deleted = true;
  }

  private populate(sheet: Sheet, spec: HostSheet): void {
    const top = (spec.firstRow ?? 1) - 1;
    const left = (spec.firstColumn ?? 1) - 1;
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => sheet.setValue(top + r, left + c, storedValue(value))),
    );
    for (const [address, color] of Object.entries(spec.fills ?? {})) {
      const hex = normalizeColor(color);
      if (!hex) throw new Error(`Not a colour: ${color}`);
      sheet.setFormats(this.rect(address), [["fill.color", hex]]);
    }
    for (const address of spec.merges ?? []) sheet.merge(this.rect(address), false);
  }

  private rect(address: string): Rect {
    const rect = parseRect(address);
    if (!rect) throw new Error(`Not an A1 address: ${address}`);
    return rect;
  }

  /** A sheet by name, ignoring case as Excel does. */
  find(name: string): Sheet | undefined {
    const key = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === key);
  }

  addSheet(name?: string): Sheet {
    let chosen = name;
    for (let n = this.sheets.length + 1; chosen === undefined; n++)
      if (!this.find(`Sheet${n}`)) chosen = `Sheet${n}`;
    if (chosen.trim() === "" || chosen.length > 31 || INVALID_SHEET_NAME.test(chosen))
      throw new HostError("InvalidArgument", `Not a valid sheet name: ${chosen}`);
    if (this.find(chosen))
      throw new HostError("ItemAlreadyExists", `A sheet named ${chosen} already exists.`);
    const sheet = new Sheet(chosen, () => ++this.seq);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: Sheet): void {
    if (this.sheets.length === 1)
      throw new HostError("InvalidOperation", "A workbook must keep at least one sheet.");
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    if (this.active === sheet) this.active = this.sheets[Math.min(index, this.sheets.length - 1)]!;
  }

  nextChartName(): string {
    return `Chart ${++this.chartCount}`;
  }

  // -------------------------------------------------------------------------------------------
  // Inspection, for tests (plain data, so a browser test can read it through page.evaluate).

  sheet(name: string): Sheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  private cell(sheet: string, address: string): [Sheet, number, number] {
    const rect = this.rect(address);
    return [this.sheet(sheet), rect.row, rect.column];
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  activeSheet(): string {
    return this.active.name;
  }

  /** The active sheet and its selected range, e.g. `{ sheet: "Danh sách", address: "F6" }`. */
  selection(): { sheet: string; address: string } {
    return { sheet: this.active.name, address: formatRect(this.active.selection) };
  }

  value(sheet: string, address: string): Value {
    const [s, row, column] = this.cell(sheet, address);
    return s.value(row, column) ?? "";
  }

  /** A block's values (`""` for empty cells); the used range when no address is given. */
  values(sheet: string, address?: string): Value[][] {
    const s = this.sheet(sheet);
    const rect = address === undefined ? s.usedRect(true) : this.rect(address);
    return rect ? s.read(rect) : [];
  }

  fill(sheet: string, address: string): Fill {
    return this.format(sheet, address).fill;
  }

  font(sheet: string, address: string): Font {
    return this.format(sheet, address).font;
  }

  format(sheet: string, address: string): CellFormat {
    const [s, row, column] = this.cell(sheet, address);
    return s.cellFormat(row, column);
  }

  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map(formatRect);
  }

  charts(sheet: string): ChartInfo[] {
    return this.sheet(sheet).charts.map((c) => ({
      ...c,
      legend: { ...c.legend },
      position: c.position && { ...c.position },
      source: `${quoteSheetName(c.source.sheet.name)}!${formatRect(c.source.rect)}`,
    }));
  }

  columnWidth(sheet: string, column: string): number {
    return this.sheet(sheet).columnWidth(this.rect(`${column}1`).column);
  }

  rowHeight(sheet: string, row: number): number {
    return this.sheet(sheet).rowHeight(row - 1);
  }

  pageLayout(sheet: string): PageLayout {
    const layout = this.sheet(sheet).pageLayout;
    return { ...layout, zoom: { ...layout.zoom } };
  }

  frozenRows(sheet: string): number {
    return this.sheet(sheet).frozenRows;
  }

  settings(): Record<string, unknown> {
    return Object.fromEntries(this.settingItems);
  }

  customXmlParts(): { id: string; namespaceUri: string; xml: string }[] {
    return this.xmlParts.map(({ id, namespaceUri, xml }) => ({ id, namespaceUri, xml }));
  }
}
