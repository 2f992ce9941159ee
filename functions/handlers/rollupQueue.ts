import type { InvocationContext } from "@azure/functions";
import { queueFunction } from "../registry.js";
import { services } from "../services.js";
import { readRollupMessage } from "../storage/rollupMessages.js";
import { settleMessage } from "../storage/settle.js";
import { ROLLUP_QUEUE } from "../storage/store.js";

/**
 * The queue-triggered roll-up: completes what a message names from what is stored (the outbox row,
 * the latest version), so a message that comes twice, late, or after the request did the work
 * changes nothing. A failure throws: the host makes the message visible again, and after
 * `maxDequeueCount` (host.json) moves it to the poison queue; its outbox row stays, for the timer.
 */
export const rollupQueue = queueFunction({
  name: "rollupQueue",
  queueName: ROLLUP_QUEUE,
  connection: "STORAGE_CONNECTION_STRING",
  localQueue: (svc) => svc.store.rollupQueue,
  localPoisonQueue: (svc) => svc.store.rollupPoisonQueue,
  handler: async (raw: unknown, context: InvocationContext) => {
    const message = readRollupMessage(raw);
    if (!message) {
      context.warn("rollupQueue: a message that is not a roll-up, dropped");
      return;
    }
    await settleMessage((await services()).store, message);
  },
});
