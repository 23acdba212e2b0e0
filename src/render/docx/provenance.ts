/**
 * Whether a file where a Word draft is about to be written is a draft as plan wrote it. A
 * consolidator opens the draft in Word, adds comments and tracked changes and saves it where it
 * was; the next `plan build` would replace it, and that work with it. Every program that saves a
 * .docx names itself in docProps/app.xml (`Application`: Microsoft Office Word, LibreOffice, …) and
 * the person in docProps/core.xml (`lastModifiedBy`), and keeps the document's creator; plan names
 * no application, and itself as the creator and the last to modify.
 *
 * Only the zip's directory and those two small parts are read, whatever the file's size.
 */
import { inflateSync, strFromU8 } from "fflate";
import { withExistingFile, type ReadAt } from "../../io/existing-file.js";
import { decodeXmlText } from "../../parse/docx-text.js";

/** Who last saved the file, where it is not as plan wrote it. */
export type DocxOrigin =
  | { kind: "plan" }
  /** `how`: the program and the person, as far as the file names them ("in Microsoft Office Word by Ana Pérez"). */
  | { kind: "saved"; how: string }
  | { kind: "other" };

const PLAN = "rcm-plan";
const OTHER: DocxOrigin = { kind: "other" };
const PROPERTY_PARTS = new Set(["docProps/core.xml", "docProps/app.xml"]);
/** Larger than any properties part: a directory saying more is no Word file's. */
const MAX_PART_BYTES = 1024 * 1024;
/** Larger than the directory of any zip without zip64: 65,535 entries with names of some 100 bytes. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function docxOrigin(bytes: Uint8Array): DocxOrigin {
  return originOf((offset, length) => bytes.subarray(offset, offset + length), bytes.length);
}

/**
 * The origin of the file at `file`, or undefined where there is no regular file to lose: nothing,
 * a folder, or a pipe or device, which the draft's writing replaces or refuses as before. Opened
 * without blocking, so that a pipe there is not waited on for a writer.
 */
export function docxOriginOfFile(file: string): DocxOrigin | undefined {
  return withExistingFile(file, originOf);
}

function originOf(readAt: ReadAt, size: number): DocxOrigin {
  const parts = propertyParts(readAt, size);
  const core = parts?.get("docProps/core.xml");
  if (core === undefined) return OTHER;
  const app = parts!.get("docProps/app.xml");
  const application = app === undefined ? undefined : element(app, "Application");
  const person = element(core, "lastModifiedBy");
  // A document plan did not make, whoever saved it last.
  if (element(core, "creator") !== PLAN) return OTHER;
  if (application === undefined && person === PLAN) return { kind: "plan" };
  // LibreOffice's name carries its build ("LibreOffice/7.4.7.2$Linux_X86_64 …"): its name says enough.
  const program = application?.replace(/\/.*/s, "");
  const how = [program ? `in ${program}` : "", person && person !== PLAN ? `by ${person}` : ""].filter((part) => part !== "");
  return how.length === 0 ? OTHER : { kind: "saved", how: how.join(" ") };
}

/** The properties parts' text by name, from the zip's central directory; undefined where the file is no zip this reads. */
function propertyParts(readAt: ReadAt, size: number): Map<string, string> | undefined {
  // The end record is the last 22 bytes, before a comment of at most 65,535.
  const tailStart = Math.max(0, size - 22 - 0xffff);
  const tail = readAt(tailStart, size - tailStart);
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (u32(tail, at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = u16(tail, end + 10);
  const directorySize = u32(tail, end + 12);
  const directoryOffset = u32(tail, end + 16);
  if (directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize > size) return undefined;
  const directory = readAt(directoryOffset, directorySize);
  const parts = new Map<string, string>();
  for (let n = 0, at = 0; n < count; n++) {
    if (at + 46 > directory.length || u32(directory, at) !== DIRECTORY_ENTRY) return undefined;
    const method = u16(directory, at + 10);
    const compressedSize = u32(directory, at + 20);
    const originalSize = u32(directory, at + 24);
    const nameLength = u16(directory, at + 28);
    const localHeader = u32(directory, at + 42);
    const name = strFromU8(directory.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
    if (!PROPERTY_PARTS.has(name)) continue;
    if (compressedSize > MAX_PART_BYTES || originalSize > MAX_PART_BYTES) return undefined;
    const header = readAt(localHeader, 30);
    if (header.length < 30 || u32(header, 0) !== LOCAL_HEADER) return undefined;
    const data = readAt(localHeader + 30 + u16(header, 26) + u16(header, 28), compressedSize);
    if (data.length < compressedSize) return undefined;
    const text = partText(method, data, originalSize);
    if (text === undefined) return undefined;
    parts.set(name, text);
  }
  return parts;
}

/** A part's text: stored, or deflated (the two methods Word files use). */
function partText(method: number, data: Uint8Array, originalSize: number): string | undefined {
  try {
    if (method === 0) return strFromU8(data);
    if (method === 8) return strFromU8(inflateSync(data, { out: new Uint8Array(originalSize) }));
  } catch {
    // A damaged part: no file plan wrote.
  }
  return undefined;
}

const u16 = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

/** The text of the first element named `name`, with any namespace prefix, trimmed; undefined when there is none. */
function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([^<]*)</`).exec(xml);
  return match === null ? undefined : decodeXmlText(match[1]!).trim();
}
