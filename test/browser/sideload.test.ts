/**
 * The pane as sideloading opens it: `npm start`'s own process (dist/dev/start.js, as `npm start`
 * runs it after building) serving https://localhost:<port>/taskpane.html from Vite's development
 * server, the page the manifest points Excel to. Excel cannot run here, so office.js (which the
 * development server serves from `/office-js/`) is answered with the in-memory workbook host.
 * Ports are free ones rather than the manifest's 3000 and 7071, so a developer's own `npm start`
 * may run beside the tests; the server, its proxy and the page are the same.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ROSTERS } from "../../cli/demoRosters.js";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { buildHostScript } from "../host/bundle.js";
import { fromXlsx } from "../host/fromXlsx.js";
import { freePorts, startLikeNpmStart, type Started } from "../helpers/npmStart.js";
import { launchChromium, screenshot } from "./harness.js";

let npmStart: Started;
let browser: Browser;
let paneUrl: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "xep-loai-start-"));
  npmStart = await startLikeNpmStart(await freePorts(), dataDir);
  const printed = /https:\/\/localhost:\d+\/taskpane\.html/.exec(npmStart.output())?.[0];
  if (!printed) throw new Error(`npm start printed no task pane address:\n${npmStart.output()}`);
  paneUrl = printed;
  browser = await launchChromium();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await npmStart?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("the task pane at the address npm start prints, as sideloading opens it", () => {
  let page: Page;
  const failed: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const workbook = await fromXlsx(await writeRosterWorkbook([DEMO_ROSTERS[0]!.sheet]));
    const hostScript = await buildHostScript();
    const context = await browser.newContext({
      viewport: { width: 350, height: 900 },
      locale: "vi-VN",
      // The development certificate is not trusted on a machine where it could not be installed.
      ignoreHTTPSErrors: true,
    });
    page = await context.newPage();
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.addInitScript((book) => Object.assign(window, { __XL_WORKBOOK__: book }), workbook);
    await page.route("**/office-js/office.js", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: hostScript }),
    );
    await page.goto(paneUrl);
  }, 60_000);

  it("loads every module of the page and shows the pane", async () => {
    await expect
      .poll(() => page.getByRole("heading", { name: "Xếp loại chất lượng" }).isVisible(), { timeout: 30_000 })
      .toBe(true);
    expect(failed).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("checks the open workbook and reaches the back end through the same server", async () => {
    await page.getByTestId("check").click();
    await page.getByTestId("notice").waitFor();
    expect(await page.getByTestId("finding").count()).toBeGreaterThan(0);
    const health = await page.evaluate(async () => (await fetch("/api/health")).status);
    expect(health).toBe(200);
    await screenshot(page, "sideload-dev-server");
    expect(failed).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each(["vi", "en"])("opens every tab at 320 px without scrolling sideways (%s)", async (lang) => {
    if (lang === "en") await page.getByTestId("language").click();
    await expect
      .poll(() => page.getByTestId("tab-check").textContent())
      .toContain(lang === "vi" ? "Kiểm tra" : "Check");
    await page.setViewportSize({ width: 320, height: 900 });
    for (const tab of ["check", "quota", "suggest", "submit", "consolidate", "columns", "settings"]) {
      await page.getByTestId(`tab-${tab}`).click();
      if (tab === "quota") await page.getByTestId("quota").click();
      if (tab === "columns") await page.getByTestId("read-headers").click();
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${tab} (${lang})`,
      ).toBeLessThanOrEqual(320);
    }
    await screenshot(page, `sideload-320-${lang}`);
    expect(failed).toEqual([]);
    expect(problems).toEqual([]);
  });
});
