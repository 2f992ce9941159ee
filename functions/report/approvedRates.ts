import { statusOf, storageCall, type Store } from "../storage/store.js";

/**
 * The higher HTXSNV rates granted to units for a year by the competent authority (RULES.md §5: ND48,
 * ND335), one row per unit in the partition `rates|<year>` of the units table, beside the tree's
 * `unit` partition: a year's rates are one query.
 */
type RateEntity = { partitionKey: string; rowKey: string; rate: number };

const partition = (year: number) => `rates|${year}`;

/** Every approved rate of the year, by unit id. */
export async function readApprovedRates(store: Store, year: number): Promise<Map<string, number>> {
  return storageCall(async () => {
    const rates = new Map<string, number>();
    for await (const e of store.units.listEntities<RateEntity>({
      queryOptions: { filter: `PartitionKey eq '${partition(year)}'` },
    }))
      rates.set(e.rowKey, e.rate);
    return rates;
  });
}

/** Grants `rate` to the unit for the year, or withdraws its rate (`null`). */
export async function writeApprovedRate(
  store: Store,
  year: number,
  unitId: string,
  rate: number | null,
): Promise<void> {
  await storageCall(async () => {
    if (rate !== null) {
      await store.units.upsertEntity<RateEntity>(
        { partitionKey: partition(year), rowKey: unitId, rate },
        "Replace",
      );
      return;
    }
    try {
      await store.units.deleteEntity(partition(year), unitId);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  });
}
