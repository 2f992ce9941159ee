import azureFunctions from "@azure/functions";
import { services } from "./services.js";
import {
  registeredQueueFunctions,
  registeredTimers,
  type QueueFunction,
  type TimerFunction,
} from "./registry.js";
import { queueDeadline } from "./storage/store.js";

const { InvocationContext } = azureFunctions;

export interface TriggerOptions {
  /** How long the queue poller waits when the queue was empty (or storage did not answer). */
  queuePollMs?: number;
  /** How often the timers run, whatever their schedule (the schedule is the Functions host's). */
  timerEveryMs?: number;
}

/** As host.json's `extensions.queues`: messages taken at once, how long one is hidden while handled, tries. */
const BATCH = 16;
const VISIBILITY_S = 10;
export const MAX_DEQUEUE_COUNT = 5;

/** A wait that a stop cuts short. */
function pause(ms: number, stopped: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stopped.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    stopped.addEventListener("abort", done, { once: true });
  });
}

/**
 * Polls a queue and runs its function on each message, as the Functions host does: a message whose
 * handler throws becomes visible again after VISIBILITY_S; after its MAX_DEQUEUE_COUNT-th try (or
 * received past it) it is moved to the poison queue (the work it names stays in the outbox, for the
 * timer).
 */
async function pollQueue(fn: QueueFunction, pollMs: number, stopped: AbortSignal): Promise<void> {
  while (!stopped.aborted) {
    let received = 0;
    try {
      const svc = await services();
      const queue = fn.localQueue(svc);
      const { receivedMessageItems } = await queue.receiveMessages({
        numberOfMessages: BATCH,
        visibilityTimeout: VISIBILITY_S,
        abortSignal: queueDeadline(),
      });
      received = receivedMessageItems.length;
      await Promise.all(
        receivedMessageItems.map(async (m) => {
          let failed = m.dequeueCount > MAX_DEQUEUE_COUNT;
          if (!failed) {
            const context = new InvocationContext({
              functionName: fn.name,
              triggerMetadata: { dequeueCount: m.dequeueCount, id: m.messageId },
            });
            try {
              await fn.handler(Buffer.from(m.messageText, "base64").toString("utf8"), context);
            } catch {
              failed = true;
            }
          }
          if (failed) {
            if (m.dequeueCount < MAX_DEQUEUE_COUNT) return;
            const poison = fn.localPoisonQueue(svc);
            await poison.createIfNotExists({ abortSignal: queueDeadline() });
            await poison.sendMessage(m.messageText, { abortSignal: queueDeadline() });
          }
          await queue.deleteMessage(m.messageId, m.popReceipt, { abortSignal: queueDeadline() });
        }),
      );
    } catch {
      // Storage away: the messages come back after their visibility timeout.
    }
    if (received === 0) await pause(pollMs, stopped);
  }
}

async function runTimer(fn: TimerFunction, everyMs: number, stopped: AbortSignal): Promise<void> {
  while (!stopped.aborted) {
    await pause(everyMs, stopped);
    if (stopped.aborted) return;
    try {
      await fn.handler(new InvocationContext({ functionName: fn.name }));
    } catch {
      // Storage away: the next run tries again.
    }
  }
}

/**
 * Runs the app's queue and timer functions beside the local host, as the Functions host would
 * trigger them; returns what stops them.
 */
export function startLocalTriggers(options: TriggerOptions = {}): () => void {
  const stop = new AbortController();
  for (const fn of registeredQueueFunctions) void pollQueue(fn, options.queuePollMs ?? 1_000, stop.signal);
  for (const fn of registeredTimers) void runTimer(fn, options.timerEveryMs ?? 30_000, stop.signal);
  return () => stop.abort();
}
