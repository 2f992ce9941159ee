/**
 * The roll-up's outbox on the local host and Azurite: a version stored with no message at all (as
 * after a failed queue send) is completed by the timer's repair, reads say `settling` until then; a
 * message handled twice changes nothing; a unit moved to another parent leaves the old parent's
 * chain and joins the new one's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deriveSubmission } from "../../shared/submission/derive.js";
import { rollupQueue } from "../../functions/handlers/rollupQueue.js";
import { listPending } from "../../functions/storage/outbox.js";
import { readRollupMessage } from "../../functions/storage/rollupMessages.js";
import { writeVersion } from "../../functions/storage/submissions.js";
import { civilServants, PROVINCE_TWO_OFFICES, startBackEnd, type LocalBackEnd } from "./localBackEnd.js";
import azureFunctions from "@azure/functions";

let backEnd: LocalBackEnd;

beforeAll(async () => {
  backEnd = await startBackEnd(
    PROVINCE_TWO_OFFICES,
    // The timer every half second, for roll-ups pending over 1.5 s.
    { triggers: { queuePollMs: 200, timerEveryMs: 500 }, repairAfterMs: 1_500 },
  );
}, 60_000);

afterAll(() => backEnd?.stop());

async function consolidated(unitId: string) {
  const res = await fetch(`${backEnd.api}/periods/2026/units/${unitId}/consolidated`, {
    headers: { authorization: `Bearer ${await backEnd.token("admin", "tinh")}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    settling: boolean;
    settlingCount?: number;
    settlingUnits?: string[];
    total: { people: number };
    children: { unitId: string; summary?: { people: number } }[];
  };
}

/** Polls until the unit's view has settled (within 20 s), and gives it. */
async function settled(unitId: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const view = await consolidated(unitId);
    if (!view.settling || Date.now() > deadline) return view;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function submit(unitId: string, body: unknown, ifMatch?: string) {
  const res = await fetch(`${backEnd.api}/periods/2026/units/${unitId}/submission`, {
    method: "PUT",
    headers: {
      authorization: `Bearer ${await backEnd.token("clerk", unitId)}`,
      "content-type": "application/json",
      ...(ifMatch ? { "if-match": ifMatch } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { version: number; etag: string } };
}

describe("the roll-up outbox", () => {
  it("says the totals are settling while a stored version has no roll-up, and the timer completes it", async () => {
    // What a request leaves when storage fails after the version's transaction: the version and its
    // outbox row, no roll-up, no message.
    const submission = { people: civilServants(4) };
    await writeVersion(
      backEnd.store,
      2026,
      "snv-p1",
      submission,
      deriveSubmission(submission, 2026, "Phòng 1"),
      "thu-ky",
      null,
      new Date("2026-11-20T08:00:00Z"),
    );
    const before = await consolidated("tinh");
    expect(before).toMatchObject({
      settling: true,
      settlingCount: 1,
      settlingUnits: ["snv-p1"],
      total: { people: 0 },
    });
    // A unit outside the pending unit's chain is not settling.
    expect((await consolidated("stc")).settling).toBe(false);
    const after = await settled("tinh");
    expect(after).toMatchObject({ settling: false, total: { people: 4 } });
    expect(after.children.find((c) => c.unitId === "snv")?.summary?.people).toBe(4);
    expect(await listPending(backEnd.store, {})).toEqual([]);
  }, 60_000);

  it("changes nothing when a message comes again after its roll-up is done", async () => {
    const first = await submit("stc", { people: civilServants(3) });
    expect(first.status).toBe(201);
    expect((await settled("tinh")).total.people).toBe(7);
    const message = { year: 2026, unitId: "stc", version: first.body.version };
    const context = new azureFunctions.InvocationContext({ functionName: "rollupQueue" });
    // As the Functions host hands it over (parsed), and as its base64 text.
    await rollupQueue.handler(message, context);
    await rollupQueue.handler(Buffer.from(JSON.stringify(message)).toString("base64"), context);
    expect((await consolidated("tinh")).total.people).toBe(7);
    expect(readRollupMessage("not a message")).toBeUndefined();
    expect(readRollupMessage({ year: 2026, unitId: "stc" })).toBeUndefined();
  }, 60_000);

  it("recomputes the old and the new parent when a unit moves", async () => {
    expect((await settled("snv")).total.people).toBe(4);
    const admin = await backEnd.token("admin", "tinh");
    const res = await fetch(`${backEnd.api}/orgs/units`, {
      method: "PUT",
      headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
      body: JSON.stringify({ units: [{ id: "snv-p1", name: "Phòng 1", parentId: "stc" }] }),
    });
    expect(res.status).toBe(200);
    const snv = await settled("snv");
    const stc = await settled("stc");
    const tinh = await settled("tinh");
    expect(snv.total.people).toBe(0);
    expect(stc.total.people).toBe(3 + 4);
    expect(stc.children).toEqual([
      expect.objectContaining({ unitId: "snv-p1", summary: expect.objectContaining({ people: 4 }) }),
    ]);
    expect(tinh.total.people).toBe(7);
    expect(tinh.children.map((c) => [c.unitId, c.summary?.people])).toEqual([
      ["snv", 0],
      ["stc", 7],
    ]);
    // A later submission of the moved unit counts under its new parent only.
    const again = await submit("snv-p1", { people: civilServants(6) }, '"1"');
    expect(again.status).toBe(200);
    expect((await settled("stc")).total.people).toBe(3 + 6);
    expect((await settled("snv")).total.people).toBe(0);
    expect((await settled("tinh")).total.people).toBe(9);
  }, 60_000);
});
