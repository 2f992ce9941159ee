import { createHash } from "node:crypto";
import { RequestProblem } from "../http/problem.js";
import { statusOf, storageCall, type Store } from "./store.js";

type KeyEntity = {
  partitionKey: string;
  rowKey: string;
  version?: number;
  status?: number;
};

const partition = (year: number, unitId: string) => `${year}|${unitId}`;
/** Keys are the client's own text: hashed, so any text makes a valid row key. */
const row = (key: string) => createHash("sha256").update(key).digest("hex");

/**
 * The first answer given for this `Idempotency-Key`, or undefined after reserving the key for this
 * request. A key whose first request is still running answers 409.
 */
export async function replayOrReserve(
  store: Store,
  year: number,
  unitId: string,
  key: string,
): Promise<{ status: number; version: number } | undefined> {
  return storageCall(async () => {
    try {
      await store.idempotency.createEntity<KeyEntity>({
        partitionKey: partition(year, unitId),
        rowKey: row(key),
      });
      return undefined;
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
    }
    const e = await store.idempotency.getEntity<KeyEntity>(partition(year, unitId), row(key));
    if (e.version === undefined || e.status === undefined)
      throw new RequestProblem(409, {
        vi: "Yêu cầu cùng Idempotency-Key đang được xử lý; hãy thử lại sau ít giây.",
        en: "A request with this Idempotency-Key is still being processed; try again in a few seconds.",
      });
    return { status: e.status, version: e.version };
  });
}

/** Records the version a key's request wrote: from then on the key replays it. */
export async function rememberAnswer(
  store: Store,
  year: number,
  unitId: string,
  key: string,
  answer: { status: number; version: number },
): Promise<void> {
  await storageCall(() =>
    store.idempotency.upsertEntity<KeyEntity>(
      { partitionKey: partition(year, unitId), rowKey: row(key), ...answer },
      "Replace",
    ),
  );
}

/** Frees a key whose request wrote nothing, so that the client may send it again. */
export async function forgetKey(store: Store, year: number, unitId: string, key: string): Promise<void> {
  try {
    await store.idempotency.deleteEntity(partition(year, unitId), row(key));
  } catch {
    // Storage is down: the key stays reserved and answers 409 until the client uses a new key.
  }
}
