import { readDate } from "../coerce/date.js";
import type { IsoDate } from "./person.js";
import { foldKey } from "../text.js";

/** `…, ngày 10 tháng 12 năm 2026` (the place-and-date line of a signature block) as an ISO date. */
export function signatureDate(text: string): IsoDate | undefined {
  if (text.length > 300) return undefined;
  const m = /ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(foldKey(text));
  return m ? readDate(`${m[1]}/${m[2]}/${m[3]}`) : undefined;
}
