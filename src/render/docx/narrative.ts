/**
 * The narrative's Markdown as Word: headings under the draft's numbering, paragraphs, lists,
 * block quotes, tables and footnotes, from the mdast that remark-parse and remark-gfm give.
 */
import type { BlockContent, DefinitionContent, Heading, List, PhrasingContent, Root, RootContent, Table as MdTable } from "mdast";
import { parseMarkdown, phrasingRuns, plainText, type RunContext, type RunLook } from "./inline.js";
import { definitionsOf } from "./mdast-blocks.js";
import { footnoteReferences, writeFootnotes } from "./narrative-footnotes.js";
import { LINE_HEIGHT, linesOf, rowHeight } from "./pages.js";
import { htmlParagraphs } from "./raw-html.js";
import { bodyRow, cell, fixedTable, headerRow, proportional } from "./tables.js";
import { fitColumns } from "./widths.js";
import type { DocxWriter } from "./writer.js";
import { LINE_BREAK, paragraph, textRun } from "./xml.js";

interface Place {
  writer: DocxWriter;
  /** The body's links, and the footnotes of this file. */
  context: RunContext;
  /** The lines of each footnote, by identifier: the page estimate gives them room at the page's foot. */
  footnoteLines: ReadonlyMap<string, number>;
  /** The depth of the file's top heading: it becomes a level-1 heading of the draft. */
  top: number;
  /** Every run's look: the file's language, where the draft takes it from another (fallbacks.ts). */
  look: RunLook;
  /** The file's Markdown, which the tree's positions point into. */
  markdown: string;
}

/** The space under a paragraph (styles.ts's default) and under a list item, in twips: a heading after them takes the larger of it and its own space before. */
const PARAGRAPH_AFTER = 120;
const ITEM_AFTER = 60;

/** A narrative file as read: its text, line ends made "\n", and its tree. */
export interface NarrativeFile {
  text: string;
  root: Root;
}

/** A narrative file's Markdown, read. */
export function readNarrative(markdown: string): NarrativeFile {
  const text = markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return { text, root: parseMarkdown(text) };
}

/** Writes one narrative file into the draft, its top heading a chapter; `look` is every run's (its language, where it is a fallback). */
export function writeNarrative(writer: DocxWriter, file: NarrativeFile | string, look: RunLook = {}): void {
  const { text, root } = typeof file === "string" ? readNarrative(file) : file;
  const depths = root.children.flatMap((node) => (node.type === "heading" ? [node.depth] : []));
  const definitions = definitionsOf(root);
  const footnotes = writeFootnotes(root, writer, look, definitions);
  const context = { links: writer.links, footnotes: footnotes.ids, definitions, anchors: writer.anchors };
  const place: Place = { writer, context, footnoteLines: footnotes.lines, top: depths.length > 0 ? depths.reduce((a, b) => (b < a ? b : a)) : 1, look, markdown: text };
  root.children.forEach((node, i) => (node.type === "heading" ? writeHeading(place, node, root.children[i + 1]) : writeBlock(place, node)));
}

function writeBlock(place: Place, node: RootContent | BlockContent | DefinitionContent, look: RunLook = place.look, style?: string): void {
  const { writer, context } = place;
  const width = writer.pages.textWidth;
  switch (node.type) {
    case "heading":
      writeHeading(place, node, undefined);
      return;
    case "paragraph":
      writer.add(paragraph({ style }, phrasingRuns(node.children, look, context)), paragraphLines(node.children, width) + PARAGRAPH_AFTER / LINE_HEIGHT, PARAGRAPH_AFTER);
      noteFootnotes(place, node.children);
      return;
    case "list":
      writeList(place, node, 0);
      return;
    case "blockquote":
      for (const child of node.children) writeBlock(place, child, look, "BlockText");
      return;
    case "table":
      writeTable(place, node);
      return;
    case "code":
      writer.add(node.value.split("\n").map((line) => paragraph({ style: "SourceCode" }, plainRun(line))), node.value.split("\n").length);
      return;
    case "thematicBreak":
      writer.add(paragraph({ bottomBorder: { color: "A6A6A6", size: 6, space: 1 } }), 1);
      return;
    case "html":
      writeHtml(place, node.value, look, style);
      return;
    default:
      return; // footnote definitions are written as footnotes; link definitions print nothing
  }
}

/** A heading, a level under the file's top one, kept with the start of what follows it. */
function writeHeading(place: Place, heading: Heading, next: RootContent | undefined): void {
  const level = Math.min(3, Math.max(1, heading.depth - place.top + 1)) as 1 | 2 | 3;
  const keepLines = firstLines(next, place.writer.pages.textWidth);
  const runs = { xml: phrasingRuns(heading.children, place.look, place.context), plain: plainText(heading.children) };
  place.writer.heading(level, runs, false, { keepLines, bookmark: place.writer.anchors?.of(heading) });
}

/**
 * The lines a heading keeps with when `next` follows it: the first paragraph's (a list's first
 * item's, a quote's) first two, or all of one of up to three lines, which LibreOffice's widow and
 * orphan control moves whole. Undefined for a table, code or a heading: the estimate's own rule.
 */
function firstLines(next: RootContent | undefined, width: number): number | undefined {
  const first = next?.type === "list" ? next.children[0]?.children[0] : next?.type === "blockquote" ? next.children[0] : next;
  if (first?.type !== "paragraph") return undefined;
  const lines = paragraphLines(first.children, width);
  return lines <= 3 ? lines : 2;
}

/** The footnotes `nodes` refer to take room at the foot of the page they end on. */
function noteFootnotes(place: Place, nodes: readonly PhrasingContent[]): void {
  for (const identifier of footnoteReferences(nodes)) place.writer.pages.footnote(place.footnoteLines.get(identifier) ?? 0);
}

/** Text as it is, as docx writes a paragraph's `text`: none at all when empty. */
function plainRun(text: string, look: RunLook = {}): string {
  return text === "" ? "" : textRun(text, look);
}

/** A raw HTML block: the text it shows, in its paragraphs, without its tags and comments (raw-html.ts). */
function writeHtml(place: Place, html: string, look: RunLook, style: string | undefined): void {
  const width = place.writer.pages.textWidth;
  for (const lines of htmlParagraphs(html)) {
    const runs = lines.map((line) => plainRun(line, look)).join(LINE_BREAK);
    place.writer.add(paragraph({ style }, runs), linesOf(lines.join("\n"), width, 21) + PARAGRAPH_AFTER / LINE_HEIGHT, PARAGRAPH_AFTER);
  }
}

function paragraphLines(children: readonly PhrasingContent[], width: number): number {
  return linesOf(plainText(children), width, 21);
}

/**
 * A list item's first paragraph carries the bullet or number; a nested list goes a level deeper.
 * A numbered list is numbered as written, at any depth: from its first number, with its "." or ")".
 */
function writeList(place: Place, list: List, level: number): void {
  const { writer } = place;
  const instance = list.ordered ? writer.listInstance() : 0;
  const reference = !list.ordered ? "bullets" : delimiter(place.markdown, list) === ")" ? "numbered-paren" : "numbered";
  const start = list.ordered && list.start !== 1 ? { level, number: list.start ?? 1 } : undefined;
  for (const item of list.children) {
    item.children.forEach((child, i) => {
      if (child.type === "list") return writeList(place, child, Math.min(3, level + 1));
      if (child.type !== "paragraph") return writeBlock(place, child);
      const numbering = i === 0 ? { id: writer.listId(reference, instance, start), level } : undefined;
      const indent = i === 0 ? undefined : { left: 360 * (level + 1) };
      const width = writer.pages.textWidth - 360 * (level + 1);
      writer.add(paragraph({ numbering, indent, spacing: { after: ITEM_AFTER } }, phrasingRuns(child.children, place.look, place.context)), paragraphLines(child.children, width) + ITEM_AFTER / LINE_HEIGHT, ITEM_AFTER);
      noteFootnotes(place, child.children);
    });
  }
}

/** What follows an ordered list's first number in the file, "." or ")": the tree does not keep it. */
function delimiter(markdown: string, list: List): string | undefined {
  const offset = list.children[0]?.position?.start.offset;
  return offset === undefined ? undefined : /^\d{1,9}([.)])/.exec(markdown.slice(offset, offset + 10))?.[1];
}

/** A GFM table: columns as wide as their longest text suggests, the header shaded and repeated. */
function writeTable(place: Place, table: MdTable): void {
  const { writer, context } = place;
  const rows = table.children.map((row) => row.children.map((c) => c.children));
  // reduce, not Math.max(...list): a table of 150,000 rows as a call's arguments overflows the stack.
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 0);
  // As wide as the longest text asks, up to a point, and never narrower than the longest word.
  const texts = rows.map((row) => Array.from({ length: columns }, (_, i) => plainText(row[i] ?? [])));
  const longest = (i: number, measure: (text: string) => number) => texts.reduce((most, row) => Math.max(most, measure(row[i]!)), 0);
  const longestWord = (text: string) => text.split(/\s+/).reduce((most, word) => Math.max(most, word.length), 0);
  const weights = Array.from({ length: columns }, (_, i) => Math.max(Math.min(60, longest(i, (t) => t.length)), longest(i, longestWord) + 2));
  const widths = fitColumns(proportional(weights, writer.pages.textWidth), texts);
  const center = table.align?.map((align) => align === "center") ?? [];
  const [head = [], ...body] = rows;
  const runs = (content: PhrasingContent[] | undefined, look: RunLook) => ({ runs: phrasingRuns(content ?? [], look, context) });
  const header = headerRow(writer, widths.map((_, i) => runs(head[i], { ...place.look, bold: true, color: "FFFFFF" })), widths, center);
  const [headTexts = [], ...bodyTexts] = texts;
  const headHeight = rowHeight(headTexts, widths);
  writer.pages.row(headHeight, 0);
  for (const row of bodyTexts) writer.pages.row(rowHeight(row, widths), headHeight);
  const bodyRows = body.map((row) => bodyRow(widths.map((width, i) => cell(writer, runs(row[i], place.look), width, { center: center[i] }))));
  writer.add(fixedTable([header, ...bodyRows], widths), 0);
  writer.add(paragraph({ spacing: { after: 0 } }), 1);
}
