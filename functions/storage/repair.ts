import { rollUp } from "./rollups.js";
import { settleMovedSince } from "./settle.js";
import { storageCall, type Store } from "./store.js";
import { readLatestCounts } from "./submissions.js";
import type { UnitTree } from "./units.js";

/**
 * Rolls up again every unit's latest version of a year, from the stored versions (the truth): a
 * roll-up left half-done by a fault, or totals laid out by an older version of the app, come to
 * equal the versions. Each step is idempotent, so running it while units submit, or twice, is safe.
 */
export async function repairRollups(store: Store, tree: UnitTree, year: number): Promise<number> {
  const latest: string[] = [];
  await storageCall(async () => {
    for await (const e of store.submissions.listEntities<{ partitionKey: string }>({
      queryOptions: {
        filter: `PartitionKey ge '${year}|' and PartitionKey lt '${year}}' and RowKey eq 'latest'`,
        select: ["PartitionKey"],
      },
    }))
      latest.push(e.partitionKey.slice(String(year).length + 1));
  });
  let repaired = 0;
  for (const unitId of latest) {
    if (!tree.units.has(unitId)) continue;
    const latest = await readLatestCounts(store, year, unitId);
    if (!latest) continue;
    await rollUp(store, tree, year, unitId, latest);
    await settleMovedSince(store, tree, unitId);
    repaired++;
  }
  return repaired;
}
