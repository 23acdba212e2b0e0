import type { Range } from "../diagnostics/diagnostic.js";

/** Offsets to 1-based line and column, counting columns in UTF-16 code units as editors do. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.starts[low]! + 1 };
  }

  range(start: number, end: number): Range {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  /** The range from `start` to the end of its line (without the line break). */
  restOfLine(start: number, limit = this.text.length): Range {
    let end = start;
    while (end < limit && this.text[end] !== "\n" && this.text[end] !== "\r") end++;
    return this.range(start, end);
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
