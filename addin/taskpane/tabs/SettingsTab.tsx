import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { readDate } from "../../../shared/coerce/date.js";
import { RULE_SETS } from "../../../shared/ruleSets/index.js";
import {
  parseSettings,
  type AnnualScore,
  type DisciplineCounted,
  type LeaveRules,
  type QuarterCap,
  type QuotaBase,
  type QuotaPopulation,
  type QuotaRounding,
  type VienChucBasis,
  type VotesRule,
} from "../../../shared/settings.js";
import type { TabProps } from "../App.js";
import { Section } from "../components/Section.js";
import { showDate } from "../dates.js";
import { usePane } from "../pane.js";
import type { PaneSettings } from "../stored.js";
import type { StringKey } from "../strings.js";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const BASES: readonly [QuotaBase, StringKey][] = [
  ["good", "quotaBaseGood"],
  ["good-inclusive", "quotaBaseGoodInclusive"],
  ["headcount", "quotaBaseHeadcount"],
];
const ROUNDINGS: readonly [QuotaRounding, StringKey][] = [
  ["exact", "roundingExact"],
  ["round", "roundingRound"],
  ["ceil", "roundingCeil"],
];
const VOTES: readonly [VotesRule, StringKey][] = [
  ["more-than-two-thirds", "votesMore"],
  ["at-least-two-thirds", "votesAtLeast"],
];

/** RULES.md §9: the 2026 choices, each a dropdown with its default first. */
interface Choices2026 {
  vienChucBasis: VienChucBasis;
  quotaPopulation: QuotaPopulation | "";
  leaveRules: LeaveRules;
  annualScore: AnnualScore;
  disciplineCounted: DisciplineCounted;
  quarterCap: QuarterCap;
}
const CHOICES_2026: { [K in keyof Choices2026]: readonly (readonly [Choices2026[K], StringKey])[] } = {
  vienChucBasis: [
    ["nd233", "vienChucNd233"],
    ["nd90", "vienChucNd90"],
  ],
  quotaPopulation: [
    ["", "quotaPopulationAuto"],
    ["by-law", "quotaPopulationByLaw"],
    ["all-staff", "quotaPopulationAllStaff"],
  ],
  leaveRules: [
    ["warn", "leaveRulesWarn"],
    ["error", "leaveRulesError"],
    ["off", "leaveRulesOff"],
  ],
  annualScore: [
    ["average", "annualScoreAverage"],
    ["as-given", "annualScoreAsGiven"],
  ],
  disciplineCounted: [
    ["exempt", "disciplineExempt"],
    ["ignore", "disciplineIgnore"],
  ],
  quarterCap: [
    ["off", "quarterCapOff"],
    ["leaders", "quarterCapLeaders"],
    ["all", "quarterCapAll"],
  ],
};
const KEYS_2026 = Object.keys(CHOICES_2026) as (keyof Choices2026)[];
/** Test ids in the command line's spelling: `quota-population` for `--quota-population`. */
const testIdOf = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The form's text fields as typed, before they are checked. */
interface Draft extends Choices2026 {
  year: string;
  ruleSet: string;
  assessmentDate: string;
  quotaRate: string;
  quotaBase: QuotaBase;
  quotaRounding: QuotaRounding;
  votesRule: VotesRule;
  unitId: string;
  unitName: string;
}

function draftOf(p: PaneSettings): Draft {
  const s = p.settings;
  return {
    year: s.year === undefined ? "" : String(s.year),
    ruleSet: s.ruleSet ?? "",
    assessmentDate: s.assessmentDate ? showDate(s.assessmentDate) : "",
    quotaRate: String(Math.round((s.quotaRate ?? 0.2) * 1000) / 10),
    quotaBase: s.quotaBase ?? "good",
    quotaRounding: s.quotaRounding ?? "exact",
    votesRule: s.votesRule ?? "more-than-two-thirds",
    vienChucBasis: s.vienChucBasis ?? "nd233",
    quotaPopulation: s.quotaPopulation ?? "",
    leaveRules: s.leaveRules ?? "warn",
    annualScore: s.annualScore ?? "average",
    disciplineCounted: s.disciplineCounted ?? "exempt",
    quarterCap: s.quarterCap ?? "off",
    unitId: p.unitId ?? "",
    unitName: p.unitName ?? "",
  };
}

function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
  testId: string;
}) {
  return (
    <Field label={props.label}>
      <Dropdown
        value={props.options.find(([v]) => v === props.value)?.[1] ?? ""}
        selectedOptions={[props.value]}
        onOptionSelect={(_, d) => props.onChange(d.optionValue as T)}
        data-testid={props.testId}
      >
        {props.options.map(([v, text]) => (
          <Option key={v} value={v}>
            {text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** The evaluation's settings (RULES.md §8 readings among them), checked with the shared schema, kept in the workbook. */
export function SettingsTab({ workbook }: TabProps) {
  const styles = useStyles();
  const { t, task, notify, lang, busy } = usePane();
  const [draft, setDraft] = useState<Draft>(() => draftOf(workbook.paneSettings));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  const save = async () => {
    const number = (text: string) => (text.trim() === "" ? undefined : Number(text.replace(",", ".")));
    const rate = number(draft.quotaRate);
    const dateText = draft.assessmentDate.trim();
    const date = dateText === "" ? undefined : readDate(dateText);
    if (dateText !== "" && date === undefined) {
      setProblems({ assessmentDate: t("dateInvalid") });
      return;
    }
    const input = {
      year: number(draft.year),
      ruleSet: draft.ruleSet || undefined,
      assessmentDate: date,
      quotaRate: rate === undefined ? undefined : rate / 100,
      quotaBase: draft.quotaBase,
      quotaRounding: draft.quotaRounding,
      votesRule: draft.votesRule,
      vienChucBasis: draft.vienChucBasis,
      quotaPopulation: draft.quotaPopulation || undefined,
      leaveRules: draft.leaveRules,
      annualScore: draft.annualScore,
      disciplineCounted: draft.disciplineCounted,
      quarterCap: draft.quarterCap,
    };
    const parsed = parseSettings(input, lang);
    if (!parsed.ok) {
      setProblems(Object.fromEntries(parsed.problems.map((p) => [p.path, p.message])));
      return;
    }
    setProblems({});
    const settings = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const value: PaneSettings = {
      settings,
      ...(draft.unitId.trim() ? { unitId: draft.unitId.trim() } : {}),
      ...(draft.unitName.trim() ? { unitName: draft.unitName.trim() } : {}),
    };
    const done = await task("working", async () => (await workbook.saveSettings(value), true));
    if (done) notify({ intent: "success", text: t("settingsSaved") });
  };

  const message = (path: string) =>
    problems[path] ? { validationState: "error" as const, validationMessage: problems[path] } : {};
  return (
    <Section intro={t("settingsIntro")}>
      <div className={styles.form}>
        <Field label={t("year")} hint={t("yearAuto")} {...message("year")}>
          <Input
            type="number"
            value={draft.year}
            onChange={(_, d) => set({ year: d.value })}
            data-testid="year"
          />
        </Field>
        <Choice
          label={t("ruleSet")}
          value={draft.ruleSet}
          options={[["", t("ruleSetAuto")], ...RULE_SETS.map((rs) => [rs.id, rs.id] as const)]}
          onChange={(ruleSet) => set({ ruleSet })}
          testId="rule-set"
        />
        <Field label={t("assessmentDate")} hint={t("assessmentDateHint")} {...message("assessmentDate")}>
          <Input
            value={draft.assessmentDate}
            placeholder={t("datePlaceholder")}
            onChange={(_, d) => set({ assessmentDate: d.value })}
            data-testid="assessment-date"
          />
        </Field>
        <Field label={t("quotaRate")} {...message("quotaRate")}>
          <Input
            value={draft.quotaRate}
            onChange={(_, d) => set({ quotaRate: d.value })}
            data-testid="quota-rate"
          />
        </Field>
        <Choice
          label={t("quotaBase")}
          value={draft.quotaBase}
          options={BASES.map(([v, k]) => [v, t(k)] as const)}
          onChange={(quotaBase) => set({ quotaBase })}
          testId="quota-base"
        />
        <Choice
          label={t("quotaRounding")}
          value={draft.quotaRounding}
          options={ROUNDINGS.map(([v, k]) => [v, t(k)] as const)}
          onChange={(quotaRounding) => set({ quotaRounding })}
          testId="quota-rounding"
        />
        <Choice
          label={t("votesRule")}
          value={draft.votesRule}
          options={VOTES.map(([v, k]) => [v, t(k)] as const)}
          onChange={(votesRule) => set({ votesRule })}
          testId="votes-rule"
        />
        <Caption1>{t("settings2026")}</Caption1>
        {KEYS_2026.map((key) => (
          <Choice
            key={key}
            label={t(key)}
            value={draft[key]}
            options={CHOICES_2026[key].map(([v, k]) => [v, t(k)] as const)}
            onChange={(value) => set({ [key]: value })}
            testId={testIdOf(key)}
          />
        ))}
        <Field label={t("unitId")}>
          <Input value={draft.unitId} onChange={(_, d) => set({ unitId: d.value })} data-testid="unit-id" />
        </Field>
        <Field label={t("unitName")}>
          <Input
            value={draft.unitName}
            onChange={(_, d) => set({ unitName: d.value })}
            data-testid="unit-name"
          />
        </Field>
        <div>
          <Button
            appearance="primary"
            disabled={!!busy}
            onClick={() => void save()}
            data-testid="save-settings"
          >
            {t("save")}
          </Button>
        </div>
      </div>
    </Section>
  );
}
