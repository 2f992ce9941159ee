import type { TransactionAction } from "@azure/data-tables";
import { fromPeriodPartition, periodPartition } from "./keys.js";
import { statusOf, storageCall, type Store } from "./store.js";

/**
 * The outbox: a unit's roll-up still to be done. Its row is written in the transaction that writes
 * the version (same table, same partition), so no version is ever stored without it; it is removed
 * only once a roll-up at least as new as it has reached every ancestor (settle.ts).
 */
const PENDING = "rollup-pending";

type PendingEntity = { partitionKey: string; rowKey: string; version: number; since: string };

export interface Pending {
  year: number;
  unitId: string;
  version: number;
  since: string;
}

/**
 * The outbox row for a new version, for the version's transaction. Its time is the machine's, not
 * the services' clock (which tests may fix): the timer's repair compares it with its own.
 */
export function pendingAction(year: number, unitId: string, version: number): TransactionAction {
  const entity: PendingEntity = {
    partitionKey: periodPartition(year, unitId),
    rowKey: PENDING,
    version,
    since: new Date().toISOString(),
  };
  return ["upsert", entity, "Replace"];
}

export async function readPending(
  store: Store,
  year: number,
  unitId: string,
): Promise<(Pending & { etag: string }) | undefined> {
  return storageCall(async () => {
    try {
      const e = await store.submissions.getEntity<PendingEntity>(periodPartition(year, unitId), PENDING);
      return { year, unitId, version: e.version, since: e.since, etag: e.etag };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  });
}

/** Removes the row as it was read: a newer version written since has replaced it, and keeps it. */
export async function clearPending(store: Store, year: number, unitId: string, etag: string): Promise<void> {
  await storageCall(async () => {
    try {
      await store.submissions.deleteEntity(periodPartition(year, unitId), PENDING, { etag });
    } catch (error) {
      const status = statusOf(error);
      if (status !== 404 && status !== 412) throw error;
    }
  });
}

/**
 * The roll-ups pending, of one year or of all, optionally only those waiting since before `before`:
 * a scan of the table for rows that exist only while a roll-up is under way, so normally few.
 */
export async function listPending(
  store: Store,
  options: { year?: number; before?: Date },
): Promise<Pending[]> {
  const filters = [`RowKey eq '${PENDING}'`];
  if (options.year !== undefined)
    filters.push(`PartitionKey ge '${options.year}|'`, `PartitionKey lt '${options.year}}'`);
  if (options.before) filters.push(`since lt '${options.before.toISOString()}'`);
  return storageCall(async () => {
    const out: Pending[] = [];
    for await (const e of store.submissions.listEntities<PendingEntity>({
      queryOptions: { filter: filters.join(" and ") },
    }))
      out.push({ ...fromPeriodPartition(e.partitionKey), version: e.version, since: e.since });
    return out;
  });
}
