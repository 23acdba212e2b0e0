/**
 * Inline Markdown (the texts of the model, the paragraphs of the narrative) as Word runs: bold,
 * italic, struck, code, links and footnote references keep their meaning instead of their marks.
 */
import type { Nodes, PhrasingContent, Root } from "mdast";
import { oneLine, parseGfm } from "../gfm.js";
import { definitionsOf, descendantsOf } from "./mdast-blocks.js";
import { BREAK_TAG } from "./raw-html.js";
import { footnoteReference, HYPERLINK_END, hyperlinkStart, internalLinkStart, LINE_BREAK, textRun, type RunLook } from "./xml.js";

/** The addresses the Word draft links to, besides places in it. */
const LINKABLE = /^(?:https?:\/\/|mailto:)/i;

export type { RunLook } from "./xml.js";

/** Gives the Word id of the footnote a `[^label]` reference points to, or undefined when it has none. */
export type FootnoteIds = (identifier: string) => number | undefined;

/** Markdown parsed once per text; the same parser reads the narrative's blocks. */
export const parseMarkdown = parseGfm;

/**
 * The web addresses one part links to, each a relationship of the part, numbered rIdL1, rIdL2, …
 * in the order they are written (docx's random ids, renamed so, were in that order too).
 */
export class Hyperlinks {
  readonly targets: string[] = [];

  add(url: string): string {
    this.targets.push(url);
    return `rIdL${this.targets.length}`;
  }
}

/** Where runs are written: the part's links, and the footnotes their references point to. */
export interface RunContext {
  links: Hyperlinks;
  footnotes: FootnoteIds;
  /** The address of each `[label]: address` definition of the text, by its identifier, for `[text][label]`. */
  definitions?: ReadonlyMap<string, string>;
  /** The bookmark of the heading a `#fragment` link goes to, where the draft has one (anchors.ts). */
  anchors?: { target(fragment: string): string | undefined };
}

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

const noFootnotes: FootnoteIds = () => undefined;

/** One line of inline Markdown as runs; its links become relationships in `links`, or go to the headings of `anchors`. */
export function inlineRuns(markdown: string, look: RunLook, links: Hyperlinks, anchors?: RunContext["anchors"]): string {
  if (markdown === "") return "";
  if (!MARKS.test(markdown)) return textRun(spaced(markdown), look);
  const root = parseInline(markdown);
  const context = { links, footnotes: noFootnotes, definitions: definitionsOf(root), anchors };
  let xml = "";
  root.children.forEach((block, i) => {
    const children = "children" in block ? (block.children as PhrasingContent[]) : [];
    xml += (i === 0 ? "" : textRun(" ", look)) + phrasingRuns(children, look, context);
  });
  return xml;
}

/** What a reader sees of a line of inline Markdown: the text without its marks. */
export function plainInline(markdown: string): string {
  return MARKS.test(markdown) ? plainText(parseInline(markdown).children) : markdown;
}

/** The text of mdast nodes without their marks. */
export function plainText(nodes: readonly unknown[]): string {
  let text = "";
  for (const node of descendantsOf(nodes as Nodes[])) {
    if (node.type === "html") text += BREAK_TAG.test(node.value) ? " " : "";
    else if ("value" in node) text += oneLine(node.value);
  }
  return text;
}

/**
 * Text with each run of spaces and tabs as one space, as Markdown shows it (and pandoc writes it):
 * spaces left at a line's end inside a folded YAML text, invisible in the editor, had opened a gap
 * in the Word draft that the Markdown draft does not show.
 */
function spaced(text: string): string {
  return text.includes("  ") || text.includes("\t") ? text.replace(/[ \t]+/g, (run) => (run === " " ? run : " ")) : text;
}

/** A mark's or a link's content still to write, in its look, and what closes it (a link's end). */
interface Frame {
  nodes: readonly PhrasingContent[];
  next: number;
  look: RunLook;
  close: string;
}

/**
 * mdast phrasing content as runs, walked with a stack of its own: a text nested thousands of marks
 * deep (`******x******`) overflowed the call stack. A text's leading spaces go where a line break
 * or a tag left out puts them at a line's start or after a space ("a<br> b", "Text <!-- note -->
 * after"): Word would print them, where a browser does not.
 */
export function phrasingRuns(nodes: readonly PhrasingContent[], look: RunLook, context: RunContext): string {
  let xml = "";
  let afterSpace = false;
  const frames: Frame[] = [{ nodes, next: 0, look, close: "" }];
  for (let frame = frames[0]; frame !== undefined; frame = frames[frames.length - 1]) {
    const node = frame.nodes[frame.next++];
    if (node === undefined) {
      xml += frame.close;
      frames.pop();
      continue;
    }
    const inner = container(node, frame.look, context);
    if (inner !== undefined) {
      xml += inner.open;
      frames.push({ nodes: inner.nodes, next: 0, look: inner.look, close: inner.close });
    } else if (node.type === "text") {
      const text = afterSpace ? node.value.replace(/^\s+/, "") : node.value;
      if (text !== "" || node.value === "") xml += textRun(spaced(oneLine(text)), frame.look);
      if (text !== "") afterSpace = /\s$/.test(text);
    } else {
      xml += leafRun(node, frame.look, context);
      if (node.type === "break" || (node.type === "html" && BREAK_TAG.test(node.value))) afterSpace = true;
      else if (node.type !== "html") afterSpace = false;
    }
  }
  return xml;
}

/** What a mark or a link holds, in the look it gives, and the XML around it; undefined for a node that holds no runs. */
function container(node: PhrasingContent, look: RunLook, context: RunContext): { nodes: PhrasingContent[]; look: RunLook; open: string; close: string } | undefined {
  switch (node.type) {
    case "strong":
      return { nodes: node.children, look: { ...look, bold: true }, open: "", close: "" };
    case "emphasis":
      return { nodes: node.children, look: { ...look, italics: true }, open: "", close: "" };
    case "delete":
      return { nodes: node.children, look: { ...look, strike: true }, open: "", close: "" };
    case "link":
      return { nodes: node.children, ...link(node.url, look, context) };
    case "linkReference":
      // `[text][label]`, `[label][]` and `[label]`: remark reads them so only where the label is defined.
      return { nodes: node.children, ...link(context.definitions?.get(node.identifier) ?? "", look, context) };
    default: {
      // A kind of node mdast's types do not name (a plugin's): its text, if it holds any.
      const children = (node as { children?: PhrasingContent[] }).children;
      return children === undefined ? undefined : { nodes: children, look, open: "", close: "" };
    }
  }
}

/** A run of a node that holds no other. */
function leafRun(node: PhrasingContent, look: RunLook, context: RunContext): string {
  switch (node.type) {
    case "inlineCode":
      return textRun(node.value, { ...look, font: "Courier New" });
    case "break":
      return LINE_BREAK;
    case "footnoteReference": {
      const id = context.footnotes(node.identifier);
      return id === undefined ? textRun(`[^${node.label ?? node.identifier}]`, look) : footnoteReference(id);
    }
    case "image":
    case "imageReference":
      return textRun(node.alt ?? "", look);
    case "html":
      // A tag or a comment shows nothing, as on GitHub and in pandoc's Word; the text between tags
      // is the paragraph's own. `<br>`, the line break a Markdown table cell is written with,
      // breaks the line here too.
      return BREAK_TAG.test(node.value) ? LINE_BREAK : "";
    default:
      return "";
  }
}

/** A link to `url`: its text's look, and the hyperlink around it, if any. */
function link(url: string, look: RunLook, context: RunContext): { look: RunLook; open: string; close: string } {
  // Link text in the Hyperlink style (blue, underlined), as Word marks its own links.
  const linked = { ...look, style: "Hyperlink" };
  // `#methodology`: a heading of the draft, where it has one; a dead link otherwise, left as text.
  const bookmark = url.startsWith("#") ? context.anchors?.target(url.slice(1)) : undefined;
  if (bookmark !== undefined) return { look: linked, open: internalLinkStart(bookmark), close: HYPERLINK_END };
  // A group file comes from a pull request: only a web or mail address becomes a link Word
  // follows. `file:` or a bare \\server\share would have Word open a path, or send the reader's
  // credentials to a server; the text stays, as plain text.
  if (!LINKABLE.test(url)) return { look, open: "", close: "" };
  return { look: linked, open: hyperlinkStart(context.links.add(url)), close: HYPERLINK_END };
}
