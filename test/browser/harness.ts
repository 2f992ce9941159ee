/**
 * What the browser tests run on: the real back end (local host over a real Azurite, seeded with
 * the demonstration tree), the built task pane served by Vite's preview server with `/api` proxied
 * to that back end, and Debian's Chromium driven by playwright-core. Excel cannot run here: each page
 * gets the in-memory workbook host (test/host) in place of office.js, loaded from a real .xlsx.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";
import { OFFICE_JS_CDN } from "../../addin/build/officeJsPlugin.js";
import { freePort, startAzurite, type RunningAzurite } from "../../dev/azurite.js";
import { seedDemo } from "../../dev/seed.js";
import { keyVerifier, signDevToken, type Role } from "../../functions/auth/identity.js";
import { startLocalHost } from "../../functions/localHost.js";
import { setServices } from "../../functions/services.js";
import { openStore, prepareStore } from "../../functions/storage/store.js";
import { buildHostScript } from "../host/bundle.js";
import type { HostWorkbook } from "../host/workbook.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BUILT_PANE = "dist/taskpane/taskpane.html";
export const SCREENSHOTS = "test-output/browser";

export interface Stage {
  /** The storage now; after `restartStorage`, a new process on the same data and ports. */
  azurite: RunningAzurite;
  /** Starts the storage again on what it saved (only for a stage whose storage is on disk). */
  restartStorage(): Promise<void>;
  api: Server;
  apiBase: string;
  pane: PreviewServer;
  paneUrl: string;
  browser: Browser;
  hostScript: string;
  seeded: Awaited<ReturnType<typeof seedDemo>>;
  token(role: Role, unitId: string): Promise<string>;
  stop(): Promise<void>;
}

/** Debian's Chromium, headless, with none of its calls to Google's hosts (the network is closed). */
export function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

function requireChromium(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see .ci/run).`);
}

/** `storageOnDisk`: Azurite keeps its data in a folder of its own, so it can be stopped and started again. */
export async function startStage(options: { storageOnDisk?: boolean } = {}): Promise<Stage> {
  if (!existsSync(BUILT_PANE)) throw new Error(`${BUILT_PANE} is missing: run \`npm run build\` first.`);
  // Before anything starts: without a browser the stage fails, and must leave no emulator running
  // (Azurite processes outlived a run on a machine without Chromium).
  requireChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const location = options.storageOnDisk ? mkdtempSync(join(tmpdir(), "xep-loai-stage-")) : undefined;
  const azurite = await startAzurite({ location });
  const store = openStore(azurite.connectionString);
  await prepareStore(store);
  const key = randomBytes(32);
  // A day before the demonstration deadlines (25 and 30 November 2026), whatever day the tests run.
  setServices({ store, verify: keyVerifier(key), devKey: key, now: () => new Date("2026-11-21T09:00:00Z") });
  const apiPort = await freePort();
  const api = await startLocalHost(apiPort);
  const seeded = await seedDemo(store);
  const apiBase = `http://127.0.0.1:${apiPort}`;
  const panePort = await freePort();
  const pane = await preview({
    configFile: "addin/vite.config.ts",
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: panePort, strictPort: true, proxy: { "/api": apiBase } },
  });
  const browser = await launchChromium();
  const stage: Stage = {
    azurite,
    async restartStorage() {
      if (!location) throw new Error("the stage's storage is in memory: start it with storageOnDisk");
      const { blobPort, tablePort, queuePort } = stage.azurite;
      stage.azurite = await startAzurite({ location, blobPort, tablePort, queuePort });
    },
    api,
    apiBase,
    pane,
    paneUrl: `http://127.0.0.1:${panePort}/taskpane.html`,
    browser,
    hostScript: await buildHostScript(),
    seeded,
    token: (role, unitId) => signDevToken(key, { subject: `test-${role}`, role, unitId }),
    async stop() {
      await browser.close();
      await pane.close();
      await new Promise((resolve) => api.close(resolve));
      await stage.azurite.stop();
      if (location) rmSync(location, { recursive: true, force: true });
    },
  };
  return stage;
}

/**
 * A new page showing the task pane over `workbook`: office.js from the CDN is answered with the
 * workbook host, which reads the workbook the page is given before it loads. `displayLanguage` is
 * Office's (`Office.context.displayLanguage`), which the pane opens in.
 */
export async function openPane(
  stage: Stage,
  workbook: HostWorkbook,
  displayLanguage = "vi-VN",
  width = 420,
): Promise<Page> {
  const context = await stage.browser.newContext({
    viewport: { width, height: 900 },
    locale: displayLanguage,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.addInitScript(
    ([book, language]) => {
      Object.assign(window, { __XL_WORKBOOK__: book, __XL_LANGUAGE__: language });
    },
    [workbook, displayLanguage] as const,
  );
  await page.route(OFFICE_JS_CDN, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: stage.hostScript }),
  );
  await page.goto(stage.paneUrl);
  Object.assign(page, { problems });
  return page;
}

/** Uncaught errors the page reported: a test ends by expecting none. */
export function pageProblems(page: Page): string[] {
  return (page as Page & { problems: string[] }).problems;
}

export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
