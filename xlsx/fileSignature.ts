/** What a file's first bytes say it is. */
export type Signature = "zip" | "ole" | "csv" | "other";

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An empty zip starts with its end record. */
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** An OLE compound file: .xls, and any Office file under a password. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Enough to tell CSV text from binary. */
export const SIGNATURE_BYTES = 4096;

/** Text with separators on its first lines and no control bytes: a CSV export. */
function looksLikeCsv(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  // Bytes below 32 other than tab, line feed and carriage return: binary, not text.
  if (bytes.some((b) => b < 32 && b !== 9 && b !== 10 && b !== 13)) return false;
  const lines = bytes
    .toString("utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 5);
  return lines.length > 0 && lines.every((l) => /[,;\t]/.test(l));
}

export function fileSignature(head: Buffer): Signature {
  const four = head.subarray(0, 4);
  if (four.equals(ZIP) || four.equals(EMPTY_ZIP)) return "zip";
  if (head.subarray(0, 8).equals(OLE)) return "ole";
  return looksLikeCsv(head) ? "csv" : "other";
}
