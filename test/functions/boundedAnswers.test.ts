/**
 * Bounded answers: a 400 lists the first few dozen problems and says how many more, no problem
 * answer passes 64 KiB whatever the body (a property over invalid bodies, on the local host and
 * Azurite), and the host, in its own process with a 1.5 GB heap, survives 20 worst-case bodies
 * sent at once.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signDevToken } from "../../functions/auth/identity.js";
import { MAX_DETAILS } from "../../functions/http/boundedParse.js";
import { MAX_PROBLEM_BYTES } from "../../functions/http/problem.js";
import { startBackEnd, type LocalBackEnd } from "./localBackEnd.js";

const UNITS = [
  { id: "tinh", name: "UBND tỉnh", parentId: null },
  { id: "snv", name: "Sở Nội vụ", parentId: "tinh" },
];

async function put(api: string, token: string, body: string) {
  const res = await fetch(`${api}/periods/2026/units/snv/submission`, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body,
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    bytes: bytes.length,
    body: JSON.parse(bytes.toString("utf8")) as Record<string, unknown>,
  };
}

/** A person with four problems: a number for a name, no staff type, a bad level, an unknown field. */
const badPerson = '{"fullName":1,"level":1,"q":1}';
const manyBadPeople = (count: number) => `{"people":[${Array(count).fill(badPerson).join(",")}]}`;

describe("a 400 on a body", () => {
  let backEnd: LocalBackEnd;
  let clerk: string;
  beforeAll(async () => {
    backEnd = await startBackEnd(UNITS);
    clerk = await backEnd.token("clerk", "snv");
  }, 60_000);
  afterAll(() => backEnd?.stop());

  it("lists the first problems and says how many more, in Vietnamese and in English", async () => {
    const res = await put(backEnd.api, clerk, manyBadPeople(100_000));
    expect(res.status).toBe(400);
    expect(res.bytes).toBeLessThanOrEqual(MAX_PROBLEM_BYTES);
    expect((res.body.details as unknown[]).length).toBe(MAX_DETAILS);
    expect(res.body.moreDetails).toBe(400_000 - MAX_DETAILS);
    expect(res.body.error).toContain("400000 lỗi");
    expect((res.body.details as { path: string }[])[0]!.path).toMatch(/^people\.0\./);
  }, 60_000);

  it("takes a valid body of many people whole, each person once, trimmed as the schema says", async () => {
    const people = Array.from({ length: 1_000 }, (_, i) => ({
      fullName: ` Người ${i} `,
      staffType: "CC",
      level: i % 10 === 0 ? "HTXSNV" : "HTTNV",
    }));
    const res = await put(backEnd.api, clerk, JSON.stringify({ people }));
    expect(res.status).toBe(201);
    expect(res.body.summary).toMatchObject({ people: 1_000 });
    expect((res.body.summary as { excellent: { name: string }[] }).excellent[0]!.name).toBe("Người 0");
  }, 60_000);

  it("is one problem for an array over its maximum length, its elements not looked at", async () => {
    const res = await put(backEnd.api, clerk, `{"people":[${Array(1_000_000).fill("0").join(",")}]}`);
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ path: "people", message: expect.any(String) as string }]);
    expect(res.body.moreDetails).toBeUndefined();
  }, 60_000);

  it("cuts a megabyte-long field name to a short path and message", async () => {
    const long = "k".repeat(1_000_000);
    const res = await put(backEnd.api, clerk, `{"people":[],"${long}":1}`);
    expect(res.status).toBe(400);
    expect(res.bytes).toBeLessThan(2_000);
  }, 60_000);

  it("never answers an invalid body with more than 64 KiB (property)", async () => {
    const element = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ fullName: fc.jsonValue({ maxDepth: 1 }), level: fc.string(), staffType: fc.string() }),
      fc.dictionary(fc.string({ unit: "binary", maxLength: 3000 }), fc.jsonValue({ maxDepth: 1 })),
    );
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc
        .record({ element, count: fc.integer({ min: 1, max: 150_000 }), settings: fc.option(fc.jsonValue()) })
        .map(({ element, count, settings }) =>
          JSON.stringify({
            people: Array(count).fill(element),
            ...(settings === null ? {} : { settings }),
          }),
        ),
      fc.string({ unit: "binary", maxLength: 5000 }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const res = await put(backEnd.api, clerk, text);
        if (res.status < 400) return; // an arbitrary body that happens to be valid
        expect([400, 413]).toContain(res.status);
        expect(res.bytes).toBeLessThanOrEqual(MAX_PROBLEM_BYTES);
        expect(((res.body.details as unknown[] | undefined) ?? []).length).toBeLessThanOrEqual(MAX_DETAILS);
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});

describe("the host with a 1.5 GB heap", () => {
  let host: ChildProcess;
  let api: string;
  const key = randomBytes(32);

  beforeAll(async () => {
    // The benchmark's host: Azurite in memory and the local host, in a process of its own whose heap
    // is capped as an instance's would be, so that running out of it kills that process, not the tests.
    const tsx = createRequire(import.meta.url).resolve("tsx");
    host = spawn(
      process.execPath,
      ["--max-old-space-size=1536", "--import", tsx, "test/bench/apiHost.ts", "0"],
      {
        env: { ...process.env, BENCH_DEV_KEY: key.toString("hex") },
        stdio: ["pipe", "pipe", "inherit"],
      },
    );
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: host.stdout! }).once("line", resolve);
      host.once("exit", (code) => reject(new Error(`host exited (${code})`)));
    });
    api = `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}/api`;
    const admin = await signDevToken(key, { subject: "quan-tri", role: "admin", unitId: "tinh" });
    const tree = await fetch(`${api}/orgs/units`, {
      method: "PUT",
      headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
      body: JSON.stringify({ units: UNITS }),
    });
    expect(tree.status).toBe(200);
  }, 60_000);

  afterAll(async () => {
    if (!host || host.exitCode !== null) return;
    // Closing its input stops the host and its Azurite; a host that is stuck is killed.
    const exited = new Promise((r) => host.once("exit", r));
    host.stdin?.end();
    const timer = setTimeout(() => host.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }, 20_000);

  it("answers 20 worst-case bodies sent at once, each with at most 64 KiB, and stays up", async () => {
    const clerk = await signDevToken(key, { subject: "thu-ky", role: "clerk", unitId: "snv" });
    const bodies = [
      manyBadPeople(120_000), // 3.8 MB, 480,000 problems
      `{"people":[${Array(1_300_000).fill("[]").join(",")}]}`, // 4 MB of empty arrays
      `{"people":[${Array(80_000)
        .fill('{"fullName":"' + "x".repeat(30) + '"}')
        .join(",")}]}`,
    ];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => put(api, clerk, bodies[i % bodies.length]!)),
    );
    for (const res of answers) {
      expect(res.status).toBe(400);
      expect(res.bytes).toBeLessThanOrEqual(MAX_PROBLEM_BYTES);
    }
    expect(host.exitCode).toBeNull();
    expect((await fetch(`${api}/health`)).status).toBe(200);
  }, 240_000);
});
