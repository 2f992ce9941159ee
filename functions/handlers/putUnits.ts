import { mustAdminister } from "../auth/access.js";
import { readJson } from "../http/body.js";
import { endpoint } from "../http/endpoint.js";
import { httpFunction } from "../registry.js";
import { sendRollupMessage } from "../storage/rollupMessages.js";
import { settleSoon } from "../storage/settle.js";
import { putUnits as storeUnits, unitsBodySchema } from "../storage/units.js";

/**
 * Moves recomputed before the answer, and messages sent for the next ones; any beyond, or after a
 * send failed, are completed by the timer from their rows in the outbox (the rows are what counts).
 */
const MOVES_AT_ONCE = 20;
const MOVE_MESSAGES = 100;

/**
 * `PUT /api/orgs/units` (admin): creates or updates units of the agency tree. A unit given another
 * parent is written with its move in the outbox: the old parent's chain and the new one's are
 * recomputed through the queue (and at once, for the first few), never left to a client.
 */
export const putUnits = httpFunction({
  name: "putUnits",
  methods: ["PUT"],
  route: "orgs/units",
  handler: endpoint(async ({ request, services, lang, caller }) => {
    mustAdminister(await caller());
    const body = await readJson(request, unitsBodySchema, lang);
    const { tree, moved } = await storeUnits(services.store, body.units);
    for (const unitId of moved.slice(0, MOVES_AT_ONCE))
      await settleSoon(services.store, tree, { moved: unitId });
    for (const unitId of moved.slice(MOVES_AT_ONCE, MOVES_AT_ONCE + MOVE_MESSAGES)) {
      const sent = await sendRollupMessage(services.store, { moved: unitId }).then(
        () => true,
        () => false,
      );
      if (!sent) break;
    }
    return { status: 200, jsonBody: { units: [...tree.units.values()] } };
  }),
});
