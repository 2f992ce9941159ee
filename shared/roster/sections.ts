import { foldKey } from "../text.js";

const NUMBERING = /^\s*(?:[IVXLCDM]+|[A-Za-z]|\d+(?:\.\d+)*)\s*[.)\-:/]\s*/;

/** A section label without its leading numbering: `II - PHÒNG KẾ HOẠCH` → `PHÒNG KẾ HOẠCH`. */
export function stripNumbering(text: string): string {
  return text.replace(NUMBERING, "").trim();
}

/** Roman numerals or a single letter, as section rows number themselves in the STT column. */
export function isSectionNumber(text: string): boolean {
  return /^(?:[IVXLCDM]+|[A-Z])\.?$/.test(text.trim());
}

export function startsWithSectionNumber(text: string): boolean {
  return /^\s*(?:[IVXLCDM]+|[A-Z])\s*[.)\-:]\s*\S/.test(text);
}

const TOTAL = /^(tong cong|tong so|cong|tong)( |$)/;
const TOTAL_MARKED = /^(tổng cộng|tổng số|cộng|tổng)( |$)/;

/**
 * `Tổng cộng`, `Cộng`, `Tổng số` rows inside a table are not people. Typed with diacritics, the
 * words must be those (`Tống Thị Hà`, `Tống Công Minh` are people); typed without, the folded
 * words decide.
 */
export function isTotalLabel(text: string): boolean {
  if (!TOTAL.test(foldKey(text))) return false;
  if (!/[\u0300-\u036fđĐ]/.test(text.normalize("NFD"))) return true;
  const marked = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}% ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return TOTAL_MARKED.test(marked);
}

const SIGNATURE = [
  /nguoi lap (bieu|bang|danh sach)/,
  /thu truong (don vi|co quan)/,
  /ky,? ghi ro ho ten/,
  /ky ten,? dong dau/,
  /ngay \d{1,2} thang \d{1,2} nam \d{4}/,
];

/** The signature block below the table: it and everything under it is not data. */
export function isSignatureText(text: string): boolean {
  const key = foldKey(text);
  return SIGNATURE.some((re) => re.test(key));
}
