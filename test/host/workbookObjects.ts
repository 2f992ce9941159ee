/**
 * Workbook-level proxies: the workbook, its worksheets, settings and custom XML parts (customXmlParts.ts), a worksheet's charts, page
 * layout and frozen panes, with the members of office-surface.md. Browser-safe.
 */
import { WHOLE_SHEET, parseRect, type Rect } from "./address.js";
import { Batch, ClientObject, Collection, type PropertySpec } from "./batch.js";
import { CustomXmlPartCollection } from "./customXmlParts.js";
import { HostError } from "./hostError.js";
import { Range, RangeAreas } from "./rangeObjects.js";
import type { Chart as ChartModel, Sheet, Workbook } from "./workbook.js";

function invalid(message: string): HostError {
  return new HostError("InvalidArgument", message);
}

function rectOf(address: string): Rect {
  const rect = parseRect(address);
  if (!rect) throw invalid(`Not an A1 address of this sheet: ${address}`);
  return rect;
}

function text(value: unknown): string {
  if (typeof value !== "string") throw invalid(`Expected text; got ${String(value)}.`);
  return value;
}

function choice(values: readonly string[]): (value: unknown) => string {
  return (value) => {
    if (typeof value === "string" && values.includes(value)) return value;
    throw invalid(`Expected one of ${values.join(", ")}; got ${String(value)}.`);
  };
}

interface ChartTarget {
  sheet: Sheet;
  chart: ChartModel;
}

export class ChartTitle extends ClientObject<ChartTarget> {}
ClientObject.expose(ChartTitle, {
  text: { read: (t) => t.chart.title, write: (t, v) => (t.chart.title = text(v)) },
});

export class ChartLegend extends ClientObject<ChartTarget> {}
ClientObject.expose(ChartLegend, {
  visible: {
    read: (t) => t.chart.legend.visible,
    write: (t, v) => {
      if (typeof v !== "boolean") throw invalid("Expected true or false.");
      t.chart.legend.visible = v;
    },
  },
  position: {
    read: (t) => t.chart.legend.position,
    write: (t, v) =>
      (t.chart.legend.position = choice(["Top", "Bottom", "Left", "Right", "Corner", "Custom"])(v)),
  },
});

const CHART_SPECS: Readonly<Record<string, PropertySpec<ChartTarget>>> = {
  name: {
    read: (t) => t.chart.name,
    write: (t, v) => {
      const name = text(v);
      if (t.sheet.charts.some((c) => c !== t.chart && c.name === name))
        throw new HostError("ItemAlreadyExists", `A chart named ${name} already exists.`);
      t.chart.name = name;
    },
  },
};

export class Chart extends ClientObject<ChartTarget> {
  private parts: { title?: ChartTitle; legend?: ChartLegend } = {};

  get title(): ChartTitle {
    return (this.parts.title ??= new ChartTitle(
      this.batch,
      this.derive("title", (t) => t),
    ));
  }

  get legend(): ChartLegend {
    return (this.parts.legend ??= new ChartLegend(
      this.batch,
      this.derive("legend", (t) => t),
    ));
  }

  setPosition(startCell: string, endCell?: string): void {
    this.call("setPosition", [startCell, endCell], (t) => {
      rectOf(startCell);
      if (endCell !== undefined) rectOf(endCell);
      t.chart.position = endCell === undefined ? { start: startCell } : { start: startCell, end: endCell };
    });
  }
}
ClientObject.expose(Chart, CHART_SPECS);

const SERIES_BY = ["Auto", "Columns", "Rows"];

export class ChartCollection extends Collection<Sheet, ChartTarget, Chart> {
  protected readonly itemSpecs = CHART_SPECS;

  protected list(sheet: Sheet): ChartTarget[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected item(target: ChartTarget): Chart {
    return new Chart(this.batch, { known: target });
  }

  add(type: string, sourceData: Range, seriesBy: string = "Auto"): Chart {
    return new Chart(
      this.batch,
      this.created("add", [type, { ref: sourceData.ref }, seriesBy], (sheet) => {
        if (typeof type !== "string" || type === "") throw invalid("A chart type is text.");
        choice(SERIES_BY)(seriesBy);
        const source = sourceData.resolveTarget();
        const chart: ChartModel = {
          name: this.batch.book.nextChartName(),
          type,
          source: { sheet: source.sheet, rect: source.rect },
          seriesBy,
          title: "",
          legend: { visible: true, position: "Right" },
          position: null,
        };
        sheet.charts.push(chart);
        return { sheet, chart };
      }),
    );
  }
}

export class PageLayout extends ClientObject<Sheet> {
  setPrintTitleRows(address: string): void {
    this.call("setPrintTitleRows", [address], (sheet) => {
      const rect = rectOf(address);
      if (rect.column !== 0 || rect.columns !== WHOLE_SHEET.columns)
        throw invalid(`Print title rows are whole rows, e.g. $5:$6; got ${address}.`);
      sheet.pageLayout.printTitleRows = address;
    });
  }
}
ClientObject.expose(PageLayout, {
  orientation: {
    read: (s) => s.pageLayout.orientation,
    write: (s, v) => (s.pageLayout.orientation = choice(["Portrait", "Landscape"])(v)),
  },
  paperSize: { read: (s) => s.pageLayout.paperSize, write: (s, v) => (s.pageLayout.paperSize = text(v)) },
  zoom: {
    read: (s) => ({ ...s.pageLayout.zoom }),
    write: (s, v) => {
      if (typeof v !== "object" || v === null || Array.isArray(v)) throw invalid("A zoom is an object.");
      s.pageLayout.zoom = { ...v };
    },
  },
});

export class FreezePanes extends ClientObject<Sheet> {
  freezeRows(count = 1): void {
    this.call("freezeRows", [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0) throw invalid(`Not a row count: ${count}`);
      sheet.frozenRows = count;
    });
  }
}

const WORKSHEET_SPECS: Readonly<Record<string, PropertySpec<Sheet>>> = {
  name: { read: (s) => s.name },
};

export class Worksheet extends ClientObject<Sheet> {
  private parts: { charts?: ChartCollection; pageLayout?: PageLayout; freezePanes?: FreezePanes } = {};

  get charts(): ChartCollection {
    return (this.parts.charts ??= new ChartCollection(
      this.batch,
      this.derive("charts", (s) => s),
    ));
  }

  get pageLayout(): PageLayout {
    return (this.parts.pageLayout ??= new PageLayout(
      this.batch,
      this.derive("pageLayout", (s) => s),
    ));
  }

  get freezePanes(): FreezePanes {
    return (this.parts.freezePanes ??= new FreezePanes(
      this.batch,
      this.derive("freezePanes", (s) => s),
    ));
  }

  /** A block by A1 address without sheet name; the whole sheet without one. */
  getRange(address?: string): Range {
    return new Range(
      this.batch,
      this.created("getRange", address === undefined ? [] : [address], (sheet) => ({
        sheet,
        rect: address === undefined ? WHOLE_SHEET : rectOf(address),
      })),
    );
  }

  /** Several blocks from a comma-separated address list. */
  getRanges(addresses: string): RangeAreas {
    return new RangeAreas(
      this.batch,
      this.created("getRanges", [addresses], (sheet) => {
        this.batch.checkAddressList(addresses);
        return { sheet, rects: addresses.split(",").map(rectOf) };
      }),
    );
  }

  /** The block holding every value (`valuesOnly`) or every value and formatted cell; a null object when empty. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.batch,
      this.created("getUsedRangeOrNullObject", [valuesOnly], (sheet) => {
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : null;
      }),
    );
  }

  activate(): void {
    this.call("activate", [], (sheet) => (this.batch.book.active = sheet));
  }

  delete(): void {
    this.call("delete", [], (sheet) => this.batch.book.deleteSheet(sheet));
  }
}
ClientObject.expose(Worksheet, WORKSHEET_SPECS);

export class WorksheetCollection extends Collection<Workbook, Sheet, Worksheet> {
  protected readonly itemSpecs = WORKSHEET_SPECS;

  protected list(book: Workbook): Sheet[] {
    return [...book.sheets];
  }

  protected item(sheet: Sheet): Worksheet {
    return new Worksheet(this.batch, { known: sheet });
  }

  getItem(name: string): Worksheet {
    return new Worksheet(
      this.batch,
      this.created("getItem", [name], (book) => {
        const sheet = book.find(name);
        if (!sheet) throw new HostError("ItemNotFound", `There is no sheet named ${name}.`);
        return sheet;
      }),
    );
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(
      this.batch,
      this.created("getItemOrNullObject", [name], (book) => book.find(name) ?? null),
    );
  }

  /** A new sheet at the end (not activated, as in Excel). */
  add(name?: string): Worksheet {
    return new Worksheet(
      this.batch,
      this.created("add", name === undefined ? [] : [name], (book) => book.addSheet(name)),
    );
  }
}

interface SettingTarget {
  book: Workbook;
  key: string;
}

export class Setting extends ClientObject<SettingTarget> {
  delete(): void {
    this.call("delete", [], (t) => t.book.settingItems.delete(t.key));
  }
}
ClientObject.expose(Setting, {
  key: { read: (t) => t.key },
  value: { read: (t) => t.book.settingItems.get(t.key) ?? null },
});

export class SettingCollection extends ClientObject<Workbook> {
  /** Adds or replaces a setting; its value is kept as its JSON, as Excel stores it. */
  add(key: string, value: unknown): Setting {
    return new Setting(
      this.batch,
      this.created("add", [key, value], (book) => {
        if (typeof key !== "string" || key === "") throw invalid("A setting key is text.");
        if (value === undefined) throw invalid("A setting needs a value.");
        const stored = JSON.parse(JSON.stringify(value)) as unknown;
        const size = JSON.stringify(Object.fromEntries([...book.settingItems, [key, stored]])).length;
        if (size > this.batch.limits.settingsChars)
          throw invalid(
            `The workbook's settings would take ${size} characters; settings are for small values.`,
          );
        book.settingItems.set(key, stored);
        return { book, key };
      }),
    );
  }

  getItemOrNullObject(key: string): Setting {
    return new Setting(
      this.batch,
      this.created("getItemOrNullObject", [key], (book) =>
        book.settingItems.has(key) ? { book, key } : null,
      ),
    );
  }
}

/** `context.workbook`. */
export class WorkbookObject extends ClientObject<Workbook> {
  readonly worksheets: WorksheetCollection;
  readonly settings: SettingCollection;
  readonly customXmlParts: CustomXmlPartCollection;

  constructor(batch: Batch) {
    super(batch, { known: batch.book });
    this.customXmlParts = new CustomXmlPartCollection(batch, { known: batch.book });
    this.worksheets = new WorksheetCollection(batch, { known: batch.book });
    this.settings = new SettingCollection(batch, { known: batch.book });
  }
}
