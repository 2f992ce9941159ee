/**
 * The quota on suggested levels (RULES.md §5): in each scope, of those whose ceiling is HTXSNV only as
 * many as the allowed count keep it, in the quota's order (votes, then score); the others get HTTNV.
 * Scopes, groups, populations (§9), rates and order are those of `checkQuota`, run on the suggested
 * levels; a derived group is a guess at the agency's groups and never lowers a level.
 */
import { formatNumber, type Localized } from "../i18n.js";
import {
  allowedExcellent,
  checkQuota,
  quotaSource,
  scopePhrase,
  type QuotaPerson,
  type QuotaResult,
  type QuotaTrack,
} from "../quota/index.js";
import type { PersonTable } from "../roster/personTable.js";
import type { QuotaRounding, ResolvedSettings } from "../settings.js";
import type { Bound, Levels } from "./ceiling.js";
import type { SuggestedField, SuggestionReason } from "./types.js";

/** A person's suggestion while the quota is applied: its levels, and the quota's bounds on them. */
export interface QuotaEntry {
  /** The levels suggested at the top: a level left undefined is not the suggestions' to set. */
  top: Levels;
  levels: Levels;
  bounds: Bound[];
  /** Ties at a quota's edge: roster order decided who keeps HTXSNV. */
  ties: SuggestionReason[];
}

/**
 * How many of a group's `remaining` HTXSNV may keep it. Under the default base (HTTNV only) those who
 * fall to HTTNV join the base, so the count is the largest k with k ≤ allowed(base + excellent − k).
 */
function keptCount(result: QuotaResult, remaining: number, rounding: QuotaRounding): number {
  const base = (kept: number) =>
    result.baseKind === "good" ? result.base + result.excellent - kept : result.base;
  let kept = remaining;
  while (kept > 0 && kept > allowedExcellent(result.rate, base(kept), rounding)) kept--;
  return kept;
}

function quotaReason(
  field: SuggestedField,
  result: QuotaResult,
  rank: number,
  kept: number,
  settings: ResolvedSettings,
): SuggestionReason {
  const scope = scopePhrase(result);
  const rate = (lang: "vi" | "en") => `${formatNumber(result.rate * 100, lang)}%`;
  const n = result.people.length;
  return {
    field,
    ruleId: "quota.excellent",
    source: quotaSource(settings, result),
    vi: `Ngoài tỷ lệ ${rate("vi")} HTXSNV trong ${scope.vi}: chỉ ${kept} người giữ được HTXSNV, người này xếp thứ ${rank}/${n} theo số phiếu rồi điểm`,
    en: `Outside the ${rate("en")} Excellent quota in ${scope.en}: only ${kept} may keep Excellent; ranked ${rank} of ${n} by votes, then score`,
  };
}

function tieReason(field: SuggestedField, scope: Localized): SuggestionReason {
  return {
    field,
    ruleId: "quota.excellent",
    vi: `Chưa chắc chắn: bằng số phiếu và điểm với người khác ở ranh giới tỷ lệ HTXSNV trong ${scope.vi}, thứ tự theo danh sách quyết định`,
    en: `Not certain: same votes and score as others at the edge of the Excellent quota in ${scope.en}; roster order decided`,
  };
}

const sameRank = (a: QuotaPerson, b: QuotaPerson) => a.votes === b.votes && a.score === b.score;

/** A tie told once, however many passes meet it. */
function addTie(entry: QuotaEntry, reason: SuggestionReason): void {
  if (!entry.ties.some((t) => t.vi === reason.vi)) entry.ties.push(reason);
}

/**
 * Brings the suggested levels of one track within every scope of its quota. Each pass runs the quota
 * check on the levels as they stand and bounds those outside it at HTTNV; `recompute` then works
 * their levels out again under that bound (a Party level follows a staff level that fell), and rates
 * its row at them. Passes repeat until no scope is over, since a recomputed level may leave a base
 * smaller. `rated` holds the people rated at their suggestions, entry i in row i.
 */
export function applyQuota<E extends QuotaEntry>(
  track: QuotaTrack,
  entries: readonly E[],
  rated: PersonTable,
  settings: ResolvedSettings,
  unitName: string | undefined,
  recompute: (entry: E) => void,
): void {
  const field: SuggestedField = track === "party" ? "partyLevel" : "level";
  const quotaScopes = settings.quotaScopes.filter((s) => (s.scope === "party") === (track === "party"));
  if (quotaScopes.length === 0) return;
  const scoped = { ...settings, quotaScopes };
  const bySheet = new Map<string, Map<number, E>>();
  rated.sheets.forEach(({ start, sheet }, k) => {
    const byRow = bySheet.get(sheet.name) ?? bySheet.set(sheet.name, new Map()).get(sheet.name)!;
    for (let i = start; i < rated.runEnd(k); i++) byRow.set(rated.row[i]!, entries[i]!);
  });
  for (;;) {
    const fallen = new Set<E>();
    // The agency last: it then chooses among those its groups and units let keep HTXSNV, so none
    // keeps it there only to fall in a group while someone the agency let fall could have kept it.
    const results = checkQuota(rated, scoped, unitName).results;
    results.sort((a, b) => Number(a.scope === "agency") - Number(b.scope === "agency"));
    for (const result of results) {
      if (result.excess === 0 || result.derived) continue;
      const ranked = result.people.map((q) => [q, bySheet.get(q.sheet)!.get(q.row)!] as const);
      const remaining = ranked.filter(([, e]) => !fallen.has(e));
      const kept = keptCount(result, remaining.length, settings.quotaRounding);
      // A level the suggestions do not set (a người lao động's, written in the roster) keeps its
      // place: only the others can fall, so they keep what is left.
      const movable = remaining.filter(([, e]) => e.top[field] !== undefined).map(([q]) => q);
      const keptMovable = Math.max(0, kept - (remaining.length - movable.length));
      const edge = movable[keptMovable - 1];
      const next = movable[keptMovable];
      const tie = edge && next && sameRank(edge, next) ? edge : undefined;
      let place = 0;
      for (const [i, [q, e]] of ranked.entries()) {
        if (fallen.has(e) || e.top[field] === undefined) continue;
        if (tie && sameRank(q, tie)) addTie(e, tieReason(field, scopePhrase(result)));
        if (place++ < keptMovable) continue;
        e.bounds.push({ field, level: "HTTNV", reason: quotaReason(field, result, i + 1, kept, settings) });
        fallen.add(e);
      }
    }
    // Levels that did not move leave the table as it was, and the next pass as this one: a level the
    // suggestions do not set (a người lao động's) keeps a scope over whatever falls.
    let moved = false;
    for (const e of fallen) {
      const before = e.levels;
      recompute(e);
      moved ||= e.levels.level !== before.level || e.levels.partyLevel !== before.partyLevel;
    }
    if (!moved) return;
  }
}
