import { entraVerifier, type Verifier } from "./auth/identity.js";
import { openStore, prepareStore, type Store } from "./storage/store.js";

/** What the handlers use: set by the local host and the tests, or read from the app settings in Azure. */
export interface Services {
  store: Store;
  verify: Verifier;
  /** The development signing key: only when development mode is on, which adds `POST /api/dev/token`. */
  devKey?: Uint8Array;
  now(): Date;
  /** How long a roll-up may stay pending before the timer completes it (REPAIR_AFTER_MS unless set). */
  repairAfterMs?: number;
}

let current: Promise<Services> | undefined;

export function setServices(services: Services): void {
  current = Promise.resolve(services);
}

/** In Azure: storage from `STORAGE_CONNECTION_STRING` (or the app's own storage), tokens from Entra ID. */
async function fromEnvironment(): Promise<Services> {
  const connection = process.env.STORAGE_CONNECTION_STRING ?? process.env.AzureWebJobsStorage;
  const tenant = process.env.ENTRA_TENANT_ID;
  const audience = process.env.ENTRA_AUDIENCE;
  if (!connection || !tenant || !audience)
    throw new Error("Missing app settings: STORAGE_CONNECTION_STRING, ENTRA_TENANT_ID, ENTRA_AUDIENCE");
  const store = openStore(connection);
  await prepareStore(store);
  return {
    store,
    verify: entraVerifier(tenant, audience, process.env.ENTRA_AUTHORITY, process.env.ENTRA_SCOPE),
    now: () => new Date(),
  };
}

export function services(): Promise<Services> {
  // A start that failed (storage down at a cold start) is tried again on the next request.
  current ??= fromEnvironment().catch((error: unknown) => {
    current = undefined;
    throw error;
  });
  return current;
}
