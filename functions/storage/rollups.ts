import { emptySummary, sumSummaries, type UnitSummary } from "../../shared/summary/index.js";
import { ServiceUnavailable } from "../http/problem.js";
import { statusOf, storageCall, type Store } from "./store.js";
import type { UnitTree } from "./units.js";

/** A unit's own latest submission and its whole subtree, as counts (the lists stay with the versions). */
export interface Rollup {
  total: UnitSummary;
  own?: { summary: UnitSummary; version: number; submittedAt: string };
}

/**
 * `seq` grows with every write of the row; `children` records the `seq` of each child's row that
 * `total` was added up from, so a writer can see that someone else already counted its change.
 */
type RollupEntity = {
  partitionKey: string;
  rowKey: string;
  total: string;
  own?: string;
  seq: number;
  children: string;
};

const MAX_ATTEMPTS = 30;

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

/** The row's own submission is this version or a newer one: nothing of ours left to write there. */
function ownIncludes(e: RollupEntity | undefined, version: number): boolean {
  return e?.own !== undefined && (JSON.parse(e.own) as { version: number }).version >= version;
}

/** The row's total was added up from the child's row at `seq` or later. */
function childIncludes(e: RollupEntity | undefined, child: { id: string; seq: number }): boolean {
  const seen = e?.children ? (JSON.parse(e.children) as Record<string, number>) : {};
  return e !== undefined && (seen[child.id] ?? -1) >= child.seq;
}

/**
 * Records a unit's new submission and works the totals out again up the tree: each unit's total is
 * its own submission plus its children's totals, one read per child. Each write is conditional on
 * the ETag read before the children were read and retried when another writer came first, unless
 * that writer already counted this change (the rows record which child rows they added up), so
 * submissions arriving at the same moment are all counted, each once, and an older version never
 * replaces a newer one.
 */
export async function rollUp(
  store: Store,
  tree: UnitTree,
  year: number,
  unitId: string,
  own: NonNullable<Rollup["own"]>,
): Promise<void> {
  await storageCall(async () => {
    let counted: { id: string; seq: number } | undefined;
    for (const node of tree.ancestry(unitId)) {
      for (let attempt = 1; ; attempt++) {
        const current = await readEntity(store, year, node);
        const done = counted ? childIncludes(current, counted) : ownIncludes(current, own.version);
        if (done && current) {
          counted = { id: node, seq: current.seq };
          break;
        }
        const nodeOwn =
          node === unitId ? { ...own, summary: countsOnly(own.summary) } : current && parse(current).own;
        const children = await Promise.all(
          tree.childrenOf(node).map(async (c) => ({ id: c.id, row: await readEntity(store, year, c.id) })),
        );
        const entity: RollupEntity = {
          partitionKey: String(year),
          rowKey: node,
          total: JSON.stringify(
            sumSummaries([
              nodeOwn?.summary ?? emptySummary(),
              ...children.flatMap((c) => (c.row ? [parse(c.row).total] : [])),
            ]),
          ),
          ...(nodeOwn ? { own: JSON.stringify(nodeOwn) } : {}),
          seq: (current?.seq ?? 0) + 1,
          children: JSON.stringify(
            Object.fromEntries(children.flatMap((c) => (c.row ? [[c.id, c.row.seq]] : []))),
          ),
        };
        try {
          if (current) await store.rollups.updateEntity(entity, "Replace", { etag: current.etag });
          else await store.rollups.createEntity(entity);
          counted = { id: node, seq: entity.seq };
          break;
        } catch (error) {
          const status = statusOf(error);
          if (status !== 412 && status !== 409) throw error;
          // Still contended after many tries: the caller may retry (with its Idempotency-Key).
          if (attempt >= MAX_ATTEMPTS) throw new ServiceUnavailable("roll-up contention");
          await new Promise((r) => setTimeout(r, Math.random() * 10 * Math.min(attempt, 10)));
        }
      }
    }
  });
}
