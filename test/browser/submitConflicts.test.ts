/**
 * Two clerks of one office and an unreliable network, in the pane against the real back end:
 * after a second clerk's version (412), Tải lại shows that version against the workbook before
 * anything replaces it, and the next Gửi meets the conflict again; a send whose answer was lost,
 * and a send that met the storage stopped (503), are sent again with the same Idempotency-Key,
 * stored once, and reach the totals.
 */
import { randomUUID } from "node:crypto";
import type { Page, Request, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ROSTERS } from "../../cli/demoRosters.js";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { fromXlsx } from "../host/fromXlsx.js";
import { openPane, pageProblems, screenshot, startStage, type Stage } from "./harness.js";

let stage: Stage;
let page: Page;
let unit: string;

beforeAll(async () => {
  stage = await startStage({ storageOnDisk: true });
  unit = stage.seeded.submittedUnit;
  page = await openPane(stage, await fromXlsx(await writeRosterWorkbook([DEMO_ROSTERS[0]!.sheet])));
  await page.getByTestId("tab-submit").click();
  await page.getByTestId("dev-unit").fill(unit);
  await page.getByTestId("sign-in").click();
  await page.getByTestId("signed-in").waitFor();
}, 120_000);

afterAll(async () => {
  await stage?.stop();
});

const submissionUrl = () => `${stage.apiBase}/api/periods/${stage.seeded.year}/units/${unit}/submission`;

async function latest(): Promise<{ version: number; etag: string }> {
  const token = await stage.token("clerk", unit);
  const res = await fetch(submissionUrl(), { headers: { authorization: `Bearer ${token}` } });
  return (await res.json()) as { version: number; etag: string };
}

/** Another clerk of the office sends two people from their own copy, over the latest version. */
async function secondClerkSends(): Promise<number> {
  const token = await stage.token("clerk", unit);
  const res = await fetch(submissionUrl(), {
    method: "PUT",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "if-match": (await latest()).etag,
      "idempotency-key": randomUUID(),
    },
    body: JSON.stringify({
      people: [
        { fullName: "Đỗ Văn Tâm", staffType: "CC", level: "HTXSNV" },
        { fullName: "Ngô Thị Yến", staffType: "CC", level: "HTTNV" },
      ],
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { version: number }).version;
}

/** Gửi, past the question about the errors the roster still has. */
async function send(): Promise<void> {
  await page.getByTestId("submit").click();
  await page.getByRole("button", { name: "Vẫn gửi" }).click();
}

const notice = () => page.getByTestId("notice").textContent();

async function childPeople(): Promise<number | undefined> {
  const token = await stage.token("reviewer", "so-noi-vu");
  const res = await fetch(`${stage.apiBase}/api/periods/${stage.seeded.year}/units/so-noi-vu/consolidated`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const view = (await res.json()) as { children: { unitId: string; summary?: { people: number } }[] };
  return view.children.find((c) => c.unitId === unit)?.summary?.people;
}

describe("two clerks, one office", () => {
  it("sends the workbook over the version it never saw, once the clerk chooses to replace it", async () => {
    await send();
    await page.getByTestId("replace").click();
    await expect.poll(notice).toContain("Đã gửi: phiên bản 2");
  });

  it("after a second clerk's version, Tải lại shows it against the workbook and replaces nothing", async () => {
    expect(await secondClerkSends()).toBe(3);
    await send();
    await expect.poll(() => page.getByTestId("submit-dialog").textContent()).toContain("phiên bản 3");
    await page.getByTestId("reload").click();
    const comparison = page.getByTestId("comparison");
    await comparison.waitFor();
    const row = async (id: string) => [
      await comparison.getByTestId(`compare-${id}`).getByTestId("server").textContent(),
      await comparison.getByTestId(`compare-${id}`).getByTestId("workbook").textContent(),
    ];
    expect(await row("people")).toEqual(["2", "11"]);
    // The roster's HTXSNV: An, Bình, Cường; the second clerk's: Tâm.
    expect(await row("HTXSNV")).toEqual(["1", "3"]);
    expect(await comparison.textContent()).toContain("Hoàn thành xuất sắc nhiệm vụ");
    await screenshot(page, "conflict-reloaded");
    await page.getByTestId("cancel").click();
    expect((await latest()).version).toBe(3);
  });

  it("the next Gửi goes through the conflict check again rather than replacing", async () => {
    await send();
    await expect.poll(() => page.getByTestId("submit-dialog").textContent()).toContain("phiên bản 3");
    expect(await page.getByTestId("reload").isVisible()).toBe(true);
    await page.getByTestId("cancel").click();
    expect((await latest()).version).toBe(3);
    expect(pageProblems(page)).toEqual([]);
  });
});

describe("a send whose answer is lost", () => {
  it("is sent again with the same Idempotency-Key, stored once, and reaches the totals", async () => {
    await send();
    await page.getByTestId("reload").click();
    await page.getByTestId("replace").waitFor();
    const keys: string[] = [];
    const isPut = (request: Request) => request.method() === "PUT";
    await page.route("**/submission", async (route) => {
      if (!isPut(route.request())) return route.continue();
      keys.push(route.request().headers()["idempotency-key"]!);
      if (keys.length > 1) return route.continue();
      // The back end stores the version, but its answer never reaches the pane.
      await route.fetch();
      await route.fulfill({ status: 503, contentType: "text/plain", body: "Service Unavailable" });
    });
    await page.getByTestId("replace").click();
    await expect.poll(notice).toContain("503");
    expect((await latest()).version).toBe(4);

    await send();
    await expect.poll(notice).toContain("Đã gửi: phiên bản 4");
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect((await latest()).version).toBe(4);
    await expect.poll(childPeople).toBe(11);
    await screenshot(page, "retry-after-503");
    expect(pageProblems(page)).toEqual([]);
  });
});

describe("a send while the storage is stopped", () => {
  it("answers 503, and the same send once the storage is back is stored once and reaches the totals", async () => {
    const before = (await latest()).version;
    const keys: string[] = [];
    const statuses: number[] = [];
    const collect = (response: Response) => {
      const request = response.request();
      if (request.method() !== "PUT" || !request.url().endsWith("/submission")) return;
      keys.push(request.headers()["idempotency-key"]!);
      statuses.push(response.status());
    };
    page.on("response", collect);
    try {
      await stage.azurite.stop();
      await send();
      await expect.poll(notice, { timeout: 20_000 }).toContain("Kho dữ liệu tạm thời không trả lời");
      expect(statuses).toEqual([503]);

      await stage.restartStorage();
      expect((await latest()).version).toBe(before);
      await send();
      await expect.poll(notice, { timeout: 20_000 }).toContain(`Đã gửi: phiên bản ${before + 1}`);
      // A replacement of the version before: 200 (201 is for a unit's first version).
      expect(statuses).toEqual([503, 200]);
      expect(keys[1]).toBe(keys[0]);
      expect((await latest()).version).toBe(before + 1);
      await expect.poll(childPeople, { timeout: 20_000 }).toBe(11);
      await screenshot(page, "retry-after-storage-stopped");
      expect(pageProblems(page)).toEqual([]);
    } finally {
      page.off("response", collect);
    }
  }, 90_000);
});
