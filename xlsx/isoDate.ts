/** Days from Excel's day 0 (1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;

/**
 * An ISO date or date-time as Excel's serial day, as a date cell of an .xlsx reads (its number
 * format unread): `2020-01-01`, `2020-01-01T08:00:00`, with or without a zone (none is UTC).
 */
export function isoToSerial(iso: string): number | undefined {
  const withTime = iso.length === 10 ? `${iso}T00:00:00` : iso;
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(withTime) ? withTime : `${withTime}Z`);
  return Number.isNaN(ms) ? undefined : ms / DAY_MS + UNIX_EPOCH_SERIAL;
}
