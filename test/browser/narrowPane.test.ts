/**
 * The pane where Excel opens it: about 320 px wide. Every tab, after its action has filled it, in
 * Office's two languages: no horizontal scrolling at 320 and at 500 px (screenshots of both), and an
 * English pane with no level code and none of the engine's Vietnamese words left.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ROSTERS } from "../../cli/demoRosters.js";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { fromXlsx } from "../host/fromXlsx.js";
import type { HostWorkbook } from "../host/workbook.js";
import { openPane, pageProblems, screenshot, startStage, type Stage } from "./harness.js";

let stage: Stage;
let roster: HostWorkbook;
const WIDTHS = [320, 500] as const;

beforeAll(async () => {
  stage = await startStage();
  roster = await fromXlsx(await writeRosterWorkbook([DEMO_ROSTERS[0]!.sheet]));
}, 120_000);

afterAll(async () => {
  await stage?.stop();
});

/** What each tab is filled with before it is measured. */
const TABS: { tab: string; fill: (page: Page) => Promise<void> }[] = [
  {
    tab: "check",
    fill: async (page) => {
      await page.getByTestId("check").click();
      await page.getByTestId("finding").first().waitFor();
      // Every severity open: the group findings' people are the widest lines.
      for (const group of await page.locator('[data-testid^="group-"]').all())
        if ((await group.getByTestId("finding").count()) === 0) await group.locator("button").first().click();
    },
  },
  {
    tab: "quota",
    fill: async (page) => {
      await page.getByTestId("quota").click();
      await page.getByTestId("quota-row").first().waitFor();
    },
  },
  {
    tab: "suggest",
    fill: async (page) => {
      await page.getByTestId("suggest").click();
      await page.getByTestId("notice").waitFor();
    },
  },
  {
    tab: "submit",
    fill: async (page) => {
      await page.getByTestId("dev-unit").fill(stage.seeded.submittedUnit);
      await page.getByTestId("sign-in").click();
      await page.getByTestId("signed-in").waitFor();
    },
  },
  {
    tab: "consolidate",
    fill: async (page) => {
      // Signed in as the clerk on the previous tab: change account to the superior's reviewer.
      await page.getByTestId("sign-out").click();
      await page.getByTestId("dev-unit").fill("so-noi-vu");
      await page.getByTestId("dev-role").click();
      await page.getByRole("option").nth(1).click();
      await page.getByTestId("sign-in").click();
      await page.getByTestId("consolidate").click();
      await page.getByTestId("children").waitFor();
    },
  },
  {
    tab: "columns",
    fill: async (page) => {
      await page.getByTestId("read-headers").click();
      await page.getByTestId("column-row").first().waitFor();
    },
  },
  { tab: "settings", fill: async () => {} },
];

/** The page's width as laid out at `width`: more than `width` means a horizontal scroll bar. */
async function scrollWidthAt(page: Page, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** The pane's text as the clerk reads it, the engine's finding messages included. */
const paneText = (page: Page) => page.evaluate(() => document.querySelector("main")!.innerText);

const LEVEL_CODE = /\b(HTXSNV|HTTNV|HTNV|KHTNV|KXL)\b/;
/** The engine's and the pane's own Vietnamese words (roster names and unit names are data, and stay). */
const VIETNAMESE =
  /lãnh đạo|công chức|viên chức|Toàn cơ quan|Hoàn thành|Gửi muộn|Chưa gửi|Đã gửi|Đăng|Văn thư|Cán bộ tổng hợp/;

describe.each([
  ["vi-VN", "vi"],
  ["en-US", "en"],
])("every tab at 320 and 500 px, Office in %s", (displayLanguage, lang) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane(stage, structuredClone(roster), displayLanguage, 320);
    await page.getByTestId("tab-check").waitFor();
  }, 60_000);

  it("opens in the language of Office", async () => {
    expect(await page.getByTestId("tab-check").textContent()).toBe(lang === "vi" ? "Kiểm tra" : "Check");
  });

  it.each(TABS)("$tab fits without scrolling sideways", async ({ tab, fill }) => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByTestId(`tab-${tab}`).click();
    await fill(page);
    for (const width of WIDTHS) {
      expect(await scrollWidthAt(page, width), `${tab} at ${width} px`).toBeLessThanOrEqual(width);
      await screenshot(page, `narrow-${lang}-${tab}-${width}`);
    }
    if (lang === "en") {
      const text = await paneText(page);
      expect(text, tab).not.toMatch(LEVEL_CODE);
      expect(text, tab).not.toMatch(VIETNAMESE);
    }
    expect(pageProblems(page)).toEqual([]);
  });
});

describe("English throughout", () => {
  it("writes the suggestion columns with the levels' English names", async () => {
    const page = await openPane(stage, structuredClone(roster), "en-GB");
    await page.getByTestId("tab-suggest").click();
    await page.getByTestId("suggest").click();
    await expect.poll(() => page.getByTestId("notice").textContent()).toContain("column R, S");
    const value = (a: string) =>
      page.evaluate(`window.__xlHost.workbook.value("Danh sách", "${a}")`) as Promise<string>;
    const column = (await page.evaluate(
      `window.__xlHost.workbook.values("Danh sách", "R1:R20")`,
    )) as string[][];
    expect(column.flat()).toContain("Highest level under the rules");
    // The disciplined person (row 10) and the short-service one (row 11), as in paths.test.ts.
    expect(await value("R10")).toBe("Not complete; Party member: Not complete");
    expect(await value("R11")).toBe("Good");
    expect(pageProblems(page)).toEqual([]);
  });

  it("shows a finding with its cell and person, and a group finding's people, each selecting their row", async () => {
    const page = await openPane(stage, structuredClone(roster), "en-US");
    await page.getByTestId("check").click();
    const m7 = page.locator('[data-cell="Danh sách!M7"]').first();
    await m7.waitFor();
    expect(await m7.textContent()).toMatch(/^Danh sách!M7 Trần Thị Bình: Scored 88/);
    const quota = page.getByTestId("finding-item").filter({ has: page.locator('[data-cell="Danh sách"]') });
    const people = quota.first().getByTestId("finding-person");
    expect((await people.allTextContents()).map((t) => t.split(" (")[0])).toContain("Lê Văn Cường");
    const cuong = people.filter({ hasText: "Lê Văn Cường" });
    const row = (await cuong.getAttribute("data-row"))!.split("!")[1];
    await cuong.click();
    await expect
      .poll(() => page.evaluate("window.__xlHost.workbook.selection()"))
      .toEqual({ sheet: "Danh sách", address: `A${row}` });
    expect(pageProblems(page)).toEqual([]);
  });
});

describe("dates and the person signed in", () => {
  it("takes the assessment date as dd/mm/yyyy, shows it so again, and refuses a day that does not exist", async () => {
    const page = await openPane(stage, structuredClone(roster), "vi-VN", 320);
    await page.getByTestId("tab-settings").click();
    await page.getByTestId("assessment-date").fill("31/02/2026");
    await page.getByTestId("save-settings").click();
    await expect.poll(() => page.getByText("Không đọc được ngày").isVisible()).toBe(true);
    await page.getByTestId("assessment-date").fill("15/12/2026");
    await page.getByTestId("save-settings").click();
    await expect.poll(() => page.getByTestId("notice").textContent()).toContain("Đã lưu cài đặt");
    const saved = (await page.evaluate("window.__xlHost.workbook.settings()")) as Record<string, string>;
    expect(JSON.parse(saved["xepLoai.settings"]!).settings.assessmentDate).toBe("2026-12-15");
    await page.getByTestId("tab-check").click();
    await page.getByTestId("tab-settings").click();
    expect(await page.getByTestId("assessment-date").inputValue()).toBe("15/12/2026");
    expect(pageProblems(page)).toEqual([]);
  });

  it("names who is signed in, their role and their unit, and signs out", async () => {
    const page = await openPane(stage, structuredClone(roster), "en-US", 320);
    await page.getByTestId("tab-submit").click();
    await page.getByTestId("dev-user").fill("Nguyễn Thị Lan");
    await page.getByTestId("dev-unit").fill(stage.seeded.submittedUnit);
    await page.getByTestId("sign-in").click();
    await page.getByTestId("signed-in").waitFor();
    expect(await page.getByTestId("signed-in-name").textContent()).toBe("Signed in: Nguyễn Thị Lan");
    expect(await page.getByTestId("signed-in-role").textContent()).toBe("Unit clerk · Phòng Tổ chức cán bộ");
    await page.getByTestId("sign-out").click();
    await page.getByTestId("dev-user").waitFor();
    expect(await page.getByTestId("submit").count()).toBe(0);
    expect(pageProblems(page)).toEqual([]);
  });
});
