/**
 * Settings problems in the words of a clerk, not of the parser: for each setting, what was typed,
 * why it cannot be used and what can be. zod's own (Vietnamese) message is kept only for what this
 * table does not know.
 */
import type { Lang } from "../shared/i18n.js";
import { LEVELS } from "../shared/levels.js";
import { FIELD_LABELS } from "../shared/roster/fieldLabels.js";
import { FIELDS } from "../shared/roster/fields.js";
import { RULE_SETS } from "../shared/ruleSets/index.js";
import {
  ANNUAL_SCORES,
  DISCIPLINE_COUNTED,
  LEAVE_RULES,
  QUARTER_CAPS,
  QUOTA_BASES,
  QUOTA_POPULATIONS,
  QUOTA_ROUNDINGS,
  QUOTA_SCOPES,
  VIEN_CHUC_BASES,
  VOTES_RULES,
  type SettingsProblem,
} from "../shared/settings.js";
import { foldKey } from "../shared/text.js";

const CHOICES: Record<string, readonly string[]> = {
  ruleSet: RULE_SETS.map((rs) => rs.id),
  quotaBase: QUOTA_BASES,
  quotaRounding: QUOTA_ROUNDINGS,
  votesRule: VOTES_RULES,
  vienChucBasis: VIEN_CHUC_BASES,
  quotaPopulation: QUOTA_POPULATIONS,
  leaveRules: LEAVE_RULES,
  annualScore: ANNUAL_SCORES,
  disciplineCounted: DISCIPLINE_COUNTED,
  quarterCap: QUARTER_CAPS,
  scope: QUOTA_SCOPES,
  base: QUOTA_BASES,
};
const ON_OFF = new Set(["scoreBands", "partySickCap", "collectiveRules"]);

/** "Họ và tên = fullName", one field a line, for a --map value that names no field. */
function fieldList(lang: Lang): string {
  const lines = FIELDS.map((f) => `    ${FIELD_LABELS[f.key][lang]} = ${f.key}`);
  return [...lines, `    ${lang === "vi" ? "Bỏ qua cột" : "Ignore the column"} = ignore`].join("\n");
}

/** A field named by its key or by the name a clerk knows (`Họ và tên`, any case or diacritics). */
export function fieldByName(text: string): string {
  const key = foldKey(text);
  const found = FIELDS.find(
    (f) => foldKey(FIELD_LABELS[f.key].vi) === key || foldKey(FIELD_LABELS[f.key].en) === key,
  );
  return found?.key ?? text;
}

const show = (value: unknown) => (typeof value === "string" ? `"${value}"` : JSON.stringify(value));

/** The problem at `path` (as zod gives it), said plainly; `value` is what was given there. */
export function plainProblem(problem: SettingsProblem, value: unknown, lang: Lang): SettingsProblem {
  const vi = lang === "vi";
  const segments = problem.path.split(".");
  const key = segments[0] ?? "";
  const last = segments.at(-1) ?? "";
  const say = (message: string) => ({ path: problem.path, message });
  if (key === "year")
    return say(
      vi
        ? `${show(value)} không phải một năm đánh giá: hãy ghi bốn chữ số, từ 2000 đến 2100 (ví dụ 2026).`
        : `${show(value)} is not an evaluation year: write four digits, 2000 to 2100 (for example 2026).`,
    );
  if (key === "quotaRate" || key === "unitRates") {
    // Rates are read as fractions (20% → 0.2): say back what was typed.
    const typed = typeof value === "number" ? `${Math.round(value * 1000) / 10}%` : show(value);
    return say(
      vi
        ? `tỷ lệ phải từ 0% đến 100% (ví dụ 20% hoặc 25%), không nhận ${typed}.`
        : `a rate is 0% to 100% (for example 20% or 25%), not ${typed}.`,
    );
  }
  if (ON_OFF.has(key))
    return say(
      vi ? `chỉ nhận on hoặc off, không nhận ${show(value)}.` : `takes on or off, not ${show(value)}.`,
    );
  if (key === "columnMapping")
    return say(
      vi
        ? `${show(value)} không phải tên một cột mà chương trình biết. Ghi tên cột hoặc mã của nó:\n${fieldList(lang)}`
        : `${show(value)} names no column the checker knows. Give a column's name or its key:\n${fieldList(lang)}`,
    );
  if (key === "collectives")
    return say(
      vi
        ? `${show(value)} không phải mức xếp loại; ghi ${LEVELS.join(", ")} hoặc tên đầy đủ (Hoàn thành tốt nhiệm vụ).`
        : `${show(value)} is not a level; write ${LEVELS.join(", ")} or the full name.`,
    );
  const choices = CHOICES[last];
  if (choices)
    return say(
      vi
        ? `${show(value)} không phải một lựa chọn; chọn một trong: ${choices.join(", ")}.`
        : `${show(value)} is not one of the choices: ${choices.join(", ")}.`,
    );
  return problem;
}

/** The value at a dotted path of the settings given (the header of a --map may hold dots: try it whole). */
export function valueAt(input: Record<string, unknown>, path: string): unknown {
  const [key, ...rest] = path.split(".");
  const inner = input[key ?? ""];
  if (rest.length === 0 || inner === null || typeof inner !== "object") return inner;
  const record = inner as Record<string, unknown>;
  const whole = rest.join(".");
  return whole in record ? record[whole] : valueAt(record, whole);
}
