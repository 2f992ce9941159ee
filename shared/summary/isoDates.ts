import type { IsoDate } from "../roster/person.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** The same day `months` calendar months earlier, clamped to the month's last day (31/08 − 6 → 28/02 or 29/02). */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}
