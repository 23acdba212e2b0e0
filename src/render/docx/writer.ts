/**
 * Collects the draft as docx builds it: sections of a page orientation, numbered headings,
 * footnotes and list instances, and what the page estimate needs to know about each block.
 */
import { Bookmark, HeadingLevel, PageBreak, Paragraph, TableOfContents, TextRun, type FileChild, type ParagraphChild } from "docx";
import { inlineRuns, plainInline } from "./inline.js";
import { PageEstimate, type Orientation } from "./pages.js";

export interface DraftSection {
  orientation: Orientation;
  children: FileChild[];
}

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

export class DocxWriter {
  readonly sections: DraftSection[] = [];
  readonly footnotes: Record<string, { children: Paragraph[] }> = {};
  readonly pages = new PageEstimate();
  /** The headings the table of contents lists, in order. */
  private readonly contents: { title: string; level: number; href: string }[] = [];
  private footnoteCount = 0;
  private listCount = 0;
  private chapter = 0;
  private subchapter = 0;
  /** "A" while the annexes are written: their headings read "Annex A", "A.1". */
  private annexLetter: string | undefined;
  private annexWord = "";

  /** Starts a section on a new page. */
  section(orientation: Orientation): void {
    this.sections.push({ orientation, children: [] });
    this.pages.section(orientation);
  }

  /** Adds blocks to the current section; `lines` is their height in body lines, for the page estimate. */
  add(children: FileChild | FileChild[], lines: number): void {
    const current = this.sections[this.sections.length - 1];
    if (!current) throw new Error("add before section");
    current.children.push(...(Array.isArray(children) ? children : [children]));
    this.pages.advance(lines);
  }

  /** Goes on on a new page of the same section. */
  pageBreakBefore(): void {
    this.add(new Paragraph({ children: [new PageBreak()] }), 0);
    this.pages.pageBreak();
  }

  /**
   * A heading, numbered 1, 1.1 (or "Annex A", A.1) at levels 1 and 2, which the contents list;
   * level 3 keeps its own number. `plain` is its text without Markdown, when given as runs.
   */
  heading(level: 1 | 2 | 3, content: string | ParagraphChild[], plain?: string): void {
    const prefix = this.number(level);
    const runs = typeof content === "string" ? inlineRuns(content) : content;
    const children = prefix === "" ? runs : [new TextRun(`${prefix}\u2002`), ...runs];
    this.pages.heading(level);
    if (level === 3) {
      this.add(new Paragraph({ heading: LEVELS[level - 1], children }), 0);
      return;
    }
    const text = plain ?? (typeof content === "string" ? plainInline(content) : "");
    const bookmark = `_Toc${this.contents.length + 1}`;
    this.contents.push({ title: prefix === "" ? text : `${prefix}\u2002${text}`, level, href: bookmark });
    this.add(new Paragraph({ heading: LEVELS[level - 1], children: [new Bookmark({ id: bookmark, children })] }), 0);
  }

  /**
   * The table of contents, filled in with the headings and their estimated pages. It is written
   * clean, so Word shows it as it is without asking to update fields, and stays a TOC field that
   * Word's "Update table" rebuilds.
   */
  tableOfContents(title: string): TableOfContents {
    const pages = this.pages.contentsPages(this.contents.length);
    const entries = this.contents.map((entry, i) => ({ ...entry, page: pages[i] }));
    return new TableOfContents(title, { hyperlink: true, headingStyleRange: "1-2", cachedEntries: entries, beginDirty: false });
  }

  /** From here on, level-1 headings are annexes: "Annex A: …", "Annex B: …". */
  startAnnexes(word: string): void {
    this.annexWord = word;
    this.annexLetter = "";
  }

  private number(level: 1 | 2 | 3): string {
    if (level === 3) return "";
    if (level === 1) {
      this.chapter++;
      this.subchapter = 0;
      if (this.annexLetter === undefined) return `${this.chapter}.`;
      this.annexLetter = String.fromCharCode(this.annexLetter === "" ? 65 : this.annexLetter.charCodeAt(0) + 1);
      return `${this.annexWord} ${this.annexLetter}:`;
    }
    this.subchapter++;
    return this.annexLetter === undefined ? `${this.chapter}.${this.subchapter}` : `${this.annexLetter}.${this.subchapter}`;
  }

  /** A footnote's Word id; its paragraphs go into the document's footnotes part. */
  footnote(children: Paragraph[]): number {
    const id = ++this.footnoteCount;
    this.footnotes[String(id)] = { children };
    return id;
  }

  /** A fresh numbering instance, so each numbered list starts again at 1. */
  listInstance(): number {
    return ++this.listCount;
  }
}
