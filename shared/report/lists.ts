import { localize, type Lang, type Localized } from "../i18n.js";
import { foldKey } from "../text.js";
import { reasonLabel } from "../summary/reasonLabels.js";
import type { ExcellentEntry, ListEntry, ReasonEntry } from "../summary/types.js";
import { shortDate } from "./dates.js";
import type { ReportInput, ReportUnit } from "./input.js";
import { listsSubtitle, T } from "./labels.js";
import { roman } from "./roman.js";
import type { ReportSheet } from "./model.js";
import { SheetBuilder } from "./sheetBuilder.js";
import { signatureBlock, titleBlock, type Halves } from "./titleBlock.js";
import { statusText } from "./unitStatus.js";

const WIDTHS = [6, 28, 28, 24, 16, 10, 10];
const LAST = WIDTHS.length;
const HALVES: Halves = { left: [1, 3], right: [4, LAST] };

/** Each unit's entries with the unit filled in, staff ratings before Party ratings. */
function collect<E extends ListEntry>(
  units: readonly ReportUnit[],
  pick: (u: ReportUnit) => readonly E[],
): E[] {
  const all = units.flatMap((u) => pick(u).map((e) => ({ ...e, unit: e.unit ?? u.name })));
  return [...all.filter((e) => e.track === "staff"), ...all.filter((e) => e.track === "party")];
}

/** An HTXSNV line: a person rated HTXSNV both as staff and as a Party member is one line with both. */
interface ExcellentLine extends ExcellentEntry {
  alsoParty?: boolean;
}

/** The HTXSNV list names each person once (a staff entry absorbs the same person's Party entry). */
function oncePerPerson(entries: readonly ExcellentEntry[]): ExcellentLine[] {
  const staff = new Map<string, ExcellentLine>();
  const key = (e: ExcellentEntry) => [e.name, e.unit ?? "", e.position ?? ""].map(foldKey).join("\u0000");
  const lines: ExcellentLine[] = [];
  for (const e of entries) {
    const same = e.track === "party" ? staff.get(key(e)) : undefined;
    if (same && !same.alsoParty) {
      same.alsoParty = true;
      same.votes ??= e.votes;
      same.score ??= e.score;
      continue;
    }
    const line: ExcellentLine = { ...e };
    if (e.track === "staff" && !staff.has(key(e))) staff.set(key(e), line);
    lines.push(line);
  }
  return lines;
}

function typeLabel(e: ListEntry & { alsoParty?: boolean }, lang: Lang): string {
  if (e.track === "party") return localize(T.partyMember, lang);
  const staff = e.staffType ? localize(T[e.staffType], lang) : "";
  return e.alsoParty ? [staff, localize(T.partyMember, lang)].filter(Boolean).join("; ") : staff;
}

/** A numbered heading, the column headers (`[text, from, to]`), and one row per item or `(Không có)`. */
function section<E>(
  b: SheetBuilder,
  lang: Lang,
  heading: string,
  headers: readonly [Localized, number, number][],
  items: readonly E[],
  write: (row: number, item: E, index: number) => void,
) {
  b.span(b.row++, 1, LAST, heading, "heading");
  const h = b.row++;
  for (const [text, from, to] of headers) b.span(h, from, to, localize(text, lang), "header");
  if (items.length === 0) b.span(b.row++, 1, LAST, localize(T.none, lang), "textCenter");
  items.forEach((item, i) => write(b.row++, item, i + 1));
  b.row++;
}

function personCells(b: SheetBuilder, row: number, n: number, e: ListEntry, lang: Lang) {
  b.set(row, 1, n, "textCenter");
  b.set(row, 2, e.name, "text");
  b.set(row, 3, e.unit ?? null, "text");
  b.set(row, 4, e.position ?? null, "text");
  b.set(row, 5, typeLabel(e, lang) || null, "text");
}

const PERSON_HEADERS: [Localized, number, number][] = [
  [T.stt, 1, 1],
  [T.name, 2, 2],
  [T.unit, 3, 3],
  [T.position, 4, 4],
  [T.staffType, 5, 5],
];

/** Sheet 3: the HTXSNV list (feeds commendations), the KHTNV and KXL lists with reasons, the units' report status. */
export function listsSheet(input: ReportInput): ReportSheet {
  const lang = input.lang;
  const b = new SheetBuilder(localize(T.sheetLists, lang), WIDTHS);
  titleBlock(b, input, HALVES, T.listsTitle, listsSubtitle(input.year));
  let n = 0;
  const heading = (text: Localized, count?: number) =>
    `${roman(++n)}. ${localize(text, lang)}${count === undefined ? "" : ` (${count})`}`;

  const excellent = oncePerPerson(collect<ExcellentEntry>(input.units, (u) => u.summary.excellent));
  section(
    b,
    lang,
    heading(T.listExcellent, excellent.length),
    [...PERSON_HEADERS, [T.votes, 6, 6], [T.score, 7, 7]],
    excellent,
    (row, e, i) => {
      personCells(b, row, i, e, lang);
      b.set(row, 6, e.votes ?? null, "number", e.votes === undefined ? undefined : "#,##0");
      b.set(row, 7, e.score ?? null, "number");
    },
  );
  const withReason = (row: number, e: ReasonEntry, i: number) => {
    personCells(b, row, i, e, lang);
    b.span(row, 6, 7, localize(reasonLabel(e.reason), lang), "text");
  };
  const reasonHeaders: [Localized, number, number][] = [...PERSON_HEADERS, [T.reason, 6, 7]];
  const failed = collect<ReasonEntry>(input.units, (u) => u.summary.failed);
  section(b, lang, heading(T.listFailed, failed.length), reasonHeaders, failed, withReason);
  const notRated = collect<ReasonEntry>(input.units, (u) => u.summary.notRated);
  section(b, lang, heading(T.listNotRated, notRated.length), reasonHeaders, notRated, withReason);

  const reporting = input.units.filter((u) => u.status);
  if (reporting.length > 0) {
    const headers: [Localized, number, number][] = [
      [T.stt, 1, 1],
      [T.unit, 2, 3],
      [T.status, 4, 4],
      [T.submittedAt, 5, 5],
      [T.deadline, 6, 7],
    ];
    section(b, lang, heading(T.listStatus), headers, reporting, (row, unit, i) => {
      const status = unit.status!;
      b.set(row, 1, i, "textCenter");
      b.span(row, 2, 3, unit.name, "text");
      b.set(row, 4, statusText(status, lang), "text");
      b.set(row, 5, status.submittedAt ? shortDate(status.submittedAt) : null, "textCenter");
      b.span(row, 6, 7, status.deadline ? shortDate(status.deadline) : null, "textCenter");
    });
  }
  signatureBlock(b, input, HALVES);
  return b.build();
}
