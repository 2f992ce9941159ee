/// <reference types="office-js" />
import { describe, expect, it, vi } from "vitest";
import {
  clearMarks,
  markFindings,
  readWorkbookValues,
  selectCell,
  type Mark,
} from "../../addin/excel/adapter.js";
import { checkWorkbook } from "../../addin/excel/checkWorkbook.js";
import { MARK_COLORS } from "../../addin/excel/marks.js";
import { settingsSchema } from "../../shared/settings.js";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { roster } from "../integration/fixtures.js";
import { createExcelHost, NOT_LOADED, NOT_SYNCED, PAYLOAD_LIMIT_BYTES } from "./excelHost.js";
import { fromXlsx } from "./fromXlsx.js";
import type { HostWorkbook } from "./workbook.js";

const NO_FILL = { color: "#FFFFFF", pattern: "None" };

/** The error a sync rejected with (the test fails if it did not reject). */
async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("expected the sync to fail");
}

describe("proxy semantics", () => {
  it("gives the not-loaded sentinel before load, the not-synced one before sync, the value after", async () => {
    const host = createExcelHost({ sheets: [{ name: "Sheet1", rows: [["x", 2]] }] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      expect(range.values as unknown).toBe(NOT_LOADED);
      range.load("values");
      expect(range.values as unknown).toBe(NOT_SYNCED);
      const sheets = context.workbook.worksheets;
      expect(sheets.items as unknown).toBe(NOT_LOADED);
      sheets.load("items/name");
      expect(sheets.items as unknown).toBe(NOT_SYNCED);
      await context.sync();
      expect(range.values).toEqual([["x", 2]]);
      expect(range.address as unknown).toBe(NOT_LOADED);
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
    });
  });

  it("runs a batch in order: a load sees the writes queued before it, not those after", async () => {
    const host = createExcelHost({ sheets: [{ name: "Sheet1", rows: [["old"]] }] });
    const seen = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const before = sheet.getRange("A1");
      before.load("values");
      const fillBefore = sheet.getRange("A1").format.fill;
      fillBefore.load("color,pattern");
      sheet.getRange("A1").values = [["new"]];
      sheet.getRange("C3").values = [[7]];
      sheet.getRange("A1").format.fill.color = "#FFC7CE";
      const after = sheet.getRange("A1");
      after.load("values");
      const fillAfter = sheet.getRange("A1").format.fill;
      fillAfter.load("color,pattern");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address");
      // Nothing reaches the document before the sync.
      expect(host.workbook.value("Sheet1", "A1")).toBe("old");
      await context.sync();
      return {
        before: before.values,
        after: after.values,
        fillBefore: { color: fillBefore.color, pattern: fillBefore.pattern },
        fillAfter: { color: fillAfter.color, pattern: fillAfter.pattern },
        used: used.address,
      };
    });
    expect(seen).toEqual({
      before: [["old"]],
      after: [["new"]],
      fillBefore: NO_FILL,
      fillAfter: { color: "#FFC7CE", pattern: "Solid" },
      used: "Sheet1!A1:C3",
    });
    expect(host.stats.syncs).toBe(1);
  });

  it("applies what a batch queued without syncing when Excel.run's batch returns", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["late"]];
    });
    expect(host.workbook.value("Sheet1", "B2")).toBe("late");
    expect(host.stats.syncs).toBe(1);
  });

  it("fails the sync with ItemNotFound for a missing sheet; …OrNullObject gives a null object", async () => {
    const host = createExcelHost({ sheets: [{ name: "Sheet1", rows: [] }] });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["before"]];
        context.workbook.worksheets.getItem("Nowhere").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    // The actions before the failing one were applied, as in Excel.
    expect(host.workbook.value("Sheet1", "A1")).toBe("before");

    const nulls = await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nowhere");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      const empty = context.workbook.worksheets.add("Trống").getUsedRangeOrNullObject(true);
      expect(missing.isNullObject as unknown).toBe(NOT_SYNCED);
      await context.sync();
      return [missing.isNullObject, present.isNullObject, empty.isNullObject];
    });
    expect(nulls).toEqual([true, false, true]);
  });

  it("takes values as Excel does: null keeps a cell, number-like text becomes a number unless formatted as text", async () => {
    const host = createExcelHost({ sheets: [{ name: "Sheet1", rows: [["keep", "x", "y", "z"]] }] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D1").numberFormat = [["@"]];
      sheet.getRange("A1:D1").values = [[null, "", "0012", "0012"]];
      await context.sync();
    });
    expect(host.workbook.values("Sheet1", "A1:D1")).toEqual([["keep", "", 12, "0012"]]);
    expect(host.workbook.format("Sheet1", "D1").numberFormat).toBe("@");
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["one"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("limits", () => {
  const ascii = "x".repeat(100);

  it("fails a sync whose request passes 5 MB, applying none of it", async () => {
    const host = createExcelHost();
    // 60,000 cells of 100 characters: over 6,000,000 bytes of JSON.
    const rows = Array.from({ length: 60_000 }, () => [ascii]);
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A60000").values = rows;
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.workbook.value("Sheet1", "A1")).toBe("");
    expect(host.stats.maxRequestBytes).toBeGreaterThan(6_000_000);
  });

  it("fails a sync whose response passes 5 MB, counting UTF-8 bytes", async () => {
    // 30,000 cells of 60 "ễ" (3 bytes each in UTF-8): 1.8 million characters but 5.4 MB.
    const rows = Array.from({ length: 30_000 }, () => ["ễ".repeat(60)]);
    const host = createExcelHost({ sheets: [{ name: "Sheet1", rows }] });
    const error = await rejection(
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A30000");
        range.load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.stats.maxResponseBytes).toBeGreaterThan(5_400_000);

    // Two thirds of it passes, and is measured.
    const fits = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A20000");
      range.load("values");
      await context.sync();
      return range.values.length;
    });
    expect(fits).toBe(20_000);
    expect(host.stats.perSync.at(-1)!.responseBytes).toBeGreaterThan(3_600_000);
    expect(host.stats.perSync.at(-1)!.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(host.stats.payloadMaxBytes).toBe(host.stats.maxResponseBytes);
  });

  it("gives values null for a read above 5,000,000 cells", async () => {
    const host = createExcelHost({ sheets: [{ name: "Sheet1", rows: [[1]] }] });
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const big = sheet.getRange("A1:Z200000"); // 26 × 200,000 = 5,200,000 cells
      big.load("values,rowCount,columnCount");
      const whole = sheet.getRange();
      whole.load("values,address");
      await context.sync();
      return {
        big: big.values,
        rows: big.rowCount,
        columns: big.columnCount,
        whole: whole.values,
        at: whole.address,
      };
    });
    expect(read).toEqual({ big: null, rows: 200_000, columns: 26, whole: null, at: "Sheet1!1:1048576" });
  });
});

describe("formats, merges, charts, settings", () => {
  it("fills and clears the cells of a getRanges list", async () => {
    const host = createExcelHost({ sheets: [{ name: "Sheet1", rows: [], fills: { C3: "#00B050" } }] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRanges("B2,D4:E5").format.fill.color = "#ffeb9c";
      await context.sync();
    });
    for (const cell of ["B2", "D4", "E4", "D5", "E5"])
      expect(host.workbook.fill("Sheet1", cell)).toEqual({ color: "#FFEB9C", pattern: "Solid" });
    expect(host.workbook.fill("Sheet1", "C3")).toEqual({ color: "#00B050", pattern: "Solid" });
    expect(host.workbook.fill("Sheet1", "F6")).toEqual(NO_FILL);
    await host.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("Sheet1").getRanges("B2,D4:E4,C3").format.fill;
      fill.clear();
      await context.sync();
    });
    for (const cell of ["B2", "C3", "D4", "E4"]) expect(host.workbook.fill("Sheet1", cell)).toEqual(NO_FILL);
    expect(host.workbook.fill("Sheet1", "E5").color).toBe("#FFEB9C");
  });

  it("merges a block keeping its top-left value, or each row with across", async () => {
    const host = createExcelHost({
      sheets: [
        {
          name: "Sheet1",
          rows: [
            ["title", "lost", "lost"],
            ["a", "b"],
          ],
        },
      ],
    });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").merge();
      sheet.getRange("A3:B4").merge(true);
      await context.sync();
    });
    expect(host.workbook.merges("Sheet1")).toEqual(["A1:C1", "A3:B3", "A4:B4"]);
    expect(host.workbook.values("Sheet1", "A1:C2")).toEqual([
      ["title", "", ""],
      ["a", "b", ""],
    ]);
  });

  it("keeps fonts, alignment, borders, sizes, number formats, page layout and frozen rows", async () => {
    const host = createExcelHost();
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Báo cáo");
      const header = sheet.getRange("A5:C6");
      header.format.font.bold = true;
      header.format.font.name = "Times New Roman";
      header.format.horizontalAlignment = "Center";
      header.format.wrapText = true;
      header.format.columnWidth = 120;
      header.format.rowHeight = 30;
      for (const edge of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideVertical",
        "InsideHorizontal",
      ])
        header.format.borders.getItem(edge as Excel.BorderIndex).style =
          host.Excel.BorderLineStyle.continuous;
      sheet.getRange("D7").numberFormat = [["0.00%"]];
      sheet.pageLayout.orientation = host.Excel.PageOrientation.landscape;
      sheet.pageLayout.paperSize = host.Excel.PaperType.a4;
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows("$5:$6");
      sheet.freezePanes.freezeRows(6);
      const format = sheet.getRange("A5:C6").format;
      format.load("columnWidth,horizontalAlignment");
      const font = sheet.getRange("A5:D5").format.font;
      font.load("bold");
      await context.sync();
      return { width: format.columnWidth, align: format.horizontalAlignment, mixedBold: font.bold };
    });
    expect(read).toEqual({ width: 120, align: "Center", mixedBold: null });
    const format = host.workbook.format("Báo cáo", "B5");
    expect(format.font).toMatchObject({ bold: true, name: "Times New Roman" });
    expect(format.wrapText).toBe(true);
    // B5 sits inside the block: lines above it (edge), below and on both sides (inside lines).
    expect(Object.values(format.borders).map((b) => b.style)).toEqual(Array(4).fill("Continuous"));
    expect(host.workbook.format("Báo cáo", "A6").borders.left.style).toBe("Continuous");
    expect(host.workbook.format("Báo cáo", "D6").borders.left.style).toBe("None");
    expect(host.workbook.columnWidth("Báo cáo", "C")).toBe(120);
    expect(host.workbook.columnWidth("Báo cáo", "D")).toBe(48);
    expect(host.workbook.rowHeight("Báo cáo", 6)).toBe(30);
    expect(host.workbook.format("Báo cáo", "D7").numberFormat).toBe("0.00%");
    expect(host.workbook.pageLayout("Báo cáo")).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$5:$6",
    });
    expect(host.workbook.frozenRows("Báo cáo")).toBe(6);
    expect(host.workbook.sheetNames()).toEqual(["Sheet1", "Báo cáo"]);
  });

  it("adds a chart over a range, named, titled and placed", async () => {
    const host = createExcelHost({
      sheets: [
        {
          name: "Biểu đồ",
          rows: [
            ["Mức", "Số người"],
            ["HTXSNV", 3],
            ["HTTNV", 12],
          ],
        },
      ],
    });
    const names = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Biểu đồ");
      const chart = sheet.charts.add(
        host.Excel.ChartType.columnClustered,
        sheet.getRange("A1:B3"),
        host.Excel.ChartSeriesBy.columns,
      );
      chart.name = "Phân bố";
      chart.title.text = "Phân bố mức xếp loại";
      chart.legend.visible = false;
      chart.setPosition("D2", "K18");
      sheet.charts.load("items/name");
      await context.sync();
      return sheet.charts.items.map((c) => c.name);
    });
    expect(names).toEqual(["Phân bố"]);
    expect(host.workbook.charts("Biểu đồ")).toEqual([
      {
        name: "Phân bố",
        type: "ColumnClustered",
        source: "'Biểu đồ'!A1:B3",
        seriesBy: "Columns",
        title: "Phân bố mức xếp loại",
        legend: { visible: false, position: "Right" },
        position: { start: "D2", end: "K18" },
      },
    ]);
  });

  it("adds, reads and deletes workbook settings", async () => {
    const host = createExcelHost({ sheets: [], settings: { "xep-loai.mapping": '{"F":"level"}' } });
    const read = await host.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add("xep-loai.settings", JSON.stringify({ year: 2026 }));
      const saved = settings.getItemOrNullObject("xep-loai.settings");
      saved.load("value");
      const mapping = settings.getItemOrNullObject("xep-loai.mapping");
      mapping.load("value");
      const missing = settings.getItemOrNullObject("nothing");
      missing.load("value");
      await context.sync();
      const out = { saved: saved.value, mapping: mapping.value, missing: missing.isNullObject };
      mapping.delete();
      await context.sync();
      return out;
    });
    expect(read).toEqual({ saved: '{"year":2026}', mapping: '{"F":"level"}', missing: true });
    expect(host.workbook.settings()).toEqual({ "xep-loai.settings": '{"year":2026}' });
  });

  it("activates a sheet and selects a range", async () => {
    const host = createExcelHost({
      sheets: [
        { name: "A1 notes", rows: [] },
        { name: "Danh sách", rows: [] },
      ],
    });
    expect(host.workbook.selection()).toEqual({ sheet: "A1 notes", address: "A1" });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Danh sách").getRange("F6:G7").select();
      await context.sync();
    });
    expect(host.workbook.activeSheet()).toBe("Danh sách");
    expect(host.workbook.selection()).toEqual({ sheet: "Danh sách", address: "F6:G7" });
  });
});

describe("Office globals", () => {
  it("calls onReady back later, never during the call, as office.js does", async () => {
    const { Office } = createExcelHost(undefined, { displayLanguage: "en-US" });
    const callback = vi.fn();
    const ready = Office.onReady(callback);
    expect(callback).not.toHaveBeenCalled();
    expect(await ready).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(callback).toHaveBeenCalledWith({ host: "Excel", platform: "OfficeOnline" });
    expect(Office.context.displayLanguage).toBe("en-US");
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });
});

describe("the add-in's adapter on the host", () => {
  const book: HostWorkbook = {
    sheets: [
      {
        name: "Danh sách",
        rows: [
          ["STT", "Họ và tên", "Xếp loại"],
          [1, "Nguyễn Văn An", "HTTNV"],
        ],
      },
      { name: "Trống", rows: [] },
      {
        name: "Ghi chú",
        rows: [["Hạn nộp", new Date(Date.UTC(2025, 11, 10)), true]],
        firstRow: 3,
        firstColumn: 3,
      },
    ],
  };

  it("reads every sheet in two syncs, dates as serial numbers, empty cells as empty text", async () => {
    const host = createExcelHost(book);
    const sheets = await host.run(readWorkbookValues);
    expect(sheets).toEqual([
      { name: "Danh sách", rows: book.sheets[0]!.rows, firstRow: 1 },
      { name: "Trống", rows: [], firstRow: 1 },
      // 10 December 2025 is day 46001 of Excel's 1900 date system.
      { name: "Ghi chú", rows: [[null, null, "Hạn nộp", 46001, true]], firstRow: 3 },
    ]);
    expect(host.stats.syncs).toBe(2);
  });

  it("marks and re-marks with restore in two syncs each, clears in one, giving back the clerk's fills", async () => {
    const host = createExcelHost({
      sheets: [
        { name: "A", rows: [], fills: { B2: "#00B050" } },
        { name: "B", rows: [] },
      ],
    });
    await host.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("A").getRange("C3").format.fill;
      fill.color = "#FFFF00";
      fill.pattern = "Gray25";
      await context.sync();
    });
    host.resetStats();
    const first: Mark[] = [
      { sheet: "A", address: "B2", color: MARK_COLORS.error },
      { sheet: "A", address: "C3", color: MARK_COLORS.error },
      { sheet: "A", address: "D4", color: MARK_COLORS.warning },
    ];
    const snapshot1 = await host.run((context) => markFindings(context, first));
    expect(snapshot1.previous).toEqual([
      { sheet: "A", address: "B2", color: "#00B050", pattern: "Solid" },
      { sheet: "A", address: "C3", color: "#FFFF00", pattern: "Gray25" },
      { sheet: "A", address: "D4", ...NO_FILL },
    ]);
    expect(host.workbook.fill("A", "D4")).toEqual({ color: MARK_COLORS.warning, pattern: "Solid" });

    // The next check: B2 only a warning now, D4 fixed, E5 on sheet B new.
    const second: Mark[] = [
      { sheet: "A", address: "B2", color: MARK_COLORS.warning },
      { sheet: "B", address: "E5", color: MARK_COLORS.error },
    ];
    const snapshot2 = await host.run((context) => markFindings(context, second, { restore: snapshot1 }));
    // Read under the restored fills, not under the old marks.
    expect(snapshot2.previous).toEqual([
      { sheet: "A", address: "B2", color: "#00B050", pattern: "Solid" },
      { sheet: "B", address: "E5", ...NO_FILL },
    ]);
    expect(host.workbook.fill("A", "B2").color).toBe(MARK_COLORS.warning);
    expect(host.workbook.fill("A", "C3")).toEqual({ color: "#FFFF00", pattern: "Gray25" });
    expect(host.workbook.fill("A", "D4")).toEqual(NO_FILL);

    await host.run((context) => clearMarks(context, snapshot2));
    expect(host.workbook.fill("A", "B2")).toEqual({ color: "#00B050", pattern: "Solid" });
    expect(host.workbook.fill("B", "E5")).toEqual(NO_FILL);
    expect(host.stats.syncs).toBe(5);
  });

  it("selects a finding's cell in one sync", async () => {
    const host = createExcelHost(book);
    await host.run((context) => selectCell(context, "Ghi chú", "E3"));
    expect(host.workbook.selection()).toEqual({ sheet: "Ghi chú", address: "E3" });
    expect(host.stats.syncs).toBe(1);
  });

  it("checks a real roster file in four syncs, marks its finding and gives the marks back", async () => {
    // Title rows 1–3, header row 4, numbering row 5, data from row 6: F is the level column.
    const bytes = await writeRosterWorkbook([
      roster(
        ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Tự xếp loại", "Xếp loại"],
        [
          [1, "Nguyễn Văn An", "Chuyên viên", "CC", "HTXSNV", "Loại A"],
          [2, "Trần Thị Bình", "Chuyên viên", "CC", "HTTNV", "HTTNV"],
        ],
      ),
    ]);
    const workbook = await fromXlsx(bytes);
    expect(workbook.sheets[0]!.merges).toContain("A1:F1");
    const host = createExcelHost(workbook);
    const settings = settingsSchema.parse({});
    const check = await checkWorkbook(host.run, settings, { fallbackYear: 2026 });
    expect(host.stats.syncs).toBe(4);
    const found = check.result.findings.filter((f) => f.ruleId === "input.level-unrecognized");
    expect(found.map((f) => `${f.sheet}!${f.column}${f.row}`)).toEqual(["Danh sách!F6"]);
    expect(host.workbook.fill("Danh sách", "F6")).toEqual({ color: MARK_COLORS.error, pattern: "Solid" });

    const again = await checkWorkbook(host.run, settings, { fallbackYear: 2026, previous: check.snapshot });
    expect(host.stats.syncs).toBe(8);
    expect(again.snapshot.previous.find((p) => p.address === "F6")).toMatchObject(NO_FILL);
    await host.run((context) => clearMarks(context, again.snapshot));
    expect(host.workbook.fill("Danh sách", "F6")).toEqual(NO_FILL);
  });
});
