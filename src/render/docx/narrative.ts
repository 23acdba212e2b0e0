/**
 * The narrative's Markdown as Word: headings under the draft's numbering, paragraphs, lists,
 * block quotes, tables and footnotes, from the mdast that remark-parse and remark-gfm give.
 */
import type { BlockContent, DefinitionContent, List, PhrasingContent, Root, RootContent, Table as MdTable } from "mdast";
import { parseMarkdown, phrasingRuns, plainText, type FootnoteIds, type RunContext, type RunLook } from "./inline.js";
import { isComment } from "../gfm.js";
import { linesOf, rowHeight } from "./pages.js";
import { bodyRow, cell, fixedTable, headerRow, proportional } from "./tables.js";
import { fitColumns } from "./widths.js";
import type { DocxWriter } from "./writer.js";
import { paragraph, textRun } from "./xml.js";

interface Place {
  writer: DocxWriter;
  /** The body's links, and the footnotes of this file. */
  context: RunContext;
  /** The depth of the file's top heading: it becomes a level-1 heading of the draft. */
  top: number;
  /** Every run's look: the file's language, where the draft takes it from another (fallbacks.ts). */
  look: RunLook;
}

const FOOTNOTE_MARK = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';

/** Writes one narrative file into the draft, its top heading a chapter; `look` is every run's (its language, where it is a fallback). */
export function writeNarrative(writer: DocxWriter, markdown: string, look: RunLook = {}): void {
  const root = parseMarkdown(markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  const depths = root.children.flatMap((node) => (node.type === "heading" ? [node.depth] : []));
  const footnotes = footnotesOf(root, writer, look);
  const place: Place = { writer, context: { links: writer.links, footnotes }, top: depths.length > 0 ? depths.reduce((a, b) => (b < a ? b : a)) : 1, look };
  for (const node of root.children) writeBlock(place, node);
}

/** Each definition becomes a Word footnote, its mark before its first paragraph's text; references find it by identifier. */
function footnotesOf(root: Root, writer: DocxWriter, look: RunLook): FootnoteIds {
  const ids = new Map<string, number>();
  const lookup: FootnoteIds = (identifier) => ids.get(identifier);
  const context = { links: writer.footnoteLinks, footnotes: lookup };
  for (const node of root.children) {
    if (node.type !== "footnoteDefinition") continue;
    const paragraphs = node.children.flatMap((child) => ("children" in child && child.type === "paragraph" ? [child] : []));
    const texts = paragraphs.length > 0 ? paragraphs.map((p) => phrasingRuns(p.children, look, context)) : [""];
    ids.set(node.identifier, writer.footnote(texts.map((runs, i) => paragraph({ style: "FootnoteText" }, i === 0 ? FOOTNOTE_MARK + runs : runs))));
  }
  return lookup;
}

function writeBlock(place: Place, node: RootContent | BlockContent | DefinitionContent, look: RunLook = place.look, style?: string): void {
  const { writer, context } = place;
  const width = writer.pages.textWidth;
  switch (node.type) {
    case "heading": {
      const level = Math.min(3, Math.max(1, node.depth - place.top + 1)) as 1 | 2 | 3;
      writer.heading(level, { xml: phrasingRuns(node.children, place.look, context), plain: plainText(node.children) });
      return;
    }
    case "paragraph":
      writer.add(paragraph({ style }, phrasingRuns(node.children, look, context)), paragraphLines(node.children, width) + 0.4);
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
      if (!isComment(node.value)) writer.add(paragraph({ style }, plainRun(node.value)), linesOf(node.value, width, 21));
      return;
    default:
      return; // footnote definitions are written as footnotes; link definitions print nothing
  }
}

/** Text as it is, as docx writes a paragraph's `text`: none at all when empty. */
function plainRun(text: string): string {
  return text === "" ? "" : textRun(text);
}

function paragraphLines(children: readonly PhrasingContent[], width: number): number {
  return linesOf(plainText(children), width, 21);
}

/** A list item's first paragraph carries the bullet or number; a nested list goes a level deeper. */
function writeList(place: Place, list: List, level: number): void {
  const { writer } = place;
  const instance = list.ordered ? writer.listInstance() : 0;
  const reference = list.ordered ? "numbered" : "bullets";
  for (const item of list.children) {
    item.children.forEach((child, i) => {
      if (child.type === "list") return writeList(place, child, Math.min(3, level + 1));
      if (child.type !== "paragraph") return writeBlock(place, child);
      const numbering = i === 0 ? { id: writer.listId(reference, instance), level } : undefined;
      const indent = i === 0 ? undefined : { left: 360 * (level + 1) };
      const width = writer.pages.textWidth - 360 * (level + 1);
      writer.add(paragraph({ numbering, indent, spacing: { after: 60 } }, phrasingRuns(child.children, place.look, place.context)), paragraphLines(child.children, width) + 0.2);
    });
  }
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
  writer.add(paragraph({ spacing: { after: 0 } }), 0.6);
}
