import { createServer, type IncomingMessage, type Server } from "node:http";
import azureFunctions from "@azure/functions";
import type { HttpResponseInit } from "@azure/functions";
import "./app.js";
import { MAX_BODY_BYTES } from "./http/body.js";
import { answerHeaders, isPreflight, parseOrigins, preflightAnswer, type CorsPolicy } from "./http/cors.js";
import { startLocalTriggers, type TriggerOptions } from "./localTriggers.js";
import { registeredFunctions, type HttpFunction } from "./registry.js";

const { HttpRequest, InvocationContext } = azureFunctions;

interface Route {
  fn: HttpFunction;
  pattern: RegExp;
  names: string[];
}

function compile(fn: HttpFunction): Route {
  const names: string[] = [];
  const source = fn.route
    .split("/")
    .map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(m[1]!);
      return "([^/]+)";
    })
    .join("/");
  return { fn, pattern: new RegExp(`^/api/${source}$`), names };
}

/** The body, kept up to one byte past the limit (enough for the handler to answer 413), the rest drained. */
async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES + 1);
}

function sendAnswer(
  res: import("node:http").ServerResponse,
  response: HttpResponseInit,
  extra: Record<string, string>,
): void {
  const headers = new Headers(response.headers as Record<string, string> | undefined);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  let body: string | Uint8Array | undefined;
  if (response.jsonBody !== undefined) {
    body = JSON.stringify(response.jsonBody);
    headers.set("content-type", "application/json; charset=utf-8");
  } else if (typeof response.body === "string" || response.body instanceof Uint8Array) body = response.body;
  res.writeHead(response.status ?? 200, Object.fromEntries(headers));
  res.end(body);
}

export interface LocalHostOptions {
  /** The address to listen on; loopback unless told. */
  host?: string;
  /**
   * The origins allowed to call across origins (the task pane's), as `Host.CORS` is for Core Tools;
   * from the `CORS_ORIGINS` setting (comma-separated) unless given. None: no CORS headers at all.
   */
  corsOrigins?: readonly string[];
  /** The queue and timer functions' pace (localTriggers.ts). */
  triggers?: TriggerOptions;
}

/**
 * Serves the handlers the app registers, and nothing else, the way the Functions host routes them
 * (`/api/<route>`, `{name}` parameters), with the CORS answers the Functions host would add, and
 * runs its queue and timer functions until the server closes: for local runs and tests, where Core
 * Tools cannot run.
 */
export function startLocalHost(port: number, options: LocalHostOptions = {}): Promise<Server> {
  const host = options.host ?? "127.0.0.1";
  const routes = registeredFunctions.map(compile);
  const cors: CorsPolicy = {
    origins: options.corsOrigins ?? parseOrigins(process.env.CORS_ORIGINS),
    methods: [...new Set(registeredFunctions.flatMap((fn) => fn.methods))],
  };
  const server = createServer(async (req, res) => {
    const origin = req.headers.origin;
    const method = (req.method ?? "GET").toUpperCase();
    if (isPreflight(method, { origin, requestMethod: req.headers["access-control-request-method"] })) {
      const answer = preflightAnswer(cors, origin);
      res.writeHead(answer.status, answer.headers).end();
      return;
    }
    const send = (response: HttpResponseInit) => sendAnswer(res, response, answerHeaders(cors, origin));
    try {
      const url = new URL(req.url ?? "/", `http://${host}:${port}`);
      const route = routes.find(
        (r) => r.pattern.test(url.pathname) && r.fn.methods.includes(method as never),
      );
      if (!route) {
        send({ status: 404, jsonBody: { error: "Not found" } });
        return;
      }
      const match = route.pattern.exec(url.pathname)!;
      let params: Record<string, string>;
      try {
        params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
      } catch {
        send({ status: 400, jsonBody: { error: "Bad URL" } });
        return;
      }
      const bytes = method === "GET" || method === "HEAD" ? undefined : await bodyOf(req);
      const request = new HttpRequest({
        method,
        url: url.toString(),
        headers: Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]),
        ),
        params,
        ...(bytes ? { body: { bytes } } : {}),
      });
      const context = new InvocationContext({ functionName: route.fn.name });
      send(await route.fn.handler(request, context));
    } catch {
      send({ status: 500, jsonBody: { error: "Internal error" } });
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.once("close", startLocalTriggers(options.triggers));
      resolve(server);
    });
  });
}
