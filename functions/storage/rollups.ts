import { emptySummary, type UnitSummary } from "../../shared/summary/index.js";
import { ServiceUnavailable } from "../http/problem.js";
import { fromPeriodPartition, periodPartition as partition } from "./keys.js";
import { statusOf, storageCall, type Store } from "./store.js";
import type { UnitTree } from "./units.js";

/** A unit's own latest submission, as far as the totals know it. */
export interface OwnVersion {
  version: number;
  submittedAt: string;
}

/** A unit's whole subtree, as counts (the lists stay with the versions), and its own submission. */
export interface Rollup {
  total: UnitSummary;
  own?: OwnVersion;
}

/**
 * Each unit has a partition `<year>|<unitId>` of the rollups table holding:
 * - `total`: the subtree's counts, a `seq` that grows with every change, and the own version;
 * - `own`: the counts of the unit's own latest version (`seq` is the version number);
 * - `c|<childId>`: a child's `total` as last added here (`seq` is that row's `seq`).
 * A part and the total change together in one transaction (the total minus the part's old counts
 * plus its new ones), so a total is always the sum of its parts, whatever the number of children:
 * no row grows with the width of the tree, and a write costs the same under 5 or 5,000 children.
 */
type TotalEntity = {
  partitionKey: string;
  rowKey: string;
  summary: string;
  seq: number;
  ownVersion?: number;
  ownSubmittedAt?: string;
};
type PartEntity = TotalEntity;

const TOTAL = "total";
const OWN = "own";
const childRow = (childId: string) => `c|${childId}`;
const MAX_ATTEMPTS = 200;

/** The counts of a summary without its name lists: what a roll-up adds up. */
export function countsOnly(summary: UnitSummary): UnitSummary {
  return { ...summary, excellent: [], failed: [], notRated: [] };
}

/** `a + sign × b`, count by count (the name lists are not kept in roll-ups). */
function combine(a: unknown, b: unknown, sign: 1 | -1): unknown {
  if (Array.isArray(a) || Array.isArray(b)) return [];
  if (typeof a === "number" || typeof b === "number") return Number(a ?? 0) + sign * Number(b ?? 0);
  if (typeof a === "object" || typeof b === "object") {
    const x = (a ?? {}) as Record<string, unknown>;
    const y = (b ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
      [...new Set([...Object.keys(x), ...Object.keys(y)])].map((k) => [k, combine(x[k], y[k], sign)]),
    );
  }
  return a;
}

const summaryOf = (e: TotalEntity | undefined) =>
  e ? (JSON.parse(e.summary) as UnitSummary) : emptySummary();
const ownOf = (e: TotalEntity): OwnVersion | undefined =>
  e.ownVersion !== undefined && e.ownSubmittedAt !== undefined
    ? { version: e.ownVersion, submittedAt: e.ownSubmittedAt }
    : undefined;
const rollupOf = (e: TotalEntity): Rollup => {
  const own = ownOf(e);
  return { total: summaryOf(e), ...(own ? { own } : {}) };
};

async function readRow(store: Store, partitionKey: string, rowKey: string) {
  try {
    return await store.rollups.getEntity<TotalEntity>(partitionKey, rowKey);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

export async function readRollup(store: Store, year: number, unitId: string): Promise<Rollup | undefined> {
  return storageCall(async () => {
    const e = await readRow(store, partition(year, unitId), TOTAL);
    return e && rollupOf(e);
  });
}

/**
 * A unit's totals and its children's, as added into them, in one query of its partition (a few
 * pages for thousands of children) rather than one read per child.
 */
export async function readWithChildren(
  store: Store,
  year: number,
  unitId: string,
): Promise<{ rollup?: Rollup; children: Map<string, Rollup> }> {
  return storageCall(async () => {
    let rollup: Rollup | undefined;
    const children = new Map<string, Rollup>();
    for await (const e of store.rollups.listEntities<TotalEntity>({
      queryOptions: { filter: `PartitionKey eq '${partition(year, unitId).replace(/'/g, "''")}'` },
    })) {
      if (e.rowKey === TOTAL) rollup = rollupOf(e);
      else if (e.rowKey.startsWith("c|")) children.set(e.rowKey.slice(2), rollupOf(e));
    }
    return { ...(rollup ? { rollup } : {}), children };
  });
}

interface Part {
  summary: UnitSummary;
  seq: number;
  own?: OwnVersion;
}

/**
 * Puts a part into a unit's total, unless the part there is already as new (its `seq`), or takes
 * it out (`part` undefined: a child moved away): the part's row and the total in one transaction,
 * conditional on both ETags, retried when another writer came first. Doing it twice, or after a
 * newer one, changes nothing.
 */
async function applyPart(
  store: Store,
  year: number,
  unitId: string,
  rowKey: string,
  part: Part | undefined,
): Promise<void> {
  const pk = partition(year, unitId);
  for (let attempt = 1; ; attempt++) {
    const [total, current] = await Promise.all([readRow(store, pk, TOTAL), readRow(store, pk, rowKey)]);
    if (part ? current && current.seq >= part.seq : !current) return;
    const summary = combine(combine(summaryOf(total), part?.summary, 1), summaryOf(current), -1);
    const own = rowKey === OWN ? part?.own : total && ownOf(total);
    const meta = (o: OwnVersion | undefined) =>
      o ? { ownVersion: o.version, ownSubmittedAt: o.submittedAt } : {};
    const partEntity: PartEntity | undefined = part && {
      partitionKey: pk,
      rowKey,
      summary: JSON.stringify(part.summary),
      seq: part.seq,
      ...meta(part.own),
    };
    const totalEntity: TotalEntity = {
      partitionKey: pk,
      rowKey: TOTAL,
      summary: JSON.stringify(summary),
      seq: (total?.seq ?? 0) + 1,
      ...meta(own),
    };
    try {
      await store.rollups.submitTransaction([
        !partEntity
          ? // Unconditional in a batch, but the total's ETag guards it: the two always change together.
            ["delete", { partitionKey: pk, rowKey }]
          : current
            ? ["update", partEntity, "Replace", { etag: current.etag }]
            : ["create", partEntity],
        total ? ["update", totalEntity, "Replace", { etag: total.etag }] : ["create", totalEntity],
      ]);
      return;
    } catch (error) {
      const status = statusOf(error);
      if (status !== 412 && status !== 409) throw error;
      // Still contended after many tries: the caller may retry (with its Idempotency-Key).
      if (attempt >= MAX_ATTEMPTS) throw new ServiceUnavailable("roll-up contention");
      await new Promise((r) => setTimeout(r, Math.random() * 5 * Math.min(attempt, 20)));
    }
  }
}

/**
 * Records a unit's new submission and carries the change up the tree: the unit's own part, then at
 * each level the child's total (as of its `seq`) as a part of its parent. Each step is idempotent
 * and only moves forward, so submissions arriving at the same moment are all counted, each once, an
 * older version never replaces a newer one, and running it again after a failure completes it.
 */
export async function rollUp(
  store: Store,
  tree: UnitTree,
  year: number,
  unitId: string,
  own: { counts: UnitSummary; version: number; submittedAt: string },
): Promise<void> {
  await storageCall(() =>
    applyPart(store, year, unitId, OWN, {
      summary: countsOnly(own.counts),
      seq: own.version,
      own: { version: own.version, submittedAt: own.submittedAt },
    }),
  );
  await carryUp(store, tree, year, unitId);
}

/** Carries a unit's total, as it is now, into its parent's, and so on up to the root. */
export async function carryUp(store: Store, tree: UnitTree, year: number, unitId: string): Promise<void> {
  await storageCall(async () => {
    const path = tree.ancestry(unitId);
    for (let i = 0; i + 1 < path.length; i++) {
      const child = await readRow(store, partition(year, path[i]!), TOTAL);
      if (!child) return;
      await applyPart(store, year, path[i + 1]!, childRow(path[i]!), {
        summary: summaryOf(child),
        seq: child.seq,
        ...(ownOf(child) ? { own: ownOf(child)! } : {}),
      });
    }
  });
}

/** Takes a child that moved away out of a former parent's total (then `carryUp` from that parent). */
export async function removeChild(
  store: Store,
  year: number,
  parentId: string,
  childId: string,
): Promise<void> {
  await storageCall(() => applyPart(store, year, parentId, childRow(childId), undefined));
}

/**
 * Where a unit's totals are held, for a move: the years in which it has a total, and the parents,
 * by year, whose totals hold it as a child. A scan of the table (tree changes are rare).
 */
export async function placesOf(
  store: Store,
  unitId: string,
): Promise<{ years: number[]; parents: { year: number; parentId: string }[] }> {
  return storageCall(async () => {
    const years: number[] = [];
    const parents: { year: number; parentId: string }[] = [];
    const child = childRow(unitId).replace(/'/g, "''");
    for await (const e of store.rollups.listEntities<{ partitionKey: string; rowKey: string }>({
      queryOptions: {
        filter: `RowKey eq '${TOTAL}' or RowKey eq '${child}'`,
        select: ["PartitionKey", "RowKey"],
      },
    })) {
      const { year, unitId: at } = fromPeriodPartition(e.partitionKey);
      if (e.rowKey === TOTAL) {
        if (at === unitId) years.push(year);
      } else parents.push({ year, parentId: at });
    }
    return { years, parents };
  });
}
