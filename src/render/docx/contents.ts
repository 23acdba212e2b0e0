/**
 * The table of contents, as docx writes one given its entries: a TOC field filled in with the
 * headings and their pages, written clean, so Word shows it as it is without asking to update
 * fields, and still a field that Word's "Update table" rebuilds.
 */
import { PAGE } from "./pages.js";
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
    return paragraph({ style: `TOC${entry.level}`, tabs }, i === 0 ? FIELD_BEGIN + link : i === last ? link + FIELD_END : link);
  });
  // A single entry opens the field; a paragraph of its own closes it.
  if (entries.length <= 1) paragraphs.push(paragraph({}, FIELD_END));
  const properties = `<w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>`;
  return `<w:sdt>${properties}<w:sdtContent>${paragraphs.join("")}</w:sdtContent></w:sdt>`;
}
