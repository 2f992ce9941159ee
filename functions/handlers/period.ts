import type { HttpRequest } from "@azure/functions";
import { forbidden } from "../auth/access.js";
import type { Identity } from "../auth/identity.js";
import { RequestProblem } from "../http/problem.js";
import type { Unit, UnitTree } from "../storage/units.js";

/**
 * The `{year}` (four plain decimal digits: not `0x7EA`, `2026e0` or `+2026`) and `{unitId}` of a
 * period route. A unit not in the tree is 404 to an admin, who may see every unit, and 403 to
 * anyone else, as a unit that exists but is not theirs: nobody can probe which units exist.
 */
export function periodUnit(
  request: HttpRequest,
  tree: UnitTree,
  who: Identity,
): { year: number; unit: Unit } {
  const year = periodYear(request);
  const unit = tree.units.get(request.params.unitId ?? "");
  if (!unit) {
    if (!who.roles.includes("admin")) throw forbidden();
    throw new RequestProblem(404, {
      vi: `Không có đơn vị "${request.params.unitId?.slice(0, 100)}".`,
      en: `No unit "${request.params.unitId?.slice(0, 100)}".`,
    });
  }
  return { year, unit };
}

/** The `{year}` of a period route: four plain decimal digits, 2000 to 2100 (400 otherwise). */
export function periodYear(request: HttpRequest): number {
  const text = request.params.year ?? "";
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= 2000 && year <= 2100))
    throw new RequestProblem(400, {
      vi: `Năm đánh giá "${text.slice(0, 20)}" không hợp lệ.`,
      en: `Invalid evaluation year "${text.slice(0, 20)}".`,
    });
  return year;
}
