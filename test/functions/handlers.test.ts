/**
 * Handlers called directly, with `HttpRequest` and `InvocationContext` as the Functions host passes
 * them, on a store nobody answers for: the edge cases that must not depend on storage working.
 */
import { randomBytes } from "node:crypto";
import azureFunctions from "@azure/functions";
import { beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../dev/azurite.js";
import { keyVerifier, signDevToken } from "../../functions/auth/identity.js";
import { devToken } from "../../functions/handlers/devToken.js";
import { health } from "../../functions/handlers/health.js";
import { putSubmission } from "../../functions/handlers/putSubmission.js";
import { putUnits } from "../../functions/handlers/putUnits.js";
import { setServices } from "../../functions/services.js";
import { azuriteConnectionString, openStore } from "../../functions/storage/store.js";

const { HttpRequest, InvocationContext } = azureFunctions;
const key = randomBytes(32);

beforeAll(async () => {
  // Ports nothing listens on: every storage call fails as if storage were down.
  const store = openStore(azuriteConnectionString(await freePort(), await freePort(), await freePort()));
  setServices({ store, verify: keyVerifier(key), now: () => new Date("2026-11-20T08:00:00Z") });
});

function request(
  method: string,
  url: string,
  init: { headers?: Record<string, string>; body?: string; params?: Record<string, string> } = {},
) {
  return new HttpRequest({
    method,
    url: `http://127.0.0.1:7071/api/${url}`,
    headers: init.headers ?? {},
    params: init.params ?? {},
    ...(init.body !== undefined ? { body: { string: init.body } } : {}),
  });
}

const context = (name: string) => new InvocationContext({ functionName: name });

describe("handlers called directly", () => {
  it("health answers 503 with Retry-After when storage does not answer", async () => {
    const res = await health.handler(request("GET", "health"), context("health"));
    expect(res.status).toBe(503);
    expect((res.headers as Record<string, string>)["Retry-After"]).toBe("5");
  }, 30_000);

  it("a submission without a token, or with a token signed by another key, is 401 with WWW-Authenticate", async () => {
    const params = { year: "2026", unitId: "snv" };
    const none = await putSubmission.handler(
      request("PUT", "periods/2026/units/snv/submission", { params, body: "{}" }),
      context("putSubmission"),
    );
    expect(none.status).toBe(401);
    expect((none.headers as Record<string, string>)["WWW-Authenticate"]).toContain("Bearer");
    const forged = await signDevToken(randomBytes(32), { subject: "x", role: "clerk", unitId: "snv" });
    const bad = await putSubmission.handler(
      request("PUT", "periods/2026/units/snv/submission", {
        params,
        body: "{}",
        headers: { authorization: `Bearer ${forged}` },
      }),
      context("putSubmission"),
    );
    expect(bad.status).toBe(401);
  });

  it("the tree refuses a reviewer (403) before reading anything", async () => {
    const reviewer = await signDevToken(key, { subject: "r", role: "reviewer", unitId: "tinh" });
    const res = await putUnits.handler(
      request("PUT", "orgs/units", { headers: { authorization: `Bearer ${reviewer}` }, body: "{}" }),
      context("putUnits"),
    );
    expect(res.status).toBe(403);
    expect((res.jsonBody as { error: string }).error).toContain("không có quyền");
  });

  it("answers in English when asked (Accept-Language)", async () => {
    const res = await putUnits.handler(
      request("PUT", "orgs/units", { headers: { "accept-language": "en-US" }, body: "{}" }),
      context("putUnits"),
    );
    expect(res.status).toBe(401);
    expect((res.jsonBody as { error: string }).error).toContain("Sign-in needed");
  });

  it("an admin's tree change while storage is down is 503, not a crash or a stack trace", async () => {
    const admin = await signDevToken(key, { subject: "a", role: "admin", unitId: "tinh" });
    const res = await putUnits.handler(
      request("PUT", "orgs/units", {
        headers: { authorization: `Bearer ${admin}` },
        body: JSON.stringify({ units: [{ id: "tinh", name: "UBND tỉnh", parentId: null }] }),
      }),
      context("putUnits"),
    );
    expect(res.status).toBe(503);
    expect(JSON.stringify(res.jsonBody)).not.toMatch(/ at |AccountKey|ECONNREFUSED/);
  }, 30_000);

  it("the development token route does not exist unless development mode is on", async () => {
    const res = await devToken.handler(
      request("POST", "dev/token", { body: JSON.stringify({ sub: "x", unitId: "snv", role: "admin" }) }),
      context("devToken"),
    );
    expect(res.status).toBe(404);
  });
});
