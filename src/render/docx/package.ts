/**
 * The DOCX package as a zip: reading one part, and making docx's output reproducible, so the same
 * plan gives the same bytes whatever the clock, the time zone or earlier builds in the process.
 */
import { Packer, type Document } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** One part of a package ("word/styles.xml") as text, or undefined when it has none. */
export function readPart(docx: Uint8Array, name: string): string | undefined {
  const files = unzipSync(docx, { filter: (file) => file.name === name });
  const part = files[name];
  return part === undefined ? undefined : strFromU8(part);
}

/** A package's parts by path, in the order they are zipped. */
export type PackageParts = Map<string, string | Uint8Array>;

interface Compiler {
  compile(document: Document): PackageParts;
}

/**
 * The document's parts, unzipped. docx 9.15 exposes its compiler as `Packer.compiler`; taking the
 * parts from it spares zipping with the clock's dates only to unzip and zip again, a third of the
 * time a draft takes. Should a later docx hide it, the packed document is unzipped instead.
 */
export async function documentParts(document: Document): Promise<PackageParts> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile === "function") return compiler.compile(document);
  return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document)))));
}

/**
 * The package zipped with the plan's date in place of the clock, sequential relationship ids in
 * place of random ones, and bookmarks numbered from 1 in place of a process-wide counter.
 */
export function zipPackage(parts: PackageParts, date: string): Uint8Array {
  const files = new Map(parts);
  const text = (name: string) => {
    const data = files.get(name)!;
    return typeof data === "string" ? data : strFromU8(data);
  };
  if (files.has("docProps/core.xml")) files.set("docProps/core.xml", fixCoreDates(text("docProps/core.xml"), `${date}T00:00:00Z`));
  for (const rels of [...files.keys()].filter((name) => name.endsWith(".rels"))) {
    const part = rels.replace(/_rels\/([^/]+)\.rels$/, "$1");
    const renamed = renameRelationships(text(rels), part !== rels && files.has(part) ? text(part) : undefined);
    files.set(rels, renamed.rels);
    if (renamed.part !== undefined) files.set(part, renamed.part);
  }
  for (const name of [...files.keys()].filter((n) => /^word\/(document|header\d+|footer\d+|footnotes|endnotes)\.xml$/.test(n))) {
    files.set(name, renumberBookmarks(text(name)));
  }
  // A local-time date gives the same DOS date fields in every time zone; zip cannot hold years before 1980.
  const [year, month, day] = date.split("-").map(Number);
  const mtime = new Date(Math.max(1980, year!), (month ?? 1) - 1, day ?? 1, 12);
  const zippable: Zippable = {};
  for (const [name, data] of files) zippable[name] = [typeof data === "string" ? strToU8(data) : data, { mtime, level: 6 }];
  return zipSync(zippable);
}

function fixCoreDates(xml: string, instant: string): string {
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${instant}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${instant}$2`);
}

/** Hyperlink relationships get nanoid ids ("rIdk3j…"); rename them rIdL1, rIdL2, … in their order. */
function renameRelationships(rels: string, part: string | undefined): { rels: string; part: string | undefined } {
  const random = [...rels.matchAll(/\bId="([^"]+)"/g)].map((match) => match[1]!).filter((id) => !/^rId\d+$/.test(id));
  const fresh = new Map(random.map((id, i) => [`"${id}"`, `"rIdL${i + 1}"`]));
  if (fresh.size === 0) return { rels, part };
  const rename = (xml: string) => xml.replace(/"rId[^"]*"/g, (quoted) => fresh.get(quoted) ?? quoted);
  return { rels: rename(rels), part: part === undefined ? undefined : rename(part) };
}

/** Bookmark ids and `_Toc` names come from a counter shared by every document the process builds. */
function renumberBookmarks(xml: string): string {
  const tocs = new Map<string, number>();
  const ids = new Map<string, number>();
  const next = (map: Map<string, number>, key: string) => {
    if (!map.has(key)) map.set(key, map.size + 1);
    return map.get(key)!;
  };
  return xml
    .replace(/_Toc(\d+)/g, (_, n: string) => `_Toc${next(tocs, n)}`)
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(-?\d+)(")/g, (_, a: string, n: string, b: string) => `${a}${next(ids, n)}${b}`);
}
