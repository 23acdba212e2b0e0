import type { List, ListItem, Paragraph, Strong } from "mdast";
import { bail } from "../bail.js";
import { isBlank, leadingSpaces, startsBlock, type Block, type SourceLines } from "./fast-lines.js";

/**
 * A `- **Label:** text` list as the scanner reads it: lines and columns, not mdast nodes. The
 * readers take what they need from it (items.ts, readItems); mdastList builds the nodes
 * remark would give, for fastMarkdownTree. A big matrix has ~25 list items per action, and the
 * dozen nodes, places and points each one made in mdast were most of reading its Markdown.
 */
export interface ScannedList {
  type: "scannedList";
  src: SourceLines;
  items: ScannedItem[];
  /** The list's last line that is not blank. */
  lastLine: number;
}

/** An item: its marker's line and column, its label's length, its first paragraph's last line, what follows in it. */
export interface ScannedItem {
  line: number;
  indent: number;
  /** The length of `**Label:**`. */
  label: number;
  /** The first paragraph's last line (lines that continue it without a blank move it on). */
  lastLine: number;
  /** Paragraphs (after a blank line) and nested lists after the first paragraph, in order. */
  blocks: (ScannedParagraph | ScannedList)[];
  /** The item's last line that is not blank, nested lists included. */
  endLine: number;
}

export interface ScannedParagraph {
  type: "scannedParagraph";
  line: number;
  column: number;
  lastLine: number;
}

interface OpenList {
  list: ScannedList;
  item: ScannedItem;
}

/**
 * A `- **Label:** text` list from `first` on, with the lists nested under its items. A line must be
 * blank, an item of an open list (at its marker's column), the first item of a list nested in the
 * deepest item (at that item's content column), or a paragraph line of the deepest item; anything
 * else (lazy lines, odd indentation, other blocks) bails.
 */
export function readList(src: SourceLines, first: number): Block<ScannedList> {
  const stack: OpenList[] = [];
  openList(src, stack, first, 0);
  const list = stack[0]!.list;
  let afterBlank = false;
  let line = first + 1;
  for (; line < src.count; line++) {
    const text = src.line(line);
    if (isBlank(text)) {
      afterBlank = true;
      continue;
    }
    const indent = leadingSpaces(text);
    if (afterBlank && indent === 0 && !text.startsWith("- ")) break;
    // A heading ends the list even without a blank line; a `#` line that is not one bails there.
    if (text.startsWith("#")) break;
    readListLine(src, stack, line, indent, afterBlank);
    afterBlank = false;
  }
  return { node: list, next: line };
}

function readListLine(src: SourceLines, stack: OpenList[], line: number, indent: number, afterBlank: boolean): void {
  const text = src.line(line);
  const deepest = stack[stack.length - 1]!;
  const contentColumn = deepest.item.indent + 2;
  if (text.startsWith("- ", indent)) {
    const depth = depthOfMarker(stack, indent);
    if (depth >= 0) {
      stack.length = depth + 1;
      const item = newItem(src, line, indent);
      stack[depth]!.list.items.push(item);
      stack[depth]!.item = item;
    } else if (indent === contentColumn) openList(src, stack, line, indent);
    else bail();
  } else if (indent < contentColumn || startsBlock(text.slice(indent))) bail();
  else if (!afterBlank) {
    // The deepest item's last block is a paragraph: a nested list would be the deepest item's.
    const { blocks } = deepest.item;
    if (blocks.length === 0) deepest.item.lastLine = line;
    else (blocks[blocks.length - 1] as ScannedParagraph).lastLine = line;
  } else if (indent === contentColumn) deepest.item.blocks.push({ type: "scannedParagraph", line, column: indent, lastLine: line });
  else bail();
  for (const open of stack) {
    open.list.lastLine = line;
    open.item.endLine = line;
  }
}

/** The depth of the open list whose items' markers are at `column`; -1 when none is. */
function depthOfMarker(stack: readonly OpenList[], column: number): number {
  for (let depth = 0; depth < stack.length; depth++) if (stack[depth]!.item.indent === column) return depth;
  return -1;
}

function openList(src: SourceLines, stack: OpenList[], line: number, indent: number): void {
  const item = newItem(src, line, indent);
  const list: ScannedList = { type: "scannedList", src, items: [item], lastLine: line };
  stack[stack.length - 1]?.item.blocks.push(list);
  stack.push({ list, item });
}

/** An item whose first paragraph starts with its bold label. */
function newItem(src: SourceLines, line: number, indent: number): ScannedItem {
  const label = labelLength(src.line(line), indent + 2) ?? bail();
  return { line, indent, label, lastLine: line, blocks: [], endLine: line };
}

/**
 * The mdast list remark gives for a scanned one. An item's first paragraph holds only its label,
 * and the label's strong holds nothing; a later paragraph holds one placeholder text node with its
 * raw source (see fast-tree.ts: the readers take texts from the source between the offsets).
 */
export function mdastList(scanned: ScannedList): List {
  const { src } = scanned;
  const first = scanned.items[0]!;
  const children = scanned.items.map((item): ListItem => {
    const contentStart = src.point(item.line, item.indent + 2);
    const strong: Strong = { type: "strong", children: [], position: { start: contentStart, end: src.point(item.line, item.indent + 2 + item.label) } };
    const paragraph: Paragraph = { type: "paragraph", children: [strong], position: { start: contentStart, end: src.endOf(item.lastLine) } };
    const rest = item.blocks.map((block) =>
      block.type === "scannedList" ? mdastList(block) : src.paragraph({ start: src.point(block.line, block.column), end: src.endOf(block.lastLine) }),
    );
    return { type: "listItem", spread: false, checked: null, children: [paragraph, ...rest], position: { start: src.point(item.line, item.indent), end: src.endOf(item.endLine) } };
  });
  return { type: "list", ordered: false, start: null, spread: false, children, position: { start: src.point(first.line, first.indent), end: src.endOf(scanned.lastLine) } };
}

/**
 * Letters, digits, spaces, parentheses, colons and hyphens: no character that could open or close
 * another inline construct (emphasis, code, link, HTML, autolink, escape, reference) inside the label.
 * Sticky, so that it matches at an item's content column without cutting the line first.
 */
const LABEL = /\*\*[\p{L}\p{N}][\p{L}\p{M}\p{N} ():-]*\*\*/uy;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/**
 * The same for the English labels: they match alike, and V8 takes milliseconds to get the Unicode
 * classes ready (a tenth of reading a small plan's Markdown), so those wait for a label that needs them.
 */
const ASCII_LABEL = /\*\*[A-Za-z0-9][A-Za-z0-9 ():-]*\*\*/y;
const ASCII_LETTER_OR_DIGIT = /^[A-Za-z0-9]$/;

/**
 * The length of `**Label**` at `column` of `line` when CommonMark surely reads it as a strong: the
 * opening run is left-flanking (a letter or digit follows) and the closing run is exactly two
 * asterisks and right-flanking (after a letter or digit, or after `:`/`)` when a space, a colon or
 * the line's end follows). Undefined when unsure.
 */
export function labelLength(line: string, column: number): number | undefined {
  if (!line.startsWith("**", column)) return undefined;
  const end = labelEnd(ASCII_LABEL, line, column) ?? labelEnd(LABEL, line, column);
  if (end === undefined) return undefined;
  const after = line[end];
  if (after === "*") return undefined;
  const last = line[end - 3]!;
  if (ASCII_LETTER_OR_DIGIT.test(last) || (last > "\x7f" && LETTER_OR_DIGIT.test(last))) return end - column;
  if ((last === ":" || last === ")") && (after === undefined || after === " " || after === ":")) return end - column;
  return undefined;
}

function labelEnd(pattern: RegExp, line: string, column: number): number | undefined {
  pattern.lastIndex = column;
  return pattern.test(line) ? pattern.lastIndex : undefined;
}
