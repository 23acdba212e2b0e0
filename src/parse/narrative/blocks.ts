/**
 * A narrative file's blocks as CommonMark and GFM read them, line by line: which lines are a
 * paragraph's or a heading's text, which are code or HTML, what each container (quote, list item,
 * footnote) holds, and what is still open at the end of the file. Enough to check a narrative
 * without remark, which `plan validate` does not load (start-up time), and exact on the constructs
 * that matter here: fences, HTML blocks, containers, definitions.
 */
import { expandTabs, indentAt } from "../nesting.js";
import {
  ATX_HEADING,
  DEFINITION_DESTINATION,
  DEFINITION_LABEL,
  DEFINITION_TITLE,
  FENCE,
  FOOTNOTE_DEFINITION,
  frontMatterEndOf,
  htmlStart,
  isBlank,
  LINK_DEFINITION,
  listItem,
  normalizeLabel,
  setextUnderline,
  startsBlock,
  startsText,
  thematicBreak,
} from "./line-starts.js";

/** Part of one line of inline text: `text` starts at index `start` of line `line` (0-based, tabs expanded). */
export interface Segment {
  text: string;
  line: number;
  start: number;
}

/** A code fence or an HTML block that ends only at a marker, and where it opened. */
export interface OpenBlock {
  kind: "fence" | "comment" | "html";
  /** What opened it: ``` or ~~~ (as long as written), `<!--`, `<pre`. */
  opener: string;
  line: number;
  start: number;
  /** What closes it: ``` (as long as the opener), `-->`, `</pre>`. */
  closer: string;
  /** What puts a line in the same quotes and list items as the block: `> `, spaces. */
  prefix: string;
}

export interface BlockScan {
  /** The file's lines, as written. */
  lines: string[];
  /** The inline texts: each paragraph's lines, each heading's text. */
  texts: Segment[][];
  /** Link and footnote definitions' labels, normalised (normalizeLabel). */
  links: Set<string>;
  footnotes: Set<string>;
  /** What is open at the end of the file, and would run on into whatever follows it. */
  open: OpenBlock | undefined;
  /** The line that ends YAML front matter at the top (`---` … `---`), if the file has some. */
  frontMatterEnd: number | undefined;
  /** ATX headings with no text (`## ` alone, or `## #`): where their marks start and end on their lines. */
  emptyHeadings: { line: number; start: number; end: number }[];
}

/**
 * A block quote, or a list item or footnote definition whose lines are indented `width` columns;
 * `empty` while a list item holds nothing yet (a blank line then ends it).
 */
type Container = { quote: true; width: 0; empty: false } | { quote: false; width: number; empty: boolean };

type Leaf =
  | { kind: "paragraph"; segments: Segment[]; definitions: boolean; label?: string | undefined }
  | { kind: "code" }
  | { kind: "fence"; marker: string; line: number; start: number }
  | { kind: "html"; end: RegExp | undefined; closer: string; opener: string; line: number; start: number };

const QUOTE: Container = { quote: true, width: 0, empty: false };
/**
 * An ATX heading's closing `#`s, after a space or all its text (`## Title ##`). The spaces before
 * them start at a run's first (`(?<!\s)`): `\s+#+`, tried at each space of a long run, read the
 * run on to its end every time.
 */
const CLOSING_HASHES = /(?:^|(?<!\s)\s+)#+\s*$/;

/** Scans `text` (CRLF or LF), its YAML front matter left out: one that nests no deeper than nesting.ts allows. */
export function scanBlocks(text: string): BlockScan {
  const lines = text.split(/\r\n?|\n/);
  const frontMatterEnd = frontMatterEndOf(lines);
  const scan: BlockScan = { lines, texts: [], links: new Set(), footnotes: new Set(), open: undefined, frontMatterEnd, emptyHeadings: [] };
  const stack: Container[] = [];
  let leaf: Leaf | undefined;
  const endLeaf = () => {
    if (leaf?.kind === "paragraph" && leaf.segments.length > 0) scan.texts.push(leaf.segments);
    leaf = undefined;
  };

  for (let n = frontMatterEnd === undefined ? 0 : frontMatterEnd + 1; n < lines.length; n++) {
    const s = expandTabs(lines[n]!);
    let pos = 0;
    let matched = 0;
    for (; matched < stack.length; matched++) {
      const container = stack[matched]!;
      if (container.quote) {
        const indent = indentAt(s, pos);
        if (indent > 3 || s[pos + indent] !== ">") break;
        pos += indent + (s[pos + indent + 1] === " " ? 2 : 1);
      } else if (isBlank(s, pos)) {
        if (container.empty) break;
      } else {
        if (indentAt(s, pos) < container.width) break;
        pos += container.width;
        container.empty = false;
      }
    }

    if (leaf !== undefined && leaf.kind !== "paragraph") {
      if (matched === stack.length && continues(leaf, s, pos)) continue;
      // Ended by its marker (that line is the block's), or by the end of its quote or list item.
      const ended = matched === stack.length && leaf.kind !== "code";
      leaf = undefined;
      if (ended) continue;
    }
    // A line that starts no block goes on with the paragraph above it, whatever containers it left.
    if (matched < stack.length && leaf?.kind === "paragraph" && !isBlank(s, pos) && !startsBlock(s, pos)) {
      leaf.segments.push({ text: s.slice(pos), line: n, start: pos });
      continue;
    }
    if (matched < stack.length) {
      stack.length = matched;
      endLeaf();
    }

    pos = openContainers(s, pos);
    leaf = leafAt(s, pos, n, leaf);
  }
  if (leaf?.kind === "paragraph") endLeaf();
  // An HTML block that a blank line ends (`<div>`) ends before whatever follows the file.
  if ((leaf?.kind === "fence" || (leaf?.kind === "html" && leaf.end))) scan.open = openBlock(leaf, stack);
  return scan;

  /** Opens the quotes, list items and footnotes that start at `pos`; where their content starts. */
  function openContainers(s: string, pos: number): number {
    for (;;) {
      const indent = indentAt(s, pos);
      const at = pos + indent;
      if (indent > 3 || at >= s.length || startsText(s, at)) return pos;
      if (leaf?.kind === "paragraph" && setextUnderline(s, at)) return pos;
      if (thematicBreak(s, at)) return pos;
      let container: Container;
      if (s[at] === ">") {
        container = QUOTE;
        pos = at + (s[at + 1] === " " ? 2 : 1);
      } else {
        const footnote = FOOTNOTE_DEFINITION.exec(s.slice(at));
        const item = footnote ? undefined : listItem(s, at, leaf?.kind === "paragraph");
        if (footnote) {
          scan.footnotes.add(normalizeLabel(footnote[1]!));
          container = { quote: false, width: 4, empty: false };
          pos = at + footnote[0].length;
        } else if (item) {
          container = { quote: false, width: indent + item.width, empty: isBlank(s, at + item.content) };
          pos = at + item.content;
        } else return pos;
      }
      endLeaf();
      stack.push(container);
    }
  }

  /** The leaf block line `n` is part of from `pos` on, given the paragraph it may go on with. */
  function leafAt(s: string, pos: number, n: number, current: Leaf | undefined): Leaf | undefined {
    const indent = indentAt(s, pos);
    const at = pos + indent;
    const paragraph = current?.kind === "paragraph" ? current : undefined;
    if (at >= s.length) {
      endLeaf();
      return undefined;
    }
    if (indent >= 4) {
      if (!paragraph) return { kind: "code" };
      paragraph.segments.push({ text: s.slice(at), line: n, start: at });
      return paragraph;
    }
    // Plain text, but after a definition maybe its title or destination (below).
    if (startsText(s, at) && !paragraph?.definitions) return paragraphLine(s, at, n, paragraph);
    const atx = ATX_HEADING.exec(s.slice(at));
    const heading = paragraph && setextUnderline(s, at) ? "" : atx ? (atx[1] ?? "") : undefined;
    const fence = heading === undefined ? FENCE.exec(s.slice(at)) : null;
    const html = heading === undefined && !fence ? htmlStart(s.slice(at), paragraph !== undefined) : undefined;
    if (heading !== undefined || fence || html || thematicBreak(s, at)) {
      endLeaf();
      const text = heading?.replace(CLOSING_HASHES, "");
      if (text) scan.texts.push([{ text, line: n, start: s.indexOf(heading!, at) }]);
      else if (atx && heading !== undefined) scan.emptyHeadings.push({ line: n, start: at, end: s.trimEnd().length });
      if (fence) return { kind: "fence", marker: fence[1]!, line: n, start: at };
      // `<!-->` and `<!--->` are whole comments: the end is looked for from after `<!` (`<?`, `<p`).
      if (html && !html.end?.test(s.slice(at + 2))) return { kind: "html", ...html, line: n, start: at };
      return undefined;
    }
    if (!paragraph || paragraph.definitions) {
      const rest = s.slice(at);
      // A definition over two lines, as CommonMark allows: its label, then its destination; or its
      // destination, then its title. Its line is no paragraph's, and the definitions go on after it.
      if (paragraph?.label !== undefined && DEFINITION_DESTINATION.test(rest)) {
        scan.links.add(paragraph.label);
        paragraph.label = undefined;
        return paragraph;
      }
      if (paragraph && paragraph.label === undefined && DEFINITION_TITLE.test(rest)) return paragraph;
      const definition = LINK_DEFINITION.exec(rest) ?? DEFINITION_LABEL.exec(rest);
      if (definition) {
        const label = normalizeLabel(definition[1]!);
        const into = paragraph ?? { kind: "paragraph" as const, segments: [], definitions: true };
        if (DEFINITION_LABEL.test(rest)) into.label = label;
        else scan.links.add(label);
        return into;
      }
    }
    return paragraphLine(s, at, n, paragraph);
  }

  /** Line `n` from `at` on as a line of `paragraph`, or the first of one. */
  function paragraphLine(s: string, at: number, n: number, paragraph: Extract<Leaf, { kind: "paragraph" }> | undefined): Leaf {
    const into = paragraph ?? { kind: "paragraph", segments: [], definitions: false };
    into.definitions = false;
    into.label = undefined;
    into.segments.push({ text: s.slice(at), line: n, start: at });
    return into;
  }
}

/** Whether line `s`, from `pos` on, is more of the code or HTML block `leaf` (its closing line is not). */
function continues(leaf: Exclude<Leaf, { kind: "paragraph" }>, s: string, pos: number): boolean {
  if (leaf.kind === "code") return isBlank(s, pos) || indentAt(s, pos) >= 4;
  if (leaf.kind === "html") return leaf.end === undefined ? !isBlank(s, pos) : !leaf.end.test(s.slice(pos));
  const indent = indentAt(s, pos);
  if (indent > 3) return true;
  const rest = s.slice(pos + indent);
  let end = 0;
  while (rest[end] === leaf.marker[0]) end++;
  return end < leaf.marker.length || !isBlank(rest, end);
}

function openBlock(leaf: Extract<Leaf, { kind: "fence" | "html" }>, stack: readonly Container[]): OpenBlock {
  const prefix = stack.map((container) => (container.quote ? "> " : " ".repeat(container.width))).join("");
  if (leaf.kind === "fence") return { kind: "fence", opener: leaf.marker, line: leaf.line, start: leaf.start, closer: leaf.marker, prefix };
  return { kind: leaf.opener === "<!--" ? "comment" : "html", opener: leaf.opener, line: leaf.line, start: leaf.start, closer: leaf.closer, prefix };
}
