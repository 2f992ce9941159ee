/** Dates as the pane shows them, in both languages: dd/mm/yyyy, the way a Vietnamese clerk writes them. */

const two = (n: number) => String(n).padStart(2, "0");

/** `2026-12-15` → `15/12/2026`; anything else is given back as it is. */
export function showDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A moment in the pane's clock: `21/11/2026 16:00`. */
export function showTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
  return `${day} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
