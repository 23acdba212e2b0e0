/**
 * What a line of Markdown starts at a given place, for the narrative's line scanner (blocks.ts):
 * CommonMark's block starts, each a test of one line (the columns a line's tabs make are nesting.ts's).
 */
import { indentAt } from "../nesting.js";

/** The ways an HTML block starts (CommonMark's seven), what ends it, and what to write to end it. */
export function htmlStart(rest: string, inParagraph: boolean): { opener: string; end: RegExp | undefined; closer: string } | undefined {
  if (rest[0] !== "<") return undefined;
  const raw = /^<(script|pre|style|textarea)(?=[\s>]|$)/i.exec(rest);
  if (raw) return { opener: raw[0], end: /<\/(?:script|pre|style|textarea)>/i, closer: `</${raw[1]!.toLowerCase()}>` };
  if (rest.startsWith("<!--")) return { opener: "<!--", end: /-->/, closer: "-->" };
  if (rest.startsWith("<?")) return { opener: "<?", end: /\?>/, closer: "?>" };
  if (rest.startsWith("<![CDATA[")) return { opener: "<![CDATA[", end: /\]\]>/, closer: "]]>" };
  if (/^<![A-Za-z]/.test(rest)) return { opener: "<!", end: />/, closer: ">" };
  if (BLOCK_TAG.test(rest) || (!inParagraph && LONE_TAG.test(rest))) return { opener: "<", end: undefined, closer: "" };
  return undefined;
}

const BLOCK_TAG =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?=[\s>]|\/>|$)/i;
const LONE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
export const ATX_HEADING = /^#{1,6}(?:[ \t]+(.*)|[ \t]*$)/;
export const FENCE = /^(`{3,}(?=[^`]*$)|~{3,})/;
export const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]*/;
// A destination, and a title on the same line or none; a title on the next line is DEFINITION_TITLE.
export const LINK_DEFINITION = /^\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(?:<[^<>\n]*>|[^\s<][^\s]*)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/;
/** A definition's label alone (`[ref]:`), its destination on the next line (DEFINITION_DESTINATION). */
export const DEFINITION_LABEL = /^\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*$/;
/** A definition's destination, and its title or none, on a line of their own after DEFINITION_LABEL. */
export const DEFINITION_DESTINATION = /^[ \t]*(?:<[^<>\n]*>|[^\s<"'(][^\s]*)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/;
/** A definition's title on the line after its destination. */
export const DEFINITION_TITLE = /^[ \t]*(?:"[^"]*"|'[^']*'|\([^()]*\))[ \t]*$/;

/** Whether line `s` starts a block at `pos` that would end a paragraph there (so it is no lazy line of it). */
export function startsBlock(s: string, pos: number): boolean {
  const indent = indentAt(s, pos);
  if (indent > 3 || startsText(s, pos + indent)) return false;
  const at = pos + indent;
  const rest = s.slice(at);
  return rest[0] === ">" || FOOTNOTE_DEFINITION.test(rest) || thematicBreak(s, at) || listItem(s, at, false) !== undefined || ATX_HEADING.test(rest) || FENCE.test(rest) || htmlStart(rest, true) !== undefined;
}

/** A list item's marker at `at`: its width with the spaces after it, and where its content starts. */
export function listItem(s: string, at: number, interrupting: boolean): { width: number; content: number } | undefined {
  const marker = /^(?:[-+*]|(\d{1,9})[.)])(?=[ ]|$)/.exec(s.slice(at));
  if (!marker) return undefined;
  const after = at + marker[0].length;
  const spaces = indentAt(s, after);
  const empty = after + spaces >= s.length;
  // Only an item with text, and a numbered one from 1, may end a paragraph.
  if (interrupting && (empty || (marker[1] !== undefined && marker[1] !== "1"))) return undefined;
  const gap = empty || spaces > 4 ? 1 : spaces;
  return { width: marker[0].length + gap, content: marker[0].length + gap };
}

/** A line of three or more `-`, `*` or `_` alone (a rule), at `at`. */
export function thematicBreak(s: string, at: number): boolean {
  return /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(s.slice(at));
}

/** A line of `=` or `-` alone, which makes the paragraph above it a heading. */
export function setextUnderline(s: string, at: number): boolean {
  return /^(?:=+|-+)[ \t]*$/.test(s.slice(at));
}

/** `---`, key lines, `---` (or `...`) at the very top: YAML front matter, which Markdown reads as a rule and a heading. */
export function frontMatterEndOf(lines: readonly string[]): number | undefined {
  if (lines[0]?.trimEnd() !== "---" || !/^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)/.test(lines[1] ?? "")) return undefined;
  const end = lines.findIndex((line, n) => n > 1 && /^(?:---|\.\.\.)[ \t]*$/.test(line));
  return end === -1 ? undefined : end;
}

/** Whether `s` holds nothing but white space from `pos` on. */
export function isBlank(s: string, pos: number): boolean {
  for (let i = pos; i < s.length; i++) if (s[i] !== " " && s[i] !== "\t") return false;
  return true;
}

/** Whether the character at `at` can start no block but a paragraph: most lines of a text start with a letter. */
export function startsText(s: string, at: number): boolean {
  return at < s.length && !"<>#*+-=[_`~0123456789".includes(s[at]!);
}

/** A label as Markdown matches it to its definition: case and runs of white space do not count. */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, " ").trim().toLowerCase().toUpperCase();
}
