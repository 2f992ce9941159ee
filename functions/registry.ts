import { createRequire } from "node:module";
import azureFunctions from "@azure/functions";
import type { HttpMethod, HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import type { QueueClient } from "@azure/storage-queue";
import type { Services } from "./services.js";

/** One HTTP function: what Azure Functions registers, and what the local host serves. */
export interface HttpFunction {
  name: string;
  methods: HttpMethod[];
  /** The route under `/api`, in Azure Functions syntax: `periods/{year}/units/{unitId}/submission`. */
  route: string;
  handler: (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;
}

/** A queue-triggered function; it throws to have the message tried again (up to the host's dequeue bound). */
export interface QueueFunction {
  name: string;
  queueName: string;
  /** The app setting holding the storage account's connection string, for the Functions host. */
  connection: string;
  /** The queue the local host polls for it, which the Functions host finds by `queueName`. */
  localQueue(services: Services): QueueClient;
  /** Where the local host moves a message after its last try, as the Functions host does (`<queue>-poison`). */
  localPoisonQueue(services: Services): QueueClient;
  handler: (message: unknown, context: InvocationContext) => Promise<void>;
}

/** A timer-triggered function. */
export interface TimerFunction {
  name: string;
  /** NCRONTAB, with seconds, as the Functions host reads it. */
  schedule: string;
  handler: (context: InvocationContext) => Promise<void>;
}

export const registeredFunctions: HttpFunction[] = [];
export const registeredQueueFunctions: QueueFunction[] = [];
export const registeredTimers: TimerFunction[] = [];

/**
 * Whether the Functions host runs this app: its Node worker provides `@azure/functions-core`, the
 * same test the `@azure/functions` package makes before it registers anything.
 */
function inFunctionsHost(): boolean {
  try {
    createRequire(import.meta.url)("@azure/functions-core");
    return true;
  } catch {
    return false;
  }
}

const hosted = inFunctionsHost();

/** Registers a function with the Functions host when there is one, and always for the local host and the tests. */
export function httpFunction(fn: HttpFunction): HttpFunction {
  registeredFunctions.push(fn);
  if (hosted)
    azureFunctions.app.http(fn.name, {
      methods: fn.methods,
      route: fn.route,
      authLevel: "anonymous",
      handler: fn.handler,
    });
  return fn;
}

export function queueFunction(fn: QueueFunction): QueueFunction {
  registeredQueueFunctions.push(fn);
  if (hosted)
    azureFunctions.app.storageQueue(fn.name, {
      queueName: fn.queueName,
      connection: fn.connection,
      handler: fn.handler,
    });
  return fn;
}

export function timerFunction(fn: TimerFunction): TimerFunction {
  registeredTimers.push(fn);
  if (hosted)
    azureFunctions.app.timer(fn.name, {
      schedule: fn.schedule,
      handler: (_timer, context) => fn.handler(context),
    });
  return fn;
}
