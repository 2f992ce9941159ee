import { createRequire } from "node:module";
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
