import { ServiceUnavailable } from "../http/problem.js";
import { clearMove, listMoves, readMove } from "./moves.js";
import { clearPending, listPending, readPending } from "./outbox.js";
import { sendRollupMessage, type RollupMessage } from "./rollupMessages.js";
import { carryUp, placesOf, removeChild, rollUp } from "./rollups.js";
import type { Store } from "./store.js";
import { readLatestCounts } from "./submissions.js";
import { readTree, type UnitTree } from "./units.js";

/**
 * Completes a unit's pending roll-up: reads the outbox row, then the latest version (as new as the
 * row or newer), rolls that up to the root, and removes the row as it was read. A version written
 * meanwhile has replaced the row, which then stays for its own message. Nothing pending: nothing done.
 */
export async function settleUnit(store: Store, tree: UnitTree, year: number, unitId: string): Promise<void> {
  const pending = await readPending(store, year, unitId);
  if (!pending) return;
  const latest = await readLatestCounts(store, year, unitId);
  if (latest) {
    await rollUp(store, tree, year, unitId, latest);
    await settleMovedSince(store, tree, unitId);
  }
  await clearPending(store, year, unitId, pending.etag);
}

/**
 * A roll-up runs on the tree as it was read: a move of the unit, or of a unit above it, settled
 * meanwhile may have seen its counts taken from the former parent before this roll-up put them back.
 * The tree read again after the roll-up (one point read while it is unchanged) finds such a move,
 * whose places are then settled again; a move made later settles after this roll-up anyway.
 */
export async function settleMovedSince(store: Store, before: UnitTree, unitId: string): Promise<void> {
  const now = await readTree(store);
  if (now === before) return;
  for (let id: string | null = unitId; id !== null; id = before.units.get(id)?.parentId ?? null)
    if ((now.units.get(id)?.parentId ?? null) !== (before.units.get(id)?.parentId ?? null))
      await settlePlaces(store, now, id);
}

/**
 * Completes a move: every former parent's total lets the unit go and carries the change up its
 * chain; the unit's totals are carried up its new chain, in every year it has totals. The move row
 * and the tree are written together, so a tree read after the row is at least as new as the move;
 * a tree read before it (by the caller, or a timer's run) may not be, and is not used. A move
 * written meanwhile has replaced the row, which then stays for its own settling.
 */
export async function settleMove(store: Store, unitId: string): Promise<void> {
  const move = await readMove(store, unitId);
  if (!move) return;
  const tree = await readTree(store);
  await settlePlaces(store, tree, unitId);
  await settleMovedSince(store, tree, unitId);
  await clearMove(store, unitId, move.etag);
}

/** The unit's counts under its parent in `tree` only: let go by every former parent, carried up the new chain. */
async function settlePlaces(store: Store, tree: UnitTree, unitId: string): Promise<void> {
  const parent = tree.units.get(unitId)?.parentId ?? null;
  const { years, parents } = await placesOf(store, unitId);
  for (const { year, parentId } of parents)
    if (parentId !== parent) {
      await removeChild(store, year, parentId, unitId);
      await carryUp(store, tree, year, parentId);
    }
  for (const year of years) await carryUp(store, tree, year, unitId);
}

/** What the queue-triggered function does with a message; doing it twice changes nothing. */
export async function settleMessage(store: Store, message: RollupMessage, tree?: UnitTree): Promise<void> {
  const current = tree ?? (await readTree(store));
  if ("moved" in message) await settleMove(store, message.moved);
  else await settleUnit(store, current, message.year, message.unitId);
}

/**
 * After a write that left an outbox row: the queue's message (delayed, MESSAGE_DELAY_S), then the
 * roll-up at once, for speed. Neither is needed for correctness: when both fail the row stays, and
 * the timer's repair completes it.
 */
export async function settleSoon(store: Store, tree: UnitTree, message: RollupMessage): Promise<boolean> {
  const sent = await sendRollupMessage(store, message).then(
    () => true,
    () => false,
  );
  const done = await settleMessage(store, message, tree).then(
    () => true,
    () => false,
  );
  return sent || done;
}

/** How many roll-ups the repair completes at once. */
const REPAIRS_AT_ONCE = 4;

/**
 * The timer's repair: every roll-up and move pending since before `before` (its message lost, sent
 * to the poison queue, or never sent) is completed. One that fails for another reason than storage
 * is counted and left for the next run; storage that does not answer ends the run.
 */
export async function repairPending(
  store: Store,
  before: Date,
): Promise<{ settled: number; failed: number }> {
  const tree = await readTree(store);
  const [units, moves] = await Promise.all([listPending(store, { before }), listMoves(store, before)]);
  const messages: RollupMessage[] = [
    ...moves.map((m) => ({ moved: m.unitId })),
    ...units.map(({ year, unitId, version }) => ({ year, unitId, version })),
  ];
  let settled = 0;
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < messages.length) {
      const message = messages[next++]!;
      try {
        await settleMessage(store, message, tree);
        settled++;
      } catch (error) {
        if (error instanceof ServiceUnavailable) throw error;
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: REPAIRS_AT_ONCE }, worker));
  return { settled, failed };
}

/** The units of a subtree whose latest version, or move, is not in the totals yet. */
export async function settlingUnits(
  store: Store,
  tree: UnitTree,
  year: number,
  unitId: string,
): Promise<string[]> {
  const [pending, moves] = await Promise.all([listPending(store, { year }), listMoves(store)]);
  const ids = new Set<string>();
  for (const p of pending) if (tree.isWithin(p.unitId, unitId)) ids.add(p.unitId);
  for (const m of moves)
    if (tree.isWithin(m.unitId, unitId) || (m.from !== "" && tree.isWithin(m.from, unitId)))
      ids.add(m.unitId);
  return [...ids].sort();
}
