/// <reference types="office-js" />
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import {
  SUGGESTION_HEADER_FILL,
  writeSuggestionColumns,
  type Suggestion,
} from "../../addin/excel/suggestionColumns.js";
import { parseRect } from "../helpers/a1.js";

type Value = string | number;
const isSet = (v: unknown) => v !== undefined && !(typeof v === "string" && v.startsWith("Error, "));

/**
 * One roster sheet on office-addin-mock: `grid` holds its values ("r:c", 1-based). Ranges read the
 * grid when asked for and must be loaded and synced before reading; their writes reach the grid at
 * the next sync, in the order the ranges were asked for.
 */
function mockSheet(name: string, rows: Record<number, Value[]>) {
  const grid = new Map<string, Value>();
  for (const [r, values] of Object.entries(rows))
    values.forEach((v, i) => v !== "" && grid.set(`${r}:${i + 1}`, v));
  const bold = new Set<string>();
  const fills = new Map<string, string>();
  const widths = new Map<number, number>();
  const pending: (() => void)[] = [];
  const proxies: OfficeMockObject[] = [];
  let syncs = 0;

  const sheet = new OfficeMockObject({
    getUsedRangeOrNullObject: () => {
      const keys = [...grid.keys()].map((k) => k.split(":").map(Number) as [number, number]);
      const rowsUsed = keys.map(([r]) => r);
      const colsUsed = keys.map(([, c]) => c);
      const top = Math.min(...rowsUsed);
      const left = Math.min(...colsUsed);
      const used = new OfficeMockObject({
        rowIndex: top - 1,
        rowCount: Math.max(...rowsUsed) - top + 1,
        columnIndex: left - 1,
        columnCount: Math.max(...colsUsed) - left + 1,
      });
      used.isNullObject = keys.length === 0;
      proxies.push(used);
      return used;
    },
    getRange: (address: string) => {
      const r = parseRect(address);
      const current = Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
        Array.from({ length: r.right - r.left + 1 }, (_, j) => grid.get(`${r.top + i}:${r.left + j}`) ?? ""),
      );
      const range = new OfficeMockObject({
        values: current,
        format: { font: { bold: undefined }, fill: { color: undefined }, columnWidth: undefined },
      });
      proxies.push(range);
      pending.push(() => {
        const each = (f: (key: string, i: number, j: number) => void) => {
          for (let i = 0; i <= r.bottom - r.top; i++)
            for (let j = 0; j <= r.right - r.left; j++) f(`${r.top + i}:${r.left + j}`, i, j);
        };
        const values = range.values as unknown;
        if (values !== current && isSet(values))
          each((key, i, j) => {
            const v = (values as Value[][])[i]![j]!;
            if (v === "") grid.delete(key);
            else grid.set(key, v);
          });
        const format = range.format as unknown as Excel.RangeFormat;
        if (isSet(format.font.bold)) each((key) => bold.add(key));
        if (isSet(format.fill.color)) each((key) => fills.set(key, format.fill.color));
        if (isSet(format.columnWidth))
          for (let c = r.left; c <= r.right; c++) widths.set(c, format.columnWidth);
      });
      return range;
    },
  });
  const context = {
    workbook: {
      worksheets: {
        getItem: (n: string) => {
          if (n !== name) throw new Error(`ItemNotFound: ${n}`);
          return sheet;
        },
      },
    },
    sync: async () => {
      syncs++;
      for (const p of proxies) await p.sync();
      for (const apply of pending.splice(0)) apply();
    },
  } as unknown as Excel.RequestContext;
  return {
    context,
    grid,
    bold,
    fills,
    widths,
    at: (address: string) => {
      const { top, left } = parseRect(address);
      return grid.get(`${top}:${left}`);
    },
    get syncs() {
      return syncs;
    },
  };
}

const SHEET = "Danh sách";
/** Title in row 1, header in row 5 (A…F), three people in rows 6–8, a clerk's note in H7 without a header. */
function roster() {
  return mockSheet(SHEET, {
    1: ["DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI NĂM 2026"],
    5: ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Tự xếp loại", "Xếp loại"],
    6: [1, "Nguyễn Văn An", "Chuyên viên", "CC", "HTXSNV", "HTXSNV"],
    7: [2, "Trần Thị Bình", "Chuyên viên", "CC", "HTTNV", "HTTNV", "", "xem lại"],
    8: [3, "Lê Văn Cường", "Trưởng phòng", "CC", "HTXSNV", "HTXSNV"],
  });
}
const clerkCells = (grid: Map<string, Value>) =>
  [...grid].filter(([k]) => Number(k.split(":")[1]) <= 8).sort(([a], [b]) => a.localeCompare(b));

const FIRST: Suggestion[] = [
  { row: 6, level: "HTTNV", reason: "Không có thành tích vượt trội" },
  { row: 8, level: "HTXSNV", reason: "Đủ tiêu chuẩn" },
];

describe("writeSuggestionColumns", () => {
  it("adds two columns after the last used one, headed in the header row, one value per person", async () => {
    const host = roster();
    const before = clerkCells(host.grid);
    const result = await writeSuggestionColumns(host.context, {
      sheet: SHEET,
      headerRow: 5,
      suggestions: FIRST,
    });
    // H holds the clerk's note: ours are I and J.
    expect(result).toEqual({ columns: ["I", "J"], reused: false });
    expect(host.at("I5")).toBe("Mức xếp loại tối đa theo quy định");
    expect(host.at("J5")).toBe("Căn cứ");
    expect([host.at("I6"), host.at("J6")]).toEqual(["HTTNV", "Không có thành tích vượt trội"]);
    expect([host.at("I7"), host.at("J7")]).toEqual([undefined, undefined]);
    expect([host.at("I8"), host.at("J8")]).toEqual(["HTXSNV", "Đủ tiêu chuẩn"]);
    expect(clerkCells(host.grid)).toEqual(before);
    // The header is ours to see: bold on a light fill, and nothing else of the sheet is.
    expect([...host.bold].sort()).toEqual(["5:10", "5:9"]);
    expect(host.fills).toEqual(
      new Map([
        ["5:9", SUGGESTION_HEADER_FILL],
        ["5:10", SUGGESTION_HEADER_FILL],
      ]),
    );
    expect([...host.widths.keys()].sort()).toEqual([10, 9]);
    // One sync to read the used range and the header row, one to write.
    expect(host.syncs).toBe(2);
  });

  it("rewrites its own columns in place on the next run, clearing what is no longer suggested", async () => {
    const host = roster();
    const before = clerkCells(host.grid);
    await writeSuggestionColumns(host.context, { sheet: SHEET, headerRow: 5, suggestions: FIRST });
    const again = await writeSuggestionColumns(
      host.context,
      { sheet: SHEET, headerRow: 5, suggestions: [{ row: 7, level: "HTNV", reason: "Vi phạm kỷ luật" }] },
      { lang: "en" },
    );
    expect(again).toEqual({ columns: ["I", "J"], reused: true });
    expect([host.at("I5"), host.at("J5")]).toEqual(["Highest level under the rules", "Grounds"]);
    expect([host.at("I6"), host.at("J6"), host.at("I8"), host.at("J8")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([host.at("I7"), host.at("J7")]).toEqual(["HTNV", "Vi phạm kỷ luật"]);
    expect(host.at("K5")).toBeUndefined();
    expect(clerkCells(host.grid)).toEqual(before);
    expect(host.syncs).toBe(4);

    // English headers are recognised as ours too.
    const third = await writeSuggestionColumns(host.context, {
      sheet: SHEET,
      headerRow: 5,
      suggestions: FIRST,
    });
    expect(third).toEqual({ columns: ["I", "J"], reused: true });
    expect(host.at("I5")).toBe("Mức xếp loại tối đa theo quy định");
  });

  it("leaves its old columns alone once the clerk has written to their right", async () => {
    const host = roster();
    await writeSuggestionColumns(host.context, { sheet: SHEET, headerRow: 5, suggestions: FIRST });
    host.grid.set("5:11", "Ghi chú của văn thư");
    const result = await writeSuggestionColumns(host.context, {
      sheet: SHEET,
      headerRow: 5,
      suggestions: FIRST,
    });
    expect(result).toEqual({ columns: ["L", "M"], reused: false });
    expect(host.at("K5")).toBe("Ghi chú của văn thư");
    expect(host.at("I6")).toBe("HTTNV");
    expect(host.at("L6")).toBe("HTTNV");
  });

  it("does not take a clerk's column of the same name for ours unless both headers match", async () => {
    const host = mockSheet(SHEET, { 5: ["Họ và tên", "Căn cứ"], 6: ["An", "Quyết định 12"] });
    const result = await writeSuggestionColumns(host.context, {
      sheet: SHEET,
      headerRow: 5,
      suggestions: FIRST,
    });
    expect(result.columns).toEqual(["C", "D"]);
    expect(host.at("B6")).toBe("Quyết định 12");
  });

  it("splits the writes only when the values would pass the request budget", async () => {
    const host = roster();
    const many: Suggestion[] = Array.from({ length: 30 }, (_, i) => ({
      row: 6 + i,
      level: "HTTNV",
      reason: `Lý do số ${i + 1}`,
    }));
    await writeSuggestionColumns(
      host.context,
      { sheet: SHEET, headerRow: 5, suggestions: many },
      { maxRequestBytes: 200 },
    );
    expect(host.syncs).toBeGreaterThan(2);
    expect(many.every((s) => host.at(`J${s.row}`) === s.reason)).toBe(true);
    expect(host.at("J36")).toBeUndefined();
  });

  it("refuses a suggestion on or above the header row", async () => {
    const host = roster();
    await expect(
      writeSuggestionColumns(host.context, {
        sheet: SHEET,
        headerRow: 5,
        suggestions: [{ row: 5, level: "HTNV", reason: "" }],
      }),
    ).rejects.toThrow(/row 5/);
    expect(host.syncs).toBe(0);
  });
});
