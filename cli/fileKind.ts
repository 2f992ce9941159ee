import { closeSync, openSync, readSync, statSync } from "node:fs";

/**
 * What a file that is not a readable .xlsx really is, so the clerk gets the advice that fits:
 * an Excel 97–2003 workbook, an .xlsx under a password (both are OLE compound files; an encrypted
 * workbook holds an `EncryptedPackage` stream), an OpenDocument spreadsheet (a zip whose `mimetype`
 * says so), comma-separated text, a folder, a file we may not read, or something else.
 */
export type FileKind = "xls" | "encrypted" | "ods" | "csv" | "folder" | "no-permission" | "other";

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The head read: enough for an OLE file's first directory sectors and a zip's first entry. */
const HEAD = 64 * 1024;
const ENCRYPTED = Buffer.from("EncryptedPackage", "utf16le");
const ODS = Buffer.from("application/vnd.oasis.opendocument.spreadsheet");

function head(file: string): Buffer {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(HEAD);
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD, 0));
  } finally {
    closeSync(fd);
  }
}

/** Text with separators on its first lines and no control bytes: a CSV export. */
function looksLikeCsv(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  const sample = bytes.subarray(0, 4096);
  // Bytes below 32 other than tab, line feed and carriage return: binary, not text.
  if (sample.some((b) => b < 32 && b !== 9 && b !== 10 && b !== 13)) return false;
  const text = sample.toString("utf8");
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 5);
  return lines.length > 0 && lines.every((l) => /[,;\t]/.test(l));
}

export function fileKind(file: string): FileKind {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) return "folder";
    bytes = head(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "EACCES" || code === "EPERM" ? "no-permission" : "other";
  }
  if (bytes.subarray(0, 8).equals(OLE)) return bytes.includes(ENCRYPTED) ? "encrypted" : "xls";
  if (bytes.subarray(0, 4).equals(ZIP)) return bytes.subarray(0, 200).includes(ODS) ? "ods" : "other";
  return looksLikeCsv(bytes) ? "csv" : "other";
}
