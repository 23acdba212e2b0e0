/**
 * Writes the draft's body as WordprocessingML, in order, to a sink: sections of a page orientation,
 * numbered headings, footnotes, lists and links, and what the page estimate needs to know about
 * each block.
 */
import type { Heading } from "mdast";
import { contentsLength, tableOfContents } from "./contents.js";
import type { HeadingAnchors } from "./anchors.js";
import type { XmlSink } from "./deflated-xml.js";
import { Hyperlinks, inlineRuns, plainInline, type RunLook } from "./inline.js";
import { PAGE, PageEstimate, type HeadingLevel, type Orientation } from "./pages.js";
import { bookmarked, internalLink, isParagraph, paragraph, TABLE_END, tableStart, textRun, withPageBreakBefore, withSectionProperties } from "./xml.js";

/** Runs written already, and what a reader sees of them. */
export interface Runs {
  xml: string;
  plain: string;
}

/** What a narrative heading adds to a heading of the draft's own. */
export interface HeadingOptions {
  /** The lines of what follows that the heading keeps with, where known (PageEstimate.heading). */
  keepLines?: number;
  /**
   * The narrative's heading it is, bookmarked by its anchor; a heading of the draft's own takes
   * the next of the anchors' (anchors.ts), which are in the order the draft writes its headings.
   */
  narrative?: Heading;
}

/** A list as docx numbers it: its definition ("bullets", "numbered") and which instance of it. */
export interface ListKey {
  reference: string;
  instance: number;
  /** The number the list starts from at its level, where it is not 1 (`4. Fourth step.`). */
  start?: ListStart;
}

export interface ListStart {
  level: number;
  number: number;
}

/** The first section's header and footer, which later sections inherit (relationships.ts numbers them rId6 and rId7). */
export const HEADER_FOOTER = '<w:headerReference w:type="default" r:id="rId6"/><w:footerReference w:type="default" r:id="rId7"/>';
/** List 1 is docx's default bullets (numbering.ts); the lists the draft uses follow in the order they are first used. */
const FIRST_LIST_ID = 2;

export class DocxWriter {
  readonly pages = new PageEstimate();
  /** The web addresses the body links to, and those the footnotes link to. */
  readonly links = new Hyperlinks();
  readonly footnoteLinks = new Hyperlinks();
  /** The headings' bookmarks, which `#anchor` links and actions' numbers go to; set before the first text is written. */
  anchors: HeadingAnchors | undefined;
  /** Each footnote's `<w:footnote>`, in id order from 1. */
  readonly footnotes: string[] = [];
  /** The lists, in the order they are first used, which gives their Word ids (numbering.ts writes them). */
  readonly lists: ListKey[] = [];
  private readonly listIds = new Map<string, number>();
  /** The headings the table of contents lists, in order. */
  private readonly contents: { title: string; level: number; href: string }[] = [];
  /** The last block written, held back: when its section ends, a paragraph carries the section's properties. */
  private pending: string | undefined;
  private orientation: Orientation | undefined;
  /** The next block starts a new page (pageBreakBefore). */
  private breakBefore = false;
  private sections = 0;
  private listCount = 0;
  private bookmarks = 0;
  private annexSection = 0;
  /** "A" while the annexes are written: their headings read "Annex A", "A.1". */
  private annexLetter: string | undefined;
  private annexWord = "";

  constructor(private sink: XmlSink) {}

  /** Starts a section on a new page. */
  section(orientation: Orientation): void {
    if (this.orientation !== undefined) this.endSection();
    this.orientation = orientation;
    // A new section starts a new page of its own.
    this.breakBefore = false;
    this.sections++;
    this.pages.section(orientation);
  }

  /**
   * Adds blocks (paragraphs, tables) to the current section; `lines` is their height in body lines,
   * for the page estimate, and `spaceAfter` the twips of them under the last, where a heading may follow.
   */
  add(blocks: string | readonly string[], lines: number, spaceAfter = 0): void {
    if (this.orientation === undefined) throw new Error("add before section");
    for (const block of typeof blocks === "string" ? [blocks] : blocks) this.hold(block);
    this.pages.advance(lines, spaceAfter);
  }

  /**
   * Adds a table of fixed columns whose rows are written as they come: one of a row per action
   * (the matrices, the Gantt chart) is never held whole.
   */
  addTable(widths: readonly number[], rows: Iterable<string>): void {
    if (this.orientation === undefined) throw new Error("add before section");
    this.release();
    if (this.takeBreak()) this.sink.write(paragraph({ pageBreakBefore: true }));
    this.sink.write(tableStart(widths));
    for (const row of rows) this.sink.write(row);
    this.sink.write(TABLE_END);
  }

  /** Sends what follows to `sink`; what came before stays in the first sink, for a head put together last. */
  divert(sink: XmlSink): void {
    this.release();
    this.sink = sink;
  }

  /** Ends the body with the last section's properties. */
  end(): void {
    this.release();
    this.sink.write(`${this.sectionProperties()}</w:body></w:document>`);
  }

  /** Inline Markdown as runs of the body. */
  runs(markdown: string, look: RunLook = {}): string {
    return inlineRuns(markdown, look, this.links, this.anchors);
  }

  /**
   * Goes on on a new page of the same section: the next block starts one. Not a paragraph that holds
   * a page break: where the page before was full, that paragraph went over onto a page of its own,
   * and its break left that page empty.
   */
  pageBreakBefore(): void {
    this.breakBefore = true;
  }

  /**
   * A heading; levels 1 and 2 are listed in the contents (but for one with no text), and numbered in the annexes ("Annex A",
   * A.1). Levels 3 and 4 keep their own numbers. `content` is inline Markdown, or runs made already;
   * `newPage` starts it on a new page of the same section.
   */
  heading(level: HeadingLevel, content: string | Runs, newPage = false, options: HeadingOptions = {}): void {
    const prefix = this.number(level);
    // "Annex A: Protocol coverage" as a sentence is spaced; "A.1\u2002Actions by…", a bare number, gets an en space.
    const spaced = prefix === "" ? "" : `${prefix}${prefix.endsWith(":") ? " " : "\u2002"}`;
    const runs = typeof content === "string" ? this.runs(content) : content.xml;
    const children = spaced === "" ? runs : textRun(spaced) + runs;
    const text = typeof content === "string" ? plainInline(content) : content.plain;
    const title = spaced + text;
    const broken = this.takeBreak();
    this.pages.heading(level, title, newPage, options.keepLines);
    const props = { style: `Heading${level}`, ...(newPage || broken ? { pageBreakBefore: true } : {}) };
    const bookmark = options.narrative === undefined ? this.anchors?.next() : this.anchors?.of(options.narrative);
    const anchored = (runs: string) => (bookmark === undefined ? runs : this.bookmark(bookmark, runs));
    // A heading with no text (a narrative's `## ` alone) is no entry of the contents: it would be a page number alone.
    if (level > 2 || title.trim() === "") {
      this.add(paragraph(props, anchored(children)), 0);
      return;
    }
    const entry = this.contents.length + 1;
    this.contents.push({ title, level, href: `_Toc${entry}` });
    const id = ++this.bookmarks;
    this.add(paragraph(props, bookmarked(`_Toc${entry}`, id, anchored(children))), 0);
  }

  /** `runs` in bookmark `name`; the contents' and the anchors' bookmarks are counted together for their ids. */
  bookmark(name: string, runs: string): string {
    return bookmarked(name, ++this.bookmarks, runs);
  }

  /** `runs` in the bookmark of the next heading of the draft's own that is written without heading() (the title, the contents'). */
  ownBookmark(runs: string): string {
    const name = this.anchors?.next();
    return name === undefined ? runs : this.bookmark(name, runs);
  }

  /** `text` (an action's number) as a link to the action's details, or as text where the draft has none. */
  actionLink(id: string, text: string, look: RunLook = {}): string {
    const name = this.anchors?.action(id);
    return name === undefined ? textRun(text, look) : internalLink(name, textRun(text, { ...look, style: "Hyperlink" }));
  }

  /** The table of contents, filled in with the headings and their estimated pages. */
  tableOfContents(title: string): string {
    const pages = this.pages.contentsPages(contentsLength(this.contents, this.pages.headingPages));
    return tableOfContents(title, this.contents.map((entry, i) => ({ ...entry, page: pages[i] })));
  }

  /** From here on, level-1 headings are annexes: "Annex A: …", "Annex B: …". */
  startAnnexes(word: string): void {
    this.annexWord = word;
    this.annexLetter = "";
  }

  /** A footnote of `paragraphs`; returns its Word id. */
  footnote(paragraphs: readonly string[]): number {
    const id = this.footnotes.length + 1;
    this.footnotes.push(`<w:footnote w:id="${id}">${paragraphs.join("")}</w:footnote>`);
    return id;
  }

  /** A fresh numbering instance, so each numbered list starts again at 1. */
  listInstance(): number {
    return ++this.listCount;
  }

  /** The Word id of a list ("bullets" is instance 0); `start` where its first number is not 1. */
  listId(reference: string, instance = 0, start?: ListStart): number {
    const key = `${reference}-${instance}`;
    let id = this.listIds.get(key);
    if (id === undefined) {
      id = FIRST_LIST_ID + this.lists.length;
      this.lists.push(start === undefined ? { reference, instance } : { reference, instance, start });
      this.listIds.set(key, id);
    }
    return id;
  }

  /** The current section's `<w:sectPr>`: its page, and for the first the header, footer and a title page. */
  private sectionProperties(): string {
    const orientation = this.orientation ?? "portrait";
    const first = this.sections === 1;
    const landscape = orientation === "landscape";
    const { margin } = PAGE[orientation];
    const size = `<w:pgSz w:w="${landscape ? PAGE.height : PAGE.width}" w:h="${landscape ? PAGE.width : PAGE.height}" w:orient="${orientation}"/>`;
    const margins = `<w:pgMar w:top="${margin}" w:right="${margin}" w:bottom="${margin}" w:left="${margin}" w:header="500" w:footer="500" w:gutter="0"/>`;
    return `<w:sectPr>${first ? HEADER_FOOTER : ""}${size}${margins}<w:pgNumType/>${first ? "<w:titlePg/>" : '<w:titlePg w:val="false"/>'}<w:docGrid w:linePitch="360"/></w:sectPr>`;
  }

  /** Holds `block` back, the block before it written, on a new page where one was asked for. */
  private hold(block: string): void {
    this.release();
    if (!this.takeBreak()) this.pending = block;
    else if (isParagraph(block)) this.pending = withPageBreakBefore(block);
    else {
      // A table cannot start a page itself: an empty paragraph before it does.
      this.sink.write(paragraph({ pageBreakBefore: true }));
      this.pending = block;
    }
  }

  /** Whether a page break was asked for before this block; the page estimate turns the page. */
  private takeBreak(): boolean {
    if (!this.breakBefore) return false;
    this.breakBefore = false;
    this.pages.pageBreak();
    return true;
  }

  /** Writes the block held back. */
  private release(): void {
    if (this.pending !== undefined) this.sink.write(this.pending);
    this.pending = undefined;
  }

  /** A section's properties go in its last paragraph, or in an empty one after a table. */
  private endSection(): void {
    const properties = this.sectionProperties();
    if (this.pending !== undefined && isParagraph(this.pending)) {
      this.sink.write(withSectionProperties(this.pending, properties));
      this.pending = undefined;
    } else {
      this.release();
      this.sink.write(`<w:p><w:pPr>${properties}</w:pPr></w:p>`);
    }
  }

  /**
   * The number a heading carries: annexes and their sections only ("Annex A:", A.1). The chapters
   * before them are not numbered, as in the Markdown draft: the plan numbers its objectives and
   * actions by theme (1.2, 1.2.3), and a chapter 4 holding theme 1 would make "see 4.1" ambiguous.
   */
  private number(level: HeadingLevel): string {
    if (level > 2 || this.annexLetter === undefined) return "";
    if (level === 1) {
      this.annexSection = 0;
      this.annexLetter = String.fromCharCode(this.annexLetter === "" ? 65 : this.annexLetter.charCodeAt(0) + 1);
      return `${this.annexWord} ${this.annexLetter}:`;
    }
    this.annexSection++;
    return `${this.annexLetter}.${this.annexSection}`;
  }
}
