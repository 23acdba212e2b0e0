/**
 * A cheap page estimate, kept while the draft is written, for the page numbers of the table of
 * contents. docx/layout lays out every line as Word would, which costs about 150 ms a page; this
 * counts lines from text lengths and column widths, which costs nothing, and is checked against
 * LibreOffice's pages in the tests.
 */
export type Orientation = "portrait" | "landscape";

/** US Letter, as the RCM's member countries print; margins of 1 inch (portrait) and 0.75 inch (landscape), in twips. */
export const PAGE = {
  width: 12240,
  height: 15840,
  portrait: { margin: 1440, text: 12240 - 2 * 1440, body: 15840 - 2 * 1440 },
  landscape: { margin: 1080, text: 15840 - 2 * 1080, body: 12240 - 2 * 1080 },
} as const;

/** Twips of one line of body text (10.5 pt Arial at 1.1 line spacing) and of table text (9 pt, single). */
export const LINE = 270;
export const TABLE_LINE = 216;
const TOC_ENTRY = 330;
const HEADING_LINES = [0, 3.4, 2.6, 2.2] as const;

/** How many lines `text` takes in `width` twips at `size` half-points (Arial averages a little under half an em a character). */
export function linesOf(text: string, width: number, size: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * 10 * 0.46)));
  let lines = 0;
  for (const paragraph of text.split("\n")) lines += Math.max(1, Math.ceil(paragraph.length / perLine));
  return lines;
}

export class PageEstimate {
  /** The page the body is on, from 1. */
  page = 0;
  private used = 0;
  private body: number = PAGE.portrait.body;
  private text: number = PAGE.portrait.text;
  /** The page each heading of levels 1 and 2 starts on, in order: the table of contents lists those. */
  readonly headingPages: number[] = [];

  /** The width of the text, in twips, of the current section. */
  get textWidth(): number {
    return this.text;
  }

  section(orientation: Orientation): void {
    this.page++;
    this.used = 0;
    this.body = PAGE[orientation].body;
    this.text = PAGE[orientation].text;
  }

  pageBreak(): void {
    this.page++;
    this.used = 0;
  }

  /** Flowing text of `lines` body lines: it runs on to the next pages. */
  advance(lines: number): void {
    this.used += lines * LINE;
    while (this.used > this.body) {
      this.page++;
      this.used -= this.body;
    }
  }

  /** A heading keeps with the next lines: it starts a page when they would not fit. */
  heading(level: 1 | 2 | 3): void {
    const height = HEADING_LINES[level] * LINE;
    if (this.used > 0 && this.used + height + 3 * LINE > this.body) this.pageBreak();
    if (level < 3) this.headingPages.push(this.page);
    this.used += height;
  }

  /** A table row that does not split: it moves to a new page, under the repeated header, when it does not fit. */
  row(height: number, header: number): void {
    if (this.used + height > this.body && this.used > header) {
      this.pageBreak();
      this.used = header;
    }
    this.used += height;
  }

  /**
   * The page of each heading the contents list, in order. The contents page was counted as one;
   * a longer table of contents pushes everything after it.
   */
  contentsPages(entries: number): number[] {
    const shift = Math.floor((entries * TOC_ENTRY + 2 * LINE) / PAGE.portrait.body);
    return this.headingPages.map((page) => page + shift);
  }

  /** Space after a table or a list. */
  gap(twips: number): void {
    this.used = Math.min(this.body, this.used + twips);
  }
}
