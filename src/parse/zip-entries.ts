/**
 * The entries of a zip, read from its central directory, and a part's bytes unpacked and checked
 * against the CRC-32 its entry records: deflate does not notice every damaged byte, and a damaged
 * part can unpack to other text without an error. Shared by `plan textconv` and by `plan build`,
 * which reads an existing Word draft's properties.
 */
import { inflateSync } from "fflate";
import { crc32 } from "./crc32.js";

/** `length` bytes from `offset`, fewer where the file ends first. */
export type ReadAt = (offset: number, length: number) => Uint8Array;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the two methods Word files use. */
  method: number;
  compressedSize: number;
  originalSize: number;
  crc: number;
  localHeader: number;
}

/** Thrown where a part's bytes do not unpack to what its entry records; the message names the part. */
export class DamagedPart extends Error {
  constructor(
    readonly part: string,
    why: string,
  ) {
    super(`${part} is damaged: ${why}; the file may be cut short or corrupted`);
  }
}

/** Larger than the directory of any zip without zip64: 65,535 entries with names of some 100 bytes. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const NAMES = new TextDecoder();

/** A reader of `bytes` in memory. */
export function readerOf(bytes: Uint8Array): ReadAt {
  return (offset, length) => bytes.subarray(offset, offset + length);
}

/** The entries of the zip `readAt` reads, `size` bytes long; undefined where it is no zip this reads. */
export function zipEntries(readAt: ReadAt, size: number): ZipEntry[] | undefined {
  // The end record is the last 22 bytes, before a comment of at most 65,535.
  const tailStart = Math.max(0, size - 22 - 0xffff);
  const tail = readAt(tailStart, size - tailStart);
  let end = tail.length - 22;
  while (end >= 0 && u32(tail, end) !== END_OF_DIRECTORY) end--;
  if (end < 0) return undefined;
  const { count, directorySize, directoryOffset } = zip64End(readAt, tail, end) ?? { count: u16(tail, end + 10), directorySize: u32(tail, end + 12), directoryOffset: u32(tail, end + 16) };
  if (directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize > size) return undefined;
  const directory = readAt(directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  for (let n = 0, at = 0; n < count; n++) {
    if (at + 46 > directory.length || u32(directory, at) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = u16(directory, at + 28);
    const extraLength = u16(directory, at + 30);
    const entry: ZipEntry = {
      name: NAMES.decode(directory.subarray(at + 46, at + 46 + nameLength)),
      method: u16(directory, at + 10),
      crc: u32(directory, at + 16),
      compressedSize: u32(directory, at + 20),
      originalSize: u32(directory, at + 24),
      localHeader: u32(directory, at + 42),
    };
    withZip64Sizes(entry, directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + u16(directory, at + 32);
  }
  return entries;
}

/** An entry's sizes and offset from its zip64 extra field, where the directory's own say 0xFFFFFFFF. */
function withZip64Sizes(entry: ZipEntry, extra: Uint8Array): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + u16(extra, at + 2)) {
    if (u16(extra, at) !== ZIP64_EXTRA) continue;
    let field = at + 4;
    for (const key of ["originalSize", "compressedSize", "localHeader"] as const) {
      if (entry[key] !== 0xffffffff || field + 8 > extra.length) continue;
      entry[key] = u64(extra, field);
      field += 8;
    }
  }
}

/**
 * The directory's place and count from the zip64 end record, where a locator just before the end
 * record points at one: a zip64 writer (.NET's System.IO.Packaging, a zip of over 65,535 entries)
 * may leave the end record's fields at their 0xFFFF or 0xFFFFFFFF escapes, with the true values there.
 */
function zip64End(readAt: ReadAt, tail: Uint8Array, end: number): { count: number; directorySize: number; directoryOffset: number } | undefined {
  if (end < 20 || u32(tail, end - 20) !== ZIP64_LOCATOR) return undefined;
  const record = readAt(u64(tail, end - 12), 56);
  if (record.length < 56 || u32(record, 0) !== ZIP64_END) return undefined;
  return { count: u64(record, 32), directorySize: u64(record, 40), directoryOffset: u64(record, 48) };
}

/**
 * The bytes of `entry`, unpacked and checked against its CRC-32. Throws DamagedPart where they
 * are cut short, do not unpack, or unpack to bytes whose checksum is not the entry's.
 */
export function entryBytes(readAt: ReadAt, entry: ZipEntry): Uint8Array {
  const header = readAt(entry.localHeader, 30);
  if (header.length < 30 || u32(header, 0) !== LOCAL_HEADER) throw new DamagedPart(entry.name, "its entry is not where the zip's directory says");
  const data = readAt(entry.localHeader + 30 + u16(header, 26) + u16(header, 28), entry.compressedSize);
  if (data.length < entry.compressedSize) throw new DamagedPart(entry.name, "its data is cut short");
  let bytes: Uint8Array;
  if (entry.method === 0) bytes = data;
  else if (entry.method === 8) bytes = inflated(entry, data);
  else throw new DamagedPart(entry.name, `it is packed in a way no Word file is (method ${entry.method})`);
  if (bytes.length !== entry.originalSize) throw new DamagedPart(entry.name, "it unpacks to another size than its entry records");
  if (crc32(bytes) !== entry.crc) throw new DamagedPart(entry.name, "its checksum does not match");
  return bytes;
}

function inflated(entry: ZipEntry, data: Uint8Array): Uint8Array {
  try {
    return inflateSync(data, { out: new Uint8Array(entry.originalSize) });
  } catch {
    throw new DamagedPart(entry.name, "its data does not unpack");
  }
}

const u16 = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
const u64 = (bytes: Uint8Array, at: number) => u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;
