/**
 * CORS on the local host, as Core Tools gives it from `Host.CORS`: preflights answered for the task
 * pane's origin only, answers to it carrying Access-Control-Allow-Origin and the headers it may
 * read, nothing for other origins; then the same seen from Chromium, which enforces it.
 */
import { createServer, type Server } from "node:http";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../dev/azurite.js";
import { parseOrigins } from "../../functions/http/cors.js";
import { startLocalHost } from "../../functions/localHost.js";
import { startBackEnd, type LocalBackEnd } from "./localBackEnd.js";

const PANE = "https://localhost:3000";
const OTHER = "https://evil.example";
/** A page served on loopback, whose origin the back end allows (and one it does not). */
let allowedPage: { server: Server; origin: string };
let otherPage: { server: Server; origin: string };
let backEnd: LocalBackEnd;

async function servePage(): Promise<{ server: Server; origin: string }> {
  const port = await freePort();
  const server = createServer((_req, res) => {
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end("<!doctype html><title>pane</title>");
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  allowedPage = await servePage();
  otherPage = await servePage();
  backEnd = await startBackEnd(
    [
      { id: "tinh", name: "UBND tỉnh", parentId: null },
      { id: "snv", name: "Sở Nội vụ", parentId: "tinh" },
    ],
    { corsOrigins: parseOrigins(`${PANE}, ${allowedPage.origin}/`) },
  );
}, 60_000);

afterAll(async () => {
  await backEnd?.stop();
  for (const page of [allowedPage, otherPage]) await new Promise((r) => page?.server.close(r));
});

const preflight = (origin: string, method = "PUT") =>
  fetch(`${backEnd.api}/periods/2026/units/snv/submission`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": method,
      "access-control-request-headers": "authorization,content-type,if-match,idempotency-key",
    },
  });

const listOf = (header: string | null) => (header ?? "").split(",").map((h) => h.trim().toLowerCase());

describe("the CORS_ORIGINS setting", () => {
  it("is a comma-separated list; spaces, case and trailing slashes do not matter", () => {
    expect(parseOrigins(" https://localhost:3000/ ,HTTPS://Pane.example.gov.vn,, ")).toEqual([
      "https://localhost:3000",
      "https://pane.example.gov.vn",
    ]);
    expect(parseOrigins(undefined)).toEqual([]);
  });

  it("is read from the environment when the local host is not given origins", async () => {
    const before = process.env.CORS_ORIGINS;
    process.env.CORS_ORIGINS = "https://a.example, https://b.example";
    const port = await freePort();
    const server = await startLocalHost(port);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/me`, {
        method: "OPTIONS",
        headers: { origin: "https://b.example", "access-control-request-method": "GET" },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe("https://b.example");
    } finally {
      server.close();
      if (before === undefined) delete process.env.CORS_ORIGINS;
      else process.env.CORS_ORIGINS = before;
    }
  });
});

describe("preflight", () => {
  it("is answered 204 for the task pane's origin with the methods and headers the client sends", async () => {
    const res = await preflight(PANE);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(PANE);
    expect(listOf(res.headers.get("access-control-allow-methods"))).toEqual(
      expect.arrayContaining(["get", "put", "post"]),
    );
    expect(listOf(res.headers.get("access-control-allow-headers"))).toEqual(
      expect.arrayContaining(["authorization", "content-type", "if-match", "idempotency-key"]),
    );
    expect(Number(res.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    expect(await res.text()).toBe("");
  });

  it("is refused to another origin, with no CORS header at all", async () => {
    const res = await preflight(OTHER);
    expect(res.ok).toBe(false);
    for (const name of ["allow-origin", "allow-methods", "allow-headers"])
      expect(res.headers.get(`access-control-${name}`)).toBeNull();
  });
});

describe("answers", () => {
  it("to the task pane's origin name it and expose ETag, Location and Retry-After, errors included", async () => {
    const token = await backEnd.token("clerk", "snv");
    const put = await fetch(`${backEnd.api}/periods/2026/units/snv/submission`, {
      method: "PUT",
      headers: { origin: PANE, authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ people: [{ fullName: "Nguyễn Văn An", staffType: "CC", level: "HTTNV" }] }),
    });
    expect(put.status).toBe(201);
    expect(put.headers.get("etag")).toBe('"1"');
    expect(put.headers.get("access-control-allow-origin")).toBe(PANE);
    expect(listOf(put.headers.get("access-control-expose-headers"))).toEqual(
      expect.arrayContaining(["etag", "location", "retry-after"]),
    );
    const unauthorized = await fetch(`${backEnd.api}/me`, { headers: { origin: PANE } });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get("access-control-allow-origin")).toBe(PANE);
  });

  it("to another origin, or without one, carry no CORS header", async () => {
    const token = await backEnd.token("clerk", "snv");
    for (const headers of [{ origin: OTHER }, {}] as Record<string, string>[]) {
      const res = await fetch(`${backEnd.api}/me`, {
        headers: { ...headers, authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      expect(res.headers.get("access-control-expose-headers")).toBeNull();
    }
  });
});

describe("in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** From a page of `origin`: a PUT with If-Match and Idempotency-Key (preflighted), then a GET reading ETag. */
  async function fromPage(origin: string, token: string) {
    const page = await browser.newPage();
    try {
      await page.goto(origin);
      return await page.evaluate(
        async ({ api, token }) => {
          try {
            const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
            const put = await fetch(`${api}/periods/2026/units/snv/submission`, {
              method: "PUT",
              headers: { ...headers, "if-match": "*", "idempotency-key": crypto.randomUUID() },
              body: JSON.stringify({
                people: [{ fullName: "Trần Văn Bình", staffType: "CC", level: "HTNV" }],
              }),
            });
            const get = await fetch(`${api}/periods/2026/units/snv/submission`, { headers });
            return { put: put.status, get: get.status, etag: get.headers.get("etag") };
          } catch (error) {
            return { failed: String(error) };
          }
        },
        { api: backEnd.api, token },
      );
    } finally {
      await page.close();
    }
  }

  it("the task pane's origin submits across origins and reads the ETag; another origin is blocked", async () => {
    const token = await backEnd.token("clerk", "snv");
    const allowed = await fromPage(allowedPage.origin, token);
    expect(allowed).toMatchObject({ put: 200, get: 200 });
    expect(allowed.etag).toMatch(/^"\d+"$/);
    const blocked = await fromPage(otherPage.origin, token);
    expect(blocked.failed).toMatch(/Failed to fetch/);
  }, 60_000);
});
