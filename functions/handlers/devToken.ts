import { z } from "zod";
import { ROLES, signDevToken } from "../auth/identity.js";
import { readJson } from "../http/body.js";
import { endpoint } from "../http/endpoint.js";
import { RequestProblem } from "../http/problem.js";
import { httpFunction } from "../registry.js";

const body = z.strictObject({
  sub: z.string().trim().min(1).max(100),
  unitId: z.string().trim().min(1).max(64),
  role: z.enum(ROLES),
});

/**
 * `POST /api/dev/token` (development mode only): a token for `{ sub, unitId, role }`, signed with the
 * key the local host made at start. Without development mode the route answers 404, as if absent.
 */
export const devToken = httpFunction({
  name: "devToken",
  methods: ["POST"],
  route: "dev/token",
  handler: endpoint(async ({ request, services, lang }) => {
    if (!services.devKey) throw new RequestProblem(404, { vi: "Không có.", en: "Not found." });
    const who = await readJson(request, body, lang);
    const token = await signDevToken(services.devKey, {
      subject: who.sub,
      unitId: who.unitId,
      role: who.role,
    });
    return { status: 200, jsonBody: { token } };
  }),
});
