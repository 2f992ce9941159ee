import { RestError, TableClient, type TableServiceClientOptions } from "@azure/data-tables";
import { BlobServiceClient, type ContainerClient } from "@azure/storage-blob";
import { QueueClient } from "@azure/storage-queue";
import { ServiceUnavailable } from "../http/problem.js";

/** The tables, the blob container and the queue the back end keeps, all in one storage account. */
export interface Store {
  units: TableClient;
  submissions: TableClient;
  rollups: TableClient;
  people: ContainerClient;
  /** Roll-ups to complete (outbox.ts): drained by the queue-triggered function. */
  rollupQueue: QueueClient;
  /** Where a roll-up message goes after its last try (`<queue>-poison`, as the Functions host names it). */
  rollupPoisonQueue: QueueClient;
}

/** The queue's name, which the queue trigger names too. */
export const ROLLUP_QUEUE = "rollups";

const TABLES = ["units", "submissions", "rollups"] as const;

/** Azurite's well-known development account, on the ports our scripts start it with. */
export function azuriteConnectionString(blobPort: number, tablePort: number, queuePort: number): string {
  return [
    "DefaultEndpointsProtocol=http",
    "AccountName=devstoreaccount1",
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    `BlobEndpoint=http://127.0.0.1:${blobPort}/devstoreaccount1`,
    `TableEndpoint=http://127.0.0.1:${tablePort}/devstoreaccount1`,
    `QueueEndpoint=http://127.0.0.1:${queuePort}/devstoreaccount1`,
  ].join(";");
}

/**
 * Deadlines, so that a storage that hangs is answered with 503 in seconds rather than after the
 * SDK's defaults (no timeout per try, retries for minutes): a table call, its retries included, has
 * TABLE_DEADLINE_MS; each try TRY_TIMEOUT_MS. Blob calls move people (up to 4 MB), so they get more.
 * A queue call carries a small message: the table's bounds.
 */
export const TABLE_DEADLINE_MS = 4_000;
const TRY_TIMEOUT_MS = 2_500;
export const BLOB_DEADLINE_MS = 8_000;

type PipelinePolicy = NonNullable<TableServiceClientOptions["additionalPolicies"]>[number]["policy"];

/** The signal a blob call is given: it aborts the call, retries included, at its deadline. */
export const blobDeadline = () => AbortSignal.timeout(BLOB_DEADLINE_MS);
/** The signal a queue call is given. */
export const queueDeadline = () => AbortSignal.timeout(TABLE_DEADLINE_MS);

/**
 * Gives every table call a deadline over all its tries (a per-call policy runs before the retry
 * policy) and every try a timeout, without each call site having to pass a signal.
 */
const tableDeadline: PipelinePolicy = {
  name: "xepLoaiDeadline",
  sendRequest: (request, next) => {
    const deadline = AbortSignal.timeout(TABLE_DEADLINE_MS);
    request.abortSignal = request.abortSignal
      ? AbortSignal.any([request.abortSignal as AbortSignal, deadline])
      : deadline;
    return next(request);
  },
};
const tryTimeout: PipelinePolicy = {
  name: "xepLoaiTryTimeout",
  sendRequest: (request, next) => {
    request.timeout = TRY_TIMEOUT_MS;
    return next(request);
  },
};

/** Opens the store on a connection string: a real account in production, Azurite locally. */
export function openStore(connectionString: string, prefix = ""): Store {
  const insecure = /DefaultEndpointsProtocol=http;/.test(connectionString);
  const options = {
    allowInsecureConnection: insecure,
    // Two retries of a failed try (5xx, reset connection), short waits: they must fit the deadline.
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 800 },
    additionalPolicies: [
      { policy: tableDeadline, position: "perCall" as const },
      { policy: tryTimeout, position: "perRetry" as const },
    ],
  };
  const table = (name: string) =>
    TableClient.fromConnectionString(connectionString, `${prefix}${name}`, options);
  const queue = (name: string) =>
    new QueueClient(connectionString, `${prefix}${name}`.toLowerCase(), {
      retryOptions: {
        maxTries: 3,
        tryTimeoutInMs: TRY_TIMEOUT_MS,
        retryDelayInMs: 200,
        maxRetryDelayInMs: 800,
      },
    });
  const blobs = BlobServiceClient.fromConnectionString(connectionString, {
    retryOptions: { maxTries: 2, tryTimeoutInMs: 4_000, retryDelayInMs: 200, maxRetryDelayInMs: 800 },
  });
  return {
    units: table("units"),
    submissions: table("submissions"),
    rollups: table("rollups"),
    people: blobs.getContainerClient(`${prefix}people`.toLowerCase()),
    rollupQueue: queue(ROLLUP_QUEUE),
    rollupPoisonQueue: queue(`${ROLLUP_QUEUE}-poison`),
  };
}

/** Creates what does not exist yet; safe to call at every start. */
export async function prepareStore(store: Store): Promise<void> {
  await storageCall(async () => {
    await Promise.all(TABLES.map((t) => store[t].createTable()));
    await store.people.createIfNotExists({ abortSignal: blobDeadline() });
    await store.rollupQueue.createIfNotExists({ abortSignal: queueDeadline() });
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
    // A call past its deadline ends with an AbortError, which is not a RestError.
    const aborted = error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
    if (aborted || (error instanceof RestError && (status === undefined || status >= 500)))
      throw new ServiceUnavailable("storage");
    throw error;
  }
}
