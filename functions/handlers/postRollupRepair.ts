import { mustAdminister } from "../auth/access.js";
import { endpoint } from "../http/endpoint.js";
import { httpFunction } from "../registry.js";
import { repairRollups } from "../storage/repair.js";
import { readTree } from "../storage/units.js";
import { periodYear } from "./period.js";

/**
 * `POST /api/periods/{year}/rollups/repair` (admin): works every total of the year out again from
 * each unit's latest stored version; for totals a fault left behind, and after an upgrade that lays
 * roll-ups out anew. Safe to run at any time and more than once.
 */
export const postRollupRepair = httpFunction({
  name: "postRollupRepair",
  methods: ["POST"],
  route: "periods/{year}/rollups/repair",
  handler: endpoint(async ({ request, services, caller }) => {
    mustAdminister(await caller());
    const year = periodYear(request);
    const units = await repairRollups(services.store, await readTree(services.store), year);
    return { status: 200, jsonBody: { year, units } };
  }),
});
