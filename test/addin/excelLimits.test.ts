/// <reference types="office-js" />
/**
 * The adapter against what real Excel refuses, on the in-memory host that refuses it too
 * (test/host/limits.ts): long `getRanges` address lists and large settings.
 */
import { describe, expect, it } from "vitest";
import { clearMarks, markFindings, type Mark, type MarkSnapshot } from "../../addin/excel/adapter.js";
import { cellAddress } from "../../addin/excel/a1.js";
import {
  LEGACY_MARKS_SETTING,
  MARKS_NAMESPACE,
  readMarks,
  writeMarks,
} from "../../addin/excel/markSnapshot.js";
import { MARK_COLORS } from "../../addin/excel/marks.js";
import { writeStored } from "../../addin/excel/workbookSettings.js";
import { createExcelHost, HOST_LIMITS } from "../host/excelHost.js";

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** `count` distinct cells scattered over rows 6… and columns A–Y, in random order. */
function scatteredCells(count: number, rows: number, seed: number): string[] {
  const next = random(seed);
  const cells = new Set<string>();
  while (cells.size < count)
    cells.add(cellAddress(6 + Math.floor(next() * rows), 1 + Math.floor(next() * 25)));
  return [...cells];
}

const COLORS = [MARK_COLORS.error, MARK_COLORS.warning];

describe("marks on a host that refuses what Excel refuses", () => {
  it("marks 5,000 scattered flagged cells and restores every clerk's fill exactly", async () => {
    const cells = scatteredCells(5_000, 4_000, 7);
    // The clerk's own fills on some flagged cells and around them.
    const own: Record<string, string> = {};
    for (const [i, address] of cells.entries()) if (i % 7 === 0) own[address] = "#00B050";
    own.A2 = "#FFFF00";
    const host = createExcelHost({ sheets: [{ name: "Danh sách", rows: [["STT"]], fills: own }] });
    await host.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("Danh sách").getRange(cells[3]!).format.fill;
      fill.color = "#FFFF00";
      fill.pattern = "Gray25";
      await context.sync();
    });
    const before = new Map(cells.map((a) => [a, host.workbook.fill("Danh sách", a)]));
    host.resetStats();

    const marks: Mark[] = cells.map((address, i) => ({ sheet: "Danh sách", address, color: COLORS[i % 2]! }));
    const snapshot = await host.run((context) => markFindings(context, marks));
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.refusedAddressLists).toBe(0);
    expect(host.stats.maxAddressChars).toBeLessThanOrEqual(HOST_LIMITS.addressChars);
    // A patterned cell keeps its pattern under the new colour, as in Excel.
    for (const [i, address] of cells.entries())
      expect(host.workbook.fill("Danh sách", address).color).toBe(COLORS[i % 2]);

    await host.run((context) => clearMarks(context, snapshot));
    for (const address of cells)
      expect(host.workbook.fill("Danh sách", address)).toEqual(before.get(address));
    expect(host.workbook.fill("Danh sách", "A2").color).toBe("#FFFF00");
  });

  it("sends a list the host refuses again, split, until every cell is marked", async () => {
    const cells = scatteredCells(2_000, 3_000, 11);
    const host = createExcelHost(
      { sheets: [{ name: "A", rows: [] }] },
      { limits: { addressChars: 300, addressAreas: 40 } },
    );
    const marks: Mark[] = cells.map((address) => ({ sheet: "A", address, color: MARK_COLORS.error }));
    const snapshot = await host.run((context) => markFindings(context, marks));
    expect(host.stats.refusedAddressLists).toBeGreaterThan(0);
    expect(host.stats.syncs).toBeGreaterThan(2);
    for (const address of cells) expect(host.workbook.fill("A", address).color).toBe(MARK_COLORS.error);

    host.resetStats();
    await host.run((context) => clearMarks(context, snapshot));
    for (const address of cells) expect(host.workbook.fill("A", address).pattern).toBe("None");
  });

  it("gives up only when a single area is refused, with Excel's error", async () => {
    const host = createExcelHost({ sheets: [{ name: "A", rows: [] }] }, { limits: { addressChars: 1 } });
    await expect(
      host.run((context) => markFindings(context, [{ sheet: "A", address: "B2", color: MARK_COLORS.error }])),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("the marks snapshot in a custom XML part", () => {
  const big = (): MarkSnapshot => {
    const next = random(3);
    return {
      previous: scatteredCells(50_000, 20_000, 5).map((address) => {
        const own = next() < 0.05;
        return {
          sheet: next() < 0.5 ? "Danh sách" : "Cán bộ, công chức",
          address,
          pattern: own ? "Solid" : "None",
          color: own ? "#00B050" : "#FFFFFF",
        };
      }),
    };
  };
  const sorted = (s: MarkSnapshot | undefined) =>
    (s?.previous ?? []).map((p) => [p.sheet, p.address, p.pattern, p.color].join("|")).sort();

  it("round-trips the snapshot of 50,000 flagged cells, leaving the settings small", async () => {
    const host = createExcelHost();
    const snapshot = big();
    await host.run((context) => writeMarks(context, snapshot));
    expect(host.workbook.customXmlParts().map((p) => p.namespaceUri)).toEqual([MARKS_NAMESPACE]);
    expect(host.workbook.settings()).toEqual({});
    const read = await host.run(readMarks);
    expect(sorted(read)).toEqual(sorted(snapshot));

    // Written again: the one part replaced. Removed: no part left.
    await host.run((context) => writeMarks(context, { previous: snapshot.previous.slice(0, 3) }));
    expect(host.workbook.customXmlParts()).toHaveLength(1);
    expect(sorted(await host.run(readMarks))).toEqual(sorted({ previous: snapshot.previous.slice(0, 3) }));
    await host.run((context) => writeMarks(context, undefined));
    expect(host.workbook.customXmlParts()).toEqual([]);
    expect(await host.run(readMarks)).toBeUndefined();
  });

  it("is refused by the host in the settings, as Excel's size limit would", async () => {
    const host = createExcelHost();
    await expect(
      host.run((context) => writeStored(context, LEGACY_MARKS_SETTING, big())),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("moves a snapshot an earlier version kept in the settings into the part, once", async () => {
    const legacy: MarkSnapshot = {
      previous: [
        { sheet: "A", address: "B2", pattern: "Solid", color: "#00B050" },
        { sheet: "A", address: "B3", pattern: "None", color: "#FFFFFF" },
      ],
    };
    const host = createExcelHost({
      sheets: [{ name: "A", rows: [] }],
      settings: { [LEGACY_MARKS_SETTING]: JSON.stringify(legacy), "xepLoai.columns": "{}" },
    });
    expect(sorted(await host.run(readMarks))).toEqual(sorted(legacy));
    expect(host.workbook.settings()).toEqual({ "xepLoai.columns": "{}" });
    expect(host.workbook.customXmlParts()).toHaveLength(1);
    host.resetStats();
    expect(sorted(await host.run(readMarks))).toEqual(sorted(legacy));
    expect(host.stats.syncs).toBe(2);
  });
});
