/**
 * Inline Markdown (the texts of the model, the paragraphs of the narrative) as Word runs: bold,
 * italic, struck, code, links and footnote references keep their meaning instead of their marks.
 */
import { ExternalHyperlink, FootnoteReferenceRun, TextRun, type IRunOptions, type ParagraphChild } from "docx";
import type { PhrasingContent, Root } from "mdast";
import { parseGfm } from "../gfm.js";

/** How a run looks beyond what its Markdown says: a table heading is bold and white. */
export type RunLook = Pick<IRunOptions, "bold" | "italics" | "color" | "size" | "strike" | "font" | "style">;

/** Gives the Word id of the footnote a `[^label]` reference points to, or undefined when it has none. */
export type FootnoteIds = (identifier: string) => number | undefined;

/** Markdown parsed once per text; the same parser reads the narrative's blocks. */
export const parseMarkdown = parseGfm;

// Nothing Markdown or a GFM autolink would read as a mark: the text is one run, and parsing it,
// which costs far more, is skipped. Most texts of a plan are like this.
const MARKS = /[*_`[\]\\<>&~]|https?:|www\.|@|\n|^\s*(?:[-+>]\s|#{1,6}(?:\s|$)|\d+[.)](?:\s|$))/;

// Labels, party lists and statements repeat throughout a draft; each is parsed once.
const parsed = new Map<string, Root>();

function parseInline(markdown: string): Root {
  let root = parsed.get(markdown);
  if (!root) {
    root = parseMarkdown(markdown);
    parsed.set(markdown, root);
  }
  return root;
}

/** One line of inline Markdown as runs. */
export function inlineRuns(markdown: string, look: RunLook = {}): ParagraphChild[] {
  if (markdown === "") return [];
  if (!MARKS.test(markdown)) return [new TextRun({ text: markdown, ...look })];
  const root = parseInline(markdown);
  return root.children.flatMap((block, i) => {
    const children = "children" in block ? (block.children as PhrasingContent[]) : [];
    const runs = phrasingRuns(children, look, () => undefined);
    return i === 0 ? runs : [new TextRun({ text: " ", ...look }), ...runs];
  });
}

/** What a reader sees of a line of inline Markdown: the text without its marks. */
export function plainInline(markdown: string): string {
  return MARKS.test(markdown) ? plainText(parseInline(markdown).children) : markdown;
}

/** The text of mdast nodes without their marks. */
export function plainText(nodes: readonly unknown[]): string {
  return nodes.map((node) => {
    const n = node as { type: string; value?: string; children?: unknown[] };
    if (n.type === "footnoteReference" || n.type === "html") return "";
    if (n.value !== undefined) return n.value.replace(/\s*\n\s*/g, " ");
    return n.children ? plainText(n.children) : "";
  }).join("");
}

/** mdast phrasing content as runs. */
export function phrasingRuns(nodes: readonly PhrasingContent[], look: RunLook, footnotes: FootnoteIds): ParagraphChild[] {
  return nodes.flatMap((node) => phrasingRun(node, look, footnotes));
}

function phrasingRun(node: PhrasingContent, look: RunLook, footnotes: FootnoteIds): ParagraphChild[] {
  switch (node.type) {
    case "text":
      return [new TextRun({ text: node.value.replace(/\s*\n\s*/g, " "), ...look })];
    case "strong":
      return phrasingRuns(node.children, { ...look, bold: true }, footnotes);
    case "emphasis":
      return phrasingRuns(node.children, { ...look, italics: true }, footnotes);
    case "delete":
      return phrasingRuns(node.children, { ...look, strike: true }, footnotes);
    case "inlineCode":
      return [new TextRun({ text: node.value, ...look, font: "Courier New" })];
    case "break":
      return [new TextRun({ break: 1 })];
    case "link":
      // Link text in the Hyperlink style (blue, underlined), as Word marks its own links.
      return [new ExternalHyperlink({ link: node.url, children: phrasingRuns(node.children, { ...look, style: "Hyperlink" }, footnotes) })];
    case "footnoteReference": {
      const id = footnotes(node.identifier);
      return id === undefined ? [new TextRun({ text: `[^${node.label ?? node.identifier}]`, ...look })] : [new FootnoteReferenceRun(id)];
    }
    case "image":
      return [new TextRun({ text: node.alt ?? "", ...look })];
    case "html":
      return [new TextRun({ text: node.value, ...look })];
    default:
      return "children" in node ? phrasingRuns(node.children as PhrasingContent[], look, footnotes) : [];
  }
}
