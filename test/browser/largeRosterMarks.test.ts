/**
 * A roster with thousands of findings marked and restored in the task pane, in Chromium over the
 * in-memory workbook host, which refuses what Excel refuses (test/host/limits.ts): address lists
 * past its limits and settings past their size. The marks must be drawn, their snapshot kept in a
 * custom XML part, and "Bỏ tô màu" must give back every clerk's fill.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnLetter, type CellValue } from "../../shared/cells.js";
import { MARK_COLORS } from "../../addin/excel/marks.js";
import { MARKS_NAMESPACE } from "../../addin/excel/markSnapshot.js";
import { rosterWorkbook } from "../host/benchRoster.js";
import type { ExcelHost } from "../host/excelHost.js";
import { HOST_LIMITS } from "../host/limits.js";
import type { HostWorkbook } from "../host/workbook.js";
import { openPane, pageProblems, screenshot, startStage, type Stage } from "./harness.js";

const PEOPLE = 3_000;
const FIRST_ROW = 6;
const COLUMNS = 29;
const SHEET = "Danh sách";
/** Tự xếp loại, Tập thể đề xuất, Cấp có thẩm quyền: an unrecognised level in scattered rows. */
const LEVEL_COLUMNS: readonly [index: number, every: number][] = [
  [21, 3],
  [22, 7],
  [23, 5],
];
/** The clerk's own fills: on flagged cells and beside them. */
const OWN_FILLS: Record<string, string> = { V6: "#00B050", X11: "#FFFF00", B7: "#00B0F0" };

function rosterWithFindings(): HostWorkbook {
  const book = rosterWorkbook(PEOPLE);
  const sheet = book.sheets[0]!;
  const rows = sheet.rows.map((row, r) => {
    const person = r - (FIRST_ROW - 1);
    if (person < 0) return row;
    const copy: CellValue[] = [...row];
    for (const [column, every] of LEVEL_COLUMNS) if (person % every === 0) copy[column] = "Loại A";
    return copy;
  });
  return { sheets: [{ ...sheet, rows, fills: OWN_FILLS }] };
}

const addresses = Array.from({ length: PEOPLE }, (_, i) =>
  Array.from({ length: COLUMNS }, (_, c) => `${columnLetter(c)}${FIRST_ROW + i}`),
).flat();

let stage: Stage;
let page: Page;

beforeAll(async () => {
  stage = await startStage();
  page = await openPane(stage, rosterWithFindings());
}, 120_000);

afterAll(async () => {
  await stage?.stop();
});

/** Every cell's fill colour ("" for none), by address, as the page's host has it. */
function fills(): Promise<Record<string, string>> {
  return page.evaluate(
    ([sheet, list]) => {
      const host = (window as unknown as { __xlHost: ExcelHost }).__xlHost;
      const out: Record<string, string> = {};
      for (const address of list) {
        const fill = host.workbook.fill(sheet, address);
        out[address] = fill.pattern === "None" ? "" : fill.color;
      }
      return out;
    },
    [SHEET, addresses] as const,
  );
}

function hostState() {
  return page.evaluate(() => {
    const host = (window as unknown as { __xlHost: ExcelHost }).__xlHost;
    return {
      stats: host.stats,
      settings: JSON.stringify(host.workbook.settings()),
      parts: host.workbook.customXmlParts().map((p) => p.namespaceUri),
    };
  });
}

describe("a roster with thousands of findings", () => {
  it("marks every flagged cell with lists the host accepts and keeps the snapshot in a custom XML part", async () => {
    const before = await fills();
    await page.getByTestId("check").click();
    await page.getByTestId("notice").waitFor();
    await expect.poll(() => page.getByTestId("clear-marks").isEnabled(), { timeout: 30_000 }).toBe(true);
    await screenshot(page, "large-roster-marked");
    const after = await fills();
    const marked = addresses.filter((a) => after[a] !== before[a]);
    expect(marked.length).toBeGreaterThan(2_000);
    expect(new Set(marked.map((a) => after[a]))).toEqual(new Set([MARK_COLORS.error]));
    const { stats, settings, parts } = await hostState();
    expect(stats.refusedAddressLists).toBe(0);
    expect(stats.maxAddressChars).toBeLessThanOrEqual(HOST_LIMITS.addressChars);
    expect(parts).toEqual([MARKS_NAMESPACE]);
    expect(settings).not.toContain("xepLoai.marks");
    expect(pageProblems(page)).toEqual([]);
  });

  it("gives back every clerk's fill with Bỏ tô màu", async () => {
    await page.getByTestId("clear-marks").click();
    await expect.poll(() => page.getByTestId("clear-marks").isDisabled(), { timeout: 30_000 }).toBe(true);
    const after = await fills();
    const expected = Object.fromEntries(addresses.map((a) => [a, OWN_FILLS[a] ?? ""]));
    expect(after).toEqual(expected);
    expect((await hostState()).parts).toEqual([]);
    expect(pageProblems(page)).toEqual([]);
  });
});
