import type { List, ListItem, Paragraph, Strong } from "mdast";
import { bail } from "../bail.js";
import { isBlank, leadingSpaces, startsBlock, type Block, type SourceLines } from "./fast-lines.js";

interface OpenList {
  node: List;
  markerColumn: number;
  item: ListItem;
}

/**
 * A `- **Label:** text` list from `first` on, with the lists nested under its items. A line must be
 * blank, an item of an open list (at its marker's column), the first item of a list nested in the
 * deepest item (at that item's content column), or a paragraph line of the deepest item; anything
 * else (lazy lines, odd indentation, other blocks) bails.
 */
export function readList(src: SourceLines, first: number): Block<List> {
  const stack: OpenList[] = [];
  openList(src, stack, first, 0);
  const list = stack[0]!.node;
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
  const contentColumn = deepest.markerColumn + 2;
  if (text.startsWith("- ", indent)) {
    const depth = depthOfMarker(stack, indent);
    if (depth >= 0) {
      stack.length = depth + 1;
      const item = newItem(src, line, indent);
      stack[depth]!.node.children.push(item);
      stack[depth]!.item = item;
    } else if (indent === contentColumn) openList(src, stack, line, indent);
    else bail();
  } else if (indent < contentColumn || startsBlock(text.slice(indent))) bail();
  else if (!afterBlank) extendParagraph(src, deepest.item.children[deepest.item.children.length - 1] as Paragraph, line);
  else if (indent === contentColumn) deepest.item.children.push(src.paragraph(src.span(line, indent)));
  else bail();
  const end = src.endOf(line);
  for (const open of stack) {
    open.node.position!.end = end;
    open.item.position!.end = end;
  }
}

/** The depth of the open list whose items' markers are at `column`; -1 when none is. */
function depthOfMarker(stack: readonly OpenList[], column: number): number {
  for (let depth = 0; depth < stack.length; depth++) if (stack[depth]!.markerColumn === column) return depth;
  return -1;
}

function openList(src: SourceLines, stack: OpenList[], line: number, indent: number): void {
  const item = newItem(src, line, indent);
  const position = { start: item.position!.start, end: item.position!.end };
  const node: List = { type: "list", ordered: false, start: null, spread: false, children: [item], position };
  stack[stack.length - 1]?.item.children.push(node);
  stack.push({ node, markerColumn: indent, item });
}

/**
 * An item whose paragraph starts with its bold label; the paragraph holds only that label, and
 * the label's strong holds nothing: the readers take a label from the source between its offsets.
 */
function newItem(src: SourceLines, line: number, indent: number): ListItem {
  const column = indent + 2;
  const length = labelLength(src.line(line), column) ?? bail();
  const contentStart = src.point(line, column);
  const end = src.endOf(line);
  const strong: Strong = { type: "strong", children: [], position: { start: contentStart, end: src.point(line, column + length) } };
  const paragraph: Paragraph = { type: "paragraph", children: [strong], position: { start: contentStart, end } };
  return { type: "listItem", spread: false, checked: null, children: [paragraph], position: { start: src.point(line, indent), end } };
}

/** Moves a paragraph's end (and its placeholder text's, when it has one) to the end of `line`. */
function extendParagraph(src: SourceLines, paragraph: Paragraph, line: number): void {
  paragraph.position!.end = src.endOf(line);
  const text = paragraph.children[0]!;
  if (text.type !== "text") return;
  text.position = { start: text.position!.start, end: src.endOf(line) };
  text.value = src.slice(text.position);
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
