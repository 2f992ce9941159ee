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

/** Total and signature rows hold short labels; longer text is data and is not folded to check. */
const MAX_LABEL_LENGTH = 500;

const TOTAL = /^(tong cong|tong so)( |$)|^(cong|tong)( ([ivxlcdm]+|\d+)( |$).*)?$/;
const TOTAL_MARKED = /^(tổng cộng|tổng số)( |$)|^(cộng|tổng)( ([ivxlcdm]+|\d+)( |$).*)?$/;

/**
 * `Tổng cộng`, `Tổng số`, `Cộng`, `Cộng I`, `Tổng: 25` rows inside a table are not people. Typed
 * with diacritics, the words must be those (`Tống Thị Hà`, `Tống Công Minh` are people, `CÔNG CHỨC`
 * is a section); typed without, the folded words decide. A bare `Tổng`/`Cộng` may be followed only
 * by a number (`Tổng cục Thuế` is a collective).
 */
export function isTotalLabel(text: string): boolean {
  if (text.length > MAX_LABEL_LENGTH || !TOTAL.test(foldKey(text))) return false;
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
  if (text.length > MAX_LABEL_LENGTH) return false;
  const key = foldKey(text);
  return SIGNATURE.some((re) => re.test(key));
}
