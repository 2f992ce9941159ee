/**
 * The roll-up repair (admin): totals lost or left behind come back from the stored versions, on
 * the local host and Azurite, and running it again changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { civilServants, PROVINCE_TWO_OFFICES, startBackEnd, type LocalBackEnd } from "./localBackEnd.js";

let backEnd: LocalBackEnd;

beforeAll(async () => {
  backEnd = await startBackEnd(PROVINCE_TWO_OFFICES);
}, 60_000);

afterAll(() => backEnd?.stop());

async function call(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${backEnd.api}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("the roll-up repair", () => {
  it("brings the totals back from the latest versions after they were lost, and again changes nothing", async () => {
    for (const [unit, n] of [
      ["snv", 3],
      ["stc", 4],
      ["snv-p1", 5],
    ] as const)
      expect(
        (
          await call("PUT", `/periods/2026/units/${unit}/submission`, await backEnd.token("clerk", unit), {
            people: civilServants(n),
          })
        ).status,
      ).toBe(201);
    const reviewer = await backEnd.token("reviewer", "tinh");
    const total = async () =>
      (
        (await call("GET", "/periods/2026/units/tinh/consolidated", reviewer)).body.total as {
          people: number;
        }
      ).people;
    expect(await total()).toBe(12);

    for await (const e of backEnd.store.rollups.listEntities())
      await backEnd.store.rollups.deleteEntity(e.partitionKey!, e.rowKey!);
    expect(await total()).toBe(0);

    const admin = await backEnd.token("admin", "tinh");
    expect(
      (await call("POST", "/periods/2026/rollups/repair", await backEnd.token("clerk", "snv"))).status,
    ).toBe(403);
    expect(await call("POST", "/periods/2026/rollups/repair", admin)).toMatchObject({
      status: 200,
      body: { units: 3 },
    });
    expect(await total()).toBe(12);
    const snv = await call("GET", "/periods/2026/units/snv/consolidated", reviewer);
    expect(snv.body.total).toMatchObject({ people: 8 });
    expect(snv.body.children).toEqual([
      expect.objectContaining({ unitId: "snv-p1", status: expect.objectContaining({ state: "on-time" }) }),
    ]);
    expect((await call("POST", "/periods/2026/rollups/repair", admin)).status).toBe(200);
    expect(await total()).toBe(12);
  }, 60_000);
});
