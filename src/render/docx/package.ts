/**
 * The DOCX package: the body and footnotes the writer made, the small parts around them (written
 * as docx 9 writes them, without loading it), in the order docx zips them, and zipped so the same
 * plan gives the same bytes whatever the clock or the time zone.
 */
import { strFromU8 } from "fflate";
import type { Lang } from "../../model/text.js";
import { entryBytes, readerOf, zipEntries } from "../../parse/zip-entries.js";
import type { DeflatedPart } from "./deflated-xml.js";
import { numberingPart } from "./numbering.js";
import { APP_PROPERTIES, corePropertiesPart, CUSTOM_PROPERTIES, ENDNOTES, FONT_TABLE, footnotesPart, SETTINGS, type CoreProperties } from "./parts.js";
import { CONTENT_TYPES, documentRelationships, footnoteRelationships, NO_RELATIONSHIPS, PACKAGE_RELATIONSHIPS } from "./relationships.js";
import type { ListKey } from "./writer.js";
import { zipParts, type ZipPart } from "./zip.js";

/**
 * One part of a package ("word/styles.xml") as text, or undefined when it has none or is no zip.
 * Throws DamagedPart where the part does not unpack to what its entry records.
 */
export function readPart(docx: Uint8Array, name: string): string | undefined {
  const readAt = readerOf(docx);
  const entry = zipEntries(readAt, docx.length)?.find((candidate) => candidate.name === name);
  return entry === undefined ? undefined : strFromU8(entryBytes(readAt, entry));
}

/** A package's parts by path, in the order they are zipped. */
export type PackageParts = Map<string, ZipPart>;

/** The draft's look: word/styles.xml and word/theme/theme1.xml. */
export interface StyleParts {
  styles: string;
  theme: string;
}

/** What a draft's package is made of. */
export interface DraftParts {
  /** document.xml, compressed as it was written. */
  document: DeflatedPart;
  styles: StyleParts;
  /** The draft's language: its text's default language in styles.xml. */
  lang: Lang;
  properties: CoreProperties;
  /** word/header1.xml and word/footer1.xml. */
  header: string;
  footer: string;
  /** `<w:footnote>` elements, in id order from 1. */
  footnotes: readonly string[];
  /** The addresses the body links to as L1, L2, …, and those the footnotes link to. */
  links: readonly string[];
  footnoteLinks: readonly string[];
  /** The lists the body numbers, in the order of their ids. */
  lists: readonly ListKey[];
}

/** The draft's parts, in the order docx 9 zips them. */
export function draftParts(draft: DraftParts): PackageParts {
  return new Map<string, ZipPart>([
    ["word/_rels/document.xml.rels", documentRelationships(draft.links)],
    ["word/document.xml", draft.document],
    ["word/styles.xml", withLanguage(draft.styles.styles, DRAFT_LANGUAGE[draft.lang])],
    ["docProps/core.xml", corePropertiesPart(draft.properties)],
    ["_rels/.rels", PACKAGE_RELATIONSHIPS],
    ["word/_rels/header1.xml.rels", NO_RELATIONSHIPS],
    ["word/_rels/footer1.xml.rels", NO_RELATIONSHIPS],
    ["word/header1.xml", draft.header],
    ["word/footer1.xml", draft.footer],
    ["docProps/custom.xml", CUSTOM_PROPERTIES],
    ["docProps/app.xml", APP_PROPERTIES],
    ["word/footnotes.xml", footnotesPart(draft.footnotes)],
    ["word/_rels/footnotes.xml.rels", footnoteRelationships(draft.footnoteLinks)],
    ["word/endnotes.xml", ENDNOTES],
    ["word/_rels/endnotes.xml.rels", NO_RELATIONSHIPS],
    ["word/settings.xml", SETTINGS],
    ["word/fontTable.xml", FONT_TABLE],
    ["word/_rels/fontTable.xml.rels", NO_RELATIONSHIPS],
    ["word/theme/theme1.xml", draft.styles.theme],
    ["word/numbering.xml", numberingPart(draft.lists)],
    ["[Content_Types].xml", CONTENT_TYPES],
  ]);
}

/**
 * The language a draft's text is written in, as Word and LibreOffice name it: they check its
 * spelling, hyphenate it and read it aloud in that language, whatever the reader's own. The English
 * of the plan and its labels is British (organisation, programme); the Spanish, the region's.
 */
export const DRAFT_LANGUAGE: Record<Lang, string> = { en: "en-GB", es: "es-419" };

/**
 * `styles` (word/styles.xml) with `tag` as the language of every run that sets none, as pandoc's
 * `lang` does: in the default run properties, added or replacing a reference document's. Its
 * languages for East Asian and complex-script text are kept.
 */
export function withLanguage(styles: string, tag: string): string {
  return editFirst(styles, "w:styles", (content) =>
    editFirst(content, "w:docDefaults", (defaults) =>
      editFirst(defaults, "w:rPrDefault", (run) => editFirst(run, "w:rPr", (properties) => withLang(properties, tag)))));
}

/** `xml` with the content of its first `<name>` element edited; an element made at its start when it has none. */
function editFirst(xml: string, name: string, edit: (content: string) => string): string {
  const element = new RegExp(`<${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${name}>)`).exec(xml);
  if (!element) return `<${name}>${edit("")}</${name}>${xml}`;
  const edited = `<${name}${element[1]!.replace(/\s*\/$/, "")}>${edit(element[2] ?? "")}</${name}>`;
  return xml.slice(0, element.index) + edited + xml.slice(element.index + element[0].length);
}

/** Run properties with `<w:lang w:val="tag">`, in CT_RPr's order: after all else but eastAsianLayout, specVanish and oMath. */
function withLang(properties: string, tag: string): string {
  const existing = /<w:lang\b([^>]*?)\s*(?:\/>|><\/w:lang>)/.exec(properties);
  const others = existing ? existing[1]!.replace(/\s*w:val="[^"]*"/, "") : "";
  const lang = `<w:lang w:val="${tag}"${others}/>`;
  if (existing) return properties.slice(0, existing.index) + lang + properties.slice(existing.index + existing[0].length);
  const after = /<w:(?:eastAsianLayout|specVanish|oMath)\b/.exec(properties);
  const at = after ? after.index : properties.length;
  return properties.slice(0, at) + lang + properties.slice(at);
}

/** The package zipped, every part dated `date` (the plan's, `YYYY-MM-DD`). */
export function zipPackage(parts: PackageParts, date: string): Uint8Array {
  // The day as written, whatever the time zone: a local Date of a day the zone skipped (Samoa's 2011-12-30) moved on a day.
  const [year, month, day] = date.split("-").map(Number);
  return zipParts(parts, { year: year!, month: month ?? 1, day: day ?? 1, hour: 12 });
}

/** A part as text. */
export function partText(parts: ReadonlyMap<string, ZipPart>, name: string): string {
  const data = parts.get(name);
  if (typeof data === "string") return data;
  if (data instanceof Uint8Array) return strFromU8(data);
  throw new Error(`${name} is not in the package, or is compressed already`);
}
