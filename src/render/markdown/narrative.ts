import type { Heading, ImageReference, LinkReference, Nodes } from "mdast";
import { isComment, oneLine, parseGfm } from "../gfm.js";

export interface PlacedNarrative {
  markdown: string;
  /** The headings' plain texts and depths, in order, for the anchors. */
  headings: { depth: number; text: string }[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A node placing a section edits, and the node before it in its parent (what a comment ends). */
interface Found {
  node: Nodes;
  before: Nodes | undefined;
}

/**
 * A narrative file placed in the draft: its top heading level moved to `top` (deeper ones follow),
 * its footnote and link-definition labels prefixed with `prefix` so that two sections' `[^1]`
 * or `[report]: …` stay apart (the first definition of a label wins in the whole draft), and its
 * comments (`<!-- … -->`, the template's notes to the drafter) left out. Edits are made on the
 * source text at the parse tree's offsets, so the author's Markdown is otherwise kept, code and
 * HTML byte for byte; elsewhere only a line's trailing spaces go, which mean nothing there but a
 * line break (written `\` instead, which no editor strips), and the blank lines after a run's first.
 */
export function placeNarrative(source: string, top: number, prefix: string): PlacedNarrative {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const found: Found[] = [];
  collect(parseGfm(text), undefined, found);
  const depths = found.flatMap(({ node }) => (node.type === "heading" ? [node.depth] : []));
  const shift = depths.length === 0 ? 0 : top - depths.reduce((a, b) => (b < a ? b : a));
  const edits: Edit[] = [];
  const verbatim: Edit[] = [];
  const headings: PlacedNarrative["headings"] = [];
  for (const { node, before } of found) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (node.type === "heading") {
      const depth = Math.min(6, node.depth + shift);
      edits.push(...headingEdits(text, node, depth));
      headings.push({ depth, text: oneLine(plainText(node)) });
    } else if (node.type === "html" && isComment(node.value)) {
      edits.push(commentRemoval(text, start, end, before));
    } else if (node.type === "html" || node.type === "code" || node.type === "inlineCode") {
      verbatim.push({ start, end, text: "" });
    } else if (node.type === "break") {
      const newline = text.indexOf("\n", start);
      if (/^[ \t]+$/.test(text.slice(start, newline))) edits.push({ start, end: newline, text: "\\" });
    } else if (node.type === "footnoteReference" || node.type === "footnoteDefinition" || node.type === "definition") {
      edits.push(...labelPrefix(text, start, prefix));
    } else if (node.type === "linkReference" || node.type === "imageReference") {
      edits.push(...referenceEdit(text, node, start, end, prefix));
    } else if (node.type === "text") {
      edits.push(...bracketEscapes(text, start, end));
    }
  }
  const placed = applyEdits(text, [...edits, ...tidyingEdits(text, verbatim, edits)]);
  // The first line's indent of three spaces or less means nothing; more makes it code.
  return { markdown: placed.replace(/^\n+/, "").replace(/^ {1,3}(?=\S)/, "").replace(/\n+$/, ""), headings };
}

/**
 * A heading at `depth`: its marks (`#`s before, a closing sequence or a setext underline after)
 * written again around its content, which keeps its own edits (a footnote's label); a setext
 * heading's lines joined into the one line an ATX heading has.
 */
function headingEdits(text: string, node: Heading, depth: number): Edit[] {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const first = node.children[0]?.position?.start.offset;
  const last = node.children[node.children.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return [{ start, end, text: "#".repeat(depth) }];
  const joins = [...text.slice(first, last).matchAll(/\n[ \t]*/g)].map((join) => ({ start: first + join.index, end: first + join.index + join[0].length, text: " " }));
  return [{ start, end: first, text: `${"#".repeat(depth)} ` }, ...joins, { start: last, end, text: "" }];
}

/**
 * A comment left out. Inside a line it goes alone. One on lines of its own goes with the blank
 * lines after it, so that no gap is left where it was; but where a block stood right above it
 * (a paragraph, which the comment ended), a blank line takes its place, or the two would run into
 * one; and where it ended a list or a footnote that an indented block follows, an empty comment
 * stays (as remark-stringify writes one), or the block would join the list's last item.
 */
function commentRemoval(text: string, start: number, end: number, before: Nodes | undefined): Edit {
  if (start > 0 && text[start - 1] !== "\n") return { start, end, text: "" };
  // Its line's end and the blank lines after it, up to the next line with text.
  const after = end + /^[ \t]*(?:\n[ \t]*(?=\n))*\n?/.exec(text.slice(end))![0].length;
  const indented = text[after] === " " || text[after] === "\t";
  if ((before?.type === "list" || before?.type === "footnoteDefinition") && indented) return { start, end, text: "<!-- -->" };
  const above = text.slice(text.lastIndexOf("\n", start - 2) + 1, Math.max(0, start - 1));
  return { start, end: after, text: start === 0 || above.trim() === "" || after === text.length ? "" : "\n" };
}

/**
 * Edits that tidy the lines outside code and HTML (`verbatim`) where nothing else edits them:
 * trailing white space removed, and every blank line after the first of a run.
 */
function tidyingEdits(text: string, verbatim: readonly Edit[], edits: readonly Edit[]): Edit[] {
  const free = freeOf([...verbatim, ...edits]);
  const tidying: Edit[] = [];
  let blank = false;
  for (let from = 0; from < text.length; ) {
    const newline = text.indexOf("\n", from);
    const to = newline === -1 ? text.length : newline;
    const trimmed = text.slice(from, to).trimEnd();
    const edit = trimmed === "" && blank ? { start: from, end: to + 1, text: "" } : { start: from + trimmed.length, end: to, text: "" };
    if (edit.end > edit.start && free(edit.start, edit.end)) tidying.push(edit);
    blank = trimmed === "";
    from = to + 1;
  }
  return tidying;
}

/**
 * Whether a range overlaps none of `taken`, asked of ranges whose ends never go back (a line's,
 * then the next line's). The ranges taken are swept once in order of their starts: asking each
 * one of them at every line took a 1 MB narrative's lines times its HTML tags.
 */
function freeOf(taken: readonly Edit[]): (start: number, end: number) => boolean {
  const byStart = [...taken].sort((a, b) => a.start - b.start);
  let next = 0;
  let farthest = -1;
  return (start, end) => {
    for (; next < byStart.length && byStart[next]!.start < end; next++) farthest = Math.max(farthest, byStart[next]!.end);
    return farthest <= start;
  };
}

/**
 * A reference link's label made the prefixed one its section's definition now has: `[text]` and
 * `[text][]` name it by their text, so they are given it in full (`[text][s1-text]`). The label is
 * copied as written, not as remark gives it (`label`, its escapes and entities decoded): `[a\_b]`
 * defines `a\_b`, which `[a_b]` does not name.
 */
function referenceEdit(text: string, node: LinkReference | ImageReference, start: number, end: number, prefix: string): Edit[] {
  if (node.referenceType === "full") {
    const opening = lastLabelOpening(text, start, end);
    return opening === undefined ? [] : labelPrefix(text, opening, prefix);
  }
  const from = start + (node.type === "imageReference" ? 2 : 1);
  const to = end - (node.referenceType === "collapsed" ? 3 : 1);
  // On one line, as its identifier reads it: a label over two lines copied would end one with its spaces.
  const reference = `[${prefix}${text.slice(from, to).replace(/[\t\n\r ]+/g, " ").trim()}]`;
  if (node.referenceType === "shortcut") return [{ start: end, end, text: reference }];
  return text.endsWith("[]", end) ? [{ start: end - 2, end, text: reference }] : [];
}

/**
 * `prefix` put in the label that opens at `at` (`[s1-report]`, `[^s1-1]`), after the white space
 * its identifier leaves out, so that the label names what it named, prefixed.
 */
function labelPrefix(text: string, at: number, prefix: string): Edit[] {
  LABEL_OPENING.lastIndex = at;
  if (!LABEL_OPENING.test(text)) return [];
  return [{ start: LABEL_OPENING.lastIndex, end: LABEL_OPENING.lastIndex, text: prefix }];
}

const LABEL_OPENING = /\[\^?[\t\n\r ]*/y;

/** Where the last label of `[text][label]` opens: its last `[` not escaped, as a label holds none. */
function lastLabelOpening(text: string, start: number, end: number): number | undefined {
  for (let at = end - 2; at > start; at--) {
    if (text[at] !== "[") continue;
    let backslashes = 0;
    while (text[at - 1 - backslashes] === "\\") backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return undefined;
}

/** The nodes placing a section edits or keeps as written, anywhere in the tree, in document order. */
const EDITED = new Set(["heading", "footnoteReference", "footnoteDefinition", "html", "code", "inlineCode", "break", "definition", "linkReference", "imageReference", "text"]);

/**
 * A `[` of the author's text escaped (`\[`): a reference the file does not define (`[1.2.3]`,
 * `[see][x]`) is text where the file stands alone, and must stay text in the draft, whose own
 * definitions (an action's number, `[1.2.3]: #action-123-…`) it would otherwise take.
 */
function bracketEscapes(text: string, start: number, end: number): Edit[] {
  const edits: Edit[] = [];
  // Looked for in the node's own text: in the whole file, a node with no `[` read on to the file's next one.
  const own = text.slice(start, end);
  for (let index = own.indexOf("["); index !== -1; index = own.indexOf("[", index + 1)) {
    const at = start + index;
    let backslashes = 0;
    while (text[at - 1 - backslashes] === "\\") backslashes++;
    if (backslashes % 2 === 0) edits.push({ start: at, end: at, text: "\\" });
  }
  return edits;
}

function collect(node: Nodes, before: Nodes | undefined, into: Found[]): void {
  if (EDITED.has(node.type)) into.push({ node, before });
  if ("children" in node) node.children.forEach((child, i) => collect(child as Nodes, i === 0 ? undefined : (node.children[i - 1] as Nodes), into));
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = "";
  let at = 0;
  // A label inserted at a place (a shortcut reference's) goes before an edit that starts there.
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** The text a reader sees in a node: what anchors are made from. */
export function plainText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "footnoteReference" || node.type === "html") return "";
  if ("children" in node) return node.children.map((child) => plainText(child as Nodes)).join("");
  return "";
}

// Headings repeat (labels, the contents), and each is read again for the anchors: once each.
const plain = new Map<string, string>();

// A line a Markdown reader takes for its own text: no character that marks inline Markdown, an
// entity or an autolink; nothing at its start that opens a block (list, quote, heading, code);
// no whitespace at either end or other than spaces. Most headings of a plan are like this, and
// parsing each of 10,000 costs seconds.
const MARKED = /[\\`*_[\]<>&!~|#@]|[^\S ]|[\p{Cc}\p{Cs}]|www\.|:\/\/|^[\s\d+=-]|\s$|^$/u;

/** The plain text of one line of inline Markdown ("**Theme** 1: *x*" -> "Theme 1: x"). */
export function plainInline(markdown: string): string {
  if (!MARKED.test(markdown)) return markdown;
  let text = plain.get(markdown);
  if (text === undefined) {
    text = plainText(parseGfm(markdown));
    plain.set(markdown, text);
  }
  return text;
}
