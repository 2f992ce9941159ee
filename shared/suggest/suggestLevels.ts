import type { SheetValues } from "../cells.js";
import { prepareRoster, readSheets, type CheckOptions } from "../check.js";
import { STAFF_TYPE_CODES } from "../roster/labelCodes.js";
import type { RosterSheet } from "../roster/person.js";
import type { PersonTable } from "../roster/personTable.js";
import type { SheetReadResult } from "../roster/readSheet.js";
import { ALL_RULES } from "../rules/index.js";
import { isPartyMemberAt } from "../rules/helpers.js";
import type { Rule } from "../rules/rule.js";
import type { Settings } from "../settings.js";
import { isStateStaff } from "../staffTypes.js";
import { ceiling, type Ceiling, type Levels } from "./ceiling.js";
import { MissingData } from "./missingData.js";
import { applyQuota, type QuotaEntry } from "./quota.js";
import type { Suggestion, SuggestionReason } from "./types.js";

const CONTRACT_WORKER: SuggestionReason = {
  field: "level",
  vi: "Người lao động: không áp dụng quy định xếp loại cán bộ, công chức, viên chức và tỷ lệ HTXSNV; không đề xuất mức",
  en: "Contract worker (NLĐ): the rating rules for state staff and the Excellent quota do not apply; no level suggested",
};

/** A person's suggestion while it is worked out. */
interface Entry extends QuotaEntry, Ceiling {
  /** The person's row in the table rated at the suggestions. */
  i: number;
  sheet: RosterSheet;
  /** The person rules the person's sheet has the columns for. */
  rules: readonly Rule[];
}

/** The best a clerk could propose: HTXSNV for state staff, and for Party members where the roster rates them. */
function topLevels(t: PersonTable, i: number, sheet: RosterSheet): Levels {
  const top: Levels = {};
  if (isStateStaff(STAFF_TYPE_CODES.labels[t.staffType[i]!])) top.level = "HTXSNV";
  if (isPartyMemberAt(t, i) && sheet.fieldColumns.partyLevel) top.partyLevel = "HTXSNV";
  return top;
}

/**
 * Đề xuất (issue 4): for each person of a roster, the highest level the rules allow, and why, in
 * roster order. The same preparation as the check, so the task pane passes the sheets and settings
 * it checked. Each person is rated at the top and lowered to the lowest cap the person rules set
 * (`ceiling`); then the quota keeps HTXSNV for as many as each scope allows, in the quota's order;
 * a suggestion is not certain where data a rule needs is missing (`MissingData`).
 */
export function suggestLevels(
  reads: readonly SheetReadResult[],
  settingsInput: Settings,
  options: CheckOptions,
): Suggestion[] {
  const { settings, ctx, table, personRules } = prepareRoster(reads, settingsInput, options);
  // Each person is rated in its row of a copy, at the levels asked about, and left at its suggestion.
  const rated = table.copy();
  const entries: Entry[] = [];
  rated.sheets.forEach(({ start, sheet }, k) => {
    const rules = personRules.get(sheet)!;
    for (let i = start; i < rated.runEnd(k); i++) {
      const top = topLevels(rated, i, sheet);
      entries.push({ i, sheet, top, rules, bounds: [], ties: [], ...ceiling(rated, i, top, [], rules, ctx) });
    }
  });
  const recompute = (e: Entry) => Object.assign(e, ceiling(rated, e.i, e.top, e.bounds, e.rules, ctx));
  applyQuota("staff", entries, rated, settings, options.unitName, recompute);
  applyQuota("party", entries, rated, settings, options.unitName, recompute);

  const rules = ALL_RULES.filter((r) => r.checkRows && r.appliesTo(settings.ruleSet, settings));
  const missing = new MissingData(rules, ctx, rated);
  return entries.map((e) => {
    const doubts = [...e.doubts, ...e.ties, ...missing.reasons(rated, e.i, e.sheet, e.levels)];
    const suggestion: Suggestion = {
      sheet: e.sheet.name,
      row: rated.row[e.i]!,
      person: rated.fullName[e.i]!,
      reasons: [...(e.top.level === undefined ? [CONTRACT_WORKER] : []), ...e.reasons, ...doubts],
      certain: doubts.length === 0,
    };
    if (e.levels.level !== undefined) suggestion.level = e.levels.level;
    if (e.levels.partyLevel !== undefined) suggestion.partyLevel = e.levels.partyLevel;
    return suggestion;
  });
}

/** Reads and suggests for sheets held in memory, as `checkSheets` does for the check. */
export function suggestSheets(
  sheets: readonly SheetValues[],
  settings: Settings,
  options: CheckOptions,
): Suggestion[] {
  return suggestLevels(readSheets(sheets, settings), settings, options);
}
