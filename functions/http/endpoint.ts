import type { HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import type { Lang } from "../../shared/i18n.js";
import { authenticate, type Identity } from "../auth/identity.js";
import { services, type Services } from "../services.js";
import { langOf, problemResponse } from "./problem.js";

export interface Call {
  request: HttpRequest;
  services: Services;
  lang: Lang;
  /** The verified caller; every route but health and the development token needs one. */
  caller(): Promise<Identity>;
}

/**
 * Wraps a handler: services, the caller's language (Accept-Language, Vietnamese by default), and
 * every failure turned into a clean JSON answer. The log line carries the route and status only.
 */
export function endpoint(handle: (call: Call) => Promise<HttpResponseInit>) {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const lang = langOf(request.headers.get("accept-language"));
    let response: HttpResponseInit;
    try {
      const svc = await services();
      response = await handle({
        request,
        services: svc,
        lang,
        caller: () => authenticate(request.headers.get("authorization"), svc.verify),
      });
    } catch (error) {
      response = problemResponse(error, lang);
      if ((response.status ?? 500) >= 500)
        context.error(`${context.functionName}: ${response.status}`, errorKind(error));
    }
    return response;
  };
}

function errorKind(error: unknown): string {
  return error instanceof Error ? error.constructor.name : typeof error;
}
