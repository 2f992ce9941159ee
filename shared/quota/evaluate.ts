import type { Person } from "../roster/person.js";
import type { QuotaBase, QuotaRounding } from "../settings.js";
import { allowedExcellent } from "./allowed.js";
import type { ScopeGroup } from "./groups.js";
import { quotaOrder } from "./order.js";
import type { QuotaPerson, QuotaResult } from "./types.js";

/** The denominator and the number rated HTXSNV among members of a population. */
export interface Tally {
  base: number;
  excellent: number;
}

export function share(excellent: number, base: number): number | undefined {
  return base > 0 ? excellent / base : undefined;
}

function quotaPerson(person: Person, withinQuota: boolean): QuotaPerson {
  const out: QuotaPerson = { name: person.fullName, sheet: person.sheet.name, row: person.row, withinQuota };
  if (person.unit !== undefined) out.unit = person.unit;
  if (person.votesFor !== undefined) out.votes = person.votesFor;
  if (person.score !== undefined) out.score = person.score;
  return out;
}

/** One group checked against its rate: counts, allowed, excess, and who is outside the quota. */
export function evaluateGroup(
  group: ScopeGroup,
  baseKind: QuotaBase,
  rate: number,
  rounding: QuotaRounding,
): QuotaResult {
  const { base, excellent } = group;
  const allowed = allowedExcellent(rate, base, rounding);
  const excess = Math.max(0, excellent.length - allowed);
  const ordered = quotaOrder(excellent);
  const result: QuotaResult = {
    scope: group.scope,
    key: group.key,
    base,
    baseKind,
    rate,
    excellent: excellent.length,
    allowed,
    excess,
    people: ordered.map((p, i) => quotaPerson(p, i < ordered.length - excess)),
  };
  if (group.derived) result.derived = true;
  const s = share(excellent.length, base);
  if (s !== undefined) result.share = s;
  return result;
}
