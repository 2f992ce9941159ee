import { constants } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";
import { UnreadableWorkbookError } from "./unreadable.js";

/** A workbook's bytes, from a regular file opened for reading or from memory. */
export interface WorkbookFile {
  size: number;
  /** The open file, for random access; none for bytes in memory. */
  handle?: FileHandle;
  /** Up to `length` bytes from the start. */
  head(length: number): Promise<Buffer>;
  /** Every byte; the caller has checked `size` first. */
  all(): Promise<Buffer>;
  close(): Promise<void>;
}

function refusal(error: unknown, path: string): UnreadableWorkbookError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new UnreadableWorkbookError("missing", path);
  if (code === "EACCES" || code === "EPERM") return new UnreadableWorkbookError("no-permission", path);
  if (code === "EISDIR") return new UnreadableWorkbookError("folder", path);
  return new UnreadableWorkbookError("damaged", error instanceof Error ? error.message : String(error));
}

function checkKind(stats: { isDirectory(): boolean; isFile(): boolean }, path: string): void {
  if (stats.isDirectory()) throw new UnreadableWorkbookError("folder", path);
  if (!stats.isFile()) throw new UnreadableWorkbookError("not-regular-file", path);
}

function fromHandle(handle: FileHandle, size: number): WorkbookFile {
  return {
    size,
    handle,
    async head(length) {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, 0);
      return buffer.subarray(0, bytesRead);
    },
    all: () => handle.readFile(),
    close: () => handle.close(),
  };
}

/**
 * Opens a path only when it is a regular file: a folder, a FIFO (whose open would wait for a writer),
 * a socket or a device is refused from its metadata, before any open. The open itself does not block
 * (O_NONBLOCK), and the opened file is checked again, so a path swapped in between is refused too.
 */
export async function openWorkbookFile(input: string | Buffer): Promise<WorkbookFile> {
  if (typeof input !== "string")
    return {
      size: input.length,
      head: async (length) => input.subarray(0, length),
      all: async () => input,
      close: async () => {},
    };
  let handle: FileHandle;
  try {
    checkKind(await stat(input), input);
    handle = await open(input, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw error instanceof UnreadableWorkbookError ? error : refusal(error, input);
  }
  try {
    const stats = await handle.stat();
    checkKind(stats, input);
    return fromHandle(handle, stats.size);
  } catch (error) {
    await handle.close();
    throw error instanceof UnreadableWorkbookError ? error : refusal(error, input);
  }
}
