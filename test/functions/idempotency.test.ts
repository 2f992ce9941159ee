/**
 * `Idempotency-Key` as the IETF draft describes it, on the local host and Azurite: the same key and
 * body sent many times at once are one submission and one answer (never 428 or 412), and the same
 * key with another body is 422.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { civilServants, PROVINCE_AND_OFFICE, startBackEnd, type LocalBackEnd } from "./localBackEnd.js";

let backEnd: LocalBackEnd;

beforeAll(async () => {
  backEnd = await startBackEnd(PROVINCE_AND_OFFICE);
}, 60_000);

afterAll(() => backEnd?.stop());

async function put(body: unknown, headers: Record<string, string>) {
  const res = await fetch(`${backEnd.api}/periods/2026/units/snv/submission`, {
    method: "PUT",
    headers: {
      authorization: `Bearer ${await backEnd.token("clerk", "snv")}`,
      "content-type": "application/json",
      "accept-language": "en",
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function versions(): Promise<number> {
  const res = await fetch(`${backEnd.api}/periods/2026/units/snv/submission/history`, {
    headers: { authorization: `Bearer ${await backEnd.token("reviewer", "tinh")}` },
  });
  return ((await res.json()) as { versions: unknown[] }).versions.length;
}

describe("the same Idempotency-Key", () => {
  it("sent ten times at once with the same first submission: one version, the same 201 to each", async () => {
    const body = { people: civilServants(50) };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => put(body, { "idempotency-key": "k1" })),
    );
    for (const a of answers) expect(a).toMatchObject({ status: 201, body: { version: 1, etag: '"1"' } });
    expect(await versions()).toBe(1);
  }, 60_000);

  it("sent ten times at once with the same replacement: one new version, the same 200 to each", async () => {
    const body = { people: civilServants(60) };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => put(body, { "idempotency-key": "k2", "if-match": '"1"' })),
    );
    for (const a of answers) expect(a).toMatchObject({ status: 200, body: { version: 2 } });
    expect(await versions()).toBe(2);
  }, 60_000);

  it("sent again later without If-Match replays the answer rather than asking for it (no 428)", async () => {
    expect(await put({ people: civilServants(60) }, { "idempotency-key": "k2" })).toMatchObject({
      status: 200,
      body: { version: 2 },
    });
  }, 60_000);

  it("with another body is refused with 422, and nothing is stored", async () => {
    const res = await put({ people: civilServants(61) }, { "idempotency-key": "k2", "if-match": '"2"' });
    expect(res.status).toBe(422);
    expect(res.body.error).toContain("Idempotency-Key");
    const raced = await Promise.all([
      put({ people: civilServants(70) }, { "idempotency-key": "k3", "if-match": '"2"' }),
      put({ people: civilServants(71) }, { "idempotency-key": "k3", "if-match": '"2"' }),
    ]);
    expect(raced.map((a) => a.status).sort()).toEqual([200, 422]);
    expect(await versions()).toBe(3);
  }, 60_000);
});
