import { endpoint } from "../http/endpoint.js";
import { httpFunction } from "../registry.js";
import { storeAnswers } from "../storage/store.js";

/** `GET /api/health`: 200 once storage answers, 503 while it does not. */
export const health = httpFunction({
  name: "health",
  methods: ["GET"],
  route: "health",
  handler: endpoint(async ({ services }) =>
    (await storeAnswers(services.store))
      ? { status: 200, jsonBody: { status: "ok" } }
      : { status: 503, headers: { "Retry-After": "5" }, jsonBody: { status: "storage unavailable" } },
  ),
});
