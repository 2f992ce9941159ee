/**
 * A zip writer for test files that real writers never make: parts in any order, sizes that lie,
 * zip64 records, deflate streams of gigabytes built from one repeated block. Built by hand because
 * the point is to write what a zip library refuses to write.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

/** A raw deflate stream and what it inflates to. */
export interface Deflated {
  bytes: Buffer;
  size: number;
  crc: number;
}

export function deflate(data: Buffer | string): Deflated {
  const bytes = Buffer.from(data);
  return { bytes: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/**
 * `head`, then `chunk` `times` over, then `tail`, as one deflate stream without ever holding it
 * inflated: each piece is compressed alone up to a full flush, so the compressed chunk can be repeated.
 */
export function repeatedDeflate(head: string, chunk: string, times: number, tail: string): Deflated {
  const flushed = (text: string) =>
    deflateRawSync(Buffer.from(text), { finishFlush: constants.Z_FULL_FLUSH });
  const chunkBytes = Buffer.from(chunk);
  const repeated = flushed(chunk);
  let crc = crc32(Buffer.from(head));
  for (let i = 0; i < times; i++) crc = crc32(chunkBytes, crc);
  crc = crc32(Buffer.from(tail), crc);
  return {
    bytes: Buffer.concat([
      flushed(head),
      ...Array<Buffer>(times).fill(repeated),
      deflateRawSync(Buffer.from(tail)),
    ]),
    size: Buffer.byteLength(head) + chunkBytes.length * times + Buffer.byteLength(tail),
    crc,
  };
}

export interface ZipPart {
  name: string;
  content: Deflated;
  /** The inflated size the headers declare, when it is to lie. */
  declaredSize?: number;
  /** Sizes in zip64 extra fields, the 32-bit fields set to 0xFFFFFFFF. */
  zip64?: boolean;
}

const MAX32 = 0xffffffff;

function zip64Extra(size: number, compressed: number, offset?: number): Buffer {
  const extra = Buffer.alloc(offset === undefined ? 20 : 28);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(extra.length - 4, 2);
  extra.writeBigUInt64LE(BigInt(size), 4);
  extra.writeBigUInt64LE(BigInt(compressed), 12);
  if (offset !== undefined) extra.writeBigUInt64LE(BigInt(offset), 20);
  return extra;
}

/** The parts in the order given, deflated, with a central directory (and zip64 end records when any part is zip64). */
export function buildZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const size = part.declaredSize ?? part.content.size;
    const compressed = part.content.bytes.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(part.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.content.crc, 14);
    local.writeUInt32LE(part.zip64 ? MAX32 : compressed, 18);
    local.writeUInt32LE(part.zip64 ? MAX32 : size, 22);
    local.writeUInt16LE(name.length, 26);
    const localExtra = part.zip64 ? zip64Extra(size, compressed) : Buffer.alloc(0);
    local.writeUInt16LE(localExtra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(part.zip64 ? 45 : 20, 4);
    central.writeUInt16LE(part.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.content.crc, 16);
    central.writeUInt32LE(part.zip64 ? MAX32 : compressed, 20);
    central.writeUInt32LE(part.zip64 ? MAX32 : size, 24);
    central.writeUInt16LE(name.length, 28);
    const centralExtra = part.zip64 ? zip64Extra(size, compressed, offset) : Buffer.alloc(0);
    central.writeUInt16LE(centralExtra.length, 30);
    central.writeUInt32LE(part.zip64 ? MAX32 : offset, 42);
    locals.push(local, name, localExtra, part.content.bytes);
    centrals.push(central, name, centralExtra);
    offset += local.length + name.length + localExtra.length + compressed;
  }
  const directory = Buffer.concat(centrals);
  const zip64 = parts.some((p) => p.zip64);
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(parts.length), 24);
    record.writeBigUInt64LE(BigInt(parts.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(zip64 ? MAX32 : directory.length, 12);
  end.writeUInt32LE(zip64 ? MAX32 : offset, 16);
  return Buffer.concat([...locals, directory, ...tail, end]);
}
