import type { PersonTable } from "../roster/personTable.js";
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

function quotaPerson(table: PersonTable, i: number, withinQuota: boolean): QuotaPerson {
  const out: QuotaPerson = {
    name: table.fullName[i]!,
    sheet: table.runOf(i).sheet.name,
    row: table.row[i]!,
    withinQuota,
  };
  const unit = table.unit[i];
  const votes = table.votesFor[i]!;
  const score = table.score[i]!;
  if (unit !== undefined) out.unit = unit;
  if (votes === votes) out.votes = votes;
  if (score === score) out.score = score;
  return out;
}

/** One group checked against its rate: counts, allowed, excess, and who is outside the quota. */
export function evaluateGroup(
  table: PersonTable,
  group: ScopeGroup,
  baseKind: QuotaBase,
  rate: number,
  rounding: QuotaRounding,
): QuotaResult {
  const { base, excellent } = group;
  const allowed = allowedExcellent(rate, base, rounding);
  const excess = Math.max(0, excellent.length - allowed);
  const ordered = quotaOrder(table, excellent);
  const result: QuotaResult = {
    scope: group.scope,
    key: group.key,
    base,
    baseKind,
    rate,
    excellent: excellent.length,
    allowed,
    excess,
    people: ordered.map((row, k) => quotaPerson(table, row, k < ordered.length - excess)),
  };
  if (group.derived) result.derived = true;
  const s = share(excellent.length, base);
  if (s !== undefined) result.share = s;
  return result;
}
