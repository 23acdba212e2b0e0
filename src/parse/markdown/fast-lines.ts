import type { Paragraph, Text } from "mdast";
import type { Point, Position } from "unist";

/** A block the scanner read and the line after it. */
export interface Block<T> {
  node: T;
  next: number;
}

/** The text cut into lines, with the places remark would give (1-based line and column, 0-based offset). */
export class SourceLines {
  readonly lines: string[];
  private readonly starts: number[];
  private readonly ends: (Point | undefined)[];

  constructor(readonly text: string) {
    this.lines = text.split("\n");
    this.starts = new Array<number>(this.lines.length);
    this.ends = new Array<Point | undefined>(this.lines.length);
    let offset = 0;
    for (let line = 0; line < this.lines.length; line++) {
      this.starts[line] = offset;
      offset += this.lines[line]!.length + 1;
    }
  }

  get count(): number {
    return this.lines.length;
  }

  line(index: number): string {
    return this.lines[index]!;
  }

  lineStart(line: number): number {
    return this.starts[line]!;
  }

  /** The offset where `line` ends, before its line break. */
  lineEnd(line: number): number {
    return this.starts[line]! + this.lines[line]!.length;
  }

  /** The point at 0-based `column` of 0-based `line`. */
  point(line: number, column: number): Point {
    return { line: line + 1, column: column + 1, offset: this.starts[line]! + column };
  }

  /** The point at the end of `line`, where most blocks end: made once and shared by them all. */
  endOf(line: number): Point {
    return (this.ends[line] ??= this.point(line, this.lines[line]!.length));
  }

  /** From `column` of `line` to the end of `lastLine`. */
  span(line: number, column: number, lastLine = line): Position {
    return { start: this.point(line, column), end: this.endOf(lastLine) };
  }

  /** The source between two points, for the placeholder inline nodes. */
  slice(position: Position): string {
    return this.text.slice(position.start.offset ?? 0, position.end.offset ?? 0);
  }

  /** A text node holding the raw source of `position`: readers look only at where it is. */
  textNode(position: Position): Text {
    return { type: "text", value: this.slice(position), position };
  }

  /** A paragraph whose content is one placeholder text node. */
  paragraph(position: Position): Paragraph {
    return { type: "paragraph", children: [this.textNode(position)], position };
  }
}

/**
 * A line (without its indentation) that could start or interrupt a block other than a paragraph:
 * heading, list item, setext underline, block quote, HTML, fenced code, table or delimiter row,
 * thematic break, link or footnote definition. Some of these would be plain text where they
 * stand; refusing them costs only speed. Emphasis (`*a*`, `_a_`), code (`` `a` ``) and a link
 * (`[a](b)`, which cannot be a definition) at the start of a line are plain paragraph text.
 */
const BLOCK_START = /^(?:[#>+=~|:<-]|\d+[.)]|\*(?: |$)|```|\[(?![^[\]\\^]*\]\())/;
const THEMATIC_BREAK = /^[*_ ]+$/;

export function startsBlock(rest: string): boolean {
  return BLOCK_START.test(rest) || THEMATIC_BREAK.test(rest);
}

/** `## Title`: one to six `#`, then nothing or spaces and the content (spaces at the end trimmed first). */
export const ATX_HEADING = /^(#{1,6})(?:( +)(.*))?$/;

export function isAtxHeading(line: string): boolean {
  return ATX_HEADING.test(trimEndSpaces(line));
}

/** An empty line or one of spaces only: both end a paragraph and separate blocks. */
export function isBlank(line: string): boolean {
  return leadingSpaces(line) === line.length;
}

/** `line` without the spaces at its end, which remark keeps in a block's place but not in its content. */
export function trimEndSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  return line.slice(0, end);
}

export function leadingSpaces(line: string): number {
  let count = 0;
  while (count < line.length && line.charCodeAt(count) === 32) count++;
  return count;
}
