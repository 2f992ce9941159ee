/** A1 addresses in tests, 1-based and inclusive: "B3:D7" → { top: 3, left: 2, bottom: 7, right: 4 }. */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function parseRect(address: string): Bounds {
  const [a = "", b = a] = address.split(":");
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`Unexpected address ${address}`);
    return { col: colNumber(m[1]!), row: Number(m[2]) };
  };
  const p = cell(a);
  const q = cell(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}
