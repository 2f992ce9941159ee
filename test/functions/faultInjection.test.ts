/**
 * Storage killed in the middle of a burst of replacements, against a real Azurite keeping its data
 * on disk: SIGTERM (it saves, then ends) and SIGKILL (it loses what it had not saved yet, up to a
 * few seconds of writes already answered) at a random point, then restarted on the same folder and
 * ports. Whatever was answered, the root's totals come to equal the sum of the units' latest stored
 * versions within a bounded time, with no client acting on the totals (half the units send nothing
 * after their first failure). FAULT_RUNS runs of the
 * burst without Idempotency-Keys (default 4; `FAULT_RUNS=20 npx vitest run
 * test/functions/faultInjection.test.ts` for twenty), alternating the signal; and runs with the
 * add-in's own client (addin/backend/client.ts): a new key per submission, the same key on each
 * retry of an undecided send, a reload and a replace on a conflict.
 */
import type { Server } from "node:http";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, ApiError } from "../../addin/backend/client.js";
import { freePort, startAzurite, type RunningAzurite } from "../../dev/azurite.js";
import { keyVerifier, signDevToken, type Role } from "../../functions/auth/identity.js";
import { startLocalHost } from "../../functions/localHost.js";
import { setServices } from "../../functions/services.js";
import { openStore, prepareStore } from "../../functions/storage/store.js";
import { putUnits, type Unit } from "../../functions/storage/units.js";

const RUNS = Number(process.env.FAULT_RUNS ?? 4);
const ADDIN_RUNS = 2;
const DISTRICTS = 2;
const UNITS_PER_DISTRICT = 3;
/** Each unit's client stops after this many stored versions, once storage has come back. */
const WRITES = 5;
/** The bound on the totals' catching up once storage is back. */
const SETTLE_MS = 40_000;
const YEAR = 2026;

const key = randomBytes(32);
const dir = mkdtempSync(join(tmpdir(), "xep-loai-faults-"));
let azurite: RunningAzurite;
let ports: { blobPort: number; tablePort: number; queuePort: number };
let server: Server;
let api: string;

const runRoot = (kind: string, run: number) => `${kind}-${run}`;
const unitsOf = (root: string) =>
  Array.from({ length: DISTRICTS * UNITS_PER_DISTRICT }, (_, i) => ({
    id: `${root}-xa-${i}`,
    district: `${root}-huyen-${i % DISTRICTS}`,
  }));

function treeOf(root: string): Unit[] {
  const units = unitsOf(root);
  return [
    { id: root, name: `Tỉnh ${root}`, parentId: null },
    ...Array.from({ length: DISTRICTS }, (_, d) => ({
      id: `${root}-huyen-${d}`,
      name: `Huyện ${d}`,
      parentId: root,
    })),
    ...units.map((u) => ({ id: u.id, name: `Xã ${u.id}`, parentId: u.district })),
  ];
}

const LEVELS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const;
/** The people of a unit's version `version`: 1 to 9 of them, the same in every run and retry. */
function peopleOf(unitId: string, version: number) {
  let seed = [...`${unitId}#${version}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_003, 7);
  const next = () => (seed = (seed * 7_919 + 13) % 1_000_003);
  return Array.from({ length: 1 + (next() % 9) }, (_, i) => {
    const level = LEVELS[next() % LEVELS.length]!;
    return {
      fullName: `Người ${i + 1}`,
      staffType: "CC",
      level,
      ...(level === "KHTNV" ? { reason: "Vi phạm kỷ luật" } : {}),
    };
  });
}
const bodyOf = (unitId: string, version: number) => ({ people: peopleOf(unitId, version) });

const token = (role: Role, unitId: string) =>
  signDevToken(key, { subject: `${role}-${unitId}`, role, unitId });
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  ports = { blobPort: await freePort(), tablePort: await freePort(), queuePort: await freePort() };
  azurite = await startAzurite({ location: dir, ...ports });
  const store = openStore(azurite.connectionString);
  await prepareStore(store);
  const roots = [
    ...Array.from({ length: RUNS }, (_, r) => runRoot("bare", r)),
    ...Array.from({ length: ADDIN_RUNS }, (_, r) => runRoot("addin", r)),
  ];
  await putUnits(store, roots.flatMap(treeOf));
  // Saved on disk before any kill: a SIGKILL must not take the tree with it.
  await azurite.stop();
  azurite = await startAzurite({ location: dir, ...ports });
  setServices({ store, verify: keyVerifier(key), now: () => new Date(), repairAfterMs: 3_000 });
  const port = await freePort();
  server = await startLocalHost(port, { triggers: { queuePollMs: 200, timerEveryMs: 1_000 } });
  api = `http://127.0.0.1:${port}/api`;
}, 120_000);

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await azurite?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Kills storage `after` ms from now with `signal`, and restarts it on the same folder and ports. */
async function fault(signal: "SIGTERM" | "SIGKILL", after: number, down: number): Promise<void> {
  await pause(after);
  await (signal === "SIGTERM" ? azurite.stop() : azurite.crash());
  await pause(down);
  azurite = await startAzurite({ location: dir, ...ports });
}

async function call(
  method: string,
  path: string,
  auth: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  try {
    const res = await fetch(`${api}${path}`, {
      method,
      headers: { authorization: `Bearer ${auth}`, "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(20_000),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  } catch {
    return { status: 0, body: {} };
  }
}

/** The unit's latest stored version as its history says (tables only), retried while storage is away. */
async function latestVersion(unitId: string, deadline: number): Promise<number> {
  const auth = await token("admin", unitId);
  for (;;) {
    const res = await call("GET", `/periods/${YEAR}/units/${unitId}/submission/history`, auth);
    if (res.status === 200) return (res.body.versions as unknown[]).length;
    if (Date.now() > deadline) throw new Error(`history of ${unitId}: ${res.status}`);
    await pause(200);
  }
}

/**
 * After the burst: the sum of every unit's latest version's people, by level, and the time the
 * root's totals took to equal it (or the difference left at the bound).
 */
async function totalsCatchUp(
  root: string,
): Promise<{ expected: Record<string, number>; got: unknown; ms: number }> {
  const start = Date.now();
  const expected: Record<string, number> = { people: 0, HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
  for (const { id } of unitsOf(root)) {
    const v = await latestVersion(id, start + SETTLE_MS);
    for (const p of v > 0 ? peopleOf(id, v) : []) {
      expected.people!++;
      expected[p.level]!++;
    }
  }
  const auth = await token("reviewer", root);
  let got: unknown;
  while (Date.now() - start < SETTLE_MS) {
    const res = await call("GET", `/periods/${YEAR}/units/${root}/consolidated`, auth);
    if (res.status === 200) {
      const total = res.body.total as { people: number; byLevel: Record<string, number> };
      got = { people: total.people, ...total.byLevel, settling: res.body.settling };
      if (LEVELS.every((l) => total.byLevel[l] === expected[l]) && total.people === expected.people)
        return { expected, got, ms: Date.now() - start };
    }
    await pause(250);
  }
  return { expected, got, ms: Date.now() - start };
}

describe("storage killed during a burst of replacements without Idempotency-Keys", () => {
  for (let run = 0; run < RUNS; run++) {
    const signal = run % 2 === 0 ? "SIGTERM" : "SIGKILL";
    it(`run ${run + 1} of ${RUNS} (${signal}): the root's totals equal the units' latest versions`, async () => {
      const root = runRoot("bare", run);
      let restored = false;
      const crash = fault(signal, 500 + Math.random() * 1_500, 200 + Math.random() * 800).then(() => {
        restored = true;
      });
      const deadline = Date.now() + 60_000;
      let storedBut5xx = 0;
      // Half the units stop at their first failed send: their last version may be the one the
      // fault cut off between its storing and its roll-up, and nobody sends for them again.
      await Promise.all(
        unitsOf(root).map(async ({ id }, index) => {
          const auth = await token("clerk", id);
          let known = 0;
          let stored = 0;
          while ((stored < WRITES || !restored) && Date.now() < deadline) {
            const ifMatch: Record<string, string> = known > 0 ? { "if-match": `"${known}"` } : {};
            const path = `/periods/${YEAR}/units/${id}/submission`;
            const res = await call("PUT", path, auth, bodyOf(id, known + 1), ifMatch);
            if (res.status === 200 || res.status === 201) {
              known = res.body.version as number;
              stored++;
              continue;
            }
            if (res.status === 0 || res.status >= 500) await pause(150);
            const latest = await latestVersion(id, deadline);
            if ((res.status === 0 || res.status >= 500) && latest > known) storedBut5xx++;
            known = latest;
            if (index % 2 === 0) return;
          }
        }),
      );
      await crash;
      const { expected, got, ms } = await totalsCatchUp(root);
      console.log(
        `fault run ${run + 1} (${signal}): ${expected.people} people expected, caught up in ${ms} ms; ${storedBut5xx} answers 5xx or none for a version stored`,
      );
      expect(got).toMatchObject(expected);
    }, 180_000);
  }
});

/** As the task pane's SubmitTab judges an error: no answer, or one that says to try again. */
const undecided = (error: unknown) =>
  !(error instanceof ApiError) || error.status === 0 || error.status === 429 || error.status >= 500;

// SIGTERM only: after a SIGKILL Azurite may keep a version's row but not its blob's (it saves its
// table and blob data apart, every 5 s), and the reload after a conflict reads the blob.
describe("storage stopped during a burst sent by the add-in's client, with its retries", () => {
  for (let run = 0; run < ADDIN_RUNS; run++)
    it(`run ${run + 1} of ${ADDIN_RUNS} (SIGTERM): the root's totals equal the units' latest versions`, async () => {
      const root = runRoot("addin", run);
      let restored = false;
      const crash = fault("SIGTERM", 500 + Math.random() * 1_500, 200 + Math.random() * 800).then(() => {
        restored = true;
      });
      const deadline = Date.now() + 60_000;
      await Promise.all(
        unitsOf(root).map(async ({ id }) => {
          const client = new ApiClient({ baseUrl: api, getToken: () => token("clerk", id), lang: "vi" });
          const next = (version: number, etag?: string) => ({
            key: randomUUID(),
            body: bodyOf(id, version + 1),
            ...(etag ? { ifMatch: etag } : {}),
          });
          let pending = next(0);
          let stored = 0;
          while ((stored < WRITES || !restored) && Date.now() < deadline) {
            try {
              const receipt = await client.putSubmission(YEAR, id, pending.body as never, {
                idempotencyKey: pending.key,
                ...(pending.ifMatch ? { ifMatch: pending.ifMatch } : {}),
              });
              stored++;
              pending = next(receipt.version, receipt.etag);
            } catch (error) {
              if (undecided(error)) {
                // The same send again, with its key: applied once whatever happened to the first.
                await pause(150);
                continue;
              }
              if (!(error instanceof ApiError && error.conflict)) throw error;
              // The clerk reloads and replaces.
              const latest = await client.getSubmission(YEAR, id).catch(() => null);
              if (latest !== null) pending = next(latest?.version ?? 0, latest?.etag);
              else await pause(150);
            }
          }
        }),
      );
      await crash;
      const { expected, got, ms } = await totalsCatchUp(root);
      console.log(`add-in fault run ${run + 1}: ${expected.people} people expected, caught up in ${ms} ms`);
      expect(got).toMatchObject(expected);
    }, 180_000);
});
