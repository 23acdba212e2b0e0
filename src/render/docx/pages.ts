/**
 * A cheap page estimate, kept while the draft is written, for the page numbers of the table of
 * contents. docx/layout lays out every line as Word would, which costs about 150 ms a page; this
 * breaks text into lines by Arial's character widths and adds up line heights and spacing before
 * and after, which costs next to nothing, and is checked against LibreOffice's pages in the tests.
 */
import { asciiAdvances, breakablePieces, textWidth, twipsOf } from "./widths.js";

export type Orientation = "portrait" | "landscape";

/** US Letter, as the RCM's member countries print; margins of 1 inch (portrait) and 0.75 inch (landscape), in twips. */
export const PAGE = {
  width: 12240,
  height: 15840,
  portrait: { margin: 1440, text: 12240 - 2 * 1440, body: 15840 - 2 * 1440 },
  landscape: { margin: 1080, text: 15840 - 2 * 1080, body: 12240 - 2 * 1080 },
} as const;

/**
 * The height of a line of Arial in ems: LibreOffice spaces lines by the font's ascent, descent and
 * line gap (1854 + 434 + 67 of 2048 units in Liberation Sans, Arial's metrics).
 */
const ARIAL_LINE = 1.15;

/**
 * Twips of one line at `size` half-points and `spacing` times single line spacing, unrounded:
 * LibreOffice adds up the fractions, and the last line of a page filled with lines of 265.65
 * twips fits where lines of 266 would not.
 */
export function lineHeight(size: number, spacing = 1): number {
  return size * 10 * ARIAL_LINE * spacing;
}

/** Twips of one line of body text (10.5 pt at 1.1 line spacing) and of table text (9 pt, single). */
const LINE = lineHeight(21, 1.1);
/** Twips of a body line, for a writer that weighs what it writes before it writes it. */
export const LINE_HEIGHT = LINE;
const TABLE_LINE = lineHeight(18);
/** A line of a footnote (9 pt, single), and the rule LibreOffice draws above a page's first: it takes 83 to 120 twips. */
const FOOTNOTE_LINE = lineHeight(18);
const FOOTNOTE_RULE = 110;
/** A cell's top and bottom margins (xml.ts, 30 twips each) and a half-point border. */
const ROW_PADDING = 70;
/** Each heading level's size in half-points and spacing before and after in twips, as styles.ts sets them. */
const HEADINGS = {
  1: { size: 32, before: 360, after: 160 }, 2: { size: 26, before: 280, after: 100 }, 3: { size: 22, before: 240, after: 80 }, 4: { size: 21, before: 200, after: 60 },
} as const;

/** A heading's level: 1 and 2 are in the contents, 4 is the narrative's deepest. */
export type HeadingLevel = keyof typeof HEADINGS;

/**
 * How many lines `text` takes in `width` twips at `size` half-points: its words laid one after
 * another, a line as full as it will go, as Word and LibreOffice lay them, from Arial's widths.
 */
export function linesOf(text: string, width: number, size: number, bold = false): number {
  const space = textWidth(" ", size, bold);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    const line = new LineFiller(width, space);
    if (NOT_ASCII.test(paragraph)) fillWords(line, paragraph, size, bold);
    else fillAsciiWords(line, paragraph, size, asciiAdvances(bold));
    lines += line.lines;
  }
  return lines;
}

const NOT_ASCII = /[^\x00-\x7f]/;

/** Lays pieces of words one after another on lines `width` twips wide. */
class LineFiller {
  lines = 1;
  private x = 0;

  constructor(private readonly width: number, private readonly space: number) {}

  /** A piece `pieceWidth` twips wide; `startsWord` when a space goes before it on a line. */
  place(pieceWidth: number, startsWord: boolean): void {
    const gap = startsWord && this.x > 0 ? this.space : 0;
    if (this.x > 0 && this.x + gap + pieceWidth > this.width) {
      this.lines++;
      this.x = pieceWidth;
    } else this.x += gap + pieceWidth;
    // A piece wider than the line is broken wherever the line ends.
    for (; this.x > this.width; this.x -= this.width) this.lines++;
  }
}

function fillWords(line: LineFiller, paragraph: string, size: number, bold: boolean): void {
  // A no-break space joins the words either side.
  for (const word of paragraph.split(/[^\S\u00a0]+/)) {
    if (word === "") continue;
    const pieces = breakablePieces(word);
    for (let i = 0; i < pieces.length; i++) line.place(textWidth(pieces[i]!, size, bold), i === 0);
  }
}

/**
 * fillWords for a paragraph of ASCII, read a character at a time: most of a plan's cells are, and
 * splitting them into words and pieces was a tenth of building a 10,000-action draft.
 */
function fillAsciiWords(line: LineFiller, paragraph: string, size: number, advances: Readonly<Uint16Array>): void {
  let thousandths = 0;
  let inWord = false;
  let startsWord = false;
  let previous = 0;
  for (let i = 0; i <= paragraph.length; i++) {
    const code = i < paragraph.length ? paragraph.charCodeAt(i) : 32;
    if (code === 32 || (code >= 9 && code <= 13)) {
      if (inWord) line.place(twipsOf(thousandths, size), startsWord);
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      startsWord = true;
      thousandths = 0;
    } else if ((previous === 45 || previous === 47) && isAsciiLetter(code)) {
      // After a hyphen or slash before a letter, as breakablePieces.
      line.place(twipsOf(thousandths, size), startsWord);
      startsWord = false;
      thousandths = 0;
    }
    thousandths += advances[code]!;
    previous = code;
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * The lines of a paragraph of `lines` lines that a heading over it keeps with: all of one of up to
 * three lines, which LibreOffice's widow and orphan control moves whole, else its first two.
 */
export function linesKeptWith(lines: number): number {
  return lines <= 3 ? lines : 2;
}

/**
 * The height in twips of a table kept on one page: its rows, each counted with the border above
 * it, and the border under the last.
 */
export function tableHeight(rowHeights: readonly number[]): number {
  return rowHeights.reduce((sum, height) => sum + height, BORDER);
}

/** A half-point border. */
const BORDER = 10;

/** The height of a table row in twips, from its tallest cell: `texts` in columns of `widths` twips. */
export function rowHeight(texts: readonly string[], widths: readonly number[]): number {
  return Math.max(...texts.map((text, i) => linesOf(text, (widths[i] ?? widths[0]!) - 140, 18))) * TABLE_LINE + ROW_PADDING;
}

export class PageEstimate {
  /** The page the body is on, from 1. */
  page = 0;
  private used = 0;
  /**
   * The space under the last paragraph, counted in its lines, where a narrative paragraph or list
   * says so: LibreOffice puts the larger of it and a heading's space before between them, not both.
   */
  private spaceAfter = 0;
  /** The last page given a footnote, which has the rule above its footnotes. */
  private footnotePage = 0;
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
    this.spaceAfter = 0;
    this.body = PAGE[orientation].body;
    this.text = PAGE[orientation].text;
  }

  pageBreak(): void {
    this.page++;
    this.used = 0;
    this.spaceAfter = 0;
  }

  /** Flowing text of `lines` body lines, `spaceAfter` twips of them the space under its last paragraph: it runs on to the next pages. */
  advance(lines: number, spaceAfter = 0): void {
    this.spaceAfter = spaceAfter;
    this.used += lines * LINE;
    // The space under the last paragraph may fall past the page's foot, as LibreOffice lets it.
    while (this.used - spaceAfter > this.body) {
      this.page++;
      this.used -= this.body;
    }
  }

  /** A footnote of `lines` lines at the foot of the page: the text above it has that less room. */
  footnote(lines: number): void {
    const rule = this.footnotePage === this.page ? 0 : FOOTNOTE_RULE;
    this.footnotePage = this.page;
    this.advance((rule + lines * FOOTNOTE_LINE) / LINE, this.spaceAfter);
  }

  /**
   * A heading of `text` keeps with the next `keepLines` lines: it starts a page when they would not
   * fit. Three lines and a half, unless told: LibreOffice moved an action's heading with a
   * description of two lines and a table after it, where three left 23 twips to spare (shipped
   * plan, English draft).
   */
  heading(level: HeadingLevel, text: string, newPage = false, keepLines = 3.5): void {
    const { before } = HEADINGS[level];
    const body = this.headingHeight(level, text) - before;
    const above = before - Math.min(this.spaceAfter, before);
    this.spaceAfter = 0;
    const moves = this.used > 0 && this.used + above + body + keepLines * LINE > this.body;
    if (this.used > 0 && (newPage || moves)) this.pageBreak();
    if (level < 3) this.headingPages.push(this.page);
    // Moved on by the lines it keeps with, it starts the page without its space before, as LibreOffice lays it.
    this.used += (moves && !newPage ? 0 : above) + body;
  }

  /** The height in twips of a heading of `text`, its spacing before and after included. */
  headingHeight(level: HeadingLevel, text: string): number {
    const { size, before, after } = HEADINGS[level];
    return before + linesOf(text, this.text, size, true) * lineHeight(size, 1.1) + after;
  }

  /** Twips left on the current page, and on a page of the current section with nothing on it yet. */
  get room(): { left: number; page: number } {
    return { left: this.body - this.used, page: this.body };
  }

  /**
   * A table row that does not split: it moves to a new page, under the repeated header, when it
   * does not fit, or when the `keepWith` twips of the row it keeps with (an objective's first
   * action) would not fit after it.
   */
  row(height: number, header: number, keepWith = 0): void {
    this.spaceAfter = 0;
    if (this.used + height + keepWith > this.body && this.used > header) {
      this.pageBreak();
      this.used = header;
    }
    this.used += height;
  }

  /** A table row that may split: it runs on over the next pages, under the repeated header. */
  splitRow(height: number, header: number): void {
    this.spaceAfter = 0;
    this.used += height;
    while (this.used > this.body) {
      this.page++;
      this.used = header + this.used - this.body;
    }
  }

  /**
   * The page of each heading the contents list, in order, given the pages the contents take: the
   * contents page was counted as one, and each more page pushes everything after them.
   */
  contentsPages(contentsLength: number): number[] {
    return this.headingPages.map((page) => page + contentsLength - 1);
  }

  /** Space after a table or a list. */
  gap(twips: number): void {
    this.spaceAfter = 0;
    this.used = Math.min(this.body, this.used + twips);
  }
}
