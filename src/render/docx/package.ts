/**
 * The DOCX package: docx makes every part but the body (styles, numbering, header and footer,
 * settings, properties), the writer makes the body and the footnotes, and the parts are zipped so
 * the same plan gives the same bytes whatever the clock or the time zone.
 */
import { Packer, type Document } from "docx";
import { strFromU8, unzipSync } from "fflate";
import type { DeflatedPart } from "./deflated-xml.js";
import { zipParts, type ZipPart } from "./zip.js";

/** One part of a package ("word/styles.xml") as text, or undefined when it has none. */
export function readPart(docx: Uint8Array, name: string): string | undefined {
  const files = unzipSync(docx, { filter: (file) => file.name === name });
  const part = files[name];
  return part === undefined ? undefined : strFromU8(part);
}

/** A package's parts by path, in the order they are zipped. */
export type PackageParts = Map<string, ZipPart>;

interface Compiler {
  compile(document: Document): Map<string, string | Uint8Array>;
}

/**
 * The document's parts, unzipped. docx 9.15 exposes its compiler as `Packer.compiler`; taking the
 * parts from it spares zipping with the clock's dates only to unzip and zip again. Should a later
 * docx hide it, the packed document is unzipped instead.
 */
export async function documentParts(document: Document): Promise<PackageParts> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile === "function") return compiler.compile(document);
  return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document)))));
}

/** What the writer made: the body, compressed but for its head, and the footnotes. */
export interface WrittenParts {
  /** The body's start, from after `<w:body>` to where the compressed rest begins. */
  bodyHead: string;
  /** Everything after it, compressed as it was written, given its head when the package is made. */
  body: { end(head: string): DeflatedPart };
  /** `<w:footnote>` elements, in id order. */
  footnotes: readonly string[];
}

/**
 * docx's parts with the written body and footnotes in place of its empty ones. docx's body, a
 * section and nothing else, gives the namespaces document.xml opens with.
 */
export function withWrittenParts(parts: PackageParts, written: WrittenParts): PackageParts {
  const files = new Map(parts);
  const skeleton = partText(files, "word/document.xml");
  const open = skeleton.indexOf("<w:body>") + "<w:body>".length;
  files.set("word/document.xml", written.body.end(skeleton.slice(0, open) + written.bodyHead));
  const footnotes = partText(files, "word/footnotes.xml");
  const close = footnotes.lastIndexOf("</w:footnotes>");
  files.set("word/footnotes.xml", footnotes.slice(0, close) + written.footnotes.join("") + footnotes.slice(close));
  return files;
}

/** The package zipped with the plan's date in place of the clock. */
export function zipPackage(parts: PackageParts, date: string): Uint8Array {
  const files = new Map(parts);
  if (files.has("docProps/core.xml")) files.set("docProps/core.xml", fixCoreDates(partText(files, "docProps/core.xml"), `${date}T00:00:00Z`));
  // A local-time date gives the same DOS date fields in every time zone; zip cannot hold years before 1980.
  const [year, month, day] = date.split("-").map(Number);
  return zipParts(files, new Date(Math.max(1980, year!), (month ?? 1) - 1, day ?? 1, 12));
}

/** A part docx made, as text. */
export function partText(files: PackageParts, name: string): string {
  const data = files.get(name);
  if (typeof data === "string") return data;
  if (data instanceof Uint8Array) return strFromU8(data);
  throw new Error(`${name} is not in docx's package`);
}

function fixCoreDates(xml: string, instant: string): string {
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${instant}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${instant}$2`);
}
