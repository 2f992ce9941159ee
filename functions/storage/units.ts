import { z } from "zod";
import { RequestProblem } from "../http/problem.js";
import { moveAction, TREE_PARTITION as PARTITION } from "./moves.js";
import { statusOf, storageCall, type Store } from "./store.js";

/** A row whose ETag every change of the tree claims first, so that two changes never interleave. */
const TREE_VERSION = "~tree";
const id = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);

/** A unit of the agency tree: province → department → office…, any depth. */
export const unitSchema = z.strictObject({
  id,
  name: z.string().trim().min(1).max(200),
  parentId: id.nullable(),
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export type Unit = z.infer<typeof unitSchema>;
export const unitsBodySchema = z.strictObject({ units: z.array(unitSchema).min(1).max(5000) });

interface UnitEntity {
  partitionKey: string;
  rowKey: string;
  name: string;
  parentId: string;
  deadline?: string;
}

/** The whole tree: small enough (hundreds to a few thousand units) to read at once. */
export class UnitTree {
  private readonly children = new Map<string | null, Unit[]>();
  constructor(readonly units: ReadonlyMap<string, Unit>) {
    for (const u of units.values()) {
      const list = this.children.get(u.parentId) ?? [];
      list.push(u);
      this.children.set(u.parentId, list);
    }
  }

  childrenOf(unitId: string): Unit[] {
    return this.children.get(unitId) ?? [];
  }

  /** The unit and every unit below it. */
  subtree(unitId: string): string[] {
    const out = [unitId];
    const seen = new Set(out);
    for (let i = 0; i < out.length; i++)
      for (const c of this.childrenOf(out[i]!)) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        out.push(c.id);
      }
    return out;
  }

  /** The unit and every unit above it, nearest first. */
  ancestry(unitId: string): string[] {
    const out: string[] = [];
    // Stops at a unit seen already: the store never holds a cycle, but a reader must not hang if it did.
    for (
      let at: string | null | undefined = unitId;
      at && !out.includes(at);
      at = this.units.get(at)?.parentId
    )
      out.push(at);
    return out;
  }

  /** Whether `unitId` is `ancestorId` or below it. */
  isWithin(unitId: string, ancestorId: string): boolean {
    return this.ancestry(unitId).includes(ancestorId);
  }
}

/** The count of changes on the tree's claim row: it moves at the start and at the end of each change. */
async function treeChanges(store: Store): Promise<number | undefined> {
  try {
    return Number((await store.units.getEntity(PARTITION, TREE_VERSION)).changes ?? 0);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** The tree last read, by store, with the claim row's count it was read at, and when. */
const cached = new WeakMap<Store, { changes: number; at: number; tree: UnitTree }>();
/** A change that failed half-way leaves the count still: a tree listed during it is not kept longer. */
const TREE_CACHE_MS = 30_000;

/**
 * The agency tree: from memory while the claim row (one point read) says no change has been made
 * since it was read, else read whole (thousands of rows, several pages: too much for every request).
 */
export async function readTree(store: Store): Promise<UnitTree> {
  const before = await storageCall(() => treeChanges(store));
  const hit = cached.get(store);
  if (hit && before !== undefined && hit.changes === before && Date.now() - hit.at < TREE_CACHE_MS)
    return hit.tree;
  const tree = await listTree(store);
  const after = await storageCall(() => treeChanges(store));
  // Kept only when no change began or ended during the listing.
  if (before !== undefined && before === after) cached.set(store, { changes: before, at: Date.now(), tree });
  return tree;
}

async function listTree(store: Store): Promise<UnitTree> {
  const units = new Map<string, Unit>();
  await storageCall(async () => {
    for await (const e of store.units.listEntities<UnitEntity>({
      // Unit ids start with a letter or a digit: the claim row and the moves (`~…`) sort after them.
      queryOptions: { filter: `PartitionKey eq '${PARTITION}' and RowKey lt '~'` },
    }))
      units.set(e.rowKey, {
        id: e.rowKey,
        name: e.name,
        parentId: e.parentId === "" ? null : e.parentId,
        ...(e.deadline ? { deadline: e.deadline } : {}),
      });
  });
  return new UnitTree(units);
}

/** Units sent to the tree in one transaction: each with, at most, its move's row (a batch holds 100). */
const UNITS_PER_BATCH = 50;

/**
 * Creates or updates units. Every parent must exist, in the request or already, and the tree that
 * results must have no cycle: otherwise nothing is written. A unit given another parent is written
 * with its move's row (moves.ts) in one transaction; `moved` lists them.
 */
export async function putUnits(
  store: Store,
  units: readonly Unit[],
): Promise<{ tree: UnitTree; moved: string[] }> {
  const claim = await storageCall(async () => {
    try {
      return await store.units.getEntity(PARTITION, TREE_VERSION);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      await store.units.upsertEntity({ partitionKey: PARTITION, rowKey: TREE_VERSION, changes: 0 }, "Merge");
      return store.units.getEntity(PARTITION, TREE_VERSION);
    }
  });
  const current = await readTree(store);
  const merged = new Map(current.units);
  for (const u of units) merged.set(u.id, u);
  for (const u of units) {
    if (u.parentId !== null && !merged.has(u.parentId))
      throw new RequestProblem(400, {
        vi: `Đơn vị "${u.id}": không có đơn vị cấp trên "${u.parentId}".`,
        en: `Unit "${u.id}": no parent unit "${u.parentId}".`,
      });
    const seen = new Set<string>();
    for (let at: string | null = u.id; at !== null; at = merged.get(at)?.parentId ?? null) {
      if (seen.has(at))
        throw new RequestProblem(400, {
          vi: `Đơn vị "${u.id}": cây đơn vị có vòng lặp (một đơn vị nằm dưới chính nó).`,
          en: `Unit "${u.id}": the tree has a cycle (a unit under itself).`,
        });
      seen.add(at);
    }
  }
  const moved = new Set(
    units
      .filter((u) => current.units.has(u.id) && current.units.get(u.id)!.parentId !== u.parentId)
      .map((u) => u.id),
  );
  await storageCall(async () => {
    try {
      await store.units.updateEntity(
        { partitionKey: PARTITION, rowKey: TREE_VERSION, changes: Number(claim.changes ?? 0) + 1 },
        "Replace",
        { etag: claim.etag },
      );
    } catch (error) {
      if (statusOf(error) !== 412) throw error;
      throw new RequestProblem(409, {
        vi: "Cây đơn vị vừa được người khác sửa; hãy tải lại và gửi lại thay đổi.",
        en: "Someone else changed the tree just now; reload it and send the change again.",
      });
    }
    for (let i = 0; i < units.length; i += UNITS_PER_BATCH)
      await store.units.submitTransaction(
        units.slice(i, i + UNITS_PER_BATCH).flatMap((u) => [
          [
            "upsert",
            {
              partitionKey: PARTITION,
              rowKey: u.id,
              name: u.name,
              parentId: u.parentId ?? "",
              ...(u.deadline ? { deadline: u.deadline } : {}),
            },
            "Replace",
          ] as const,
          ...(moved.has(u.id) ? [moveAction(u.id, current.units.get(u.id)!.parentId)] : []),
        ]),
      );
    // Moved on again once written: a change that read the tree before these writes cannot claim it.
    await store.units.upsertEntity(
      { partitionKey: PARTITION, rowKey: TREE_VERSION, changes: Number(claim.changes ?? 0) + 2 },
      "Replace",
    );
  });
  return { tree: new UnitTree(merged), moved: [...moved] };
}
