/**
 * Raw HTML in Markdown as Word shows it: its text without the tags, as GitHub shows a narrative
 * file and pandoc writes one to Word. Comments, and what a browser never shows (scripts, styles),
 * are dropped; `<br>` breaks the line; a block element (`<p>`, `<div>`, …) starts a paragraph.
 */

/** `<br>`, `<br/>`, `<br />`. */
export const BREAK_TAG = /^<br\s*\/?>$/i;

// Comments, processing instructions, declarations and CDATA, as CommonMark names raw HTML's kinds.
const NOT_SHOWN = /<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|<![A-Za-z][^>]*>|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g;
const HIDDEN_ELEMENTS = /<(script|style|template|textarea|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const BLOCK_TAGS = /<\/?(?:address|article|aside|blockquote|center|details|dd|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;
const BREAK_TAGS = /<br\s*\/?>/gi;
const TAGS = /<\/?[A-Za-z][A-Za-z0-9-]*\b[^>]*>/g;
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
/** A line break inside a paragraph, while the spaces around it are folded. */
const BREAK = "\u2028";

/** What a raw HTML block shows: its paragraphs, each a list of lines (`<br>` between them). */
export function htmlParagraphs(html: string): string[][] {
  const shown = html.replace(NOT_SHOWN, "").replace(HIDDEN_ELEMENTS, "");
  return shown.split(BLOCK_TAGS).flatMap((block) => {
    const text = decodeEntities(block.replace(BREAK_TAGS, BREAK).replace(TAGS, "")).replace(/[ \t\r\n]+/g, " ");
    const lines = text.split(BREAK).map((line) => line.trim());
    return lines.some((line) => line !== "") ? [lines] : [];
  });
}

/** The named entities HTML's own text is written with, and numeric ones; others stay as they are. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]+);/g, (whole, entity: string) => {
    if (!entity.startsWith("#")) return ENTITIES[entity] ?? whole;
    const code = entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    const character = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return character ? String.fromCodePoint(code) : whole;
  });
}
