import { mustAdminister } from "../auth/access.js";
import { readJson } from "../http/body.js";
import { endpoint } from "../http/endpoint.js";
import { httpFunction } from "../registry.js";
import { putUnits as storeUnits, unitsBodySchema } from "../storage/units.js";

/** `PUT /api/orgs/units` (admin): creates or updates units of the agency tree. */
export const putUnits = httpFunction({
  name: "putUnits",
  methods: ["PUT"],
  route: "orgs/units",
  handler: endpoint(async ({ request, services, lang, caller }) => {
    mustAdminister(await caller());
    const body = await readJson(request, unitsBodySchema, lang);
    const tree = await storeUnits(services.store, body.units);
    return { status: 200, jsonBody: { units: [...tree.units.values()] } };
  }),
});
