import { Slugger } from "./anchors.js";
import { literal } from "./blocks.js";
import { plainInline } from "./narrative.js";

interface HeadingEntry {
  depth: number;
  text: string;
  inContents: boolean;
  /** What links name the heading by (an action's number: a link label, so no brackets), where something links to it. */
  key?: string;
}

/**
 * Collects the draft's blocks (separated by one blank line) and its headings, so that the
 * contents, written last, can link to anchors counted over the whole document.
 */
export class DraftWriter {
  private readonly blocks: { text: string; verbatim: boolean }[] = [];
  private readonly headings: HeadingEntry[] = [];
  /** The keys linkTo has linked to: the draft ends with their definitions. */
  private readonly linked = new Set<string>();

  /** A heading; `inContents` puts it in the contents list; `key` is what linkTo names it by. */
  heading(depth: number, markdown: string, inContents = false, key?: string): void {
    // A title ending in " #" would end in a closing sequence, which readers drop: "C# #" would read "C#".
    const kept = markdown.replace(/(^|[ \t])(#+)$/, "$1\\$2");
    this.blocks.push({ text: `${"#".repeat(depth)} ${kept}`, verbatim: false });
    this.headings.push({ depth, text: plainInline(kept), inContents, ...(key === undefined ? {} : { key }) });
  }

  /**
   * A link to the heading given `key`, before or after this point: a reference link whose label
   * is the key, defined at the end of the draft, where the anchor is known (counted over the
   * whole document as readers count them). A large plan's annexes link tens of thousands of
   * times; each anchor is its heading's whole title, written once this way, and a retitled
   * action changes one definition rather than every line that links to it. Keys are told apart
   * as labels are: in any case. Where the text is the key, the link is `[1.2.3][]`, which says it once.
   */
  linkTo(key: string, text: string): string {
    this.linked.add(key);
    return text === key ? `[${text}][]` : `[${text}][${key}]`;
  }

  /**
   * Headings that arrive inside a block of Markdown (the narrative), to count their anchors; those
   * at `contentsDepth` or above go in the contents too, as the Word draft lists them.
   */
  foreignHeadings(headings: readonly { depth: number; text: string }[], contentsDepth = 0): void {
    for (const heading of headings) this.headings.push({ ...heading, inContents: heading.depth <= contentsDepth });
  }

  block(lines: string | readonly string[]): void {
    const text = typeof lines === "string" ? lines : lines.join("\n");
    if (text.trim() !== "") this.blocks.push({ text, verbatim: false });
  }

  /**
   * The author's own Markdown (a narrative section, placed: placeNarrative), written as it is:
   * a code block's trailing spaces and blank lines are its own.
   */
  verbatim(markdown: string): void {
    if (markdown.trim() !== "") this.blocks.push({ text: markdown, verbatim: true });
  }

  /**
   * The document, in pieces to be written one after another: `before` (the title block), a
   * contents list under `contentsTitle` linking every heading marked for it, then the blocks.
   * Lines end without spaces, blank lines never repeat, but in the author's Markdown (verbatim),
   * which keeps them where they mean something; the file ends with one newline. Pieces
   * end at line ends, so no piece splits a character. A 10,000-action draft is tens of
   * megabytes: it is never one string.
   */
  *finish(before: readonly string[], contentsTitle: string): Generator<string> {
    const layout = new LineLayout();
    yield layout.lines(before.join("\n"));
    yield layout.lines(`## ${contentsTitle}`);
    const anchors = new Map<string, string>();
    yield layout.lines(this.contents(before, contentsTitle, anchors).join("\n"));
    for (const { text, verbatim } of this.blocks) yield verbatim ? layout.verbatim(text) : layout.lines(text);
    // The link definitions, where Markdown's usually stand; the narrative's own labels are prefixed (placeNarrative), so none is a key.
    yield layout.lines([...anchors].flatMap(([key, anchor]) => (this.linked.has(key) ? [`[${key}]: #${anchor}`] : [])).join("\n"));
    yield "\n";
  }

  /**
   * The contents lines, with anchors counted as readers count them: title block, contents, then
   * every heading in order; `anchors` gets each keyed heading's.
   */
  private contents(before: readonly string[], contentsTitle: string, anchors: Map<string, string>): string[] {
    const slugger = new Slugger();
    for (const line of before) if (/^#{1,6} /.test(line)) slugger.slug(plainInline(line.replace(/^#+ /, "")));
    slugger.slug(contentsTitle);
    return this.headings.flatMap((heading) => {
      const anchor = slugger.slug(heading.text);
      if (heading.key !== undefined) anchors.set(heading.key, anchor);
      // The heading's plain text, escaped: a title's "[" or "<b>" would otherwise break its entry's link.
      // A heading with no text (a narrative's `## ` alone) is listed by no entry, which would be an empty link.
      return heading.inContents && heading.text.trim() !== "" ? [`${"  ".repeat(Math.max(0, heading.depth - 2))}- [${literal(heading.text)}](#${anchor})`] : [];
    });
  }
}

// Whitespace (which takes in the newline of a blank line) before a newline or at the end; a blank first line.
const UNTIDY = /\s\n|\s$|^\n|^$/;

/**
 * Lays blocks out one after another as if they were joined by a blank line and then tidied as a
 * whole: every line trimmed at its end, runs of blank lines made one, the start trimmed. Trailing
 * blank lines are never written, so the end needs only its newline.
 */
class LineLayout {
  private started = false;
  private blank = false;

  /** The text `block` adds to what was laid out before it. */
  lines(block: string): string {
    // Most blocks need nothing tidied: no line ending in whitespace, no blank line.
    if (this.started && !UNTIDY.test(block)) return `\n\n${block}`;
    let out = "";
    // Blocks are separated by a blank line.
    this.blank = this.started;
    for (const raw of block.split("\n")) {
      let line = raw.trimEnd();
      if (line === "") {
        this.blank = this.started;
        continue;
      }
      if (!this.started) {
        line = line.trimStart();
        this.started = true;
      } else out += this.blank ? "\n\n" : "\n";
      out += line;
      this.blank = false;
    }
    return out;
  }

  /** The text `block` adds as it is, after a blank line. */
  verbatim(block: string): string {
    const out = this.started ? `\n\n${block}` : block;
    this.started = true;
    this.blank = false;
    return out;
  }
}
