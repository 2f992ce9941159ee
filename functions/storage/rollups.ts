import { emptySummary, sumSummaries, type UnitSummary } from "../../shared/summary/index.js";
import { statusOf, storageCall, type Store } from "./store.js";
import type { UnitTree } from "./units.js";

/** A unit's own latest submission and its whole subtree, as counts (the lists stay with the versions). */
export interface Rollup {
  total: UnitSummary;
  own?: { summary: UnitSummary; version: number; submittedAt: string };
}

type RollupEntity = {
  partitionKey: string;
  rowKey: string;
  total: string;
  own?: string;
};

const MAX_ATTEMPTS = 20;

/** The counts of a summary without its name lists: what a roll-up adds up. */
export function countsOnly(summary: UnitSummary): UnitSummary {
  return { ...summary, excellent: [], failed: [], notRated: [] };
}

function parse(e: RollupEntity): Rollup {
  return {
    total: JSON.parse(e.total) as UnitSummary,
    ...(e.own ? { own: JSON.parse(e.own) as Rollup["own"] } : {}),
  };
}

async function readEntity(store: Store, year: number, unitId: string) {
  try {
    return await store.rollups.getEntity<RollupEntity>(String(year), unitId);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

export async function readRollup(store: Store, year: number, unitId: string): Promise<Rollup | undefined> {
  return storageCall(async () => {
    const e = await readEntity(store, year, unitId);
    return e && parse(e);
  });
}

/**
 * Records a unit's new submission and works the totals out again up the tree: each ancestor's total
 * is its own submission plus its children's totals, one read per child. Each write is conditional
 * on the ETag read before the children were read, and is retried when a sibling wrote first, so
 * submissions arriving at the same moment are all counted, each once.
 */
export async function rollUp(
  store: Store,
  tree: UnitTree,
  year: number,
  unitId: string,
  own: NonNullable<Rollup["own"]>,
): Promise<void> {
  await storageCall(async () => {
    for (const node of tree.ancestry(unitId)) {
      for (let attempt = 1; ; attempt++) {
        const current = await readEntity(store, year, node);
        const nodeOwn =
          node === unitId ? { ...own, summary: countsOnly(own.summary) } : current && parse(current).own;
        const children = await Promise.all(tree.childrenOf(node).map((c) => readEntity(store, year, c.id)));
        const total = sumSummaries([
          nodeOwn?.summary ?? emptySummary(),
          ...children.flatMap((c) => (c ? [parse(c).total] : [])),
        ]);
        const entity: RollupEntity = {
          partitionKey: String(year),
          rowKey: node,
          total: JSON.stringify(total),
          ...(nodeOwn ? { own: JSON.stringify(nodeOwn) } : {}),
        };
        try {
          if (current) await store.rollups.updateEntity(entity, "Replace", { etag: current.etag });
          else await store.rollups.createEntity(entity);
          break;
        } catch (error) {
          const status = statusOf(error);
          if ((status !== 412 && status !== 409) || attempt >= MAX_ATTEMPTS) throw error;
          await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
        }
      }
    }
  });
}
