import { CONSOLIDATED_PAGE, type ConsolidatedAnswer, type Totals } from "../../shared/api/answers.js";
import { LEVELS } from "../../shared/levels.js";
import { unitStatus, type UnitStatus } from "../../shared/report/index.js";
import { emptySummary, STAFF_KEYS, type UnitSummary } from "../../shared/summary/index.js";
import { mustReview } from "../auth/access.js";
import { endpoint } from "../http/endpoint.js";
import { RequestProblem } from "../http/problem.js";
import { httpFunction } from "../registry.js";
import { ApprovedRates } from "../report/subtreeQuota.js";
import { readWithChildren, type Rollup } from "../storage/rollups.js";
import type { Unit, UnitTree } from "../storage/units.js";
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

/** A unit's status from its own version against its deadline and from how many units below it reported. */
function status(tree: UnitTree, unit: Unit, rollup: Rollup | undefined): UnitStatus {
  const own = rollup?.own;
  const counted = rollup?.total.units ?? 0;
  const below = { reported: Math.max(0, counted - (own ? 1 : 0)), units: tree.subtree(unit.id).length - 1 };
  return unitStatus(own?.submittedAt, unit.deadline, below);
}

/**
 * `GET …/consolidated` (a reviewer of the unit or above): the subtree's totals from the unit's
 * roll-up, and each child's status and totals as added into it: one query of the unit's roll-up
 * partition, not one read per child or per person. The quota of each population is each unit's own
 * check added up (its settings, and the rate approved for it, if any).
 */
/** The children after `after` (from the first when null), one page of them, and the id to go on from. */
function childrenPage(children: readonly Unit[], after: string | null): { children: Unit[]; next?: string } {
  const start = after === null ? 0 : children.findIndex((c) => c.id === after) + 1;
  if (start === 0 && after !== null)
    throw new RequestProblem(400, {
      vi: `"after=${after.slice(0, 100)}" không phải một đơn vị trực thuộc: hãy hỏi lại từ đầu.`,
      en: `"after=${after.slice(0, 100)}" is not one of the units below: ask again from the start.`,
    });
  const page = children.slice(start, start + CONSOLIDATED_PAGE);
  return start + CONSOLIDATED_PAGE < children.length
    ? { children: page, next: page.at(-1)!.id }
    : { children: page };
}

export const getConsolidated = httpFunction({
  name: "getConsolidated",
  methods: ["GET"],
  route: "periods/{year}/units/{unitId}/consolidated",
  handler: endpoint(async ({ request, services, caller }) => {
    const who = await caller();
    const tree = await readTree(services.store);
    const { year, unit } = periodUnit(request, tree, who);
    mustReview(who, unit.id, tree);
    const page = childrenPage(tree.childrenOf(unit.id), request.query.get("after"));
    const [{ rollup: own, children: parts }, approved, settling] = await Promise.all([
      readWithChildren(services.store, year, unit.id),
      ApprovedRates.read(services.store, tree, year, unit.id),
      settlingOf(services.store, tree, year, unit.id),
    ]);
    return {
      status: 200,
      jsonBody: {
        unitId: unit.id,
        year,
        status: status(tree, unit, own),
        total: totals(own?.total ?? emptySummary()),
        children: page.children.map((child) => {
          const part = parts.get(child.id);
          return {
            unitId: child.id,
            name: child.name,
            status: status(tree, child, part),
            ...(part ? { summary: totals(part.total) } : {}),
            quota: approved.apply(tree, child.id, part?.total.quotaTally),
          };
        }),
        quota: approved.apply(tree, unit.id, own?.total.quotaTally),
        approvedRates: approved.below(tree, unit.id),
        ...settling,
        ...(page.next ? { next: page.next } : {}),
      } satisfies ConsolidatedAnswer,
    };
  }),
});
