import type { SheetValues } from "./cells.js";
import { SEVERITY_ORDER, type Finding, type RawFinding } from "./findings.js";
import type { Lang, Localized } from "./i18n.js";
import { collectiveType } from "./roster/collectives.js";
import { FIELD_LABELS } from "./roster/fieldLabels.js";
import type { Collective, RosterSheet } from "./roster/person.js";
import { PersonTable } from "./roster/personTable.js";
import { readSheet, type SheetReadResult } from "./roster/readSheet.js";
import { notARoster } from "./roster/sheetFindings.js";
import { ALL_RULES } from "./rules/index.js";
import type { Rule, RuleContext } from "./rules/rule.js";
import { checkQuota, type QuotaResult } from "./quota/index.js";
import { resolveSettings, type ResolvedSettings, type Settings } from "./settings.js";
import { summarizeUnit, type UnitSummary } from "./summary/index.js";
import { foldKey } from "./text.js";

export interface SheetReport {
  name: string;
  kind: "roster" | "collectives" | "unusable" | "empty";
  headerRows?: readonly number[];
  people?: number;
  /** Columns found: letter, header, and the field each was mapped to (none: unmapped, shown to the user). */
  columns?: { letter: string; header: string; field?: string }[];
}

export interface CheckResult {
  ruleSet: string;
  year: number;
  assessmentDate: string;
  /** Person rows read, over every roster sheet. */
  people: number;
  findings: Finding[];
  quota: QuotaResult[];
  summary: UnitSummary;
  sheets: SheetReport[];
  /** False when no sheet could be read as a roster: the input cannot be used. */
  usable: boolean;
  /** The date of the first roster's signature block (`…, ngày 10 tháng 12 năm 2026`), when it has one. */
  signedOn?: string;
}

export interface CheckOptions {
  /** The unit the roster belongs to, for the summary; the agency's name. */
  unitName?: string;
  /** The year to use when neither the settings nor the roster's title give one. */
  fallbackYear: number;
}

function localize({ cap: _cap, ...f }: RawFinding, lang: Lang): Finding {
  return { ...f, rows: f.rows ? [...f.rows] : undefined, message: f.message[lang] };
}

function needsMet(rule: Rule, sheet: RosterSheet): boolean {
  const has = sheet.fieldColumns;
  const all = rule.needs?.all ?? [];
  const any = rule.needs?.any ?? [];
  return all.every((f) => has[f]) && (any.length === 0 || any.some((f) => has[f]));
}

/** RULES.md `input.column-missing` (info): a check skipped, and why, never silently. */
function skippedCheck(rule: Rule, why: Localized, sheet?: string): RawFinding {
  return {
    ruleId: "input.column-missing",
    severity: "info",
    sheet,
    message: {
      vi: `Bỏ qua kiểm tra ${rule.id} (${rule.title.vi}): ${why.vi}.`,
      en: `Skipped ${rule.id} (${rule.title.en}): ${why.en}.`,
    },
  };
}

function missingColumns(rule: Rule, sheet: RosterSheet): Localized {
  const missing = [...(rule.needs?.all ?? []), ...(rule.needs?.any ?? [])].filter(
    (f) => !sheet.fieldColumns[f],
  );
  const any = (rule.needs?.any?.length ?? 0) > 1;
  const names = (lang: Lang) => missing.map((f) => `"${FIELD_LABELS[f][lang]}"`).join(", ");
  return {
    vi: `không có ${any ? "cột nào trong số" : "cột"} ${names("vi")}`,
    en: `no ${any ? "column among" : "column"} ${names("en")}`,
  };
}

/** What checking and suggesting share: the roster read, the settings resolved, the rules that run where. */
export interface PreparedRoster {
  settings: ResolvedSettings;
  ctx: RuleContext;
  /** Person rows of every roster sheet, in workbook order, by column. */
  table: PersonTable;
  rosterSheets: RosterSheet[];
  sheets: SheetReport[];
  /** The reading's findings, and the checks skipped for want of columns or collective levels. */
  findings: RawFinding[];
  /** The rule set's rules that can run on this roster. */
  rules: Rule[];
  /** The person rules each roster sheet has the columns for. */
  personRules: ReadonlyMap<RosterSheet, readonly Rule[]>;
}

/** Gathers sheets already read, resolves the settings (year from the roster's title) and picks the rules. */
export function prepareRoster(
  reads: readonly SheetReadResult[],
  settingsInput: Settings,
  options: CheckOptions,
): PreparedRoster {
  const rosterSheets: RosterSheet[] = [];
  const tables: PersonTable[] = [];
  const raw: RawFinding[] = [];
  const collectives: Collective[] = [];
  let titleYear: number | undefined;
  const sheets: SheetReport[] = reads.map((read) => {
    raw.push(...read.findings);
    const o = read.outcome;
    if (o.kind === "roster") {
      rosterSheets.push(o.sheet);
      tables.push(read.table);
      titleYear ??= o.titleYear;
      return {
        name: o.sheet.name,
        kind: "roster",
        headerRows: o.sheet.headerRows,
        people: o.sheet.people,
        columns: o.sheet.columns.map((c) => ({ letter: c.letter, header: c.header, field: c.field })),
      };
    }
    if (o.kind === "collectives") collectives.push(...o.collectives);
    return { name: o.name, kind: o.kind };
  });
  const table = PersonTable.concat(tables);
  // A workbook may hold other sheets beside its roster (instructions, a cover): not an error there.
  if (rosterSheets.length > 0)
    for (let i = 0; i < raw.length; i++)
      if (raw[i]!.ruleId === "input.header-not-found") raw[i] = notARoster(raw[i]!.sheet ?? "");
  const settings: ResolvedSettings = resolveSettings(
    { ...settingsInput, year: settingsInput.year ?? titleYear },
    options.fallbackYear,
  );
  const byName = new Map<string, Collective>();
  for (const c of collectives) byName.set(foldKey(c.name), c);
  for (const [name, level] of Object.entries(settings.collectives))
    byName.set(foldKey(name), {
      name,
      type: byName.get(foldKey(name))?.type ?? collectiveType("", name),
      level,
    });
  const ctx: RuleContext = { settings, ruleSet: settings.ruleSet, collectives: byName };

  const rules = ALL_RULES.filter((rule) => {
    if (!rule.appliesTo(settings.ruleSet, settings)) return false;
    const why = rule.unavailable?.(ctx);
    if (why && rosterSheets[0]) raw.push(skippedCheck(rule, why, rosterSheets[0].name));
    return why === undefined;
  });
  const personRules = new Map<RosterSheet, Rule[]>();
  for (const sheet of rosterSheets) {
    const active: Rule[] = [];
    for (const rule of rules) {
      if (!needsMet(rule, sheet)) raw.push(skippedCheck(rule, missingColumns(rule, sheet), sheet.name));
      else if (rule.checkRows) active.push(rule);
    }
    personRules.set(sheet, active);
  }
  return {
    settings,
    ctx,
    table,
    rosterSheets,
    sheets,
    findings: raw,
    rules,
    personRules,
  };
}

/**
 * Runs every rule of the rule set on sheets already read. This is the one engine behind the command
 * line, the task pane and the back end.
 */
export function checkRead(
  reads: readonly SheetReadResult[],
  settingsInput: Settings,
  options: CheckOptions,
): CheckResult {
  const {
    settings,
    ctx,
    table,
    rosterSheets,
    sheets,
    rules,
    personRules,
    findings: raw,
  } = prepareRoster(reads, settingsInput, options);
  const emit = (f: RawFinding) => raw.push(f);
  // Each rule on the table goes through a sheet's rows in a loop of its own, reading its columns only.
  table.sheets.forEach((run, k) => {
    for (const rule of personRules.get(run.sheet)!)
      rule.checkRows?.(table, run.start, table.runEnd(k), ctx, emit);
  });
  for (const rule of rules)
    if (rosterSheets.some((sheet) => needsMet(rule, sheet))) rule.checkTable?.(table, ctx, emit);

  const quota = checkQuota(table, settings, options.unitName);
  raw.push(...quota.findings);

  const order = new Map(
    reads.map((r, i) => [r.outcome.kind === "roster" ? r.outcome.sheet.name : r.outcome.name, i]),
  );
  raw.sort(
    (a, b) =>
      (order.get(a.sheet ?? "") ?? -1) - (order.get(b.sheet ?? "") ?? -1) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return {
    ruleSet: settings.ruleSet.id,
    year: settings.year,
    assessmentDate: settings.assessmentDate,
    people: table.size,
    findings: raw.map((f) => localize(f, settings.lang)),
    quota: quota.results,
    summary: summarizeUnit(table, {
      settings,
      unitName: options.unitName,
      collectives: [...ctx.collectives.values()],
    }),
    sheets,
    usable: rosterSheets.length > 0,
    ...signedOnOf(reads),
  };
}

function signedOnOf(reads: readonly SheetReadResult[]): { signedOn?: string } {
  for (const r of reads)
    if (r.outcome.kind === "roster" && r.outcome.signedOn) return { signedOn: r.outcome.signedOn };
  return {};
}

/** Reads sheets held in memory (Office.js `Range.values`, or exceljs rows) with the settings' column mapping. */
export function readSheets(sheets: readonly SheetValues[], settings: Settings): SheetReadResult[] {
  return sheets.map((s) => readSheet(s.name, s.rows, settings.columnMapping, s.firstRow ?? 1));
}

/** Reads and checks sheets held in memory (Office.js `Range.values`, or exceljs rows). */
export function checkSheets(
  sheets: readonly SheetValues[],
  settings: Settings,
  options: CheckOptions,
): CheckResult {
  return checkRead(readSheets(sheets, settings), settings, options);
}
