import { localize } from "../i18n.js";
import { dateLine } from "./dates.js";
import type { ReportInput } from "./input.js";
import { attachment, docNumber, recipient, T } from "./labels.js";
import type { SheetBuilder } from "./sheetBuilder.js";
import type { Localized } from "../i18n.js";

/** Columns of the left (agency) and right (nation) halves of the title and signature blocks. */
export interface Halves {
  left: [number, number];
  right: [number, number];
}

/**
 * REPORT.md's title block: agency (left) and nation (right) over three rows, then the centred
 * title, subtitle, attachment line and recipient. Leaves `b.row` on the first row after it.
 */
export function titleBlock(
  b: SheetBuilder,
  input: ReportInput,
  halves: Halves,
  title: Localized,
  subtitle: Localized,
) {
  const lang = input.lang;
  const { agency } = input;
  const [l1, l2] = halves.left;
  const [r1, r2] = halves.right;
  const left: [string | null, "orgName" | "docNumber"][] = [
    ...(agency.superior ? [[agency.superior.toUpperCase(), "orgName"] as [string, "orgName"]] : []),
    [agency.name.toUpperCase(), "orgName"],
    [localize(docNumber(agency.documentNumber), lang), "docNumber"],
  ];
  const right = [
    [localize(T.nation, lang), "nation"],
    [localize(T.motto, lang), "motto"],
    [dateLine(input.date, agency.place, lang), "placeDate"],
  ] as const;
  const top = b.row;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i];
    const r = right[i];
    if (l) b.span(top + i, l1, l2, l[0], l[1]);
    if (r) b.span(top + i, r1, r2, r[0], r[1]);
  }
  let row = top + Math.max(left.length, right.length) + 1;
  const last = b.lastCol;
  b.span(row++, 1, last, localize(title, lang), "title");
  b.span(row++, 1, last, localize(subtitle, lang), "subtitle");
  b.span(row++, 1, last, localize(attachment(agency.documentNumber), lang), "attachment");
  const to = agency.recipient ?? agency.superior;
  if (to) b.span(row++, 1, last, localize(recipient(to), lang), "recipient");
  b.row = row + 1;
}

/** `NGƯỜI LẬP BIỂU` (left) and `THỦ TRƯỞNG CƠ QUAN` (right), each with `(Ký, ghi rõ họ tên)`, after a blank row. */
export function signatureBlock(b: SheetBuilder, input: ReportInput, halves: Halves) {
  const lang = input.lang;
  const row = b.row + 1;
  b.span(row, halves.left[0], halves.left[1], localize(T.preparer, lang), "signTitle");
  b.span(row, halves.right[0], halves.right[1], localize(T.head, lang), "signTitle");
  b.span(row + 1, halves.left[0], halves.left[1], localize(T.signNote, lang), "signNote");
  b.span(row + 1, halves.right[0], halves.right[1], localize(T.signNote, lang), "signNote");
  b.row = row + 2;
}
