import { readFileSync } from "node:fs";
import { CliError } from "./cliError.js";
import { fieldByName, plainProblem, valueAt } from "./optionProblems.js";
import { cliText } from "./messages.js";
import { readDate } from "../shared/coerce/date.js";
import { readNumber } from "../shared/coerce/number.js";
import { parseLevel } from "../shared/levels.js";
import { parseSettings, type Settings, type SettingsProblem } from "../shared/settings.js";
import type { Lang } from "../shared/i18n.js";

/** The command-line flags that set RULES.md settings; each maps onto one field of the settings. */
export const SETTINGS_FLAGS = {
  year: { type: "string" },
  "rule-set": { type: "string" },
  "assessment-date": { type: "string" },
  "quota-base": { type: "string" },
  "quota-rounding": { type: "string" },
  "quota-rate": { type: "string" },
  "quota-scopes": { type: "string" },
  "unit-rate": { type: "string", multiple: true },
  "votes-rule": { type: "string" },
  "score-bands": { type: "string" },
  "party-sick-cap": { type: "string" },
  "collective-rules": { type: "string" },
  "vien-chuc-basis": { type: "string" },
  "quota-population": { type: "string" },
  "leave-rules": { type: "string" },
  "annual-score": { type: "string" },
  "discipline-counted": { type: "string" },
  "quarter-cap": { type: "string" },
  collective: { type: "string", multiple: true },
  map: { type: "string", multiple: true },
  settings: { type: "string" },
} as const;

/** The flag that sets each setting, to name it in a message about a bad value. */
const FLAG_OF_SETTING: Record<string, string> = {
  year: "--year",
  ruleSet: "--rule-set",
  assessmentDate: "--assessment-date",
  quotaBase: "--quota-base",
  quotaRounding: "--quota-rounding",
  quotaRate: "--quota-rate",
  quotaScopes: "--quota-scopes",
  unitRates: "--unit-rate",
  votesRule: "--votes-rule",
  scoreBands: "--score-bands",
  partySickCap: "--party-sick-cap",
  collectiveRules: "--collective-rules",
  vienChucBasis: "--vien-chuc-basis",
  quotaPopulation: "--quota-population",
  leaveRules: "--leave-rules",
  annualScore: "--annual-score",
  disciplineCounted: "--discipline-counted",
  quarterCap: "--quarter-cap",
  collectives: "--collective",
  columnMapping: "--map",
};

/** Where a settings problem lies, as the user typed it: the flag, and the setting's path. */
export function problemPlace(path: string): string {
  const flag = FLAG_OF_SETTING[path.split(".")[0] ?? ""];
  return flag ? `${flag} (${path})` : path || "--settings";
}

type FlagValues = Partial<Record<keyof typeof SETTINGS_FLAGS, string | string[] | boolean>>;

const str = (v: unknown) => (typeof v === "string" ? v : undefined);
const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : typeof v === "string" ? [v] : []);

/** `20%`, `20` and `0.2` all mean a fifth. */
function rate(text: string): number | string {
  const n = readNumber(text);
  if (!n) return text;
  return n.percent || n.value > 1 ? n.value / 100 : n.value;
}

function onOff(text: string | undefined): boolean | string | undefined {
  if (text === undefined) return undefined;
  if (/^(on|true|1|yes|co|có|bat|bật)$/i.test(text)) return true;
  if (/^(off|false|0|no|khong|không|tat|tắt)$/i.test(text)) return false;
  return text;
}

function pairs(items: readonly string[]): [string, string][] {
  return items.map((item) => {
    const at = item.lastIndexOf("=");
    return at < 0 ? [item, ""] : [item.slice(0, at).trim(), item.slice(at + 1).trim()];
  });
}

/** The `--settings` file: a JSON object, or a CliError that says what is wrong with it. */
function readSettingsFile(file: string, lang: Lang): Record<string, unknown> {
  const text = cliText(lang);
  let content: string;
  try {
    // Windows Notepad starts a UTF-8 file with a byte-order mark, which JSON does not allow.
    content = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch {
    throw new CliError(text.missingFile(file));
  }
  try {
    const parsed: unknown = JSON.parse(content);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // reported below, as for any content that is not a JSON object
  }
  throw new CliError(text.badSettingsFile(file));
}

/** Turns flags (and a `--settings` JSON file under them) into settings, validated by the shared schema. */
export function settingsFromFlags(
  flags: FlagValues,
  lang: Lang,
): { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] } {
  const base = flags.settings ? readSettingsFile(String(flags.settings), lang) : {};
  const input: Record<string, unknown> = { ...base, lang };
  const set = (key: string, value: unknown) => {
    if (value !== undefined) input[key] = value;
  };
  const year = str(flags.year);
  set("year", year === undefined ? undefined : /^\d+$/.test(year) ? Number(year) : year);
  set("ruleSet", str(flags["rule-set"]));
  const date = str(flags["assessment-date"]) ?? str(base.assessmentDate);
  set("assessmentDate", date === undefined ? undefined : (readDate(date) ?? date));
  set("quotaBase", str(flags["quota-base"]));
  set("quotaRounding", str(flags["quota-rounding"]));
  const quotaRate = str(flags["quota-rate"]);
  set("quotaRate", quotaRate === undefined ? undefined : rate(quotaRate));
  const scopes = str(flags["quota-scopes"]);
  set(
    "quotaScopes",
    scopes?.split(",").map((s) => {
      const [scope, quotaBase] = s.trim().split(":");
      return quotaBase ? { scope, base: quotaBase } : { scope };
    }),
  );
  const unitRates = pairs(list(flags["unit-rate"]));
  if (unitRates.length) set("unitRates", Object.fromEntries(unitRates.map(([k, v]) => [k, rate(v)])));
  set("votesRule", str(flags["votes-rule"]));
  set("scoreBands", onOff(str(flags["score-bands"])));
  set("partySickCap", onOff(str(flags["party-sick-cap"])));
  set("collectiveRules", onOff(str(flags["collective-rules"])));
  set("vienChucBasis", str(flags["vien-chuc-basis"]));
  set("quotaPopulation", str(flags["quota-population"]));
  set("leaveRules", str(flags["leave-rules"]));
  set("annualScore", str(flags["annual-score"]));
  set("disciplineCounted", str(flags["discipline-counted"]));
  set("quarterCap", str(flags["quarter-cap"]));
  const collectives = pairs(list(flags.collective));
  if (collectives.length)
    set("collectives", Object.fromEntries(collectives.map(([k, v]) => [k, parseLevel(v) ?? v])));
  const mapping = pairs(list(flags.map));
  if (mapping.length) set("columnMapping", Object.fromEntries(mapping.map(([k, v]) => [k, fieldByName(v)])));
  const parsed = parseSettings(input, lang);
  if (parsed.ok) return parsed;
  return { ok: false, problems: parsed.problems.map((p) => plainProblem(p, valueAt(input, p.path), lang)) };
}
