import {
  buildReport,
  type ReportModel,
  type ReportUnit,
  type UnitStatus,
} from "../../shared/report/index.js";
import { emptySummary, type UnitSummary } from "../../shared/summary/index.js";
import { mustReview } from "../auth/access.js";
import type { Call } from "../http/endpoint.js";
import { periodUnit } from "../handlers/period.js";
import { readRollup, type Rollup } from "../storage/rollups.js";
import type { Store } from "../storage/store.js";
import { readVersion } from "../storage/submissions.js";
import type { Unit, UnitTree } from "../storage/units.js";
import { readTree } from "../storage/units.js";

function statusOf(unit: Unit, rollup: Rollup | undefined): UnitStatus {
  const own = rollup?.own;
  const deadline = unit.deadline;
  if (!own) return { state: "missing", ...(deadline ? { deadline } : {}) };
  const submittedAt = own.submittedAt.slice(0, 10);
  const late = deadline !== undefined && submittedAt > deadline;
  return { state: late ? "late" : "on-time", submittedAt, ...(deadline ? { deadline } : {}) };
}

/** A block's counts from the roll-up, its name lists from the latest version of every unit under it. */
async function block(
  store: Store,
  tree: UnitTree,
  year: number,
  unit: Unit,
  total: UnitSummary,
): Promise<UnitSummary> {
  const versions = await Promise.all(tree.subtree(unit.id).map((id) => readVersion(store, year, id)));
  const lists = versions.flatMap((v) => (v ? [v.summary] : []));
  return {
    ...total,
    excellent: lists.flatMap((s) => s.excellent),
    failed: lists.flatMap((s) => s.failed),
    notRated: lists.flatMap((s) => s.notRated),
  };
}

/**
 * The consolidated report of REPORT.md for the unit of a `…/report.*` route, as the shared report
 * model: one block per reporting unit (the unit's children) with its status against its deadline.
 * The caller must review the unit (a reviewer of it or above, or an admin). Both report routes come
 * here, so the workbook and the task pane's sheets are drawn from the same model under the same rule.
 */
export async function consolidatedReport({
  request,
  services,
  lang,
  caller,
}: Call): Promise<{ year: number; unit: Unit; model: ReportModel }> {
  const who = await caller();
  const { store } = services;
  const tree = await readTree(store);
  const { year, unit } = periodUnit(request, tree, who);
  mustReview(who, unit.id, tree);
  const reporting = tree.childrenOf(unit.id);
  const rollups = await Promise.all(reporting.map((c) => readRollup(store, year, c.id)));
  const units: ReportUnit[] = await Promise.all(
    reporting.map(async (child, i) => ({
      name: child.name,
      summary: await block(store, tree, year, child, rollups[i]?.total ?? emptySummary()),
      status: statusOf(child, rollups[i]),
    })),
  );
  const parent = unit.parentId ? tree.units.get(unit.parentId) : undefined;
  const model = buildReport({
    year,
    lang,
    agency: { name: unit.name.toUpperCase(), ...(parent ? { superior: parent.name.toUpperCase() } : {}) },
    date: services.now().toISOString().slice(0, 10),
    units,
    rate: 0.2,
  });
  return { year, unit, model };
}
