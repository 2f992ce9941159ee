/**
 * A roll-up message that fails every try, on the local host and Azurite: the storage refuses every
 * write to the totals (503, through a proxy in front of the table endpoint) while it answers reads.
 * The message is moved to the poison queue after the dequeue bound (host.json), the unit's chain reads `settling`
 * all along, and once the storage takes writes again the timer completes the roll-up from the
 * outbox row the poisoned message left.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_DEQUEUE_COUNT } from "../../functions/localTriggers.js";
import { listPending } from "../../functions/storage/outbox.js";
import { PROVINCE_TWO_OFFICES, civilServants, startBackEnd, type LocalBackEnd } from "./localBackEnd.js";
import { startTableProxy, type TableProxy } from "./tableProxy.js";

let backEnd: LocalBackEnd;
let proxy: TableProxy;

beforeAll(async () => {
  backEnd = await startBackEnd(PROVINCE_TWO_OFFICES, {
    // The timer every half second, for roll-ups pending over 1.5 s; the queue at the host's pace.
    triggers: { queuePollMs: 200, timerEveryMs: 500 },
    repairAfterMs: 1_500,
    tablesThrough: async (tablePort) => (proxy = await startTableProxy(tablePort)).port,
  });
}, 60_000);

afterAll(async () => {
  await backEnd?.stop();
  await proxy?.stop();
});

async function consolidated(unitId: string) {
  const res = await fetch(`${backEnd.api}/periods/2026/units/${unitId}/consolidated`, {
    headers: { authorization: `Bearer ${await backEnd.token("reviewer", "tinh")}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    settling: boolean;
    settlingUnits?: string[];
    total: { people: number; byLevel: Record<string, number> };
    children: { unitId: string; summary?: { people: number } }[];
  };
}

/** Polls `probe` until it gives true, within `bound` ms; says whether it did. */
async function within(bound: number, probe: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + bound;
  while (!(await probe())) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
  return true;
}

/** Messages in the roll-up queue, the hidden ones (delayed, or being tried) included. */
const queued = async () => (await backEnd.store.rollupQueue.getProperties()).approximateMessagesCount;
/** The messages moved to the poison queue, as the Functions host moves them. */
async function poisoned(): Promise<unknown[]> {
  const poison = backEnd.store.rollupPoisonQueue;
  if (!(await poison.exists())) return [];
  const { peekedMessageItems } = await poison.peekMessages({ numberOfMessages: 32 });
  return peekedMessageItems.map((m) => JSON.parse(Buffer.from(m.messageText, "base64").toString("utf8")));
}

describe("a roll-up message that fails every try", () => {
  it("uses the host's dequeue bound locally", () => {
    const host = JSON.parse(readFileSync("host.json", "utf8")) as {
      extensions: { queues: { maxDequeueCount: number } };
    };
    expect(MAX_DEQUEUE_COUNT).toBe(host.extensions.queues.maxDequeueCount);
  });

  it("is moved to the poison queue after the dequeue bound, the chain reads settling, and the timer completes the roll-up once storage takes writes", async () => {
    // A unit outside the failing chain, counted before the fault; its message handled and gone.
    expect(await backEnd.submit("stc", civilServants(3))).toBe(201);
    expect(await within(20_000, async () => (await queued()) === 0)).toBe(true);
    expect((await consolidated("tinh")).settling).toBe(false);
    expect((await consolidated("tinh")).total.people).toBe(3);

    proxy.refuseWrites("rollups");
    const people = [
      ...civilServants(3),
      { fullName: "Lê Văn Cường", staffType: "CC", level: "HTNV" },
      { fullName: "Phạm Thị Dung", staffType: "VC", level: "HTNV" },
      { fullName: "Hoàng Văn Em", staffType: "CC", level: "KHTNV", reason: "Vi phạm kỷ luật" },
    ];
    // Stored: 201, though neither the request's own roll-up nor its message can write the totals.
    expect(await backEnd.submit("snv-p1", people)).toBe(201);
    expect(await queued()).toBe(1);

    const expectSettling = async () => {
      for (const unitId of ["snv-p1", "snv", "tinh"])
        expect(await consolidated(unitId), unitId).toMatchObject({
          settling: true,
          settlingUnits: ["snv-p1"],
        });
      expect((await consolidated("stc")).settling).toBe(false);
      expect((await consolidated("tinh")).total.people).toBe(3);
    };
    await expectSettling();

    // Five tries ten seconds apart (host.json), after the message's own delay: a minute or so.
    expect(await within(120_000, async () => (await queued()) === 0)).toBe(true);
    // Given up, not done: the writes were refused all along, and the outbox row stays.
    expect(proxy.refused()).toBeGreaterThan(0);
    expect(await poisoned()).toEqual([expect.objectContaining({ year: 2026, unitId: "snv-p1", version: 1 })]);
    expect(await listPending(backEnd.store, {})).toEqual([
      expect.objectContaining({ year: 2026, unitId: "snv-p1", version: 1 }),
    ]);
    await expectSettling();

    proxy.refuseWrites(null);
    // No message is left: only the timer's repair can complete it now.
    expect(await within(20_000, async () => !(await consolidated("tinh")).settling)).toBe(true);
    const tinh = await consolidated("tinh");
    expect(tinh.total.people).toBe(3 + 6);
    expect(tinh.total.byLevel).toMatchObject({ HTXSNV: 0, HTTNV: 3 + 3, HTNV: 2, KHTNV: 1 });
    expect(tinh.children.map((c) => [c.unitId, c.summary?.people])).toEqual([
      ["snv", 6],
      ["stc", 3],
    ]);
    expect((await consolidated("snv")).children).toEqual([
      expect.objectContaining({ unitId: "snv-p1", summary: expect.objectContaining({ people: 6 }) }),
    ]);
    expect(await listPending(backEnd.store, {})).toEqual([]);
    expect(await queued()).toBe(0);
  }, 180_000);
});
