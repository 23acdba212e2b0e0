/**
 * The draft's look: its default styles (the same ones templates/reference.docx carries) and its
 * lists, as the options docx takes. Only their types come from docx: the default draft writes the
 * XML docx made of them (default-style-parts.ts, numbering.ts) and never loads docx.
 */
import type { ICharacterStyleOptions, IParagraphStyleOptions, IStylesOptions } from "docx";

export const FONT = "Arial";
export const NAVY = "1F3864";
export const TEAL = "2E74B5";

/** Paragraph styles the writer names; each must exist, or LibreOffice mangles the tables that use it. */
export const OWN_STYLES: IParagraphStyleOptions[] = [
  {
    id: "BlockText", name: "Block Text", basedOn: "Normal", quickFormat: true,
    run: { italics: true, color: "404040" },
    paragraph: { indent: { left: 720, right: 720 }, border: { left: { style: "single", size: 12, color: TEAL, space: 8 } } },
  },
  { id: "TOC1", name: "toc 1", basedOn: "Normal", next: "Normal", run: { bold: true }, paragraph: { spacing: { before: 120, after: 40 } } },
  { id: "TOC2", name: "toc 2", basedOn: "Normal", next: "Normal", paragraph: { indent: { left: 240 }, spacing: { after: 20 } } },
  { id: "TOC3", name: "toc 3", basedOn: "Normal", next: "Normal", paragraph: { indent: { left: 480 }, spacing: { after: 20 } } },
  { id: "CoverMeta", name: "Cover Meta", basedOn: "Normal", run: { size: 28, color: "404040" }, paragraph: { alignment: "center", spacing: { after: 80 } } },
  { id: "TOCHeading", name: "TOC Heading", basedOn: "Normal", next: "Normal", run: { size: 32, bold: true, color: NAVY }, paragraph: { spacing: { after: 240 } } },
  { id: "TableText", name: "Table Text", basedOn: "Normal", run: { size: 18 }, paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: "auto" } } },
  { id: "TableHeading", name: "Table Heading", basedOn: "TableText", run: { bold: true, color: "FFFFFF" }, paragraph: { keepNext: true } },
  { id: "Caption", name: "caption", basedOn: "Normal", next: "Normal", run: { size: 18, italics: true, color: "404040" }, paragraph: { spacing: { before: 60, after: 120 } } },
  { id: "Label", name: "Label", basedOn: "Normal", next: "Normal", run: { bold: true }, paragraph: { keepNext: true, spacing: { before: 120, after: 60 } } },
  { id: "SourceCode", name: "Source Code", basedOn: "Normal", run: { font: "Courier New", size: 18 }, paragraph: { spacing: { after: 0 } } },
  { id: "FootnoteText", name: "footnote text", basedOn: "Normal", run: { size: 18 }, paragraph: { spacing: { after: 0, line: 240, lineRule: "auto" } } },
];

/** The run style of the contents' entries, as Word names it. */
export const INDEX_LINK: ICharacterStyleOptions = { id: "IndexLink", name: "Index Link", basedOn: "DefaultParagraphFont" };

/**
 * The draft's own styles: Arial throughout (Liberation Sans on Linux has its metrics), navy and teal
 * headings. The headings carry their outline level, as Word's own do: LibreOffice fills the
 * contents field (`TOC \o "1-2"`) and a PDF's bookmarks from it, and without it updating the
 * fields there emptied the contents.
 */
export const DEFAULT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 21 },
      // lineRule is explicit: LibreOffice reads a bare w:line as an exact height, and text overlaps.
      paragraph: { spacing: { after: 120, line: 264, lineRule: "auto" } },
    },
    title: { run: { font: FONT, size: 48, bold: true, color: NAVY }, paragraph: { spacing: { after: 360 } } },
    heading1: { run: { font: FONT, size: 32, bold: true, color: NAVY }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true, outlineLevel: 0 } },
    heading2: { run: { font: FONT, size: 26, bold: true, color: TEAL }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true, outlineLevel: 1 } },
    heading3: { run: { font: FONT, size: 22, bold: true, color: NAVY }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 2 } },
    // A narrative's fourth level and deeper: the body's size, bold and italic in the teal of Heading 2; not in the contents (`TOC \o "1-2"`).
    heading4: { run: { font: FONT, size: 21, bold: true, italics: true, color: TEAL }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true, outlineLevel: 3 } },
    hyperlink: { run: { color: "0563C1", underline: {} } },
  },
  paragraphStyles: OWN_STYLES,
  characterStyles: [INDEX_LINK],
};

/** A list's levels: docx's numbering options, no more of them than numbering.ts writes. */
export interface ListDefinition {
  reference: string;
  levels: ListLevel[];
}

export interface ListLevel {
  level: number;
  format: "bullet" | "decimal" | "lowerLetter" | "lowerRoman";
  text: string;
  alignment: "left";
  style: { paragraph: { indent: { left: number; hanging: number } } };
}

const indentLevels = (formats: ListLevel["format"][], texts: string[]): ListLevel[] =>
  texts.map((text, level) => ({
    level,
    format: formats[level] ?? formats[0]!,
    text,
    alignment: "left",
    style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
  }));

/**
 * Bullets and numbered lists for the narrative and the action details. Numbers are decimal at
 * every depth, with the "." or ")" the Markdown has, as it is written and as pandoc keeps it: a
 * list of 1., 2., 3. nested in another had read a), b), c).
 */
export const NUMBERING: { config: ListDefinition[] } = {
  config: [
    { reference: "bullets", levels: indentLevels(["bullet"], ["\u2022", "\u2013", "\u25E6", "\u2013"]) },
    { reference: "numbered", levels: indentLevels(["decimal"], ["%1.", "%2.", "%3.", "%4."]) },
    { reference: "numbered-paren", levels: indentLevels(["decimal"], ["%1)", "%2)", "%3)", "%4)"]) },
  ],
};
