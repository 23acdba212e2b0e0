/**
 * What the docx package still makes, loaded with import() only where it is needed: the styles of a
 * draft built with `--reference-doc` (docx merges ours into the reference's as pandoc does), and,
 * for scripts/make-reference-docx.mjs, the default styles' XML that default-style-parts.ts keeps
 * and templates/reference.docx itself. The default draft never loads this module, nor docx.
 */
import { Document, Packer, readTheme, type IPropertiesOptions } from "docx";
import { unzipSync } from "fflate";
import { partText, readPart, type PackageParts, type StyleParts } from "./package.js";
import { DEFAULT_STYLES, INDEX_LINK, OWN_STYLES } from "./styles.js";

export type StyleOptions = Pick<IPropertiesOptions, "styles" | "externalStyles" | "theme">;

/**
 * styles.xml and theme1.xml in the styles of `referenceDoc`, with ours where it lacks them. Its
 * theme is taken as it is: docx reads a theme and writes it back with its colour scheme renamed
 * after the theme, so templates/reference.docx would not give the default draft's bytes.
 */
export async function referenceStyleParts(referenceDoc: Uint8Array): Promise<StyleParts> {
  const parts = await styleParts(referenceStyles(referenceDoc));
  return { ...parts, theme: readPart(referenceDoc, "word/theme/theme1.xml") ?? parts.theme };
}

/** The draft's own styles.xml and theme1.xml, as docx writes them for DEFAULT_STYLES. */
export function defaultStyleParts(): Promise<StyleParts> {
  return styleParts({ styles: DEFAULT_STYLES });
}

async function styleParts(options: StyleOptions): Promise<StyleParts> {
  const parts = await compile(new Document({ ...options, sections: [{ children: [] }] }));
  return { styles: partText(parts, "word/styles.xml"), theme: partText(parts, "word/theme/theme1.xml") };
}

/** The style options docx takes for a reference document: its styles and theme, plus those of ours it does not define. */
export function referenceStyles(referenceDoc: Uint8Array): StyleOptions {
  const externalStyles = readPart(referenceDoc, "word/styles.xml");
  if (externalStyles === undefined) throw new Error("the reference document has no word/styles.xml");
  const defined = new Set([...externalStyles.matchAll(/w:styleId="([^"]+)"/g)].map((match) => match[1]));
  // Styles given beside externalStyles replace the reference's, so add only the ones it lacks.
  const missing = OWN_STYLES.filter((style) => !defined.has(style.id));
  // A document saved without a theme (LibreOffice may) keeps the draft's: docx's readTheme throws on it.
  const theme = readPart(referenceDoc, "word/theme/theme1.xml") === undefined ? undefined : readTheme(referenceDoc);
  return {
    externalStyles,
    ...(theme === undefined ? {} : { theme }),
    styles: { paragraphStyles: missing, characterStyles: defined.has(INDEX_LINK.id) ? [] : [INDEX_LINK] },
  };
}

/** docx's parts of `document`, dated `date` (`YYYY-MM-DD`) rather than by the clock. */
export async function documentParts(document: Document, date: string): Promise<PackageParts> {
  const parts = await compile(document);
  const instant = `${date}T00:00:00Z`;
  const core = partText(parts, "docProps/core.xml")
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${instant}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${instant}$2`);
  parts.set("docProps/core.xml", core);
  return parts;
}

interface Compiler {
  compile(document: Document): Map<string, string | Uint8Array>;
}

/**
 * The document's parts, unzipped. docx 9.15 exposes its compiler as `Packer.compiler`; taking the
 * parts from it spares zipping only to unzip. Should a later docx hide it, the packed document is
 * unzipped instead.
 */
async function compile(document: Document): Promise<PackageParts> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile === "function") return compiler.compile(document);
  return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document)))));
}
