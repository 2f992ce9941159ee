import type { TransactionAction } from "@azure/data-tables";
import { statusOf, storageCall, type Store } from "./store.js";

/** The units table's one partition: the units, the tree's claim row, and the moves below. */
export const TREE_PARTITION = "unit";

/**
 * The outbox of tree changes: a unit given another parent, whose totals must leave the old
 * parent's chain and join the new one's. Written in the transaction that writes the unit's new
 * parent, removed once both chains are recomputed (settle.ts). Unit ids start with a letter or
 * digit, so these rows sort after every unit.
 */
const MOVE = "~move|";
const moveRow = (unitId: string) => `${MOVE}${unitId}`;

type MoveEntity = { partitionKey: string; rowKey: string; from: string; since: string };

export interface Move {
  unitId: string;
  /** The parent it left last (a hint for reads: the recompute looks for every parent holding it). */
  from: string;
  since: string;
}

/** The move's row, for the transaction that gives the unit its new parent (machine time, as outbox.ts). */
export function moveAction(unitId: string, from: string | null): TransactionAction {
  const entity: MoveEntity = {
    partitionKey: TREE_PARTITION,
    rowKey: moveRow(unitId),
    from: from ?? "",
    since: new Date().toISOString(),
  };
  return ["upsert", entity, "Merge"];
}

export async function readMove(store: Store, unitId: string): Promise<(Move & { etag: string }) | undefined> {
  return storageCall(async () => {
    try {
      const e = await store.units.getEntity<MoveEntity>(TREE_PARTITION, moveRow(unitId));
      return { unitId, from: e.from, since: e.since, etag: e.etag };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  });
}

/** Removes the row as it was read: a unit moved again meanwhile keeps it. */
export async function clearMove(store: Store, unitId: string, etag: string): Promise<void> {
  await storageCall(async () => {
    try {
      await store.units.deleteEntity(TREE_PARTITION, moveRow(unitId), { etag });
    } catch (error) {
      const status = statusOf(error);
      if (status !== 404 && status !== 412) throw error;
    }
  });
}

/** The moves not yet recomputed, optionally only those waiting since before `before`. */
export async function listMoves(store: Store, before?: Date): Promise<Move[]> {
  const filters = [`PartitionKey eq '${TREE_PARTITION}'`, `RowKey ge '${MOVE}'`, `RowKey lt '~move}'`];
  if (before) filters.push(`since lt '${before.toISOString()}'`);
  return storageCall(async () => {
    const out: Move[] = [];
    for await (const e of store.units.listEntities<MoveEntity>({
      queryOptions: { filter: filters.join(" and ") },
    }))
      out.push({ unitId: e.rowKey.slice(MOVE.length), from: e.from, since: e.since });
    return out;
  });
}
