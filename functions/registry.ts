import azureFunctions from "@azure/functions";
import type { HttpMethod, HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";

/** One HTTP function: what Azure Functions registers, and what the local host serves. */
export interface HttpFunction {
  name: string;
  methods: HttpMethod[];
  /** The route under `/api`, in Azure Functions syntax: `periods/{year}/units/{unitId}/submission`. */
  route: string;
  handler: (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;
}

export const registeredFunctions: HttpFunction[] = [];

/**
 * Registers a function with the Functions host when one runs this app (it sets
 * FUNCTIONS_WORKER_RUNTIME), and always in `registeredFunctions` for the local host and the tests.
 */
export function httpFunction(fn: HttpFunction): HttpFunction {
  registeredFunctions.push(fn);
  if (process.env.FUNCTIONS_WORKER_RUNTIME)
    azureFunctions.app.http(fn.name, {
      methods: fn.methods,
      route: fn.route,
      authLevel: "anonymous",
      handler: fn.handler,
    });
  return fn;
}
