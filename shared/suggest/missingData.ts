/**
 * Whether a suggestion is certain: a rule that could not see the data it needs might have capped the
 * level. Ask each rule again with the unknown data at its worst; if it caps below the suggestion
 * then, the suggestion rests on what the roster does not say.
 */
import type { RawFinding } from "../findings.js";
import type { Lang, Localized } from "../i18n.js";
import { isRated } from "../levels.js";
import { FIELD_LABELS } from "../roster/fieldLabels.js";
import type { FieldKey } from "../roster/fields.js";
import type { Collective, Person, RosterSheet } from "../roster/person.js";
import { checkOnePerson } from "../rules/onePerson.js";
import type { Rule, RuleContext } from "../rules/rule.js";
import type { ResolvedSettings } from "../settings.js";
import { foldKey } from "../text.js";
import { lowers, type Levels } from "./ceiling.js";
import type { SuggestedField, SuggestionReason } from "./types.js";

type Worst = Partial<Record<FieldKey, (person: Person, settings: ResolvedSettings) => Partial<Person>>>;

/**
 * For each field a rule needs, the value that would weigh most against the person. None for months
 * worked and Party sick months, for which the rules fall back on the leave columns, nor for the Party
 * level, which is what is suggested.
 */
const WORST: Worst = {
  leaveMonths: (p) => ({ leaveMonths: 12, leaveType: p.leaveType ?? "sick" }),
  disciplineForm: () => ({ disciplineForm: "other" }),
  score: () => ({ score: 0 }),
  tasksCompletedPct: () => ({ tasksCompletedPct: 0 }),
  tasksExceededPct: () => ({ tasksExceededPct: 0 }),
  tasksOnTimePct: () => ({ tasksOnTimePct: 0 }),
  criteriaShortPct: () => ({ criteriaShortPct: 100 }),
  unitTargetsPct: () => ({ unitTargetsPct: 0 }),
  unitTargetsExceededPct: () => ({ unitTargetsExceededPct: 0 }),
  unitTargetsOnTimePct: () => ({ unitTargetsOnTimePct: 0 }),
  subUnitsAtLeastCompletePct: () => ({ subUnitsAtLeastCompletePct: 0 }),
  subUnitsAtLeastGoodPct: () => ({ subUnitsAtLeastGoodPct: 0 }),
  partyJoinDate: (_p, settings) => ({ partyJoinDate: settings.assessmentDate }),
  partyStatus: () => ({ partyStatus: "suspended" }),
  votesFor: () => ({ votesFor: 0 }),
  fullMembers: (p) => ({ fullMembers: 2 * (p.votesFor ?? 0) + 1 }),
};

/**
 * Fields whose empty cell says nothing: a measure left blank. An empty discipline, leave or status
 * cell says "none", as the rules read it.
 */
const BLANK_IS_UNKNOWN: ReadonlySet<FieldKey> = new Set<FieldKey>([
  "score",
  "tasksCompletedPct",
  "tasksExceededPct",
  "tasksOnTimePct",
  "criteriaShortPct",
  "unitTargetsPct",
  "unitTargetsExceededPct",
  "unitTargetsOnTimePct",
  "subUnitsAtLeastCompletePct",
  "subUnitsAtLeastGoodPct",
  "partyJoinDate",
  "votesFor",
  "fullMembers",
]);

interface Unknown {
  field: FieldKey;
  /** The column is there, the cell blank; otherwise the column is absent. */
  blank: boolean;
}

/** What a rule needs that a sheet lacks, and what it needs that a row of it may leave blank. */
interface SheetNeeds {
  rule: Rule;
  absent: readonly Unknown[];
  blankable: readonly FieldKey[];
}

function sheetNeeds(rule: Rule, sheet: RosterSheet): SheetNeeds {
  const absent: Unknown[] = [];
  const blankable: FieldKey[] = [];
  for (const field of [...(rule.needs?.all ?? []), ...(rule.needs?.any ?? [])]) {
    if (WORST[field] === undefined) continue;
    if (!sheet.fieldColumns[field]) absent.push({ field, blank: false });
    else if (BLANK_IS_UNKNOWN.has(field)) blankable.push(field);
  }
  return { rule, absent, blankable };
}

const fieldsOf = (person: Person) => person as unknown as Record<string, unknown>;

/** The collectives, with every unit of the roster that has no collective level rated at its worst. */
function worstCollectives(
  collectives: ReadonlyMap<string, Collective>,
  people: readonly Person[],
): { collectives: ReadonlyMap<string, Collective>; unrated: ReadonlySet<string> } {
  const out = new Map(collectives);
  const worst = new Set<string>();
  /** Units as written whose folded name was rated at the worst. */
  const unrated = new Set<string>();
  for (const p of people) {
    const unit = p.unit;
    if (unit === undefined || unrated.has(unit)) continue;
    const key = foldKey(unit);
    if (!worst.has(key) && isRated(out.get(key)?.level)) continue;
    if (!worst.has(key)) out.set(key, { name: unit, type: "unit", level: "KHTNV" });
    worst.add(key);
    unrated.add(unit);
  }
  return { collectives: out, unrated };
}

function fieldsText(unknown: readonly Unknown[]): Localized {
  const absent = unknown.filter((u) => !u.blank).map((u) => FIELD_LABELS[u.field]);
  const blank = unknown.filter((u) => u.blank).map((u) => FIELD_LABELS[u.field]);
  const list = (labels: readonly Localized[], lang: Lang) => labels.map((l) => `"${l[lang]}"`).join(", ");
  const vi = [
    absent.length ? `không có cột ${list(absent, "vi")}` : "",
    blank.length ? `ô ${list(blank, "vi")} để trống` : "",
  ];
  const en = [
    absent.length ? `no column ${list(absent, "en")}` : "",
    blank.length ? `${list(blank, "en")} left blank` : "",
  ];
  return { vi: vi.filter(Boolean).join(", "), en: en.filter(Boolean).join(", ") };
}

/**
 * Asks the rules of the rule set about each person with the row's unknown data at its worst, and a
 * unit without a collective level rated KHTNV. The texts, alike for many rows, are built once.
 */
export class MissingData {
  private readonly ctx: RuleContext;
  private readonly unrated: ReadonlySet<string>;
  private readonly needs = new Map<RosterSheet, readonly SheetNeeds[]>();
  private readonly texts = new Map<string, SuggestionReason>();

  constructor(
    private readonly rules: readonly Rule[],
    ctx: RuleContext,
    people: readonly Person[],
  ) {
    const worst = worstCollectives(ctx.collectives, people);
    this.ctx = { ...ctx, collectives: worst.collectives };
    this.unrated = worst.unrated;
  }

  /**
   * Why the suggestion `levels` may be too high: each rule that would cap a level below it had the
   * data been unfavourable. `rated` is the person rated at `levels`.
   */
  reasons(rated: Person, levels: Levels): SuggestionReason[] {
    const reasons: SuggestionReason[] = [];
    const unitUnrated = rated.unit !== undefined && this.unrated.has(rated.unit);
    const original = fieldsOf(rated);
    let probe: Person | undefined;
    const capped = { level: false, partyLevel: false };
    const emit = (f: RawFinding) => {
      if (f.cap && lowers(levels, f.cap.field, f.cap.level)) capped[f.cap.field] = true;
    };
    for (const { rule, absent, blankable } of this.sheetNeeds(rated.sheet)) {
      const blank = blankable.filter((field) => original[field] === undefined);
      // Nothing the rule needs is unknown: it had its say while the levels were worked out.
      if (absent.length === 0 && blank.length === 0 && !unitUnrated) continue;
      const unknown =
        blank.length === 0 ? absent : [...absent, ...blank.map((field) => ({ field, blank: true }))];
      // One copy per person, set at the worst for each rule and put back after it.
      probe ??= { ...rated };
      const patches = unknown.map((u) => WORST[u.field]!(probe!, this.ctx.settings));
      for (const patch of patches) Object.assign(probe, patch);
      capped.level = capped.partyLevel = false;
      checkOnePerson([rule], probe, this.ctx, emit);
      const fields = fieldsOf(probe);
      for (const patch of patches) for (const key in patch) fields[key] = original[key];
      for (const field of ["level", "partyLevel"] as const)
        if (capped[field]) reasons.push(this.text(rule, field, unknown, rated.unit));
    }
    return reasons;
  }

  private sheetNeeds(sheet: RosterSheet): readonly SheetNeeds[] {
    let needs = this.needs.get(sheet);
    if (needs === undefined)
      this.needs.set(sheet, (needs = this.rules.map((rule) => sheetNeeds(rule, sheet))));
    return needs;
  }

  /** "Chưa chắc chắn: không có cột "Điểm" nên chưa kiểm tra được “…”". */
  private text(
    rule: Rule,
    field: SuggestedField,
    unknown: readonly Unknown[],
    unit?: string,
  ): SuggestionReason {
    const what =
      unknown.length > 0 ? unknown.map((u) => `${u.field}${u.blank ? "?" : ""}`).join() : `@${unit}`;
    const key = `${rule.id}\u0000${field}\u0000${what}`;
    let text = this.texts.get(key);
    if (text === undefined) {
      const lacking =
        unknown.length > 0
          ? fieldsText(unknown)
          : { vi: `chưa có xếp loại của tập thể “${unit}”`, en: `no collective level for “${unit}”` };
      text = {
        field,
        ruleId: rule.id,
        vi: `Chưa chắc chắn: ${lacking.vi} nên chưa kiểm tra được “${rule.title.vi}”`,
        en: `Not certain: ${lacking.en}, so “${rule.title.en}” could not be checked`,
      };
      this.texts.set(key, text);
    }
    return text;
  }
}
