/**
 * Cross-origin access for the local host, as the Functions host gives it from `Host.CORS` in
 * local.settings.json and Azure from the function app's CORS setting: the task pane is served from
 * its own origin (https://localhost:3000 in development) and calls the API on another.
 */

/** The request headers the task pane sends beyond the safelisted ones. */
const ALLOWED_HEADERS = ["authorization", "content-type", "if-match", "idempotency-key", "accept-language"];
/** The answer headers the task pane reads: the version's ETag, a created resource, when to retry. */
const EXPOSED_HEADERS = ["etag", "location", "retry-after"];
/** How long a browser may keep a preflight's answer, in seconds (Chromium keeps at most 2 hours). */
const MAX_AGE = 7200;

export interface CorsPolicy {
  /** Exact origins (`https://localhost:3000`), or `*` for any. */
  origins: readonly string[];
  /** The methods the routes answer, announced to preflights. */
  methods: readonly string[];
}

/** The `CORS_ORIGINS` setting: origins separated by commas, spaces and trailing slashes ignored. */
export function parseOrigins(setting: string | undefined): string[] {
  return (setting ?? "")
    .split(",")
    .map((o) => o.trim().replace(/\/+$/, "").toLowerCase())
    .filter((o) => o !== "");
}

function allows(policy: CorsPolicy, origin: string | undefined): origin is string {
  return (
    origin !== undefined && (policy.origins.includes("*") || policy.origins.includes(origin.toLowerCase()))
  );
}

/** Whether a request is a CORS preflight: OPTIONS with an Origin and the method it asks for. */
export function isPreflight(method: string, headers: { origin?: string; requestMethod?: string }): boolean {
  return method === "OPTIONS" && headers.origin !== undefined && headers.requestMethod !== undefined;
}

/** The answer to a preflight: 204 with what may be sent when the origin is allowed, else 403 with nothing. */
export function preflightAnswer(
  policy: CorsPolicy,
  origin: string | undefined,
): { status: number; headers: Record<string, string> } {
  if (!allows(policy, origin)) return { status: 403, headers: { Vary: "Origin" } };
  return {
    status: 204,
    headers: {
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Methods": [...policy.methods, "OPTIONS"].join(", "),
      "Access-Control-Allow-Headers": ALLOWED_HEADERS.join(", "),
      "Access-Control-Max-Age": String(MAX_AGE),
      Vary: "Origin",
    },
  };
}

/** The headers added to an actual answer: the origin and the headers it may read, for allowed origins only. */
export function answerHeaders(policy: CorsPolicy, origin: string | undefined): Record<string, string> {
  if (policy.origins.length === 0) return {};
  if (!allows(policy, origin)) return { Vary: "Origin" };
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Expose-Headers": EXPOSED_HEADERS.join(", "),
    Vary: "Origin",
  };
}
