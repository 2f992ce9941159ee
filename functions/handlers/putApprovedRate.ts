import { z } from "zod";
import type { ApprovedRateAnswer } from "../../shared/api/answers.js";
import { mustGrantRate } from "../auth/access.js";
import { readJson } from "../http/body.js";
import { endpoint } from "../http/endpoint.js";
import { httpFunction } from "../registry.js";
import { writeApprovedRate } from "../report/approvedRates.js";
import { readTree } from "../storage/units.js";
import { periodUnit } from "./period.js";

/** A rate between 0 and 1 (`0.25` for 25%), or null to withdraw it. */
const bodySchema = z.strictObject({ rate: z.number().min(0).max(1).nullable() });

/**
 * `PUT …/approved-rate` (an admin, or a reviewer of a unit above this one: the competent authority,
 * never the unit itself): the higher HTXSNV rate granted to the unit for the year (RULES.md §5,
 * ND48, ND335). The consolidated view and the report count the unit's quota at that rate and name it.
 */
export const putApprovedRate = httpFunction({
  name: "putApprovedRate",
  methods: ["PUT"],
  route: "periods/{year}/units/{unitId}/approved-rate",
  handler: endpoint(async ({ request, services, lang, caller }) => {
    const who = await caller();
    const tree = await readTree(services.store);
    const { year, unit } = periodUnit(request, tree, who);
    mustGrantRate(who, unit.id, tree);
    const { rate } = await readJson(request, bodySchema, lang);
    await writeApprovedRate(services.store, year, unit.id, rate);
    return { status: 200, jsonBody: { unitId: unit.id, year, rate } satisfies ApprovedRateAnswer };
  }),
});
