import { RequestProblem } from "../http/problem.js";
import type { UnitTree } from "../storage/units.js";
import type { Identity } from "./identity.js";

export const forbidden = () =>
  new RequestProblem(403, {
    vi: "Tài khoản không có quyền với đơn vị này.",
    en: "This account has no right to this unit.",
  });

/** A clerk submits for its own unit only. */
export function mustSubmitFor(who: Identity, unitId: string): void {
  if (!who.roles.includes("clerk") || who.unitId !== unitId) throw forbidden();
}

/** A clerk reads its own unit; a reviewer its unit and every unit below; an admin every unit. */
export function mustRead(who: Identity, unitId: string, tree: UnitTree): void {
  if (who.roles.includes("admin")) return;
  if (who.roles.includes("clerk") && who.unitId === unitId) return;
  if (who.roles.includes("reviewer") && tree.isWithin(unitId, who.unitId)) return;
  throw forbidden();
}

/** Only an admin changes the agency tree. */
export function mustAdminister(who: Identity): void {
  if (!who.roles.includes("admin")) throw forbidden();
}

/** Consolidated views and reports: a reviewer of the unit or of a unit above it, or an admin. */
export function mustReview(who: Identity, unitId: string, tree: UnitTree): void {
  if (who.roles.includes("admin")) return;
  if (who.roles.includes("reviewer") && tree.isWithin(unitId, who.unitId)) return;
  throw forbidden();
}

/** An approved rate is granted by the competent authority: an admin, or a reviewer of a unit above it. */
export function mustGrantRate(who: Identity, unitId: string, tree: UnitTree): void {
  if (who.roles.includes("admin")) return;
  if (who.roles.includes("reviewer") && unitId !== who.unitId && tree.isWithin(unitId, who.unitId)) return;
  throw forbidden();
}
