/**
 * A narrative file's footnotes: each `[^label]: …` definition becomes a Word footnote, which the
 * file's `[^label]` references point to by its id.
 */
import type { PhrasingContent, Root } from "mdast";
import { phrasingRuns, plainText, type FootnoteIds, type RunLook } from "./inline.js";
import { linesOf, PAGE } from "./pages.js";
import type { DocxWriter } from "./writer.js";
import { paragraph } from "./xml.js";

const FOOTNOTE_MARK = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';

/** A file's footnotes: the Word id of each by identifier, and how many lines of 9 pt it takes. */
export interface Footnotes {
  ids: FootnoteIds;
  lines: ReadonlyMap<string, number>;
}

/** Each definition becomes a Word footnote, its mark before its first paragraph's text; its links are the file's `definitions`' too. */
export function writeFootnotes(root: Root, writer: DocxWriter, look: RunLook, definitions: ReadonlyMap<string, string>): Footnotes {
  const ids = new Map<string, number>();
  const lines = new Map<string, number>();
  const lookup: FootnoteIds = (identifier) => ids.get(identifier);
  const context = { links: writer.footnoteLinks, footnotes: lookup, definitions, anchors: writer.anchors };
  for (const node of root.children) {
    if (node.type !== "footnoteDefinition") continue;
    const paragraphs = node.children.flatMap((child) => ("children" in child && child.type === "paragraph" ? [child] : []));
    const texts = paragraphs.length > 0 ? paragraphs.map((p) => phrasingRuns(p.children, look, context)) : [""];
    ids.set(node.identifier, writer.footnote(texts.map((runs, i) => paragraph({ style: "FootnoteText" }, i === 0 ? FOOTNOTE_MARK + runs : runs))));
    lines.set(node.identifier, paragraphs.reduce((sum, p) => sum + linesOf(`0 ${plainText(p.children)}`, PAGE.portrait.text, 18), 0) || 1);
  }
  return { ids: lookup, lines };
}

/** The identifiers of the footnotes `nodes` refer to, in order. */
export function footnoteReferences(nodes: readonly PhrasingContent[]): string[] {
  return nodes.flatMap((node) => (node.type === "footnoteReference" ? [node.identifier] : "children" in node ? footnoteReferences(node.children as PhrasingContent[]) : []));
}
