import type { Lang } from "../i18n.js";
import type { IsoDate } from "../roster/person.js";

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function parts(date: IsoDate): [number, number, number] {
  return date.slice(0, 10).split("-").map(Number) as [number, number, number];
}

/**
 * The date line under the national motto. Nghị định 30/2020/NĐ-CP: a day below 10 and the months
 * January and February take a leading zero (`ngày 05 tháng 02`, but `tháng 3`).
 */
export function dateLine(date: IsoDate, place: string | undefined, lang: Lang): string {
  const [y, m, d] = parts(date);
  if (lang === "en") return `${place ? `${place}, ` : ""}${d} ${MONTHS_EN[m - 1]} ${y}`;
  const day = String(d).padStart(2, "0");
  const month = m <= 2 ? String(m).padStart(2, "0") : String(m);
  return `${place ? `${place}, ngày` : "Ngày"} ${day} tháng ${month} năm ${y}`;
}

/** dd/mm/yyyy, as dates are written in Vietnamese documents (English reports keep the same order). */
export function shortDate(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}
