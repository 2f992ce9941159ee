import { buildReport, unitStatus, type ReportModel, type ReportUnit } from "../../shared/report/index.js";
import { addTallies, sumSummaries } from "../../shared/summary/index.js";
import { mustReview } from "../auth/access.js";
import type { Call } from "../http/endpoint.js";
import { periodUnit } from "../handlers/period.js";
import type { Store } from "../storage/store.js";
import type { Unit, UnitTree } from "../storage/units.js";
import { readTree } from "../storage/units.js";
import { readApprovedRates } from "./approvedRates.js";
import { readLatestVersion, versionTally } from "./latestVersions.js";

/**
 * A reporting unit's block from the latest version of every unit under it (itself included): the
 * counts and name lists added up, the quota of each population as each unit's own check at its own
 * settings and approved rate, the rates approved in it, and its status from its own version and
 * the units below that reported.
 */
async function block(
  store: Store,
  tree: UnitTree,
  year: number,
  unit: Unit,
  rates: ReadonlyMap<string, number>,
  ids: readonly string[] = tree.subtree(unit.id),
): Promise<ReportUnit> {
  const versions = await Promise.all(ids.map((id) => readLatestVersion(store, year, id)));
  const reported = ids.flatMap((id, i) => (versions[i] ? [{ id, version: versions[i]! }] : []));
  const summary = sumSummaries(reported.map((r) => r.version.summary));
  summary.units = reported.length;
  summary.quotaTally = reported
    .map((r) => versionTally(r.version, rates.get(r.id)))
    .reduce((a, b) => addTallies(a, b), {});
  const approvedRates = reported.flatMap(({ id }) => {
    const rate = rates.get(id);
    return rate === undefined ? [] : [{ unit: tree.units.get(id)!.name, rate }];
  });
  const own = versions[0];
  const below = { reported: reported.length - (own ? 1 : 0), units: ids.length - 1 };
  return {
    name: unit.name,
    summary,
    status: unitStatus(own?.submittedAt, unit.deadline, below),
    ...(approvedRates.length > 0 ? { approvedRates } : {}),
  };
}

/**
 * The consolidated report of REPORT.md for the unit of a `…/report.*` route, as the shared report
 * model: one block per reporting unit (the unit's children, and the unit's own list if it sent one)
 * with its status.
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
  const rates = await readApprovedRates(store, year);
  // The unit's own staff, when it has sent a list of its own, come first, as a block of their own.
  const [own, ...children] = await Promise.all([
    block(store, tree, year, unit, rates, [unit.id]),
    ...tree.childrenOf(unit.id).map((child) => block(store, tree, year, child, rates)),
  ]);
  const units = own!.summary.units ? [own!, ...children] : children;
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
