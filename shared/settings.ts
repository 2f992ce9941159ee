import { z } from "zod";
import { readDate } from "./coerce/date.js";
import { LEVELS } from "./levels.js";
import { FIELDS } from "./roster/fields.js";
import { RULE_SETS, ruleSetById, ruleSetForYear, type RuleSet } from "./ruleSets/index.js";
import type { Lang } from "./i18n.js";
import type { IsoDate } from "./roster/person.js";

export const QUOTA_SCOPES = ["agency", "group", "unit", "party"] as const;
export type QuotaScope = (typeof QUOTA_SCOPES)[number];
export const QUOTA_BASES = ["good", "good-inclusive", "headcount"] as const;
export type QuotaBase = (typeof QUOTA_BASES)[number];
export const QUOTA_ROUNDINGS = ["exact", "round", "ceil"] as const;
export type QuotaRounding = (typeof QUOTA_ROUNDINGS)[number];
export const VOTES_RULES = ["more-than-two-thirds", "at-least-two-thirds"] as const;
export type VotesRule = (typeof VOTES_RULES)[number];
/** RULES.md §9: the settings of the 2026 cycle, each with its default first. */
export const VIEN_CHUC_BASES = ["nd233", "nd90"] as const;
export type VienChucBasis = (typeof VIEN_CHUC_BASES)[number];
export const QUOTA_POPULATIONS = ["by-law", "all-staff"] as const;
export type QuotaPopulation = (typeof QUOTA_POPULATIONS)[number];
export const LEAVE_RULES = ["warn", "error", "off"] as const;
export type LeaveRules = (typeof LEAVE_RULES)[number];
export const ANNUAL_SCORES = ["average", "as-given"] as const;
export type AnnualScore = (typeof ANNUAL_SCORES)[number];
export const DISCIPLINE_COUNTED = ["exempt", "ignore"] as const;
export type DisciplineCounted = (typeof DISCIPLINE_COUNTED)[number];
export const QUARTER_CAPS = ["off", "leaders", "all"] as const;
export type QuarterCap = (typeof QUARTER_CAPS)[number];

const isoDate = z.string().refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && readDate(text) === text, {
  params: { reason: "not-a-date" },
});

const CUSTOM_MESSAGES: Record<string, Record<Lang, string>> = {
  "not-a-date": {
    vi: "Không phải một ngày có thật (dd/mm/yyyy hoặc yyyy-mm-dd)",
    en: "Not a real date (dd/mm/yyyy or yyyy-mm-dd)",
  },
};
const fieldKeys = FIELDS.map((f) => f.key) as [string, ...string[]];

/**
 * Every setting of RULES.md, each ambiguity of §8 with its default. Given by the command line's
 * flags, the task pane, or a submission; validated here with zod's Vietnamese messages by default.
 */
export const settingsSchema = z.object({
  /** Evaluation year; absent: the year in the roster's title, else the caller's current year. */
  year: z.number().int().min(2000).max(2100).optional(),
  /** Overrides the rule set the year picks. */
  ruleSet: z.enum(RULE_SETS.map((rs) => rs.id) as [string, ...string[]]).optional(),
  /** Default 15 December of the evaluation year (ND90 Art. 20, ND335). */
  assessmentDate: isoDate.optional(),
  quotaBase: z.enum(QUOTA_BASES).default("good"),
  quotaRounding: z.enum(QUOTA_ROUNDINGS).default("exact"),
  quotaRate: z.number().min(0).max(1).default(0.2),
  quotaScopes: z
    .array(z.object({ scope: z.enum(QUOTA_SCOPES), base: z.enum(QUOTA_BASES).optional() }))
    .default([{ scope: "agency" }, { scope: "group" }, { scope: "party" }]),
  /** Higher rates granted to units with outstanding results, by unit name (ND48, ND335). */
  unitRates: z.record(z.string(), z.number().min(0).max(1)).default({}),
  votesRule: z.enum(VOTES_RULES).default("more-than-two-thirds"),
  /** Local overlay: score bands as warnings where no central rule binds them (seed 004, 2021). */
  scoreBands: z.boolean().default(false),
  partySickCap: z.boolean().default(true),
  /** HD21 collective distribution; default on for rule set 2020 only. */
  collectiveRules: z.boolean().optional(),
  /** Collective levels given by hand, by collective name (a unit, a chi bộ). */
  collectives: z.record(z.string(), z.enum(LEVELS)).default({}),
  /** Column mapping by hand: header text or column letter → field key, or "ignore". */
  columnMapping: z.record(z.string(), z.enum([...fieldKeys, "ignore"] as [string, ...string[]])).default({}),
  lang: z.enum(["vi", "en"]).default("vi"),
  /** §9: viên chức rated by score under ND233 (default) or as under ND90 + ND48. */
  vienChucBasis: z.enum(VIEN_CHUC_BASES).default("nd233"),
  /** §9: each quota counted among công chức alone and viên chức alone (`by-law`), or among all staff; absent: the rule set's. */
  quotaPopulation: z.enum(QUOTA_POPULATIONS).optional(),
  /** §9: ND90's 6-month and 3-month lines on score-rated rows: warnings (default), errors, or not checked. */
  leaveRules: z.enum(LEAVE_RULES).default("warn"),
  /** §9: the annual score checked against the average of the period scores (default), or taken as given. */
  annualScore: z.enum(ANNUAL_SCORES).default("average"),
  /** §9: conduct already counted in an earlier year's KHTNV is exempt from discipline.fail (default), or not. */
  disciplineCounted: z.enum(DISCIPLINE_COUNTED).default("exempt"),
  /** §9 local overlay: HTXSNV blocked by a failed period, for nobody (default), leaders, or everyone. */
  quarterCap: z.enum(QUARTER_CAPS).default("off"),
});

/** The choices of RULES.md §9, kept together wherever settings travel (the workbook, a submission). */
export const SETTINGS_2026 = {
  vienChucBasis: true,
  quotaPopulation: true,
  leaveRules: true,
  annualScore: true,
  disciplineCounted: true,
  quarterCap: true,
} as const;

export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = z.output<typeof settingsSchema>;

/** Settings with the year, the rule set and the dates worked out. */
export interface ResolvedSettings extends Omit<
  Settings,
  "year" | "ruleSet" | "assessmentDate" | "collectiveRules" | "quotaPopulation"
> {
  quotaPopulation: QuotaPopulation;
  year: number;
  ruleSet: RuleSet;
  assessmentDate: IsoDate;
  yearStart: IsoDate;
  collectiveRules: boolean;
}

export interface SettingsProblem {
  path: string;
  message: string;
}

export function parseSettings(
  input: unknown,
  lang: Lang = "vi",
): { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] } {
  const locale = lang === "vi" ? z.locales.vi() : z.locales.en();
  const parsed = settingsSchema.safeParse(input ?? {}, { error: locale.localeError });
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message:
        (issue.code === "custom" && CUSTOM_MESSAGES[String(issue.params?.reason)]?.[lang]) || issue.message,
    })),
  };
}

/**
 * Fills in what depends on the year: the rule set, the assessment date, collective rules. Every
 * field is written out in one literal, not spread from `settings`: V8 keeps a literal's shape for
 * good, where a spread's shape could be dropped by a full collection and the rules' optimized code
 * thrown away with it, check after check (a check took up to 1.6 times as long after each).
 */
export function resolveSettings(settings: Settings, fallbackYear: number): ResolvedSettings {
  const year = settings.year ?? fallbackYear;
  const ruleSet = (settings.ruleSet && ruleSetById(settings.ruleSet)) || ruleSetForYear(year);
  return {
    year,
    ruleSet,
    assessmentDate: settings.assessmentDate ?? `${year}-12-15`,
    yearStart: `${year}-01-01`,
    quotaBase: settings.quotaBase,
    quotaRounding: settings.quotaRounding,
    quotaRate: settings.quotaRate,
    quotaScopes: settings.quotaScopes,
    unitRates: settings.unitRates,
    votesRule: settings.votesRule,
    scoreBands: settings.scoreBands,
    partySickCap: settings.partySickCap,
    collectiveRules: settings.collectiveRules ?? ruleSet.collectiveRulesByDefault,
    collectives: settings.collectives,
    columnMapping: settings.columnMapping,
    lang: settings.lang,
    vienChucBasis: settings.vienChucBasis,
    quotaPopulation: settings.quotaPopulation ?? ruleSet.quotaPopulation,
    leaveRules: settings.leaveRules,
    annualScore: settings.annualScore,
    disciplineCounted: settings.disciplineCounted,
    quarterCap: settings.quarterCap,
  };
}

export function defaultSettings(year: number): ResolvedSettings {
  return resolveSettings(settingsSchema.parse({ year }), year);
}
