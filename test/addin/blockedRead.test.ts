/// <reference types="office-js" />
import { describe, expect, it } from "vitest";
import { readWorkbookValues } from "../../addin/excel/adapter.js";
import type { CellValue } from "../../shared/cells.js";
import { createExcelHost, PAYLOAD_LIMIT_BYTES, type ExcelHost } from "../host/excelHost.js";

/** Big books take a few seconds in the host on a busy machine. */
const SLOW = 30_000;

/** Which syncs went over the 5 MB limit, in order. */
function overLimit(host: ExcelHost): boolean[] {
  return host.stats.perSync.map((s) => Math.max(s.requestBytes, s.responseBytes) > PAYLOAD_LIMIT_BYTES);
}

/** A context whose `sync` number `at` runs and then rejects with `error`, as a failed Excel sync does. */
function failingSync(context: Excel.RequestContext, at: number, error: unknown): Excel.RequestContext {
  let n = 0;
  const sync = async () => {
    const k = ++n;
    await context.sync();
    if (k === at) throw error;
  };
  return { workbook: context.workbook, sync } as unknown as Excel.RequestContext;
}

function officeError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("readWorkbookValues past the 5 MB payload limit", () => {
  it(
    "reads 40,000 rows in row blocks, the same values as the sheet holds, from C5",
    async () => {
      // 12 columns of "R00001C01": 11 bytes of JSON and a comma per cell, 146 bytes per row, so the
      // 40,000 rows are 5.84 MB: one read of them fails.
      const roster = Array.from({ length: 40_000 }, (_, r) =>
        Array.from({ length: 12 }, (_, c) => `R${pad(r + 1, 5)}C${pad(c + 1, 2)}`),
      );
      const notes = [
        ["Hạn nộp", 46001, true],
        ["Người lập", "Lê Thị Hạnh", false],
        ["Ghi chú", "", 0],
      ];
      const host = createExcelHost({
        sheets: [
          { name: "Danh sách", rows: roster, firstRow: 5, firstColumn: 3 },
          { name: "Trống", rows: [] },
          { name: "Ghi chú", rows: notes },
        ],
      });
      const sheets = await host.run(readWorkbookValues);
      expect(sheets).toEqual([
        { name: "Danh sách", rows: roster.map((r) => [null, null, ...r]), firstRow: 5 },
        { name: "Trống", rows: [], firstRow: 1 },
        { name: "Ghi chú", rows: notes, firstRow: 1 },
      ]);
      // Sheet names; the one-shot read (fails); the used ranges' sizes; 300,000 cells = 25,000 rows
      // (3.65 MB); then about 12.17 bytes a cell gives a budget of 287,671 cells, so the other
      // 15,000 rows and the 9 cells of "Ghi chú" come in one more sync.
      expect(overLimit(host)).toEqual([false, true, false, false, false]);
    },
    SLOW,
  );

  it(
    "sizes later syncs from UTF-8 bytes, not characters, so Vietnamese text does not overflow",
    async () => {
      // "ễễễễ" is 7 characters of JSON with its quotes and comma but 15 bytes: 152 bytes a row.
      const rows = Array.from({ length: 70_000 }, () => Array<CellValue>(10).fill("ễễễễ"));
      const host = createExcelHost({ sheets: [{ name: "Danh sách", rows }] });
      const sheets = await host.run(readWorkbookValues);
      expect(sheets).toEqual([{ name: "Danh sách", rows, firstRow: 1 }]);
      // 30,000 rows (4.56 MB) first; then 3.5 MB / 15.2 bytes = 230,263 cells: 23,026 rows, and the
      // last 16,974 rows. Counting characters (7.2 a cell) would ask for all 40,000 left: 6.08 MB.
      expect(overLimit(host)).toEqual([false, true, false, false, false, false]);
    },
    SLOW,
  );

  it(
    "halves a sync that still passes the limit (1,000-character cells)",
    async () => {
      const rows = Array.from({ length: 6_000 }, (_, i) => [i + 1, pad(i + 1, 4) + "a".repeat(996)]);
      const host = createExcelHost({ sheets: [{ name: "Nhận xét", rows, firstColumn: 2 }] });
      const sheets = await host.run(readWorkbookValues);
      expect(sheets).toEqual([{ name: "Nhận xét", rows: rows.map((r) => [null, ...r]), firstRow: 1 }]);
      // About 1,009 bytes a row: all 6,000 rows (6.05 MB) fail twice, in one read and in the first
      // budget of 300,000 cells; half of them (3.03 MB) pass, and the other half fits the next budget.
      expect(overLimit(host)).toEqual([false, true, false, true, false, false]);
    },
    SLOW,
  );

  it("gives up with the payload error when one row alone passes the limit", async () => {
    const host = createExcelHost({
      sheets: [{ name: "Rộng", rows: [Array<CellValue>(6).fill("x".repeat(1_000_000))] }],
    });
    await expect(host.run(readWorkbookValues)).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(overLimit(host)).toEqual([false, true, false, true]);
  });
});

describe("readWorkbookValues: the one-shot read and the errors", () => {
  it("reads a small workbook in two syncs", async () => {
    const rows = [
      ["STT", "Họ và tên", "Xếp loại"],
      [1, "Nguyễn Văn An", "HTTNV"],
    ];
    const host = createExcelHost({ sheets: [{ name: "Danh sách", rows, firstRow: 5, firstColumn: 3 }] });
    const sheets = await host.run(readWorkbookValues);
    expect(sheets).toEqual([{ name: "Danh sách", rows: rows.map((r) => [null, null, ...r]), firstRow: 5 }]);
    expect(host.stats.syncs).toBe(2);
  });

  it("falls back to blocks on Excel's response-size error as well", async () => {
    const rows = [["Họ và tên"], ["Trần Thị Bình"]];
    const host = createExcelHost({ sheets: [{ name: "Danh sách", rows, firstRow: 3 }] });
    const sheets = await host.run((context) =>
      readWorkbookValues(failingSync(context, 2, officeError("ResponsePayloadSizeLimitExceeded"))),
    );
    expect(sheets).toEqual([{ name: "Danh sách", rows, firstRow: 3 }]);
    // The failed read, the used range's size, one block.
    expect(host.stats.syncs).toBe(4);
  });

  it("rethrows any other error of the one-shot read without reading in blocks", async () => {
    const host = createExcelHost({ sheets: [{ name: "Danh sách", rows: [["x"]] }] });
    const error = officeError("GeneralException");
    await expect(host.run((context) => readWorkbookValues(failingSync(context, 2, error)))).rejects.toBe(
      error,
    );
    expect(host.stats.syncs).toBe(2);
  });

  it(
    "rethrows any other error of a block read",
    async () => {
      // 40,000 rows of ten 11-letter cells: 5.6 MB at once, 4.2 MB for the first 300,000 cells.
      const rows = Array.from({ length: 40_000 }, () => Array<CellValue>(10).fill("abcdefghijk"));
      const host = createExcelHost({ sheets: [{ name: "Danh sách", rows }] });
      const error = officeError("ItemNotFound");
      await expect(host.run((context) => readWorkbookValues(failingSync(context, 4, error)))).rejects.toBe(
        error,
      );
      expect(overLimit(host)).toEqual([false, true, false, false]);
    },
    SLOW,
  );
});
