import type { HttpRequest } from "@azure/functions";
import { RequestProblem } from "../http/problem.js";
import type { Unit, UnitTree } from "../storage/units.js";

/** The `{year}` and `{unitId}` of a period route, the unit known to the tree (404 otherwise). */
export function periodUnit(request: HttpRequest, tree: UnitTree): { year: number; unit: Unit } {
  const year = Number(request.params.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new RequestProblem(400, {
      vi: `Năm đánh giá "${request.params.year}" không hợp lệ.`,
      en: `Invalid evaluation year "${request.params.year}".`,
    });
  const unit = tree.units.get(request.params.unitId ?? "");
  if (!unit)
    throw new RequestProblem(404, {
      vi: `Không có đơn vị "${request.params.unitId}".`,
      en: `No unit "${request.params.unitId}".`,
    });
  return { year, unit };
}
