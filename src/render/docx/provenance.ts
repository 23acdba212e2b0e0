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
import { strFromU8 } from "fflate";
import { decodeXmlText } from "../../parse/docx-text.js";
import { DamagedPart, entryBytes, readerOf, zipEntries, type ReadAt } from "../../parse/zip-entries.js";

/** Who last saved the file, where it is not as plan wrote it. */
export type DocxOrigin =
  | { kind: "plan" }
  /** `how`: the program and the person, as far as the file names them ("in Microsoft Office Word by Ana Pérez"). */
  | { kind: "saved"; how: string }
  /** A properties part that does not unpack to what its entry records: nothing tells who saved it. */
  | { kind: "damaged"; why: string }
  | { kind: "other" };

const PLAN = "rcm-plan";
const OTHER: DocxOrigin = { kind: "other" };
const PROPERTY_PARTS = new Set(["docProps/core.xml", "docProps/app.xml"]);
/** Larger than any properties part: a directory saying more is no Word file's. */
const MAX_PART_BYTES = 1024 * 1024;

export function docxOrigin(bytes: Uint8Array): DocxOrigin {
  return docxOriginAt(readerOf(bytes), bytes.length);
}

/** The origin of a file of `size` bytes that `readAt` reads (io/existing-file.ts opens the one a draft would replace). */
export function docxOriginAt(readAt: ReadAt, size: number): DocxOrigin {
  let parts: Map<string, string> | undefined;
  try {
    parts = propertyParts(readAt, size);
  } catch (error) {
    if (error instanceof DamagedPart) return { kind: "damaged", why: error.message };
    throw error;
  }
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
  const entries = zipEntries(readAt, size);
  if (entries === undefined) return undefined;
  const parts = new Map<string, string>();
  for (const entry of entries) {
    if (!PROPERTY_PARTS.has(entry.name)) continue;
    if (entry.compressedSize > MAX_PART_BYTES || entry.originalSize > MAX_PART_BYTES) return undefined;
    parts.set(entry.name, strFromU8(entryBytes(readAt, entry)));
  }
  return parts;
}

/** The text of the first element named `name`, with any namespace prefix, trimmed; undefined when there is none. */
function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([^<]*)</`).exec(xml);
  return match === null ? undefined : decodeXmlText(match[1]!).trim();
}
