import type { FileHandle } from "node:fs/promises";
import { Readable } from "node:stream";
import yauzl from "yauzl";
import { READER_LIMITS } from "./readerLimits.js";
import { UnreadableWorkbookError } from "./unreadable.js";

/**
 * A zip read through its central directory (yauzl): every part is known, with its declared sizes,
 * before one byte is inflated, and a part is inflated only when asked for, whatever its place in the
 * file. yauzl refuses a part that inflates to more than its central directory declared.
 */
export interface ZipArchive {
  has(name: string): boolean;
  /** The part's inflated bytes, after its declared size and ratio pass `maxBytes` and the ratio limit. */
  open(name: string, maxBytes: number): Promise<Readable>;
  /** A small part's whole text. */
  text(name: string, maxBytes: number): Promise<string>;
  close(): void;
}

function damaged(error: unknown): UnreadableWorkbookError {
  return new UnreadableWorkbookError("damaged", error instanceof Error ? error.message : String(error));
}

function checkSizes(entry: yauzl.Entry, maxBytes: number): void {
  const { fileName, uncompressedSize, compressedSize } = entry;
  if (uncompressedSize > maxBytes)
    throw new UnreadableWorkbookError("part-too-large", `${fileName}: ${uncompressedSize} > ${maxBytes}`);
  if (
    uncompressedSize > READER_LIMITS.ratioFloorBytes &&
    uncompressedSize > compressedSize * READER_LIMITS.maxCompressionRatio
  )
    throw new UnreadableWorkbookError(
      "compression-ratio",
      `${fileName}: ${uncompressedSize} / ${compressedSize} > ${READER_LIMITS.maxCompressionRatio}`,
    );
  if (entry.isEncrypted()) throw new UnreadableWorkbookError("encrypted", fileName);
  if (!entry.canDecodeFileData()) throw damaged(`${fileName}: compression method ${entry.compressionMethod}`);
}

/** Lists the central directory; a zip with more parts than a workbook ever has is refused before the list is read. */
async function entries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  if (zip.entryCount > READER_LIMITS.maxZipEntries)
    throw new UnreadableWorkbookError("too-many-parts", String(zip.entryCount));
  const byName = new Map<string, yauzl.Entry>();
  await new Promise<void>((done, fail) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      // Part names are case-insensitive in OPC; a leading slash is not part of the zip name.
      byName.set(entry.fileName.toLowerCase(), entry);
      zip.readEntry();
    });
    zip.on("end", done);
    zip.on("error", fail);
    zip.readEntry();
  });
  return byName;
}

const CHUNK = 64 * 1024;

async function* byteRange(handle: FileHandle, start: number, end: number): AsyncGenerator<Buffer> {
  for (let position = start; position < end;) {
    const length = Math.min(CHUNK, end - position);
    const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(length), 0, length, position);
    if (bytesRead === 0) throw new Error("the file ends before its zip directory says");
    position += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

/**
 * yauzl's access to an open file by ranges, read with positioned reads: the file stays ours to close
 * (yauzl closes an fd it is given, and so does a file stream when it is destroyed).
 */
class FileRanges extends yauzl.RandomAccessReader {
  constructor(private readonly handle: FileHandle) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return Readable.from(byteRange(this.handle, start, end), { objectMode: false });
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    done: (err: Error | null) => void,
  ) {
    this.handle.read(buffer, offset, length, position).then(
      () => done(null),
      (error: Error) => done(error),
    );
  }
}

export async function openZip(
  source: { handle: FileHandle; size: number } | { bytes: Buffer },
): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  let byName: Map<string, yauzl.Entry>;
  try {
    const options = { lazyEntries: true, autoClose: false, strictFileNames: false };
    zip = await ("handle" in source
      ? yauzl.fromRandomAccessReaderPromise(new FileRanges(source.handle), source.size, options)
      : yauzl.fromBufferPromise(source.bytes, options));
  } catch (error) {
    throw damaged(error);
  }
  try {
    byName = await entries(zip);
  } catch (error) {
    zip.close();
    throw error instanceof UnreadableWorkbookError ? error : damaged(error);
  }
  const find = (name: string) => byName.get(name.replace(/^\//, "").toLowerCase());
  const open = async (name: string, maxBytes: number) => {
    const entry = find(name);
    if (!entry) throw damaged(`${name} is missing`);
    checkSizes(entry, maxBytes);
    try {
      return await zip.openReadStreamPromise(entry);
    } catch (error) {
      throw damaged(error);
    }
  };
  return {
    has: (name) => find(name) !== undefined,
    open,
    async text(name, maxBytes) {
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of await open(name, maxBytes)) chunks.push(chunk as Buffer);
      } catch (error) {
        throw error instanceof UnreadableWorkbookError ? error : damaged(error);
      }
      return Buffer.concat(chunks).toString("utf8");
    },
    close: () => zip.close(),
  };
}
