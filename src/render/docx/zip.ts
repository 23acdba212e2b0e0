/**
 * A zip of parts, some of them deflated already (document.xml, compressed as it was written), laid
 * out as fflate's zipSync lays out its own: no data descriptors, no extra fields, one date for all.
 */
import { deflateSync, strToU8 } from "fflate";
import { crc32 } from "../../parse/crc32.js";
import { LEVEL, type DeflatedPart } from "./deflated-xml.js";

/** A part's text or bytes, or its data deflated already. */
export type ZipPart = string | Uint8Array | DeflatedPart;

interface Entry {
  name: Uint8Array;
  part: DeflatedPart;
  compressedSize: number;
  offset: number;
}

/** A calendar day and hour, as a zip entry holds it: zip has no time zones. */
export interface ZipDate {
  year: number;
  month: number;
  day: number;
  hour: number;
}

/** The parts zipped in their order, each dated `date`. */
export function zipParts(parts: ReadonlyMap<string, ZipPart>, date: ZipDate): Uint8Array {
  const time = dosTime(date);
  const entries: Entry[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const part = deflated(data);
    const compressedSize = part.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const entry = { name: strToU8(name), part, compressedSize, offset };
    entries.push(entry);
    offset += 30 + entry.name.length + compressedSize;
  }
  const directorySize = entries.reduce((sum, entry) => sum + 46 + entry.name.length, 0);
  const out = new Uint8Array(offset + directorySize + 22);
  for (const entry of entries) {
    let at = writeHeader(out, entry.offset, entry, time, false);
    for (const chunk of entry.part.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
  }
  let at = offset;
  for (const entry of entries) at = writeHeader(out, at, entry, time, true);
  const view = new DataView(out.buffer);
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, offset, true);
  return out;
}

function deflated(data: ZipPart): DeflatedPart {
  if (typeof data !== "string" && !(data instanceof Uint8Array)) return data;
  const bytes = typeof data === "string" ? strToU8(data) : data;
  return { chunks: [deflateSync(bytes, { level: LEVEL })], crc: crc32(bytes), size: bytes.length };
}

/** A local header, or with `central` the central directory's record; returns where it ends. */
function writeHeader(out: Uint8Array, at: number, entry: Entry, time: number, central: boolean): number {
  const view = new DataView(out.buffer, out.byteOffset);
  view.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
  if (central) view.setUint16(at + 4, 20, true); // made by: zip 2.0
  let field = central ? at + 6 : at + 4;
  view.setUint16(field, 20, true); // needs zip 2.0 to extract
  view.setUint16(field + 4, 8, true); // deflated
  view.setUint32(field + 6, time, true);
  view.setUint32(field + 10, entry.part.crc, true);
  view.setUint32(field + 14, entry.compressedSize, true);
  view.setUint32(field + 18, entry.part.size, true);
  view.setUint16(field + 22, entry.name.length, true);
  field += 26;
  if (central) {
    view.setUint32(field + 10, entry.offset, true); // after the comment's length, disk, and attributes
    field += 14;
  }
  out.set(entry.name, field);
  return field + entry.name.length;
}

/** The MS-DOS date and time of a zip header. */
/** MS-DOS date and time fields. They hold the years 1980 to 2107 only: a year outside them is held at the nearer end. */
function dosTime({ year, month, day, hour }: ZipDate): number {
  const held = Math.min(2107, Math.max(1980, year));
  return (((held - 1980) << 25) | (month << 21) | (day << 16) | (hour << 11)) >>> 0;
}
