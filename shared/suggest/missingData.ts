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
import { DISCIPLINE_CODES, LEAVE_TYPE_CODES, PARTY_STATUS_CODES } from "../roster/labelCodes.js";
import type { Collective, RosterSheet } from "../roster/person.js";
import {
  CRITERIA_COLUMNS,
  type CodeColumn,
  type NumberColumn,
  type TextColumn,
} from "../roster/personColumns.js";
import type { PersonTable } from "../roster/personTable.js";
import { checkRow } from "../rules/onePerson.js";
import type { Rule, RuleContext } from "../rules/rule.js";
import type { ResolvedSettings } from "../settings.js";
import { foldKey } from "../text.js";
import { lowers, type Levels } from "./ceiling.js";
import type { SuggestedField, SuggestionReason } from "./types.js";

type Column = NumberColumn | CodeColumn | TextColumn;

/** The value of a field that weighs most against row i, and the columns it writes it into. */
interface Worst {
  columns: readonly Column[];
  write(t: PersonTable, i: number, settings: ResolvedSettings): void;
}

/** A number, or a label's code, in one column. */
const fixed = (column: NumberColumn | CodeColumn, to: number): Worst => ({
  columns: [column],
  write: (t, i) => void (t[column][i] = to),
});

/**
 * For each field a rule needs, the value that would weigh most against the person. None for months
 * worked and Party sick months, for which the rules fall back on the leave columns, nor for the Party
 * level, which is what is suggested.
 */
const WORST: Partial<Record<FieldKey, Worst>> = {
  leaveMonths: {
    columns: ["leaveMonths", "leaveType"],
    write: (t, i) => {
      t.leaveMonths[i] = 12;
      t.leaveType[i] ||= LEAVE_TYPE_CODES.of.sick; // 0: none given
    },
  },
  disciplineForm: fixed("disciplineForm", DISCIPLINE_CODES.of.other),
  score: fixed("score", 0),
  tasksCompletedPct: fixed("tasksCompletedPct", 0),
  tasksExceededPct: fixed("tasksExceededPct", 0),
  tasksOnTimePct: fixed("tasksOnTimePct", 0),
  criteriaShortPct: fixed("criteriaShortPct", 100),
  unitTargetsPct: fixed("unitTargetsPct", 0),
  unitTargetsExceededPct: fixed("unitTargetsExceededPct", 0),
  unitTargetsOnTimePct: fixed("unitTargetsOnTimePct", 0),
  subUnitsAtLeastCompletePct: fixed("subUnitsAtLeastCompletePct", 0),
  subUnitsAtLeastGoodPct: fixed("subUnitsAtLeastGoodPct", 0),
  partyJoinDate: {
    columns: ["partyJoinDate"],
    write: (t, i, settings) => void (t.partyJoinDate[i] = settings.assessmentDate),
  },
  partyStatus: fixed("partyStatus", PARTY_STATUS_CODES.of.suspended),
  votesFor: fixed("votesFor", 0),
  fullMembers: {
    columns: ["fullMembers"],
    write: (t, i) => {
      const votes = t.votesFor[i]!;
      t.fullMembers[i] = 2 * (votes === votes ? votes : 0) + 1;
    },
  },
};

/**
 * Fields whose empty cell says nothing: a measure left blank. An empty discipline, leave or status
 * cell says "none", as the rules read it.
 */
const BLANK_IS_UNKNOWN: ReadonlySet<string> = new Set<FieldKey & Column>([
  "score",
  ...CRITERIA_COLUMNS,
  "partyJoinDate",
  "votesFor",
  "fullMembers",
]);
const blankIsUnknown = (field: FieldKey): field is FieldKey & Column => BLANK_IS_UNKNOWN.has(field);

/** The table's columns by name, their cells read and written back whatever they hold. */
const cellsOf = (t: PersonTable) => t as unknown as Record<Column, { [i: number]: unknown }>;

/** An empty cell of any column but a code column: NaN or undefined. */
const isEmpty = (value: unknown) => value === undefined || value !== value;

interface Unknown {
  field: FieldKey;
  /** The column is there, the cell blank; otherwise the column is absent. */
  blank: boolean;
}

/** What a rule needs that a sheet lacks, and what it needs that a row of it may leave blank. */
interface SheetNeeds {
  rule: Rule;
  absent: readonly Unknown[];
  blankable: readonly (FieldKey & Column)[];
}

function sheetNeeds(rule: Rule, sheet: RosterSheet): SheetNeeds {
  const absent: Unknown[] = [];
  const blankable: (FieldKey & Column)[] = [];
  for (const field of [...(rule.needs?.all ?? []), ...(rule.needs?.any ?? [])]) {
    if (WORST[field] === undefined) continue;
    if (!sheet.fieldColumns[field]) absent.push({ field, blank: false });
    else if (blankIsUnknown(field)) blankable.push(field);
  }
  return { rule, absent, blankable };
}

/** The collectives, with every unit of the roster that has no collective level rated at its worst. */
function worstCollectives(
  collectives: ReadonlyMap<string, Collective>,
  t: PersonTable,
): { collectives: ReadonlyMap<string, Collective>; unrated: ReadonlySet<string> } {
  const out = new Map(collectives);
  const worst = new Set<string>();
  /** Units as written whose folded name was rated at the worst. */
  const unrated = new Set<string>();
  for (let i = 0; i < t.size; i++) {
    const unit = t.unit[i];
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
    t: PersonTable,
  ) {
    const worst = worstCollectives(ctx.collectives, t);
    this.ctx = { ...ctx, collectives: worst.collectives };
    this.unrated = worst.unrated;
  }

  /**
   * Why the suggestion `levels` may be too high: each rule that would cap a level below it had the
   * data been unfavourable. Row i of `t`, of `sheet`, is rated at `levels`; it is left as it was.
   */
  reasons(t: PersonTable, i: number, sheet: RosterSheet, levels: Levels): SuggestionReason[] {
    const reasons: SuggestionReason[] = [];
    const unit = t.unit[i];
    const unitUnrated = unit !== undefined && this.unrated.has(unit);
    const cells = cellsOf(t);
    const capped = { level: false, partyLevel: false };
    const emit = (f: RawFinding) => {
      if (f.cap && lowers(levels, f.cap.field, f.cap.level)) capped[f.cap.field] = true;
    };
    for (const { rule, absent, blankable } of this.sheetNeeds(sheet)) {
      const blank = blankable.filter((field) => isEmpty(cells[field][i]));
      // Nothing the rule needs is unknown: it had its say while the levels were worked out.
      if (absent.length === 0 && blank.length === 0 && !unitUnrated) continue;
      const unknown =
        blank.length === 0 ? absent : [...absent, ...blank.map((field) => ({ field, blank: true }))];
      // The row is set at the worst for the rule, and put back after it.
      const columns = unknown.flatMap((u) => WORST[u.field]!.columns);
      const saved = columns.map((column) => cells[column][i]);
      for (const u of unknown) WORST[u.field]!.write(t, i, this.ctx.settings);
      capped.level = capped.partyLevel = false;
      checkRow([rule], t, i, this.ctx, emit);
      columns.forEach((column, k) => (cells[column][i] = saved[k]));
      for (const field of ["level", "partyLevel"] as const)
        if (capped[field]) reasons.push(this.text(rule, field, unknown, unit));
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
