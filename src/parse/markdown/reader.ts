import type { Node } from "mdast";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { makeDiagnostic, type DiagnosticExtras } from "../../diagnostics/make.js";
import { LineIndex } from "../positions.js";
import { SourceMap, type Span } from "./source-map.js";

/** What every step of reading a Markdown matrix shares: the text, the map it fills, the problems found. */
export class Reader {
  readonly lines: LineIndex;
  readonly map: SourceMap;
  readonly diagnostics: Diagnostic[] = [];

  /** `recordPlaces` false: `map` keeps nothing (see SourceMap). */
  constructor(readonly file: string, readonly text: string, recordPlaces = true) {
    this.lines = new LineIndex(text);
    this.map = new SourceMap(this.lines, recordPlaces);
  }

  report(code: string, message: string, at: Span, extras: DiagnosticExtras = {}): void {
    this.diagnostics.push(makeDiagnostic(code, message, this.file, this.lines.range(at.start, at.end), extras));
  }

  /** A node's first line only, for diagnostics on blocks that span many lines (a table, a list). */
  firstLine(node: Node): Span {
    return this.lineFrom(spanOf(node).start);
  }

  /** From `start` to the end of its line. */
  lineFrom(start: number): Span {
    return { start, end: this.lines.lineEnd(start) };
  }
}

/** The offsets of a node parsed with positions (remark always gives them). */
export function spanOf(node: Node): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
