import type { Range } from "../diagnostics/diagnostic.js";

/** Offsets to 1-based line and column, counting columns in UTF-16 code units as editors do. */
export class LineIndex {
  /**
   * Where each line starts, found on the first question: most readings ask none (a file without
   * problems), and a loop over every character runs in V8's interpreter that early in a process.
   */
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  private get starts(): number[] {
    if (this.lineStarts === undefined) {
      this.lineStarts = [0];
      for (let at = this.text.indexOf("\n"); at !== -1; at = this.text.indexOf("\n", at + 1)) this.lineStarts.push(at + 1);
    }
    return this.lineStarts;
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.starts;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - starts[low]! + 1 };
  }

  range(start: number, end: number): Range {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  /**
   * The range of a scalar from `start` to `end`, without the white space it ends with: a block
   * scalar (`>-`, `|`) runs on to the start of the next key's line, which is no part of the text.
   */
  scalarRange(start: number, end: number): Range {
    let last = end;
    while (last > start && /\s/.test(this.text[last - 1]!)) last--;
    return this.range(start, last);
  }

  /** The range from `start` to the end of its line (without the line break). */
  restOfLine(start: number, limit = this.text.length): Range {
    return this.range(start, this.lineEnd(start, limit));
  }

  /** Where the line holding `start` ends, before its line break; at most `limit`. Needs no line starts. */
  lineEnd(start: number, limit = this.text.length): number {
    let end = start;
    while (end < limit && this.text[end] !== "\n" && this.text[end] !== "\r") end++;
    return end;
  }

  /** Where the 0-based line `index` starts. */
  lineStart(index: number): number {
    return this.starts[index]!;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
