/**
 * The draft's look: its default styles (the same ones templates/reference.docx carries), and the
 * styles of a reference document, as pandoc's `--reference-doc` takes them.
 */
import { AlignmentType, LevelFormat, LineRuleType, readTheme, type ICharacterStyleOptions, type INumberingOptions, type IParagraphStyleOptions, type IPropertiesOptions, type IStylesOptions } from "docx";
import { readPart } from "./package.js";

export const FONT = "Arial";
export const NAVY = "1F3864";
export const TEAL = "2E74B5";

/** Paragraph styles the writer names; each must exist, or LibreOffice mangles the tables that use it. */
const OWN_STYLES: IParagraphStyleOptions[] = [
  {
    id: "BlockText", name: "Block Text", basedOn: "Normal", quickFormat: true,
    run: { italics: true, color: "404040" },
    paragraph: { indent: { left: 720, right: 720 }, border: { left: { style: "single", size: 12, color: TEAL, space: 8 } } },
  },
  { id: "TOC1", name: "toc 1", basedOn: "Normal", next: "Normal", run: { bold: true }, paragraph: { spacing: { before: 120, after: 40 } } },
  { id: "TOC2", name: "toc 2", basedOn: "Normal", next: "Normal", paragraph: { indent: { left: 240 }, spacing: { after: 20 } } },
  { id: "TOC3", name: "toc 3", basedOn: "Normal", next: "Normal", paragraph: { indent: { left: 480 }, spacing: { after: 20 } } },
  { id: "CoverMeta", name: "Cover Meta", basedOn: "Normal", run: { size: 28, color: "404040" }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 80 } } },
  { id: "TOCHeading", name: "TOC Heading", basedOn: "Normal", next: "Normal", run: { size: 32, bold: true, color: NAVY }, paragraph: { spacing: { after: 240 } } },
  { id: "TableText", name: "Table Text", basedOn: "Normal", run: { size: 18 }, paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
  { id: "TableHeading", name: "Table Heading", basedOn: "TableText", run: { bold: true, color: "FFFFFF" }, paragraph: { keepNext: true } },
  { id: "Caption", name: "caption", basedOn: "Normal", next: "Normal", run: { size: 18, italics: true, color: "404040" }, paragraph: { spacing: { before: 60, after: 120 } } },
  { id: "Label", name: "Label", basedOn: "Normal", next: "Normal", run: { bold: true }, paragraph: { keepNext: true, spacing: { before: 120, after: 60 } } },
  { id: "SourceCode", name: "Source Code", basedOn: "Normal", run: { font: "Courier New", size: 18 }, paragraph: { spacing: { after: 0 } } },
  { id: "FootnoteText", name: "footnote text", basedOn: "Normal", run: { size: 18 }, paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
];

/** The run style of the contents' entries, as Word names it. */
const INDEX_LINK: ICharacterStyleOptions = { id: "IndexLink", name: "Index Link", basedOn: "DefaultParagraphFont" };

/** The draft's own styles: Arial throughout (Liberation Sans on Linux has its metrics), navy and teal headings. */
export const DEFAULT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 21 },
      // lineRule is explicit: LibreOffice reads a bare w:line as an exact height, and text overlaps.
      paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
    },
    title: { run: { font: FONT, size: 48, bold: true, color: NAVY }, paragraph: { spacing: { after: 360 } } },
    heading1: { run: { font: FONT, size: 32, bold: true, color: NAVY }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true } },
    heading2: { run: { font: FONT, size: 26, bold: true, color: TEAL }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true } },
    heading3: { run: { font: FONT, size: 22, bold: true, color: NAVY }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true } },
    hyperlink: { run: { color: "0563C1", underline: {} } },
  },
  paragraphStyles: OWN_STYLES,
  characterStyles: [INDEX_LINK],
};

/** The style options a Document takes: ours, or a reference document's plus ours where it lacks one. */
export function documentStyles(referenceDoc: Uint8Array | undefined): Pick<IPropertiesOptions, "styles" | "externalStyles" | "theme"> {
  if (!referenceDoc) return { styles: DEFAULT_STYLES };
  const externalStyles = readPart(referenceDoc, "word/styles.xml");
  if (externalStyles === undefined) throw new Error("the reference document has no word/styles.xml");
  const defined = new Set([...externalStyles.matchAll(/w:styleId="([^"]+)"/g)].map((match) => match[1]));
  // Styles given beside externalStyles replace the reference's, so add only the ones it lacks.
  const missing = OWN_STYLES.filter((style) => !defined.has(style.id));
  return {
    externalStyles,
    theme: readTheme(referenceDoc),
    styles: { paragraphStyles: missing, characterStyles: defined.has(INDEX_LINK.id) ? [] : [INDEX_LINK] },
  };
}

const indentLevels = (format: (typeof LevelFormat)[keyof typeof LevelFormat][], texts: string[]) =>
  texts.map((text, level) => ({
    level,
    format: format[level] ?? format[0]!,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
  }));

/** Bullets and numbered lists for the narrative and the action details. */
export const NUMBERING: INumberingOptions = {
  config: [
    { reference: "bullets", levels: indentLevels([LevelFormat.BULLET], ["\u2022", "\u2013", "\u25E6", "\u2013"]) },
    {
      reference: "numbered",
      levels: indentLevels([LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL], ["%1.", "%2)", "%3.", "%4."]),
    },
  ],
};
