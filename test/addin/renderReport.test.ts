/// <reference types="office-js" />
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { buildReport, type ReportInput, type ReportModel } from "../../shared/report/index.js";
import { summarizeUnit } from "../../shared/summary/index.js";
import { CHART_NAME, renderReport, type RenderOptions } from "../../addin/excel/renderReport.js";
import { makePerson } from "../helpers/person.js";
import { rowsLabelled, singleUnitInput, unitPeople } from "../report/fixtures.js";
import { parseRect, type Bounds as Rect } from "../helpers/a1.js";
import { PersonTable } from "../../shared/roster/personTable.js";

/** office-addin-mock's value of a property that was never set nor loaded. */
const isSet = (v: unknown) => v !== undefined && !(typeof v === "string" && v.startsWith("Error, "));

type Side = "top" | "bottom" | "left" | "right";
interface Cell {
  value?: unknown;
  numberFormat?: unknown;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string };
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  fill?: string;
  borders: Set<Side>;
}

interface ChartRecord {
  type: string;
  source: string;
  seriesBy: string;
  chart: OfficeMockObject;
  position?: string;
}

/** What one worksheet received, cell by cell, once the queued writes ran. */
class SheetState {
  readonly cells = new Map<string, Cell>();
  readonly merges: string[] = [];
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  readonly charts: ChartRecord[] = [];
  page?: OfficeMockObject;
  printTitleRows?: string;
  /** `getRange` calls. */
  ranges = 0;
  cell(row: number, col: number): Cell {
    const k = `${row}:${col}`;
    let c = this.cells.get(k);
    if (!c) this.cells.set(k, (c = { font: {}, borders: new Set() }));
    return c;
  }
  each(r: Rect, f: (c: Cell, row: number, col: number) => void): void {
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) f(this.cell(row, col), row, col);
  }
}

/**
 * A workbook on office-addin-mock: sheets, ranges, charts and page layouts are OfficeMockObjects,
 * so a property read without load + sync gives the mock's sentinel. Ranges' writes are applied to
 * `SheetState` at each sync, in the order the ranges were asked for, as Excel runs a batch.
 */
function mockExcel(existing: string[]) {
  const log: string[] = [];
  const states = new Map<string, SheetState>();
  const pending: (() => void)[] = [];
  const proxies: OfficeMockObject[] = [];
  const items: OfficeMockObject[] = [];
  const addresses = new WeakMap<OfficeMockObject, string>();
  const nameOf = new WeakMap<OfficeMockObject, string>();
  let syncs = 0;

  function rangeMock(state: SheetState, address: string): OfficeMockObject {
    const edges = new Map<string, OfficeMockObject>();
    const range = new OfficeMockObject({
      values: undefined,
      numberFormat: undefined,
      format: {
        font: { name: undefined, size: undefined, bold: undefined, italic: undefined, underline: undefined },
        fill: { color: undefined },
        horizontalAlignment: undefined,
        verticalAlignment: undefined,
        wrapText: undefined,
        columnWidth: undefined,
        rowHeight: undefined,
        borders: {
          getItem: (edge: string) => {
            const border = new OfficeMockObject({ style: undefined, color: undefined });
            edges.set(edge, border);
            return border;
          },
        },
      },
      merge: (across?: boolean) => {
        pending.push(() => state.merges.push(`${address}${across ? " across" : ""}`));
      },
    });
    pending.push(() => applyRange(state, parseRect(address), range, edges));
    addresses.set(range, address);
    return range;
  }

  function applyRange(
    state: SheetState,
    r: Rect,
    range: OfficeMockObject,
    edges: Map<string, OfficeMockObject>,
  ) {
    const grid = (name: string, v: unknown) => {
      if (!isSet(v)) return;
      const rows = v as unknown[][];
      if (rows.length !== r.bottom - r.top + 1 || rows.some((row) => row.length !== r.right - r.left + 1))
        throw new Error(`${name} of the wrong shape for ${JSON.stringify(r)}`);
      state.each(r, (c, row, col) => {
        (c as unknown as Record<string, unknown>)[name] = rows[row - r.top]![col - r.left];
      });
    };
    grid("numberFormat", range.numberFormat);
    grid("value", range.values);
    const format = range.format as unknown as Excel.RangeFormat;
    const font = format.font;
    for (const key of ["name", "size", "bold", "italic", "underline"] as const) {
      const v = font[key];
      if (isSet(v)) state.each(r, (c) => ((c.font as Record<string, unknown>)[key] = v));
    }
    if (isSet(format.horizontalAlignment)) state.each(r, (c) => (c.horizontal = format.horizontalAlignment));
    if (isSet(format.verticalAlignment)) state.each(r, (c) => (c.vertical = format.verticalAlignment));
    if (isSet(format.wrapText)) state.each(r, (c) => (c.wrap = format.wrapText));
    if (isSet(format.fill.color)) state.each(r, (c) => (c.fill = format.fill.color));
    if (isSet(format.columnWidth))
      for (let col = r.left; col <= r.right; col++) state.widths.set(col, format.columnWidth);
    if (isSet(format.rowHeight))
      for (let row = r.top; row <= r.bottom; row++) state.heights.set(row, format.rowHeight);
    for (const [edge, border] of edges) {
      if (border.style !== "Continuous") continue;
      state.each(r, (c, row, col) => {
        if (edge === "EdgeTop" && row === r.top) c.borders.add("top");
        if (edge === "EdgeBottom" && row === r.bottom) c.borders.add("bottom");
        if (edge === "EdgeLeft" && col === r.left) c.borders.add("left");
        if (edge === "EdgeRight" && col === r.right) c.borders.add("right");
        if (edge === "InsideHorizontal") {
          if (row > r.top) c.borders.add("top");
          if (row < r.bottom) c.borders.add("bottom");
        }
        if (edge === "InsideVertical") {
          if (col > r.left) c.borders.add("left");
          if (col < r.right) c.borders.add("right");
        }
      });
    }
  }

  function sheetMock(name: string): OfficeMockObject {
    const state = new SheetState();
    states.set(name, state);
    const sheet: OfficeMockObject = new OfficeMockObject({
      name,
      getRange: (address: string) => {
        state.ranges++;
        return rangeMock(state, address);
      },
      getRanges: (list: string) => {
        log.push(`getRanges(${name}:${list})`);
        const fill = new OfficeMockObject({ color: undefined });
        pending.push(() => {
          for (const a of list.split(","))
            if (isSet(fill.color)) state.each(parseRect(a), (c) => (c.fill = fill.color));
        });
        return { format: { fill } };
      },
      charts: {
        add: (type: string, source: OfficeMockObject, seriesBy: string) => {
          const record: ChartRecord = {
            type,
            source: addresses.get(source) ?? "",
            seriesBy,
            chart: undefined!,
          };
          record.chart = new OfficeMockObject({
            name: undefined,
            title: { text: undefined },
            legend: { visible: undefined, position: undefined },
            setPosition: (start: string, end?: string) => (record.position = `${start}:${end}`),
          });
          state.charts.push(record);
          return record.chart;
        },
      },
      pageLayout: {
        orientation: undefined,
        paperSize: undefined,
        zoom: undefined,
        setPrintTitleRows: (rows: string) => (state.printTitleRows = rows),
      },
      activate: () => log.push(`activate(${name})`),
      delete: () => {
        const i = items.indexOf(sheet);
        if (i < 0) throw new Error(`ItemNotFound: ${name}`);
        if (items.length === 1) throw new Error("A workbook must contain at least one visible worksheet");
        items.splice(i, 1);
        states.delete(name);
        log.push(`delete(${name})`);
      },
    });
    state.page = sheet.pageLayout as OfficeMockObject;
    nameOf.set(sheet, name);
    proxies.push(sheet);
    return sheet;
  }

  for (const name of existing) items.push(sheetMock(name));
  const worksheets = new OfficeMockObject({
    items,
    add: (name: string) => {
      if (items.some((s) => nameOf.get(s)?.toLowerCase() === name.toLowerCase()))
        throw new Error(`ItemAlreadyExists: ${name}`);
      const sheet = sheetMock(name);
      items.push(sheet);
      log.push(`add(${name})`);
      return sheet;
    },
  });
  // The mock knows no collections: `load("items/name")` loads the items and each sheet's name.
  worksheets.load = (arg: string) => {
    if (arg !== "items/name") throw new Error(`unexpected load ${arg}`);
    OfficeMockObject.prototype.load.call(worksheets, "items");
    items.forEach((s) => s.load("name"));
    return worksheets;
  };
  const context = {
    workbook: { worksheets },
    sync: async () => {
      syncs++;
      log.push("sync");
      await worksheets.sync();
      for (const p of proxies) await p.sync();
      for (const apply of pending.splice(0)) apply();
    },
  } as unknown as Excel.RequestContext;
  return {
    context,
    log,
    sheet: (name: string) => {
      const s = states.get(name);
      if (!s) throw new Error(`No sheet ${name}`);
      return s;
    },
    names: () => items.map((s) => nameOf.get(s)),
    get syncs() {
      return syncs;
    },
  };
}

/** Lines on the outside of `r`: its top row's top, its left column's left, and so on. */
function expectBoxed(state: SheetState, r: Rect): void {
  state.each(r, (c, row, col) => {
    const want = [
      row === r.top && "top",
      row === r.bottom && "bottom",
      col === r.left && "left",
      col === r.right && "right",
    ].filter(Boolean);
    for (const side of want) expect(c.borders.has(side as Side), `${row}:${col} ${side}`).toBe(true);
  });
}

const STAFF = "Biểu A - CBCCVC";
const PARTY = "Biểu B - Đảng viên";
const LISTS = "Danh sách";

/**
 * Two units: the fixture's unit (state staff HTXSNV 3, HTTNV 11, HTNV 1, KHTNV 1) and a centre of
 * five (CC: 1 HTXSNV, 2 HTTNV; VC: 1 HTNV; NLĐ: 1 HTXSNV, outside the state-staff total). The
 * agency's total: HTXSNV 4, HTTNV 13, HTNV 2, KHTNV 1.
 */
function twoUnitInput(): ReportInput {
  const centre = [
    makePerson({ fullName: "Đỗ Xuất Sắc", staffType: "CC", level: "HTXSNV" }),
    makePerson({ fullName: "Vũ Tốt Một", staffType: "CC", level: "HTTNV" }),
    makePerson({ fullName: "Vũ Tốt Hai", staffType: "CC", level: "HTTNV" }),
    makePerson({ fullName: "Ngô Hoàn Thành", staffType: "VC", level: "HTNV" }),
    makePerson({ fullName: "Lao động Giỏi", staffType: "NLD", level: "HTXSNV" }),
  ];
  const opts = { assessmentDate: "2026-12-15" as const };
  return singleUnitInput({
    units: [
      { name: "Văn phòng Sở", summary: summarizeUnit(PersonTable.fromPeople(unitPeople()), opts) },
      { name: "Trung tâm Tin học", summary: summarizeUnit(PersonTable.fromPeople(centre), opts) },
    ],
  });
}

async function render(model: ReportModel, existing = ["Danh sách nhân sự"], options: RenderOptions = {}) {
  const host = mockExcel(existing);
  const result = await renderReport(host.context, model, options);
  return { host, result };
}

describe("renderReport (Office.js)", () => {
  const model = buildReport(singleUnitInput());
  const staff = model.sheets[0]!;
  const party = model.sheets[1]!;
  const [h1, h2] = staff.printTitleRows!;

  it("writes every model cell's value at its address, and nothing else beside the chart's data", async () => {
    const { host, result } = await render(model);
    expect(result.sheets).toEqual([STAFF, PARTY, LISTS]);
    for (const sheet of model.sheets) {
      const state = host.sheet(sheet.name);
      for (const c of sheet.cells)
        expect(state.cell(c.row, c.col).value, `${sheet.name} ${c.row}:${c.col}`).toEqual(c.value ?? "");
      const chart = state.charts[0] ? parseRect(state.charts[0].source) : undefined;
      const inChart = (row: number, col: number) =>
        !!chart && row >= chart.top && row <= chart.bottom && col >= chart.left && col <= chart.right;
      const inModel = new Set(sheet.cells.map((c) => `${c.row}:${c.col}`));
      const strays = [...state.cells].filter(
        ([k, c]) =>
          c.value !== undefined &&
          c.value !== "" &&
          !inModel.has(k) &&
          !inChart(...(k.split(":").map(Number) as [number, number])),
      );
      expect(strays).toEqual([]);
    }
  });

  it("keeps numbers as numbers with the model's formats, and text as text", async () => {
    const { host } = await render(model);
    const total = rowsLabelled(staff, "Tổng cộng (1+2+3)")[0]!;
    const state = host.sheet(STAFF);
    // Fixture totals worked out in test/report: 17 people, HTXSNV 3 (18.8 %).
    expect(state.cell(total, 3)).toMatchObject({ value: 17, numberFormat: "#,##0" });
    expect(state.cell(total, 7)).toMatchObject({ value: 18.8, numberFormat: "0.0" });
    // The STT "1" is text in the model: Excel must not turn it into a number.
    const cb = rowsLabelled(staff, "Cán bộ")[0]!;
    expect(state.cell(cb, 1)).toMatchObject({ value: "1", numberFormat: "@" });
  });

  it("merges the model's ranges", async () => {
    const { host } = await render(model);
    for (const sheet of model.sheets) {
      const expected = sheet.merges.map(
        (m) => `${String.fromCharCode(64 + m.left)}${m.top}:${String.fromCharCode(64 + m.right)}${m.bottom}`,
      );
      expect(host.sheet(sheet.name).merges.sort()).toEqual(expected.sort());
    }
    expect(host.sheet(STAFF).merges).toContain(`A${h1}:A${h2}`);
    expect(host.sheet(STAFF).merges).toContain(`F${h1}:G${h1}`);
  });

  it("draws the title bold, the header bordered and centred, the highlight filled", async () => {
    const { host } = await render(model);
    const state = host.sheet(STAFF);
    const title = staff.cells.find((c) => c.style === "title")!;
    expect(state.cell(title.row, title.col).font).toMatchObject({
      name: "Times New Roman",
      size: 14,
      bold: true,
    });
    // The motto: bold and underlined (row 2, right half).
    expect(state.cell(2, 9).font).toMatchObject({ bold: true, underline: "Single" });
    expect(state.cell(3, 9).font).toMatchObject({ italic: true });
    expect(state.cell(3, 9).font.bold).toBeUndefined();
    // Each header box (a cell, or a merged range as a whole) is closed on its four sides.
    for (const c of staff.cells.filter((c) => c.row === h1 || c.row === h2)) {
      const m = staff.merges.find((m) => m.top === c.row && m.left === c.col);
      expectBoxed(state, m ?? { top: c.row, left: c.col, bottom: c.row, right: c.col });
      expect(state.cell(c.row, c.col)).toMatchObject({
        horizontal: "Center",
        vertical: "Center",
        wrap: true,
        font: { bold: true },
      });
    }
    // As exceljs draws it: the cells a merged header covers keep their lines too.
    expect(state.cell(h1, 7).borders.has("right")).toBe(true);
    // The công chức ratio is over 20%: from 2026 that row is highlighted, the total's ratio is information.
    const cc = rowsLabelled(staff, "Công chức")[0]!;
    const total = rowsLabelled(staff, "Tổng cộng (1+2+3)")[0]!;
    expect(state.cell(cc, 14).fill).toBe("#FFFF00");
    expect(state.cell(total, 14).fill).toBeUndefined();
    expect(state.cell(total, 13).fill).toBeUndefined();
    expect(state.cell(total, 3)).toMatchObject({ horizontal: "Right", font: { bold: true } });
    // The body's cells all have their four lines, not only the outline of each block.
    expect([...state.cell(cc, 8).borders].sort()).toEqual(["bottom", "left", "right", "top"]);
    // The title block has no borders.
    expect(state.cell(title.row, title.col).borders.size).toBe(0);
  });

  it("sets column widths in points and row heights", async () => {
    const { host } = await render(model);
    const state = host.sheet(STAFF);
    // 32 characters: 32 × 7 + 5 = 229 px = 171.75 pt; 5 characters: 40 px = 30 pt.
    expect(state.widths.get(2)).toBe(171.75);
    expect(state.widths.get(1)).toBe(30);
    expect(state.widths.size).toBe(staff.columns.length);
    expect(state.heights.get(h1)).toBe(48);
    expect(state.heights.get(h2)).toBe(20);
  });

  it("prints A4 landscape, one page wide, with the header rows repeated", async () => {
    const { host } = await render(model);
    for (const sheet of model.sheets) {
      const page = host.sheet(sheet.name).page!;
      expect(page.orientation).toBe("Landscape");
      expect(page.paperSize).toBe("A4");
      expect(page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    }
    expect(host.sheet(STAFF).printTitleRows).toBe(`$${h1}:$${h2}`);
    expect(host.sheet(PARTY).printTitleRows).toBe(
      `$${party.printTitleRows![0]}:$${party.printTitleRows![1]}`,
    );
    expect(host.sheet(LISTS).printTitleRows).toBeUndefined();
  });

  it("replaces a report sheet already there, leaves the others, and can insert twice", async () => {
    const { host } = await render(model, ["Danh sách nhân sự", STAFF]);
    expect(host.log.filter((l) => l.startsWith("delete") || l.startsWith("add"))).toEqual([
      `delete(${STAFF})`,
      `add(${STAFF})`,
      `add(${PARTY})`,
      `add(${LISTS})`,
    ]);
    expect(host.names()).toEqual(["Danh sách nhân sự", STAFF, PARTY, LISTS]);
    // Nothing is deleted before the sheets were listed.
    expect(host.log.indexOf("sync")).toBeLessThan(host.log.indexOf(`delete(${STAFF})`));

    await renderReport(host.context, model);
    expect(host.names()).toEqual(["Danh sách nhân sự", STAFF, PARTY, LISTS]);
    expect(host.log.filter((l) => l.startsWith("delete"))).toHaveLength(4);
    expect(host.log.at(-2)).toBe(`activate(${STAFF})`);
  });

  it("syncs twice whatever the model's size, and asks for ranges by runs of cells, not by cell", async () => {
    const small = await render(model);
    const twelve = buildReport(
      singleUnitInput({
        units: Array.from({ length: 12 }, (_, i) => ({
          ...twoUnitInput().units[i % 2]!,
          name: `Đơn vị ${i + 1}`,
        })),
      }),
    );
    const large = await render(twelve);
    expect(small.host.syncs).toBe(2);
    expect(large.host.syncs).toBe(2);
    // Table A of twelve units: about 1,400 cells in some 200 rectangles (properties, merges, widths).
    const cells = twelve.sheets[0]!.cells.length;
    expect(cells).toBeGreaterThan(1000);
    expect(large.host.sheet(STAFF).ranges).toBeLessThan(cells / 4);
  });

  it("fills the highlighted cells through getRanges, one call per colour", async () => {
    const { host } = await render(model);
    expect(host.log.filter((l) => l.startsWith(`getRanges(${STAFF}:`))).toHaveLength(1);
  });
});

describe("the level distribution chart", () => {
  const model = buildReport(twoUnitInput());
  const staff = model.sheets[0]!;
  const lastRow = Math.max(...staff.cells.map((c) => c.row), ...staff.merges.map((m) => m.bottom));

  it("charts the agency's counts by level, from a block below the tables", async () => {
    const { host } = await render(model);
    const state = host.sheet(STAFF);
    expect(state.charts).toHaveLength(1);
    const [{ type, source, seriesBy, chart }] = state.charts as [ChartRecord];
    expect({ type, seriesBy }).toEqual({ type: "ColumnClustered", seriesBy: "Columns" });
    const r = parseRect(source);
    expect(r.top).toBeGreaterThan(lastRow);
    const block = Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
      Array.from({ length: r.right - r.left + 1 }, (_, j) => state.cell(r.top + i, r.left + j).value),
    );
    expect(block).toEqual([
      ["Mức xếp loại", "Số người"],
      ["Hoàn thành xuất sắc nhiệm vụ", 4],
      ["Hoàn thành tốt nhiệm vụ", 13],
      ["Hoàn thành nhiệm vụ", 2],
      ["Không hoàn thành nhiệm vụ", 1],
    ]);
    expect(chart.name).toBe(CHART_NAME);
    expect((chart.title as OfficeMockObject).text).toBe("Phân bố mức xếp loại");
    const pos = parseRect(state.charts[0]!.position!);
    expect(pos.top).toBeGreaterThan(lastRow);
    expect(host.sheet(PARTY).charts).toHaveLength(0);
  });

  it("is titled in English for an English report", async () => {
    const { host } = await render(buildReport({ ...twoUnitInput(), lang: "en" }), [], { lang: "en" });
    const state = host.sheet("A - Staff");
    const chart = state.charts[0]!;
    expect((chart.chart.title as OfficeMockObject).text).toBe("Distribution of levels");
    const r = parseRect(chart.source);
    expect(state.cell(r.top + 1, r.left).value).toBe("Excellent (HTXSNV)");
    expect(state.cell(r.top + 1, r.right).value).toBe(4);
  });

  it("is left out on request", async () => {
    const { host } = await render(model, ["Danh sách nhân sự"], { chart: false });
    expect(host.sheet(STAFF).charts).toHaveLength(0);
    expect(host.sheet(STAFF).cells.size).toBeGreaterThan(0);
  });
});
