import { z } from "zod";
import { queueDeadline, storageCall, type Store } from "./store.js";

/** What the queue carries: a unit's version to roll up, or a unit that moved to another parent. */
const rollupMessageSchema = z.union([
  z.strictObject({ year: z.number().int(), unitId: z.string().max(64), version: z.number().int() }),
  z.strictObject({ moved: z.string().max(64) }),
]);
export type RollupMessage = z.infer<typeof rollupMessageSchema>;

/**
 * How long a message stays invisible once sent: the request that sent it tries the roll-up at once,
 * and the queue's turn comes after, to find nothing left to do unless that attempt failed.
 */
export const MESSAGE_DELAY_S = 5;

/** Sends a message as the Functions host reads queue messages by default: JSON in base64. */
export async function sendRollupMessage(store: Store, message: RollupMessage): Promise<void> {
  await storageCall(() =>
    store.rollupQueue.sendMessage(Buffer.from(JSON.stringify(message)).toString("base64"), {
      visibilityTimeout: MESSAGE_DELAY_S,
      abortSignal: queueDeadline(),
    }),
  );
}

/**
 * A message as the Functions host hands it over (decoded, JSON parsed) or as its text (base64 or
 * JSON); undefined when it is not one of ours.
 */
export function readRollupMessage(raw: unknown): RollupMessage | undefined {
  let value = raw;
  if (typeof raw === "string")
    try {
      value = JSON.parse(raw.trimStart().startsWith("{") ? raw : Buffer.from(raw, "base64").toString("utf8"));
    } catch {
      return undefined;
    }
  const parsed = rollupMessageSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
