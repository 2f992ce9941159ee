/**
 * A move settled while a roll-up ran on the tree read before it: the roll-up puts the unit's counts
 * back under its former parent after the move took them away. The roll-up reads the tree again when
 * done and settles the move's places once more, so the totals end right. And a move settled by a
 * timer's run whose tree was read before the unit moved again: the move is settled on a tree read
 * after its row, never on the caller's (local host, Azurite).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deriveSubmission } from "../../shared/submission/derive.js";
import { listMoves } from "../../functions/storage/moves.js";
import { settleMessage, settleUnit } from "../../functions/storage/settle.js";
import { writeVersion } from "../../functions/storage/submissions.js";
import { putUnits, readTree } from "../../functions/storage/units.js";
import { civilServants, PROVINCE_TWO_OFFICES, startBackEnd, type LocalBackEnd } from "./localBackEnd.js";

let backEnd: LocalBackEnd;

beforeAll(async () => {
  backEnd = await startBackEnd(PROVINCE_TWO_OFFICES);
}, 60_000);

afterAll(() => backEnd?.stop());

async function people(unitId: string): Promise<number> {
  const res = await fetch(`${backEnd.api}/periods/2026/units/${unitId}/consolidated`, {
    headers: { authorization: `Bearer ${await backEnd.token("admin", "tinh")}` },
  });
  return ((await res.json()) as { total: { people: number } }).total.people;
}

describe("a roll-up that ran on the tree read before a move", () => {
  it("leaves nothing under the former parent", async () => {
    const first = await fetch(`${backEnd.api}/periods/2026/units/snv-p1/submission`, {
      method: "PUT",
      headers: {
        authorization: `Bearer ${await backEnd.token("clerk", "snv-p1")}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ people: civilServants(3) }),
    });
    expect(first.status).toBe(201);
    await expect.poll(() => people("snv")).toBe(3);

    // The roll-up's tree is read, its version stored (outbox row, no roll-up yet)…
    const stale = await readTree(backEnd.store);
    const second = { people: civilServants(5) };
    const when = new Date("2026-11-20T08:00:00Z");
    const derived = deriveSubmission(second, 2026, "Phòng 1");
    await writeVersion(backEnd.store, 2026, "snv-p1", second, derived, "thu-ky", '"1"', when);
    // …then the unit moves, and the move settles (its counts, version 1, leave Sở Nội vụ)…
    const moved = await fetch(`${backEnd.api}/orgs/units`, {
      method: "PUT",
      headers: {
        authorization: `Bearer ${await backEnd.token("admin", "tinh")}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ units: [{ id: "snv-p1", name: "Phòng 1", parentId: "stc" }] }),
    });
    expect(moved.status).toBe(200);
    await expect.poll(() => people("snv")).toBe(0);
    // …and only then does the roll-up of version 2 run, on the tree it read before the move.
    await settleUnit(backEnd.store, stale, 2026, "snv-p1");

    expect(await people("snv")).toBe(0);
    expect(await people("stc")).toBe(5);
    expect(await people("tinh")).toBe(5);
  }, 60_000);

  it("a move is settled on the tree as it is now, not on one read before the unit moved again", async () => {
    // Two moves stored, neither settled yet (as when their requests' own settling failed); a timer's
    // run read the tree between them.
    await putUnits(backEnd.store, [{ id: "snv-p1", name: "Phòng 1", parentId: "snv" }]);
    const timerTree = await readTree(backEnd.store);
    await putUnits(backEnd.store, [{ id: "snv-p1", name: "Phòng 1", parentId: "stc" }]);
    await settleMessage(backEnd.store, { moved: "snv-p1" }, timerTree);

    expect(await listMoves(backEnd.store)).toEqual([]);
    expect(await people("snv")).toBe(0);
    expect(await people("stc")).toBe(5);
    expect(await people("tinh")).toBe(5);
  }, 60_000);
});
