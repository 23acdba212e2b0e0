/**
 * The narrative's Markdown as Word: headings under the draft's numbering, paragraphs, lists,
 * block quotes, tables and footnotes, from the mdast that remark-parse and remark-gfm give.
 */
import type { BlockContent, DefinitionContent, Heading, List, PhrasingContent, Root, RootContent } from "mdast";
import { parseMarkdown, phrasingRuns, plainText, type RunContext, type RunLook } from "./inline.js";
import { blocksOf, definitionsOf } from "./mdast-blocks.js";
import { footnoteReferences, withFootnoteMark } from "./narrative-footnotes.js";
import { writeTable } from "./narrative-table.js";
import { LINE_HEIGHT, linesKeptWith, linesOf, type HeadingLevel } from "./pages.js";
import { htmlParagraphs } from "./raw-html.js";
import type { DocxWriter } from "./writer.js";
import { LINE_BREAK, paragraph, textRun } from "./xml.js";

/** Where blocks are written: the body, or a footnote. */
export interface Place {
  writer: DocxWriter;
  /** Takes the blocks written, with their height in body lines and the space under the last. */
  add(blocks: string | readonly string[], lines: number, spaceAfter?: number): void;
  flow: Flow;
  /** The part's links, and the footnotes of this file. */
  context: RunContext;
  /** The lines of each footnote, by identifier: the page estimate gives them room at the page's foot. */
  footnoteLines: ReadonlyMap<string, number>;
  /** The depth of the file's top heading: it becomes a level-1 heading of the draft. */
  top: number;
  /** Every run's look: the file's language, where the draft takes it from another (fallbacks.ts). */
  look: RunLook;
  /** The file's Markdown, which the tree's positions point into. */
  markdown: string;
  /** How many quotes and lists the blocks written are in. */
  depth: number;
}

/** How a place's paragraphs look: their style, their text's size in half-points, the space under them. */
export interface Flow {
  style?: string;
  size: number;
  after: number;
  /** A footnote's: the body's page estimate does not count it, and it has no headings of its own. */
  note: boolean;
}

/** The body's paragraphs: the default style, 120 twips under each (a heading after takes the larger of that and its own space before). */
const BODY: Flow = { size: 21, after: 120, note: false };
/** A footnote's: styles.ts's footnote text, 9 pt, nothing under it. */
const FOOTNOTE: Flow = { style: "FootnoteText", size: 18, after: 0, note: true };
/** The space under a list item, in twips. */
const ITEM_AFTER = 60;
/**
 * Quotes and lists nested deeper than any text needs are written flat, as their text: each level
 * is a call, and a file nesting a thousand levels (`> - > - …` on one line) overflowed the stack.
 */
const MAX_NESTING = 50;

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
  const ids = new Map<string, number>();
  const notes = new Map<string, string[]>();
  const referred = new Set<string>();
  // A note referred to again gets a copy of its own, as pandoc gives it: Word showed a second
  // reference to the same note as a new number over an empty note.
  const footnotes = (identifier: string) => {
    if (!referred.has(identifier)) {
      referred.add(identifier);
      return ids.get(identifier);
    }
    const paragraphs = notes.get(identifier);
    return paragraphs === undefined ? undefined : writer.footnote(paragraphs);
  };
  const context = { links: writer.links, footnotes, definitions, anchors: writer.anchors };
  const top = depths.length > 0 ? depths.reduce((a, b) => (b < a ? b : a)) : 1;
  const body: Place = { writer, add: (blocks, lines, after) => writer.add(blocks, lines, after), flow: BODY, context, footnoteLines: new Map(), top, look, markdown: text, depth: 0 };
  const place = { ...body, footnoteLines: writeFootnotes(body, root, ids, notes) };
  root.children.forEach((node, i) => (node.type === "heading" ? writeHeading(place, node, root.children[i + 1]) : writeBlock(place, node)));
}

/**
 * Each footnote definition, wherever it stands (a quote, a list item), becomes a Word footnote of
 * all its blocks, its mark before the first's text; the first definition of a label counts. Gives
 * each footnote's lines, by identifier; `ids` and `notes` get each one's Word id and paragraphs.
 */
function writeFootnotes(body: Place, root: Root, ids: Map<string, number>, notes: Map<string, string[]>): Map<string, number> {
  const footnoteLines = new Map<string, number>();
  const context = { ...body.context, links: body.writer.footnoteLinks };
  for (const node of blocksOf(root)) {
    if (node.type !== "footnoteDefinition" || ids.has(node.identifier)) continue;
    const blocks: string[] = [];
    let lines = 0;
    const add = (written: string | readonly string[], height: number) => {
      blocks.push(...(typeof written === "string" ? [written] : written));
      lines += height;
    };
    for (const child of node.children) writeBlock({ ...body, add, flow: FOOTNOTE, context }, child);
    const paragraphs = withFootnoteMark(blocks);
    notes.set(node.identifier, paragraphs);
    ids.set(node.identifier, body.writer.footnote(paragraphs));
    footnoteLines.set(node.identifier, Math.max(1, lines));
  }
  return footnoteLines;
}

function writeBlock(place: Place, node: RootContent | BlockContent | DefinitionContent, look: RunLook = place.look, style?: string): void {
  const { flow, context } = place;
  const width = place.writer.pages.textWidth;
  if (place.depth > MAX_NESTING) return writeFlat(place, node, look, style);
  switch (node.type) {
    case "heading":
      writeHeading(place, node, undefined);
      return;
    case "paragraph":
      place.add(paragraph({ style: style ?? flow.style }, phrasingRuns(node.children, look, context)), paragraphLines(place, node.children, width) + flow.after / LINE_HEIGHT, flow.after);
      noteFootnotes(place, node.children);
      return;
    case "list":
      writeList(place, node, 0);
      return;
    case "blockquote":
      for (const child of node.children) writeBlock({ ...place, depth: place.depth + 1 }, child, look, "BlockText");
      return;
    case "table":
      writeTable(place, node);
      return;
    case "code":
      place.add(node.value.split("\n").map((line) => paragraph({ style: "SourceCode" }, plainRun(line))), node.value.split("\n").length);
      return;
    case "thematicBreak":
      place.add(paragraph({ bottomBorder: { color: "A6A6A6", size: 6, space: 1 } }), 1);
      return;
    case "html":
      writeHtml(place, node.value, look, style ?? flow.style);
      return;
    default:
      return; // footnote definitions are written as footnotes; link definitions print nothing
  }
}

/**
 * A heading, a level under the file's top one, kept with the start of what follows it. In a
 * footnote, which has no headings, a bold paragraph, still bookmarked by its anchor.
 */
function writeHeading(place: Place, heading: Heading, next: RootContent | undefined): void {
  const { writer, look, context } = place;
  if (place.flow.note) {
    const bookmark = writer.anchors?.of(heading);
    const runs = phrasingRuns(heading.children, { ...look, bold: true }, context);
    place.add(paragraph({ style: place.flow.style }, bookmark === undefined ? runs : writer.bookmark(bookmark, runs)), paragraphLines(place, heading.children, writer.pages.textWidth));
    return;
  }
  const level = Math.min(4, Math.max(1, heading.depth - place.top + 1)) as HeadingLevel;
  const keepLines = firstLines(place, next);
  writer.heading(level, { xml: phrasingRuns(heading.children, look, context), plain: plainText(heading.children) }, false, { keepLines, narrative: heading });
}

/**
 * The lines a heading keeps with when `next` follows it: the first paragraph's (a list's first
 * item's, a quote's) first two, or all of one of up to three lines, which LibreOffice's widow and
 * orphan control moves whole. Undefined for a table, code or a heading: the estimate's own rule.
 */
function firstLines(place: Place, next: RootContent | undefined): number | undefined {
  const first = next?.type === "list" ? next.children[0]?.children[0] : next?.type === "blockquote" ? next.children[0] : next;
  if (first?.type !== "paragraph") return undefined;
  return linesKeptWith(paragraphLines(place, first.children, place.writer.pages.textWidth));
}

/** The footnotes `nodes` refer to take room at the foot of the body's page they end on. */
function noteFootnotes(place: Place, nodes: readonly PhrasingContent[]): void {
  if (place.flow.note) return;
  for (const identifier of footnoteReferences(nodes)) place.writer.pages.footnote(place.footnoteLines.get(identifier) ?? 0);
}

/** Text as it is, as docx writes a paragraph's `text`: none at all when empty. */
function plainRun(text: string, look: RunLook = {}): string {
  return text === "" ? "" : textRun(text, look);
}

/** A raw HTML block: the text it shows, in its paragraphs, without its tags and comments (raw-html.ts). */
function writeHtml(place: Place, html: string, look: RunLook, style: string | undefined): void {
  const { after, size } = place.flow;
  for (const lines of htmlParagraphs(html)) {
    const runs = lines.map((line) => plainRun(line, look)).join(LINE_BREAK);
    place.add(paragraph({ style }, runs), linesOf(lines.join("\n"), place.writer.pages.textWidth, size) + after / LINE_HEIGHT, after);
  }
}

/** A block's text as one paragraph, its marks and the blocks in it left out. */
function writeFlat(place: Place, node: RootContent | BlockContent | DefinitionContent, look: RunLook, style: string | undefined): void {
  const text = plainText([node]);
  place.add(paragraph({ style: style ?? place.flow.style }, plainRun(text, look)), linesOf(text, place.writer.pages.textWidth, place.flow.size) + place.flow.after / LINE_HEIGHT, place.flow.after);
}

/** The lines of a paragraph of `children` in `width` twips, at the place's size. */
function paragraphLines(place: Place, children: readonly PhrasingContent[], width: number): number {
  return linesOf(plainText(children), width, place.flow.size);
}

/** The box a task list's item starts with, done or not, as pandoc writes it. */
const TASK_BOX = { done: "\u2612 ", open: "\u2610 " };

/**
 * A list item's first paragraph carries the bullet or number, and a task's box; a nested list goes
 * a level deeper. A numbered list is numbered as written, at any depth: from its first number,
 * with its "." or ")".
 */
function writeList(outer: Place, list: List, level: number): void {
  if (outer.depth > MAX_NESTING) return writeFlat(outer, list, outer.look, undefined);
  const place = { ...outer, depth: outer.depth + 1 };
  const { writer, look, context } = place;
  const instance = list.ordered ? writer.listInstance() : 0;
  const reference = !list.ordered ? "bullets" : delimiter(place.markdown, list) === ")" ? "numbered-paren" : "numbered";
  const start = list.ordered && list.start !== 1 ? { level, number: list.start ?? 1 } : undefined;
  for (const item of list.children) {
    item.children.forEach((child, i) => {
      if (child.type === "list") return writeList(place, child, Math.min(3, level + 1));
      if (child.type !== "paragraph") return writeBlock(place, child);
      const numbering = i === 0 ? { id: writer.listId(reference, instance, start), level } : undefined;
      const indent = i === 0 ? undefined : { left: 360 * (level + 1) };
      const box = i === 0 && typeof item.checked === "boolean" ? textRun(item.checked ? TASK_BOX.done : TASK_BOX.open, look) : "";
      const width = writer.pages.textWidth - 360 * (level + 1);
      const props = { style: place.flow.style, numbering, indent, spacing: { after: ITEM_AFTER } };
      place.add(paragraph(props, box + phrasingRuns(child.children, look, context)), paragraphLines(place, child.children, width) + ITEM_AFTER / LINE_HEIGHT, ITEM_AFTER);
      noteFootnotes(place, child.children);
    });
  }
}

/** What follows an ordered list's first number in the file, "." or ")": the tree does not keep it. */
function delimiter(markdown: string, list: List): string | undefined {
  const offset = list.children[0]?.position?.start.offset;
  return offset === undefined ? undefined : /^\d{1,9}([.)])/.exec(markdown.slice(offset, offset + 10))?.[1];
}
