/**
 * WordprocessingML written as strings, element for element and attribute for attribute as docx 9
 * writes the same options, so document.xml stays what docx made of it. Building docx's object tree
 * for every cell of every action, and walking it to write it, took most of a draft's time and memory.
 */

const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const SPECIALS = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };

/** Text or an attribute value as docx escapes both: the five entities, and the characters XML 1.0 forbids (controls, U+FFFE, U+FFFF) dropped. */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (char) => ENTITIES[char] ?? "") : text;
}

/** How a run looks: docx's run options the drafts use. */
export interface RunLook {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  color?: string;
  /** Half-points. */
  size?: number;
  font?: string;
  /** A character style, "Hyperlink" or "IndexLink". */
  style?: string;
  /** The text's language where it is not the document's (`en-GB` in the Spanish draft), for spelling, grammar and speech. */
  lang?: string;
}

const onOff = (name: string, on: boolean) => (on ? `<${name}/>` : `<${name} w:val="false"/>`);

/** `<w:rPr>`, or nothing for a plain run. */
export function runProperties(look: RunLook): string {
  let xml = "";
  if (look.style) xml += `<w:rStyle w:val="${escapeXml(look.style)}"/>`;
  if (look.font) {
    const font = escapeXml(look.font);
    xml += `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>`;
  }
  if (look.bold !== undefined) xml += onOff("w:b", look.bold) + onOff("w:bCs", look.bold);
  if (look.italics !== undefined) xml += onOff("w:i", look.italics) + onOff("w:iCs", look.italics);
  if (look.strike !== undefined) xml += onOff("w:strike", look.strike);
  if (look.color) xml += `<w:color w:val="${escapeXml(look.color)}"/>`;
  if (look.size !== undefined) xml += `<w:sz w:val="${look.size}"/>`;
  if (look.size) xml += `<w:szCs w:val="${look.size}"/>`;
  // Last but for eastAsianLayout, specVanish and oMath, none of which a draft writes: CT_RPr's order.
  if (look.lang) xml += `<w:lang w:val="${escapeXml(look.lang)}"/>`;
  return xml === "" ? "" : `<w:rPr>${xml}</w:rPr>`;
}

/**
 * A run of text; `breakBefore` puts it on a new line, as docx's `break: 1`. A non-breaking hyphen
 * (U+2011) is written as Word writes one typed, `<w:noBreakHyphen/>` between texts, as docx writes
 * its NoBreakHyphen: drawn as a hyphen by every reader, which none breaks a line at.
 */
export function textRun(text: string, look: RunLook = {}, breakBefore = false): string {
  const content = text.includes(NO_BREAK_HYPHEN) ? text.split(NO_BREAK_HYPHEN).map((part) => (part === "" ? "" : textElement(part))).join("<w:noBreakHyphen/>") : textElement(text);
  return `<w:r>${runProperties(look)}${breakBefore ? "<w:br/>" : ""}${content}</w:r>`;
}

function textElement(text: string): string {
  return `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;
}

const NO_BREAK_HYPHEN = "\u2011";

/**
 * `text` (a file's name) with its hyphens non-breaking: a name at a line's end broke at its hyphen
 * (`groups/1-` over `intelligence.yaml`). The page estimate gives U+2011 a hyphen's width and no
 * break, and textRun writes it as Word's non-breaking hyphen.
 */
export function noBreakHyphens(text: string): string {
  return text.replaceAll("-", NO_BREAK_HYPHEN);
}

/** A line break on its own. */
export const LINE_BREAK = "<w:r><w:br/></w:r>";
export const PAGE_BREAK = "<w:r><w:br w:type=\"page\"/></w:r>";

/** A reference to footnote `id` in the text. */
export function footnoteReference(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

/** Runs that link to relationship `relationshipId` (an external address). */
export function hyperlink(relationshipId: string, runs: string): string {
  return `${hyperlinkStart(relationshipId)}${runs}${HYPERLINK_END}`;
}

/** The start of a link to relationship `relationshipId`, for runs written one by one; HYPERLINK_END ends it. */
export function hyperlinkStart(relationshipId: string): string {
  return `<w:hyperlink w:history="1" r:id="${relationshipId}">`;
}

/** The start of a link to bookmark `name`, a place in the document. */
export function internalLinkStart(name: string): string {
  return `<w:hyperlink w:history="1" w:anchor="${escapeXml(name)}">`;
}

export const HYPERLINK_END = "</w:hyperlink>";

/** Runs that link to bookmark `name`. */
export function internalLink(name: string, runs: string): string {
  return `${internalLinkStart(name)}${runs}${HYPERLINK_END}`;
}

/** docx's paragraph options the drafts use. */
export interface ParagraphProps {
  /** A paragraph style: "Heading1", "TableText", … */
  style?: string;
  keepNext?: boolean;
  /** Starts a new page, in the same section. */
  pageBreakBefore?: boolean;
  /** A list paragraph: the list's Word id and the level in it. */
  numbering?: { id: number; level: number };
  /** A rule under the paragraph. */
  bottomBorder?: { color: string; size: number; space: number };
  /** Tab stops, written as they are (`<w:tab …/>` elements). */
  tabs?: string;
  spacing?: { before?: number; after?: number };
  indent?: { left: number };
  alignment?: "left" | "center" | "right";
}

/** `<w:pPr>`'s children, in the order docx writes them. */
function paragraphProperties(props: ParagraphProps): string {
  let xml = "";
  // docx gives a list paragraph without a style of its own the ListParagraph style.
  const style = props.style ?? (props.numbering ? "ListParagraph" : undefined);
  if (style) xml += `<w:pStyle w:val="${escapeXml(style)}"/>`;
  if (props.keepNext !== undefined) xml += onOff("w:keepNext", props.keepNext);
  if (props.pageBreakBefore) xml += "<w:pageBreakBefore/>";
  if (props.numbering) xml += `<w:numPr><w:ilvl w:val="${props.numbering.level}"/><w:numId w:val="${props.numbering.id}"/></w:numPr>`;
  if (props.bottomBorder) {
    const { color, size, space } = props.bottomBorder;
    xml += `<w:pBdr><w:bottom w:val="single" w:color="${color}" w:sz="${size}" w:space="${space}"/></w:pBdr>`;
  }
  if (props.tabs) xml += `<w:tabs>${props.tabs}</w:tabs>`;
  if (props.spacing) xml += spacing(props.spacing);
  if (props.indent) xml += `<w:ind w:left="${props.indent.left}"/>`;
  if (props.alignment) xml += `<w:jc w:val="${props.alignment}"/>`;
  return xml;
}

function spacing({ before, after }: { before?: number; after?: number }): string {
  return `<w:spacing${after === undefined ? "" : ` w:after="${after}"`}${before === undefined ? "" : ` w:before="${before}"`}/>`;
}

/** A paragraph of `content` (runs, bookmarks, hyperlinks). */
export function paragraph(props: ParagraphProps, content = ""): string {
  const properties = paragraphProperties(props);
  if (properties === "" && content === "") return "<w:p/>";
  return `<w:p>${properties === "" ? "" : `<w:pPr>${properties}</w:pPr>`}${content}</w:p>`;
}

/** The paragraph `xml` ending a section: the section's properties go last in its `<w:pPr>`. */
export function withSectionProperties(xml: string, sectionProperties: string): string {
  if (xml === "<w:p/>") return `<w:p><w:pPr>${sectionProperties}</w:pPr></w:p>`;
  if (xml.startsWith("<w:p><w:pPr>")) {
    const end = xml.indexOf("</w:pPr>");
    return `${xml.slice(0, end)}${sectionProperties}${xml.slice(end)}`;
  }
  return `<w:p><w:pPr>${sectionProperties}</w:pPr>${xml.slice("<w:p>".length)}`;
}

/** The paragraph `xml` on a new page: `<w:pageBreakBefore/>` after its style and keep-with-next, as CT_PPr orders them. */
export function withPageBreakBefore(xml: string): string {
  if (xml === "<w:p/>") return paragraph({ pageBreakBefore: true });
  const head = /^<w:p><w:pPr>(?:<w:pStyle [^>]*\/>)?(?:<w:keepNext[^>]*\/>)?/.exec(xml)?.[0];
  if (head === undefined) return `<w:p><w:pPr><w:pageBreakBefore/></w:pPr>${xml.slice("<w:p>".length)}`;
  const rest = xml.slice(head.length);
  return rest.startsWith("<w:pageBreakBefore/>") ? xml : `${head}<w:pageBreakBefore/>${rest}`;
}

/** Whether a block of the body is a paragraph, which can carry its section's properties. */
export function isParagraph(xml: string): boolean {
  return xml.startsWith("<w:p>") || xml === "<w:p/>";
}

/** A heading bookmarked for the table of contents to link to. */
export function bookmarked(name: string, id: number, content: string): string {
  return `<w:bookmarkStart w:name="${escapeXml(name)}" w:id="${id}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
}

const BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`).join("");
// Margins for the whole table rather than each cell: the same look in a much smaller document.xml.
const CELL_MARGINS = "<w:tblCellMar><w:top w:type=\"dxa\" w:w=\"30\"/><w:left w:type=\"dxa\" w:w=\"70\"/><w:bottom w:type=\"dxa\" w:w=\"30\"/><w:right w:type=\"dxa\" w:w=\"70\"/></w:tblCellMar>";

/** A table of fixed columns, `widths` in twips, single borders, and `rows` already written. */
export function table(widths: readonly number[], rows: string): string {
  return `${tableStart(widths)}${rows}${TABLE_END}`;
}

/** A table's properties and grid, before its rows. */
export function tableStart(widths: readonly number[]): string {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const grid = widths.map((width) => `<w:gridCol w:w="${width}"/>`).join("");
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>${CELL_MARGINS}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>`;
}

export const TABLE_END = "</w:tbl>";

/** A row that never splits across pages unless `canSplit`; a header row repeats on each page the table runs onto. */
export function tableRow(cells: string, header = false, canSplit = false): string {
  return `<w:tr><w:trPr>${canSplit ? "" : "<w:cantSplit/>"}${header ? "<w:tblHeader/>" : ""}</w:trPr>${cells}</w:tr>`;
}

export interface CellProps {
  /** Twips. */
  width: number;
  fill?: string;
  columnSpan?: number;
  /** No side margins: for the narrow quarter columns of the Gantt chart. */
  tight?: boolean;
}

/** A table cell holding `paragraphs`. */
export function tableCell(props: CellProps, paragraphs: string): string {
  let properties = `<w:tcW w:type="dxa" w:w="${props.width}"/>`;
  if (props.columnSpan) properties += `<w:gridSpan w:val="${props.columnSpan}"/>`;
  if (props.fill) properties += `<w:shd w:fill="${props.fill}" w:color="auto" w:val="clear"/>`;
  if (props.tight) properties += "<w:tcMar><w:left w:type=\"dxa\" w:w=\"0\"/><w:right w:type=\"dxa\" w:w=\"0\"/></w:tcMar>";
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${paragraphs}</w:tc>`;
}
