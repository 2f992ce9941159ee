/**
 * A storage that hangs (Azurite frozen with SIGSTOP: its ports accept connections and never
 * answer): health, reads and writes answer 503 with Retry-After within seconds, and everything
 * works again once it goes on (SIGCONT).
 */
import type { Server } from "node:http";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startAzurite, type RunningAzurite } from "../../dev/azurite.js";
import { keyVerifier, signDevToken } from "../../functions/auth/identity.js";
import { startLocalHost } from "../../functions/localHost.js";
import { setServices } from "../../functions/services.js";
import { openStore, prepareStore } from "../../functions/storage/store.js";
import { putUnits } from "../../functions/storage/units.js";

const key = randomBytes(32);
let azurite: RunningAzurite;
let server: Server;
let base: string;

beforeAll(async () => {
  azurite = await startAzurite();
  const store = openStore(azurite.connectionString);
  await prepareStore(store);
  await putUnits(store, [
    { id: "tinh", name: "UBND tỉnh", parentId: null },
    { id: "snv", name: "Sở Nội vụ", parentId: "tinh" },
  ]);
  setServices({ store, verify: keyVerifier(key), now: () => new Date("2026-11-20T08:00:00Z") });
  const port = await freePort();
  server = await startLocalHost(port);
  base = `http://127.0.0.1:${port}/api`;
}, 60_000);

afterAll(async () => {
  azurite?.thaw();
  await new Promise((r) => server?.close(r));
  await azurite?.stop();
});

async function timed(path: string, init: RequestInit = {}) {
  const started = Date.now();
  const res = await fetch(`${base}${path}`, init);
  await res.text();
  return { status: res.status, retryAfter: res.headers.get("retry-after"), ms: Date.now() - started };
}

describe("a storage that hangs", () => {
  it("gives 503 with Retry-After within seconds on health, reads and writes, and 200 again once it answers", async () => {
    const clerk = await signDevToken(key, { subject: "thu-ky", role: "clerk", unitId: "snv" });
    const reviewer = await signDevToken(key, { subject: "lanh-dao", role: "reviewer", unitId: "tinh" });
    expect((await timed("/health")).status).toBe(200);
    azurite.freeze();
    try {
      const answers = await Promise.all([
        timed("/health"),
        timed("/periods/2026/units/tinh/consolidated", { headers: { authorization: `Bearer ${reviewer}` } }),
        timed("/periods/2026/units/snv/submission", {
          method: "PUT",
          headers: { authorization: `Bearer ${clerk}`, "content-type": "application/json" },
          body: JSON.stringify({ people: [{ fullName: "Nguyễn Văn An", staffType: "CC", level: "HTTNV" }] }),
        }),
      ]);
      for (const answer of answers) {
        expect(answer.status).toBe(503);
        expect(answer.retryAfter).toBe("5");
        expect(answer.ms).toBeLessThan(8_000);
      }
    } finally {
      azurite.thaw();
    }
    expect((await timed("/health")).status).toBe(200);
  }, 60_000);
});
