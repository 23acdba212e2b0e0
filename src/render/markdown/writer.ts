import { Slugger } from "./anchors.js";
import { plainInline } from "./narrative.js";

interface HeadingEntry {
  depth: number;
  text: string;
  /** The heading's line as written, to link to from the contents. */
  markdown: string;
  inContents: boolean;
}

/**
 * Collects the draft's blocks (separated by one blank line) and its headings, so that the
 * contents, written last, can link to anchors counted over the whole document.
 */
export class DraftWriter {
  private readonly blocks: string[] = [];
  private readonly headings: HeadingEntry[] = [];

  /** A heading; `inContents` puts it in the contents list. */
  heading(depth: number, markdown: string, inContents = false): void {
    this.blocks.push(`${"#".repeat(depth)} ${markdown}`);
    this.headings.push({ depth, text: plainInline(markdown), markdown, inContents });
  }

  /** Headings that arrive inside a block of Markdown (the narrative), to count their anchors. */
  foreignHeadings(headings: readonly { depth: number; text: string }[]): void {
    for (const heading of headings) this.headings.push({ ...heading, markdown: heading.text, inContents: false });
  }

  block(lines: string | readonly string[]): void {
    const text = typeof lines === "string" ? lines : lines.join("\n");
    if (text.trim() !== "") this.blocks.push(text);
  }

  /**
   * The document: `before` (the title block), a contents list under `contentsTitle` linking every
   * heading marked for it, then the blocks. Lines end without spaces; the file ends with one newline.
   */
  finish(before: readonly string[], contentsTitle: string): string {
    const slugger = new Slugger();
    for (const line of before) if (/^#{1,6} /.test(line)) slugger.slug(plainInline(line.replace(/^#+ /, "")));
    slugger.slug(contentsTitle);
    const contents = this.headings.flatMap((heading) => {
      const anchor = slugger.slug(heading.text);
      return heading.inContents ? [`${"  ".repeat(Math.max(0, heading.depth - 2))}- [${heading.text}](#${anchor})`] : [];
    });
    const all = [before.join("\n"), `## ${contentsTitle}`, contents.join("\n"), ...this.blocks];
    return `${all.filter((b) => b !== "").join("\n\n").split("\n").map((line) => line.trimEnd()).join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
  }
}
