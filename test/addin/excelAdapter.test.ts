/// <reference types="office-js" />
import ExcelJS from "exceljs";
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { checkSheets } from "../../shared/check.js";
import { columnLetter, type CellValue } from "../../shared/cells.js";
import { settingsSchema } from "../../shared/settings.js";
import { plainCellValue } from "../../xlsx/cellValue.js";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { rectCells } from "../../addin/excel/a1.js";
import {
  clearMarks,
  markFindings,
  readWorkbookValues,
  selectCell,
  type Mark,
} from "../../addin/excel/adapter.js";
import { MARK_COLORS, marksFromFindings } from "../../addin/excel/marks.js";
import { roster } from "../integration/fixtures.js";

/** office-addin-mock's "not loaded" / "not synced" sentinels. */
const SENTINELS: readonly [string, string] = [
  "Error, property was not loaded",
  "Error, context.sync() was not called",
];

interface Fill {
  color: string;
  pattern: string;
}
const NO_FILL: Fill = { color: "#FFFFFF", pattern: "None" };

interface SheetSpec {
  name: string;
  /** The used range's cells; empty for an empty sheet. */
  rows?: CellValue[][];
  /** 0-based position of the used range's top-left cell. */
  rowIndex?: number;
  columnIndex?: number;
  fills?: Record<string, Fill>;
}

/**
 * A workbook host built on office-addin-mock: every proxy the adapter gets is an OfficeMockObject,
 * so a property read without `load` + `sync` gives the mock's sentinel. Writes go to `fills` in the
 * order they are queued (as Excel runs a batch in order); `syncs` and `log` record the calls. An
 * address list longer than `maxListChars` is refused as Excel does: nothing is written through it
 * and the next sync fails with `InvalidArgument`.
 */
function mockExcel(specs: SheetSpec[], maxListChars = Infinity) {
  const proxies: OfficeMockObject[] = [];
  const log: string[] = [];
  const fills = new Map<string, Fill>();
  for (const s of specs) for (const [a, f] of Object.entries(s.fills ?? {})) fills.set(`${s.name}!${a}`, f);
  const fillOf = (sheet: string, address: string): Fill => fills.get(`${sheet}!${address}`) ?? NO_FILL;
  let syncs = 0;
  let refused = 0;
  let active = specs[0]?.name;
  let selected = "";
  const track = (m: OfficeMockObject): OfficeMockObject => (proxies.push(m), m);

  const sheetMocks = specs.map((spec) => {
    const sheet = track(
      new OfficeMockObject({
        name: spec.name,
        getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
          log.push(`getUsedRangeOrNullObject(${valuesOnly})`);
          const empty = !spec.rows || spec.rows.length === 0;
          const r = spec.rowIndex ?? 0;
          const c = spec.columnIndex ?? 0;
          const width = spec.rows?.[0]?.length ?? 1;
          const range = track(
            new OfficeMockObject({
              values: empty ? [] : spec.rows,
              rowIndex: empty ? 0 : r,
              columnIndex: empty ? 0 : c,
              address: empty
                ? ""
                : `'${spec.name}'!${columnLetter(c)}${r + 1}:${columnLetter(c + width - 1)}${r + (spec.rows?.length ?? 0)}`,
            }),
          );
          // Office.js sets isNullObject after a sync without an explicit load.
          range.isNullObject = empty;
          return range;
        },
        getRange: (address: string) =>
          track(
            new OfficeMockObject({
              address,
              format: {
                fill: { ...fillOf(spec.name, address), clear: () => fills.delete(`${spec.name}!${address}`) },
              },
              select: () => {
                selected = `${spec.name}!${address}`;
              },
            }),
          ),
        getRanges: (list: string) => {
          log.push(`getRanges(${spec.name}:${list})`);
          if (list.length > maxListChars) refused++;
          const cells = list.length > maxListChars ? [] : list.split(",").flatMap(rectCells);
          const set = (patch: Partial<Fill>) => {
            for (const a of cells)
              fills.set(`${spec.name}!${a}`, { ...fillOf(spec.name, a), pattern: "Solid", ...patch });
          };
          // Write-only here: reading it back is the sentinel, as an unloaded proxy gives.
          return {
            format: {
              fill: {
                get color() {
                  return SENTINELS[0];
                },
                set color(color: string) {
                  set({ color });
                },
                set pattern(pattern: string) {
                  set({ pattern });
                },
                clear: () => cells.forEach((a) => fills.delete(`${spec.name}!${a}`)),
              },
            },
          };
        },
        activate: () => {
          active = spec.name;
        },
      }),
    );
    return sheet;
  });

  const root = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: sheetMocks,
        getItem: (name: string) => {
          const sheet = sheetMocks[specs.findIndex((s) => s.name === name)];
          if (!sheet) throw new Error(`ItemNotFound: ${name}`);
          return sheet;
        },
      },
    },
  });
  // The mock knows no collections: `load("items/name")` loads the items and each sheet's name.
  const worksheets = root.workbook.worksheets as OfficeMockObject;
  worksheets.load = (arg: string) => {
    if (arg !== "items/name") throw new Error(`unexpected load ${arg}`);
    OfficeMockObject.prototype.load.call(worksheets, "items");
    sheetMocks.forEach((s) => s.load("name"));
    return worksheets;
  };
  const context = {
    workbook: root.workbook,
    sync: async () => {
      syncs++;
      if (refused > 0) {
        refused = 0;
        throw Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), {
          code: "InvalidArgument",
        });
      }
      await root.sync();
      for (const p of proxies) await p.sync();
    },
  } as unknown as Excel.RequestContext;
  return {
    context,
    fills,
    log,
    get syncs() {
      return syncs;
    },
    get active() {
      return active;
    },
    get selected() {
      return selected;
    },
  };
}

function expectNoSentinel(value: unknown): void {
  const flat = JSON.stringify(value);
  for (const s of SENTINELS) expect(flat).not.toContain(s);
}

describe("readWorkbookValues", () => {
  const sheets: SheetSpec[] = [
    {
      name: "Danh sách",
      rows: [
        ["STT", "Họ và tên", "Xếp loại"],
        [1, "Nguyễn Văn An", "HTTNV"],
      ],
    },
    { name: "Trống" },
    { name: "Ghi chú", rows: [["Hạn nộp", 46000, true]], rowIndex: 2, columnIndex: 2 },
  ];

  it("reads every sheet's used range as loaded, in a constant number of syncs", async () => {
    const host = mockExcel(sheets);
    const values = await readWorkbookValues(host.context);
    expectNoSentinel(values);
    expect(values.map((v) => v.name)).toEqual(["Danh sách", "Trống", "Ghi chú"]);
    expect(values[0]).toEqual({ name: "Danh sách", rows: sheets[0]!.rows, firstRow: 1 });
    // One sync for the sheet names, one for every used range together: not one per sheet.
    expect(host.syncs).toBe(2);
    expect(host.log.filter((l) => l.startsWith("getUsedRange"))).toEqual(
      Array(3).fill("getUsedRangeOrNullObject(true)"),
    );
  });

  it("gives no rows for an empty sheet (a null object)", async () => {
    const values = await readWorkbookValues(mockExcel(sheets).context);
    expect(values[1]).toEqual({ name: "Trống", rows: [], firstRow: 1 });
  });

  it("keeps Excel's row and column numbers when the used range does not start at A1", async () => {
    const values = await readWorkbookValues(mockExcel(sheets).context);
    expect(values[2]).toEqual({ name: "Ghi chú", rows: [[null, null, "Hạn nộp", 46000, true]], firstRow: 3 });
  });

  it("does not depend on the number of sheets for its syncs", async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `S${i}`, rows: [[i]] }));
    const host = mockExcel(many);
    const values = await readWorkbookValues(host.context);
    expect(values.map((v) => v.rows)).toEqual(many.map((s) => s.rows));
    expect(host.syncs).toBe(2);
  });
});

describe("markFindings and clearMarks", () => {
  const own: Record<string, Fill> = {
    B2: { color: "#00B050", pattern: "Solid" },
    C3: { color: "#FFFF00", pattern: "Gray25" },
  };
  const marks: Mark[] = [
    { sheet: "A", address: "B2", color: MARK_COLORS.error },
    { sheet: "A", address: "C3", color: MARK_COLORS.error },
    { sheet: "A", address: "D4", color: MARK_COLORS.warning },
    { sheet: "B", address: "E5", color: MARK_COLORS.error },
    { sheet: "A", address: "B2", color: MARK_COLORS.warning }, // same cell again: the first mark wins
  ];

  it("marks with one getRanges call per sheet and colour, in two syncs (fills read, then marks drawn)", async () => {
    const host = mockExcel([
      { name: "A", fills: own },
      { name: "B", fills: {} },
    ]);
    await markFindings(host.context, marks);
    expect(host.syncs).toBe(2);
    expect(host.log.filter((l) => l.startsWith("getRanges"))).toEqual([
      `getRanges(A:B2,C3)`,
      `getRanges(A:D4)`,
      `getRanges(B:E5)`,
    ]);
    expect(host.fills.get("A!B2")?.color).toBe(MARK_COLORS.error);
    expect(host.fills.get("A!D4")?.color).toBe(MARK_COLORS.warning);
    expect(host.fills.get("B!E5")?.color).toBe(MARK_COLORS.error);
  });

  it("restores exactly the clerk's fills, no fill included, in one sync", async () => {
    const host = mockExcel([
      { name: "A", fills: own },
      { name: "B", fills: {} },
    ]);
    const before = new Map(host.fills);
    const snapshot = await markFindings(host.context, marks);
    expectNoSentinel(snapshot);
    expect(snapshot.previous).toEqual([
      { sheet: "A", address: "B2", ...own.B2 },
      { sheet: "A", address: "C3", ...own.C3 },
      { sheet: "A", address: "D4", ...NO_FILL },
      { sheet: "B", address: "E5", ...NO_FILL },
    ]);
    await clearMarks(host.context, snapshot);
    expect(host.syncs).toBe(3);
    expect(host.fills).toEqual(before);
  });

  it("merges a column of flagged cells into one area", async () => {
    const column: Mark[] = Array.from({ length: 50 }, (_, i) => ({
      sheet: "A",
      address: `M${i + 6}`,
      color: "#FFC7CE",
    }));
    const host = mockExcel([{ name: "A" }]);
    await markFindings(host.context, column);
    expect(host.log.filter((l) => l.startsWith("getRanges"))).toEqual(["getRanges(A:M6:M55)"]);
    expect(column.every((m) => host.fills.get(`A!${m.address}`)?.color === "#FFC7CE")).toBe(true);
  });

  it("splits a long address list of scattered cells, still in two syncs", async () => {
    const many: Mark[] = Array.from({ length: 50 }, (_, i) => ({
      sheet: "A",
      address: `M${2 * i + 6}`,
      color: "#FFC7CE",
    }));
    const host = mockExcel([{ name: "A" }]);
    await markFindings(host.context, many, { maxAddressChars: 60 });
    const calls = host.log.filter((l) => l.startsWith("getRanges"));
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.every((c) => c.length - "getRanges(A:)".length <= 60)).toBe(true);
    expect(host.syncs).toBe(2);
    expect(many.every((m) => host.fills.get(`A!${m.address}`)?.color === "#FFC7CE")).toBe(true);
  });

  it("sends a refused list again split in shorter ones, and restores through them too", async () => {
    const many: Mark[] = Array.from({ length: 400 }, (_, i) => ({
      sheet: "A",
      address: `${i % 2 ? "K" : "M"}${3 * i + 6}`,
      color: "#FFC7CE",
    }));
    const host = mockExcel([{ name: "A", fills: { K9: { color: "#00B050", pattern: "Solid" } } }], 400);
    const before = new Map(host.fills);
    const snapshot = await markFindings(host.context, many);
    expect(host.syncs).toBeGreaterThan(2);
    const lists = host.log
      .filter((l) => l.startsWith("getRanges"))
      .map((l) => l.length - "getRanges(A:)".length);
    expect(Math.max(...lists)).toBeGreaterThan(400);
    expect(many.every((m) => host.fills.get(`A!${m.address}`)?.color === "#FFC7CE")).toBe(true);
    expect(snapshot.previous.find((p) => p.address === "K9")).toMatchObject({ color: "#00B050" });
    await clearMarks(host.context, snapshot);
    expect(host.fills).toEqual(before);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const host = mockExcel([{ name: "A" }, { name: "Danh sách" }]);
    await selectCell(host.context, "Danh sách", "F6");
    expect(host.active).toBe("Danh sách");
    expect(host.selected).toBe("Danh sách!F6");
    expect(host.syncs).toBe(1);
  });
});

/** A sheet's cells as Office.js gives `Range.values`: "" for empty and merged-away cells. */
async function officeValues(bytes: Uint8Array): Promise<SheetSpec[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: CellValue[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        const v = cell.isMerged && cell.master !== cell ? null : plainCellValue(cell.value);
        row.push(v === null || v === undefined ? "" : v);
      }
      rows.push(row);
    }
    return { name: ws.name, rows };
  });
}

describe("adapter → checkSheets on a real roster layout", () => {
  it("finds the unrecognised level on its cell and marks it", async () => {
    // Title rows 1–3, header row 4, numbering row 5, data from row 6: A STT … F Xếp loại.
    const sheet = roster(
      ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Tự xếp loại", "Xếp loại"],
      [
        [1, "Nguyễn Văn An", "Chuyên viên", "CC", "HTXSNV", "Loại A"],
        [2, "Trần Thị Bình", "Chuyên viên", "CC", "HTTNV", "HTTNV"],
      ],
    );
    const host = mockExcel(await officeValues(await writeRosterWorkbook([sheet])));
    const values = await readWorkbookValues(host.context);
    expectNoSentinel(values);
    const result = checkSheets(values, settingsSchema.parse({}), { fallbackYear: 2026 });
    const found = result.findings.filter((f) => f.ruleId === "input.level-unrecognized");
    expect(found.map((f) => ({ sheet: f.sheet, row: f.row, column: f.column }))).toEqual([
      { sheet: "Danh sách", row: 6, column: "F" },
    ]);

    const snapshot = await markFindings(host.context, marksFromFindings(result.findings));
    expect(host.fills.get("Danh sách!F6")?.color).toBe(MARK_COLORS.error);
    await clearMarks(host.context, snapshot);
    expect(host.fills.size).toBe(0);
    expect(host.syncs).toBe(5);
  });
});
