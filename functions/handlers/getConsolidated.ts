import { allowedExcellent } from "../../shared/quota/index.js";
import { LEVELS } from "../../shared/levels.js";
import { emptySummary, STAFF_KEYS, type UnitSummary } from "../../shared/summary/index.js";
import { mustReview } from "../auth/access.js";
import type { ConsolidatedAnswer, ConsolidatedChild, SubtreeQuota, Totals } from "../http/answers.js";
import { endpoint } from "../http/endpoint.js";
import { httpFunction } from "../registry.js";
import { readRollup, type Rollup } from "../storage/rollups.js";
import type { Unit } from "../storage/units.js";
import { readTree } from "../storage/units.js";
import { periodUnit } from "./period.js";

function totals(summary: UnitSummary): Totals {
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<(typeof LEVELS)[number], number>;
  const byStaffType: Record<string, number> = {};
  for (const type of STAFF_KEYS) {
    const counts = summary.byStaffType[type];
    byStaffType[type] = Object.values(counts).reduce((a, b) => a + b, 0);
    for (const l of LEVELS) byLevel[l] += counts[l];
  }
  return { people: summary.people, byLevel, byStaffType };
}

/**
 * The quota over the subtree, from its counts: state staff rated HTXSNV against 20% of those rated
 * HTTNV (RULES.md §5 defaults). The per-unit checks, with each unit's settings, are in its submission.
 */
function subtreeQuota(unit: Unit, summary: UnitSummary): SubtreeQuota[] {
  const state = (["CB", "CC", "VC", "unknown"] as const).map((t) => summary.byStaffType[t]);
  const excellent = state.reduce((n, c) => n + c.HTXSNV, 0);
  const base = state.reduce((n, c) => n + c.HTTNV, 0);
  const allowed = allowedExcellent(0.2, base, "exact");
  return [
    { scope: "agency", key: unit.name, excellent, base, allowed, excess: Math.max(0, excellent - allowed) },
  ];
}

/** A child's status against its deadline: submitted, late, or missing. */
function status(unit: Unit, rollup: Rollup | undefined): Pick<ConsolidatedChild, "status" | "submittedAt"> {
  const own = rollup?.own;
  if (!own) return { status: "missing" };
  const late = unit.deadline !== undefined && own.submittedAt.slice(0, 10) > unit.deadline;
  return { status: late ? "late" : "submitted", submittedAt: own.submittedAt };
}

/**
 * `GET …/consolidated` (a reviewer of the unit or above): the subtree's totals from the unit's
 * roll-up, and each child's status and totals: one read per child, not one per person.
 */
export const getConsolidated = httpFunction({
  name: "getConsolidated",
  methods: ["GET"],
  route: "periods/{year}/units/{unitId}/consolidated",
  handler: endpoint(async ({ request, services, caller }) => {
    const who = await caller();
    const tree = await readTree(services.store);
    const { year, unit } = periodUnit(request, tree);
    mustReview(who, unit.id, tree);
    const children = tree.childrenOf(unit.id);
    const [own, ...rollups] = await Promise.all([
      readRollup(services.store, year, unit.id),
      ...children.map((c) => readRollup(services.store, year, c.id)),
    ]);
    return {
      status: 200,
      jsonBody: {
        unitId: unit.id,
        year,
        total: totals(own?.total ?? emptySummary()),
        children: children.map((child, i) => ({
          unitId: child.id,
          name: child.name,
          ...status(child, rollups[i]),
          ...(rollups[i] ? { summary: totals(rollups[i]!.total) } : {}),
        })),
        quota: subtreeQuota(unit, own?.total ?? emptySummary()),
      } satisfies ConsolidatedAnswer,
    };
  }),
});
