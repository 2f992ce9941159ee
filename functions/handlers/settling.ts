import type { Settling } from "../http/answers.js";
import { settlingUnits } from "../storage/settle.js";
import type { Store } from "../storage/store.js";
import type { UnitTree } from "../storage/units.js";

const LISTED = 100;

/** The `settling` fields of a read of a unit's subtree. */
export async function settlingOf(
  store: Store,
  tree: UnitTree,
  year: number,
  unitId: string,
): Promise<Settling> {
  const units = await settlingUnits(store, tree, year, unitId);
  if (units.length === 0) return { settling: false };
  return { settling: true, settlingCount: units.length, settlingUnits: units.slice(0, LISTED) };
}
