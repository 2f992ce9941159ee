import { RestError, TableClient } from "@azure/data-tables";
import { BlobServiceClient, type ContainerClient } from "@azure/storage-blob";
import { ServiceUnavailable } from "../http/problem.js";

/** The tables and the blob container the back end keeps, all in one storage account. */
export interface Store {
  units: TableClient;
  submissions: TableClient;
  rollups: TableClient;
  people: ContainerClient;
}

const TABLES = ["units", "submissions", "rollups"] as const;

/** Azurite's well-known development account, on the ports our scripts start it with. */
export function azuriteConnectionString(blobPort: number, tablePort: number): string {
  return [
    "DefaultEndpointsProtocol=http",
    "AccountName=devstoreaccount1",
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    `BlobEndpoint=http://127.0.0.1:${blobPort}/devstoreaccount1`,
    `TableEndpoint=http://127.0.0.1:${tablePort}/devstoreaccount1`,
  ].join(";");
}

/** Opens the store on a connection string: a real account in production, Azurite locally. */
export function openStore(connectionString: string, prefix = ""): Store {
  const insecure = /DefaultEndpointsProtocol=http;/.test(connectionString);
  const options = {
    allowInsecureConnection: insecure,
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 },
  };
  const table = (name: string) =>
    TableClient.fromConnectionString(connectionString, `${prefix}${name}`, options);
  const blobs = BlobServiceClient.fromConnectionString(connectionString, {
    retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1000 },
  });
  return {
    units: table("units"),
    submissions: table("submissions"),
    rollups: table("rollups"),
    people: blobs.getContainerClient(`${prefix}people`.toLowerCase()),
  };
}

/** Creates what does not exist yet; safe to call at every start. */
export async function prepareStore(store: Store): Promise<void> {
  await storageCall(async () => {
    await Promise.all(TABLES.map((t) => store[t].createTable()));
    await store.people.createIfNotExists();
  });
}

/** Whether storage answers at all: for `/api/health`. */
export async function storeAnswers(store: Store): Promise<boolean> {
  try {
    await storageCall(() => store.units.getAccessPolicy());
    return true;
  } catch {
    return false;
  }
}

/** The status of a storage error, or undefined when storage could not be reached. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof RestError ? error.statusCode : undefined;
}

/**
 * Runs a storage call; when storage cannot be reached (no status: refused, reset, timed out) or is
 * busy (5xx), that becomes ServiceUnavailable, which the caller answers with 503 and Retry-After.
 */
export async function storageCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = statusOf(error);
    if (error instanceof RestError && (status === undefined || status >= 500))
      throw new ServiceUnavailable("storage");
    throw error;
  }
}
