/**
 * Storage stopping and coming back: a submission whose version is stored answers 201 even when the
 * roll-up cannot be written, and the totals catch up by themselves once storage returns (the
 * outbox and its queue); a retry with its Idempotency-Key is applied once; health says 503 while
 * the main storage is stopped.
 */
import type { Server } from "node:http";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startAzurite, type RunningAzurite } from "../../dev/azurite.js";
import { keyVerifier, signDevToken } from "../../functions/auth/identity.js";
import { startLocalHost } from "../../functions/localHost.js";
import { setServices } from "../../functions/services.js";
import { openStore, prepareStore } from "../../functions/storage/store.js";
import { putUnits } from "../../functions/storage/units.js";

const key = randomBytes(32);
const dir = mkdtempSync(join(tmpdir(), "xep-loai-outage-"));
let main: RunningAzurite;
/** A second emulator holds the roll-ups, so that it can stop while the main one keeps the versions. */
let rollups: RunningAzurite;
let rollupPorts: { blobPort: number; tablePort: number };
let server: Server;
let base: string;

const startRollups = () => startAzurite({ location: join(dir, "rollups"), ...rollupPorts });

beforeAll(async () => {
  main = await startAzurite({ location: join(dir, "main") });
  rollupPorts = { blobPort: await freePort(), tablePort: await freePort() };
  rollups = await startRollups();
  const store = { ...openStore(main.connectionString), rollups: openStore(rollups.connectionString).rollups };
  await prepareStore(store);
  await putUnits(store, [
    { id: "tinh", name: "UBND tỉnh", parentId: null },
    { id: "snv", name: "Sở Nội vụ", parentId: "tinh" },
  ]);
  setServices({ store, verify: keyVerifier(key), now: () => new Date("2026-11-20T08:00:00Z") });
  const port = await freePort();
  server = await startLocalHost(port, { triggers: { queuePollMs: 200 } });
  base = `http://127.0.0.1:${port}/api`;
}, 60_000);

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await Promise.all([main?.stop(), rollups?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

async function put(body: unknown, headers: Record<string, string>) {
  const token = await signDevToken(key, { subject: "thu-ky", role: "clerk", unitId: "snv" });
  const res = await fetch(`${base}/periods/2026/units/snv/submission`, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get("retry-after"),
    body: (await res.json()) as Record<string, unknown>,
  };
}

async function get(path: string) {
  const token = await signDevToken(key, { subject: "lanh-dao", role: "reviewer", unitId: "tinh" });
  const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("storage stopping in the middle of a submission", () => {
  const body = {
    people: [
      { fullName: "Nguyễn Văn An", staffType: "CC", level: "HTTNV" },
      { fullName: "Trần Thị Bình", staffType: "CC", level: "HTNV" },
    ],
  };

  it("answers 201 once the version is stored, though the roll-up cannot be written", async () => {
    await rollups.stop();
    const res = await put(body, { "idempotency-key": "gui-lan-1" });
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(1);
    // The totals cannot be read while their storage is stopped: 503, a message, no stack trace.
    const consolidated = await get("/periods/2026/units/tinh/consolidated");
    expect(consolidated.status).toBe(503);
    expect(consolidated.body.error).toContain("thử lại");
    expect(JSON.stringify(consolidated.body)).not.toMatch(/ at |AccountKey|Error/);
  }, 60_000);

  it("brings the totals up to date by itself once storage returns, and a retry changes nothing", async () => {
    rollups = await startRollups();
    // The queue's message (sent with the version) does it: no client acts. Bounded wait.
    const deadline = Date.now() + 30_000;
    let consolidated = await get("/periods/2026/units/tinh/consolidated");
    while ((consolidated.status !== 200 || consolidated.body.settling) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      consolidated = await get("/periods/2026/units/tinh/consolidated");
    }
    expect(consolidated.body).toMatchObject({
      settling: false,
      total: { people: 2, byLevel: { HTTNV: 1, HTNV: 1 } },
    });
    const res = await put(body, { "idempotency-key": "gui-lan-1" });
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(1);
    const history = await get("/periods/2026/units/snv/submission/history");
    expect((history.body.versions as unknown[]).length).toBe(1);
    expect((await get("/periods/2026/units/tinh/consolidated")).body.total).toMatchObject({ people: 2 });
  }, 60_000);

  it("answers health with 503 while the main storage is stopped, and ok when it is back", async () => {
    await main.stop();
    const down = await fetch(`${base}/health`);
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    main = await startAzurite({
      location: join(dir, "main"),
      blobPort: main.blobPort,
      tablePort: main.tablePort,
    });
    expect((await fetch(`${base}/health`)).status).toBe(200);
  }, 60_000);
});
