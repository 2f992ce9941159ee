import type { InvocationContext } from "@azure/functions";
import { timerFunction } from "../registry.js";
import { services } from "../services.js";
import { repairPending } from "../storage/settle.js";

/**
 * A roll-up pending longer than this has lost its message (the send failed, the queue lost it, or it
 * went to the poison queue after its dequeue bound): the timer completes it. Well past the message's
 * delay and a few tries of the queue-triggered function.
 */
export const REPAIR_AFTER_MS = 60_000;

/** Every two minutes: completes every roll-up and move pending past REPAIR_AFTER_MS. */
export const rollupTimer = timerFunction({
  name: "rollupTimer",
  schedule: "0 */2 * * * *",
  handler: async (context: InvocationContext) => {
    const svc = await services();
    const before = new Date(Date.now() - (svc.repairAfterMs ?? REPAIR_AFTER_MS));
    const { settled, failed } = await repairPending(svc.store, before);
    if (settled + failed > 0)
      context.log(`rollupTimer: ${settled} completed, ${failed} left for the next run`);
  },
});
