/**
 * The ward's 2026 roster (cli/demoWard.ts) in the task pane, in Chromium over the in-memory workbook
 * host: the Kiểm tra tab gives exactly the findings RULES.md §9 calls for, the cells worked out by
 * hand in test/integration/ward2026.test.ts; the Tỷ lệ tab names each scope's population.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WARD_2026 } from "../../cli/demoWard.js";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { fromXlsx } from "../host/fromXlsx.js";
import { openPane, pageProblems, screenshot, startStage, type Stage } from "./harness.js";

const CC = "Cán bộ, công chức";
const VC = "Viên chức";
let stage: Stage;
let page: Page;

beforeAll(async () => {
  stage = await startStage();
  page = await openPane(stage, await fromXlsx(await writeRosterWorkbook(WARD_2026.sheets)));
}, 120_000);

afterAll(async () => {
  await stage?.stop();
});

/** The cells of one severity's findings, its group opened first (only the first group opens by itself). */
async function cellsOf(severity: string): Promise<(string | null)[]> {
  const group = page.getByTestId(`group-${severity}`);
  if ((await group.getByTestId("finding").count()) === 0) await group.locator("button").first().click();
  await group.getByTestId("finding").first().waitFor();
  return group
    .getByTestId("finding")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")).sort());
}

describe("a ward's 2026 roster in the task pane", () => {
  it("gives the errors and warnings of §9, on the cells worked out by hand", async () => {
    await page.getByTestId("check").click();
    await page.getByTestId("notice").waitFor();
    await screenshot(page, "ward-2026-checked");
    expect(await page.getByTestId("notice").textContent()).toContain("19");
    // Person errors, then the công chức quota of the agency (a group finding on its sheet).
    expect(await cellsOf("error")).toEqual(
      [CC, `${CC}!L10`, `${CC}!P12`, `${CC}!P14`, `${CC}!P9`, `${VC}!K9`].sort(),
    );
    // Person warnings, then the three derived groups over quota (warnings under §5).
    expect(await cellsOf("warning")).toEqual([CC, CC, VC, `${CC}!L10`, `${CC}!L15`, `${CC}!M12`].sort());
    expect(pageProblems(page)).toEqual([]);
  });

  it("counts the quota per population and says so in each scope's name", async () => {
    await page.getByTestId("tab-quota").click();
    await page.getByTestId("quota").click();
    await page.getByTestId("quota-table").waitFor();
    const rows = await page.getByTestId("quota-row").allTextContents();
    expect(rows.some((r) => r.startsWith("Toàn cơ quan · công chức"))).toBe(true);
    expect(rows.some((r) => r.startsWith("Toàn cơ quan · viên chức"))).toBe(true);
    await screenshot(page, "ward-2026-quota");
    expect(pageProblems(page)).toEqual([]);
  });
});
