/**
 * The table of contents, as docx writes one given its entries: a TOC field filled in with the
 * headings and their pages, written clean, so Word shows it as it is without asking to update
 * fields, and still a field that Word's "Update table" rebuilds.
 */
import { LINE_HEIGHT, lineHeight, linesOf, PAGE } from "./pages.js";
import { OWN_STYLES } from "./styles.js";
import { escapeXml, paragraph } from "./xml.js";

export interface ContentsEntry {
  /** The heading with its number, if any: "Theme 1: …", "Annex A: Protocol coverage", "A.1\u2002Actions by compliance indicator". */
  title: string;
  level: number;
  /** The heading's bookmark. */
  href: string;
  page: number | undefined;
}

const FIELD_BEGIN = '<w:r><w:fldChar w:fldCharType="begin" w:dirty="false"/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>';
const FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';

/** The contents as a content control titled `title`, an entry a paragraph, the field around them all. */
export function tableOfContents(title: string, entries: readonly ContentsEntry[]): string {
  const last = entries.length - 1;
  const paragraphs = entries.map((entry, i) => {
    // The page number right-aligned at the Letter page's right margin, where the running header's line ends.
    const tabs = `<w:tab w:val="right" w:pos="${PAGE.portrait.text}" w:leader="dot"/>`;
    const text = `<w:t xml:space="default">${escapeXml(entry.title)}</w:t><w:tab/><w:t xml:space="default">${entry.page ?? ""}</w:t>`;
    const link = `<w:hyperlink w:history="1" w:anchor="${entry.href}"><w:r><w:rPr><w:rStyle w:val="IndexLink"/></w:rPr>${text}</w:r></w:hyperlink>`;
    return paragraph({ style: `TOC${entry.level}`, ...(keptWithNext(entries, i) ? { keepNext: true } : {}), tabs }, i === 0 ? FIELD_BEGIN + link : i === last ? link + FIELD_END : link);
  });
  // A single entry opens the field; a paragraph of its own closes it.
  if (entries.length <= 1) paragraphs.push(paragraph({}, FIELD_END));
  const properties = `<w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>`;
  return `<w:sdt>${properties}<w:sdtContent>${paragraphs.join("")}</w:sdtContent></w:sdt>`;
}

/** A heading as the contents list it: its title, numbered, and its level (1 or 2). */
export interface ContentsLine {
  title: string;
  level: number;
}

/** An entry's look, from its style (toc 1, toc 2): bold or not, indent, spacing before and after. */
function entryLook(level: number): { bold: boolean; indent: number; before: number; after: number } {
  const { run, paragraph: look } = OWN_STYLES.find((style) => style.id === `TOC${level}`)!;
  const indent = look?.indent && "left" in look.indent ? Number(look.indent.left) : 0;
  return { bold: run?.bold === true, indent, before: look?.spacing?.before ?? 0, after: look?.spacing?.after ?? 0 };
}

/** The contents' title, "Contents" in the TOC Heading style: a line of 16 pt, and 240 twips after it. */
const CONTENTS_TITLE = { height: lineHeight(32, 1.1), after: 240 };

/**
 * Whether entry `i` keeps with the next (Word's keepNext): a chapter's or annex's entry with its
 * first section's, so that it never ends a page of the contents alone (a tenth theme's entry at the
 * foot of the first page, its objectives, matrix and details overleaf).
 */
function keptWithNext(entries: readonly ContentsLine[], i: number): boolean {
  return entries[i]!.level === 1 && entries[i + 1]?.level === 2;
}

/** How many pages the table of contents takes (contentsPageOf, below). */
export function contentsLength(entries: readonly ContentsLine[], pages: readonly number[]): number {
  return contentsPageOf(entries, pages).at(-1) ?? 1;
}

/**
 * The page of the table of contents each entry is on, its entries laid out as LibreOffice lays
 * them: an entry's title and page number wrapped to the line, the larger of one entry's space
 * after and the next's space before between them (not their sum), none before the first entry of
 * a page, an entry of two lines never split (widow and orphan control), and a chapter's entry
 * moved with its first section's. `pages` are the entries' pages, whose numbers take room on their
 * line.
 */
export function contentsPageOf(entries: readonly ContentsLine[], pages: readonly number[]): number[] {
  const body = PAGE.portrait.body;
  const heights = entries.map(({ title, level }, i) => {
    const look = entryLook(level);
    return linesOf(`${title} ${pages[i] ?? ""}`, PAGE.portrait.text - look.indent, 21, look.bold) * LINE_HEIGHT;
  });
  let page = 1;
  let used = CONTENTS_TITLE.height;
  let after = CONTENTS_TITLE.after;
  return entries.map(({ level }, i) => {
    const look = entryLook(level);
    const gap = Math.max(after, look.before);
    const kept = keptWithNext(entries, i) ? Math.max(look.after, entryLook(entries[i + 1]!.level).before) + heights[i + 1]! : 0;
    if (used + gap + heights[i]! + kept > body) {
      page++;
      used = heights[i]!;
    } else used += gap + heights[i]!;
    after = look.after;
    return page;
  });
}
