import type { Finding, RawFinding } from "../../shared/findings.js";
import type { Lang } from "../../shared/i18n.js";
import type { Collective, Person } from "../../shared/roster/person.js";
import { PersonTable } from "../../shared/roster/personTable.js";
import type { Rule, RuleContext } from "../../shared/rules/rule.js";
import { resolveSettings, settingsSchema, type SettingsInput } from "../../shared/settings.js";
import { foldKey } from "../../shared/text.js";

export interface RunOptions {
  /** Evaluation year: picks the rule set (2020–2022 → 2020, 2023–2024 → 2023, 2025, 2026+). */
  year?: number;
  /** Settings beyond the year, as a user would give them. */
  settings?: Omit<SettingsInput, "year">;
  /** Collective ratings (collectives sheet), keyed by folded name as the engine does. */
  collectives?: readonly Collective[];
  lang?: Lang;
}

/** Runs one rule as the engine does (skipped when it does not apply), returning raw findings. */
export function runRuleRaw(rule: Rule, people: readonly Person[], options: RunOptions = {}): RawFinding[] {
  const year = options.year ?? 2026;
  const settings = resolveSettings(settingsSchema.parse({ ...options.settings, year }), year);
  const ctx: RuleContext = {
    settings,
    ruleSet: settings.ruleSet,
    collectives: new Map((options.collectives ?? []).map((c) => [foldKey(c.name), c])),
  };
  if (!rule.appliesTo(ctx.ruleSet, settings)) return [];
  const out: RawFinding[] = [];
  const emit = (f: RawFinding) => out.push(f);
  // The people by column, as the engine holds them: a person rule runs on each sheet's rows.
  const table = PersonTable.fromPeople(people);
  table.sheets.forEach((run, k) => rule.checkRows?.(table, run.start, table.runEnd(k), ctx, emit));
  rule.checkTable?.(table, ctx, emit);
  return out;
}

/** Runs one rule and returns its findings in one language (Vietnamese unless asked). */
export function runRule(rule: Rule, people: readonly Person[], options: RunOptions = {}): Finding[] {
  const lang = options.lang ?? "vi";
  return runRuleRaw(rule, people, options).map((f) => ({
    ...f,
    rows: f.rows ? [...f.rows] : undefined,
    message: f.message[lang],
  }));
}
