/**
 * A line-based reader for the plain Markdown our group matrices are written in, some hundred times
 * faster than remark (which was most of `plan validate`'s time on large plans). It gives the same
 * blocks remark gives (yaml, heading, paragraph) at the same places, lists and tables as lines and
 * columns (ScannedList, ScannedTable, which the readers take as they would remark's nodes), one
 * block at a time as the readers ask (fastMarkdownBlocks), and throws Bail as soon as it meets
 * anything it is not sure remark would read the same way; the caller then asks remark.
 * fastMarkdownTree gathers the blocks into a whole mdast tree (mdastBlock makes remark's nodes of
 * the scanned ones), for the tests that hold it to remark's.
 *
 * Inline content is not parsed: a heading's or paragraph's content is one placeholder text node
 * holding its raw source, a table cell holds nothing, and an item's first paragraph holds only its
 * leading `**Label:**` strong, itself empty: the readers take those texts from the source between
 * the nodes' offsets and look at nothing more (test/markdown/fast-tree.test.ts holds them to it).
 * Nodes that start or end at the same place share that point: nothing changes a point in place, a
 * node that grows gets a new end point.
 */
import type { Heading, Paragraph, Root, RootContent, Yaml } from "mdast";
import { mdastList, readList, type ScannedList } from "./fast-list.js";
import { bail, unlessBail } from "../bail.js";
import { ATX_HEADING, isAtxHeading, isBlank, startsBlock, SourceLines, trimEndSpaces, type Block } from "./fast-lines.js";
import { mdastTable, readTable, startsTable, type ScannedTable } from "./fast-table.js";
import { spanOf } from "./reader.js";

/**
 * Characters that change what a line means or where things are: CR, tabs and other controls, a
 * byte order mark, and an escaped backslash (`\\|` ends a table cell where `\|` does not); and
 * the noncharacters the drafts leave out, which the full reading reports (droppedCharacters).
 */
const UNSURE = /[\0-\x09\x0b-\x1f\ufeff\ufffe\uffff]|\\\\/;

/** A Markdown file as the readers take it: the front matter's node, if any, then the body's blocks. */
export interface MarkdownBlocks {
  front: Yaml | undefined;
  body: Iterable<BodyBlock>;
}

/** A block of the body: remark's node, or a list or table as the scanner reads it (fast-list.ts, fast-table.ts). */
export type BodyBlock = RootContent | ScannedList | ScannedTable;

/** Where a block starts (an offset), scanned or remark's. */
export function blockStart(block: BodyBlock): number {
  if (block.type === "scannedList") return block.src.lineStart(block.items[0]!.line) + block.items[0]!.indent;
  if (block.type === "scannedTable") return block.src.lineStart(block.rows[0]!.line);
  return spanOf(block).start;
}

/** A block as remark's node: a scanned list or table made into the nodes remark gives. */
export function mdastBlock(block: BodyBlock): RootContent {
  if (block.type === "scannedList") return mdastList(block);
  return block.type === "scannedTable" ? mdastTable(block) : block;
}

/**
 * The blocks remark would give for `text`, the body's read one at a time as they are asked for,
 * so that each one's nodes are garbage once the readers took what they need: a large matrix's
 * whole tree, kept until its last block is read, lived long enough for the collector to copy it
 * twice. Undefined when the text is outside the subset; a body block outside it throws Bail when
 * it is reached, and the caller then asks remark (see parseMarkdownGroup).
 */
export function fastMarkdownBlocks(text: string): MarkdownBlocks | undefined {
  if (UNSURE.test(text)) return undefined;
  // The lines are cut once: a large matrix's split is some 30 ms of validating 10,000 actions.
  const src = new SourceLines(text);
  const body = brokenFrontMatterEnd(src);
  if (body !== undefined) return { front: undefined, body: bodyBlocks(src, body) };
  return scanLines(src)?.blocks;
}

/**
 * Where the body starts after a front matter that is none to Markdown: TOML between `+++` lines.
 * Markdown reads its lines as text, which the readers take no finding from (front-matter.ts says
 * what is wrong; objectives.ts reads nothing before the first objective heading then): the
 * blocks start at the first line that starts with `#`, as remark's do from there. remark, which
 * read such a file from the start, took a minute on 25,000 lines. (fastMarkdownTree, which the
 * tests hold to remark's tree, keeps those lines.) Not a `---` never closed: there the readers
 * took the docs example's body otherwise after remark's reading of the YAML lines.
 */
function brokenFrontMatterEnd(src: SourceLines): number | undefined {
  const first = src.line(0);
  if (first !== "+++") return undefined;
  const heading = src.lines.findIndex((line, n) => n > 0 && line.startsWith("#"));
  return heading === -1 ? src.count : heading;
}

/** The mdast tree remark would give for `text`, or undefined when the text is outside the subset. */
export function fastMarkdownTree(text: string): Root | undefined {
  const scanned = scan(text);
  if (!scanned) return undefined;
  const { src, blocks } = scanned;
  return unlessBail((): Root => {
    const body = [...blocks.body].map(mdastBlock);
    const children = blocks.front ? [blocks.front, ...body] : body;
    return { type: "root", children, position: { start: src.point(0, 0), end: src.endOf(src.count - 1) } };
  });
}

function scan(text: string): { src: SourceLines; blocks: MarkdownBlocks } | undefined {
  return UNSURE.test(text) ? undefined : scanLines(new SourceLines(text));
}

function scanLines(src: SourceLines): { src: SourceLines; blocks: MarkdownBlocks } | undefined {
  return unlessBail(() => {
    const front = readFrontMatter(src);
    return { src, blocks: { front: front?.node, body: bodyBlocks(src, front?.next ?? 0) } };
  });
}

function* bodyBlocks(src: SourceLines, from: number): Generator<BodyBlock> {
  for (let line = from; line < src.count; ) {
    if (isBlank(src.line(line))) {
      line++;
      continue;
    }
    const block = readBlock(src, line);
    yield block.node;
    line = block.next;
  }
}

/** The YAML between a `---` first line and the next `---` line. */
function readFrontMatter(src: SourceLines): Block<Yaml> | undefined {
  if (src.line(0) !== "---") return undefined;
  for (let line = 1; line < src.count; line++) {
    if (!src.line(line).startsWith("---")) continue;
    if (src.line(line) !== "---") bail();
    const value = line === 1 ? "" : src.text.slice(src.lineStart(1), src.lineStart(line) - 1);
    return { node: { type: "yaml", value, position: { start: src.point(0, 0), end: src.endOf(line) } }, next: line + 1 };
  }
  return bail();
}

function readBlock(src: SourceLines, line: number): Block<BodyBlock> {
  const text = src.line(line);
  if (text.startsWith("#")) return { node: readHeading(src, line), next: line + 1 };
  if (text.startsWith("- ")) return readList(src, line);
  if (text.startsWith("|")) return readTable(src, line);
  if (text.startsWith(" ") || startsBlock(text)) bail();
  return readParagraph(src, line);
}

/** `## Title`; a closing `#` sequence, or anything but spaces after the `#`s, bails. */
function readHeading(src: SourceLines, line: number): Heading {
  const match = ATX_HEADING.exec(trimEndSpaces(src.line(line))) ?? bail();
  const depth = match[1]!.length as Heading["depth"];
  const content = match[3] ?? "";
  if (content.endsWith("#")) bail();
  const position = src.span(line, 0);
  if (content === "") return { type: "heading", depth, children: [], position };
  const start = depth + match[2]!.length;
  const text = src.textNode({ start: src.point(line, start), end: src.point(line, start + content.length) });
  return { type: "heading", depth, children: [text], position };
}

/**
 * Lines up to a blank line, or up to a heading, a list item or a table, which may interrupt a
 * paragraph; any other line that could start a block bails.
 */
function readParagraph(src: SourceLines, first: number): Block<Paragraph> {
  let last = first;
  while (last + 1 < src.count && !isBlank(src.line(last + 1)) && !interrupts(src, last + 1)) {
    if (startsBlock(src.line(last + 1).trimStart())) bail();
    last++;
  }
  return { node: src.paragraph(src.span(first, 0, last)), next: last + 1 };
}

function interrupts(src: SourceLines, line: number): boolean {
  const text = src.line(line);
  return text.startsWith("- ") || isAtxHeading(text) || (text.startsWith("|") && startsTable(src, line));
}
