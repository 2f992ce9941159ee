/**
 * A version whose transaction Azurite applied but whose answer never came back (past its deadline,
 * or tried again by the SDK after it was applied): the submission is stored, so it answers 201/200
 * once, never 503 or 412, and its totals come. The fault is injected at the SDK's edge, on the real
 * table client the handlers use, around a real transaction on Azurite.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { civilServants, PROVINCE_AND_OFFICE, startBackEnd, type LocalBackEnd } from "./localBackEnd.js";

let backEnd: LocalBackEnd;

beforeAll(async () => {
  backEnd = await startBackEnd(PROVINCE_AND_OFFICE);
}, 60_000);

afterAll(() => backEnd?.stop());

async function put(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${backEnd.api}/periods/2026/units/snv/submission`, {
    method: "PUT",
    headers: {
      authorization: `Bearer ${await backEnd.token("clerk", "snv")}`,
      "content-type": "application/json",
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function get(path: string, role: "reviewer" | "clerk", unit: string) {
  const res = await fetch(`${backEnd.api}/periods/2026/units/${path}`, {
    headers: { authorization: `Bearer ${await backEnd.token(role, unit)}` },
  });
  return (await res.json()) as Record<string, unknown>;
}

/** The next transaction on the submissions table is applied by Azurite, then its answer is lost. */
function loseNextAnswer(how: "deadline" | "retried"): void {
  const table = backEnd.store.submissions;
  const real = table.submitTransaction.bind(table);
  table.submitTransaction = async (...args: Parameters<typeof real>) => {
    table.submitTransaction = real;
    await real(...args);
    if (how === "deadline")
      throw Object.assign(new Error("The operation was aborted."), { name: "AbortError" });
    // The SDK's second try of an applied transaction: the rows it creates exist already.
    return real(...args);
  };
}

describe("a transaction applied whose answer was lost", () => {
  it("past its deadline: 201, one version, and the totals", async () => {
    loseNextAnswer("deadline");
    const answer = await put({ people: civilServants(7) });
    expect(answer).toMatchObject({ status: 201, body: { version: 1 } });
    expect(((await get("snv/submission/history", "clerk", "snv")).versions as unknown[]).length).toBe(1);
    await expect
      .poll(
        async () => ((await get("tinh/consolidated", "reviewer", "tinh")).total as { people: number }).people,
      )
      .toBe(7);
  }, 60_000);

  it("tried again after it was applied: 200 for the replacement, not 412", async () => {
    loseNextAnswer("retried");
    const answer = await put({ people: civilServants(9) }, { "if-match": '"1"' });
    expect(answer).toMatchObject({ status: 200, body: { version: 2 } });
    expect(((await get("snv/submission/history", "clerk", "snv")).versions as unknown[]).length).toBe(2);
    await expect
      .poll(
        async () => ((await get("tinh/consolidated", "reviewer", "tinh")).total as { people: number }).people,
      )
      .toBe(9);
  }, 60_000);
});
