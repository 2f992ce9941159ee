/**
 * The back end as the task pane meets it, for tests: a real Azurite (in memory), the local host on
 * loopback serving the registered handlers, development tokens, and the agency tree given. The
 * test that starts it stops it.
 */
import { randomBytes } from "node:crypto";
import { freePort, startAzurite } from "../../dev/azurite.js";
import { keyVerifier, signDevToken, type Role } from "../../functions/auth/identity.js";
import { startLocalHost } from "../../functions/localHost.js";
import type { TriggerOptions } from "../../functions/localTriggers.js";
import { setServices } from "../../functions/services.js";
import {
  azuriteConnectionString,
  openStore,
  prepareStore,
  type Store,
} from "../../functions/storage/store.js";
import { putUnits, type Unit } from "../../functions/storage/units.js";

export interface LocalBackEnd {
  /** The API root: `http://127.0.0.1:<port>/api`. */
  api: string;
  token(role: Role, unitId: string): Promise<string>;
  /** PUTs a submission of these people for 2026 as the unit's clerk; gives the status. */
  submit(unitId: string, people: unknown[]): Promise<number>;
  /** The store the handlers use, for tests that look at or write storage directly. */
  store: Store;
  stop(): Promise<void>;
}

export async function startBackEnd(
  units: Unit[],
  options: {
    corsOrigins?: string[];
    now?: () => Date;
    triggers?: TriggerOptions;
    repairAfterMs?: number;
    /** The port the back end reaches the tables on, given Azurite's: a fault proxy's, for fault tests. */
    tablesThrough?: (tablePort: number) => Promise<number>;
  } = {},
): Promise<LocalBackEnd> {
  const azurite = await startAzurite();
  try {
    const tablePort = options.tablesThrough
      ? await options.tablesThrough(azurite.tablePort)
      : azurite.tablePort;
    const store = openStore(azuriteConnectionString(azurite.blobPort, tablePort, azurite.queuePort));
    await prepareStore(store);
    await putUnits(store, units);
    const key = randomBytes(32);
    setServices({
      store,
      verify: keyVerifier(key),
      devKey: key,
      now: options.now ?? (() => new Date()),
      ...(options.repairAfterMs !== undefined ? { repairAfterMs: options.repairAfterMs } : {}),
    });
    const port = await freePort();
    const api = `http://127.0.0.1:${port}/api`;
    const token = (role: Role, unitId: string) =>
      signDevToken(key, { subject: `user-${role}-${unitId}`, role, unitId });
    const server = await startLocalHost(port, {
      corsOrigins: options.corsOrigins ?? [],
      ...(options.triggers ? { triggers: options.triggers } : {}),
    });
    return {
      api,
      store,
      token,
      submit: async (unitId, people) => {
        const res = await fetch(`${api}/periods/2026/units/${unitId}/submission`, {
          method: "PUT",
          headers: {
            authorization: `Bearer ${await token("clerk", unitId)}`,
            "content-type": "application/json",
          },
          body: JSON.stringify({ people }),
        });
        await res.body?.cancel();
        return res.status;
      },
      stop: async () => {
        await new Promise((r) => server.close(r));
        await azurite.stop();
      },
    };
  } catch (error) {
    await azurite.stop();
    throw error;
  }
}

/** The smallest tree: a province and one office under it. */
export const PROVINCE_AND_OFFICE: Unit[] = [
  { id: "tinh", name: "UBND tỉnh", parentId: null },
  { id: "snv", name: "Sở Nội vụ", parentId: "tinh" },
];

/** Two offices under the province, and a room under the first. */
export const PROVINCE_TWO_OFFICES: Unit[] = [
  ...PROVINCE_AND_OFFICE,
  { id: "stc", name: "Sở Tài chính", parentId: "tinh" },
  { id: "snv-p1", name: "Phòng 1", parentId: "snv" },
];

/** `n` công chức rated HTTNV, as a submission lists them. */
export const civilServants = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    fullName: `Người ${i}`,
    staffType: "CC" as const,
    level: "HTTNV" as const,
  }));
