import { allowedExcellent } from "../../shared/quota/index.js";
import { LEVELS } from "../../shared/levels.js";
import { ruleSetForYear } from "../../shared/ruleSets/index.js";
import { emptySummary, STAFF_KEYS, type StaffKey, type UnitSummary } from "../../shared/summary/index.js";
import { mustReview } from "../auth/access.js";
import type { ConsolidatedAnswer, ConsolidatedChild, SubtreeQuota, Totals } from "../http/answers.js";
import { endpoint } from "../http/endpoint.js";
import { httpFunction } from "../registry.js";
import { readWithChildren, type Rollup } from "../storage/rollups.js";
import type { Unit } from "../storage/units.js";
import { readTree } from "../storage/units.js";
import { periodUnit } from "./period.js";
import { settlingOf } from "./settling.js";

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

/** The staff types each quota population counts (RULES.md §9, `by-law`, viên chức under ND233 by default). */
const POPULATIONS: Record<
  "by-law" | "all-staff",
  readonly { population?: "CC" | "VC" | "other"; types: readonly StaffKey[] }[]
> = {
  "by-law": [
    { population: "CC", types: ["CC"] },
    { population: "VC", types: ["VC"] },
    { population: "other", types: ["CB", "unknown"] },
  ],
  "all-staff": [{ types: ["CB", "CC", "VC", "unknown"] }],
};

/**
 * The quota over the subtree, from its counts: state staff rated HTXSNV against 20% of those rated
 * HTTNV (RULES.md §5 defaults), per population from 2026 (§9: công chức among công chức, viên chức
 * among viên chức). The per-unit checks, with each unit's settings, are in its submission.
 */
function subtreeQuota(unit: Unit, summary: UnitSummary, year: number): SubtreeQuota[] {
  const populations = POPULATIONS[ruleSetForYear(year).quotaPopulation];
  return populations.flatMap(({ population, types }) => {
    const counts = types.map((t) => summary.byStaffType[t]);
    const excellent = counts.reduce((n, c) => n + c.HTXSNV, 0);
    const base = counts.reduce((n, c) => n + c.HTTNV, 0);
    if (population !== undefined && excellent + base === 0) return [];
    const allowed = allowedExcellent(0.2, base, "exact");
    const quota: SubtreeQuota = {
      scope: "agency",
      key: unit.name,
      excellent,
      base,
      allowed,
      excess: Math.max(0, excellent - allowed),
    };
    if (population !== undefined) quota.population = population;
    return [quota];
  });
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
 * roll-up, and each child's status and totals as added into it: one query of the unit's roll-up
 * partition, not one read per child or per person.
 */
export const getConsolidated = httpFunction({
  name: "getConsolidated",
  methods: ["GET"],
  route: "periods/{year}/units/{unitId}/consolidated",
  handler: endpoint(async ({ request, services, caller }) => {
    const who = await caller();
    const tree = await readTree(services.store);
    const { year, unit } = periodUnit(request, tree, who);
    mustReview(who, unit.id, tree);
    const children = tree.childrenOf(unit.id);
    const [{ rollup: own, children: parts }, settling] = await Promise.all([
      readWithChildren(services.store, year, unit.id),
      settlingOf(services.store, tree, year, unit.id),
    ]);
    const rollups = children.map((c) => parts.get(c.id));
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
        quota: subtreeQuota(unit, own?.total ?? emptySummary(), year),
        ...settling,
      } satisfies ConsolidatedAnswer,
    };
  }),
});
