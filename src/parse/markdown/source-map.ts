import type { Range } from "../../diagnostics/diagnostic.js";
import type { DataPath } from "../document.js";
import type { LineIndex } from "../positions.js";

export interface Span {
  start: number;
  end: number;
}

/** Data paths of the Markdown body to the offsets they were read from, value and key apart. */
export class SourceMap {
  private readonly values = new Map<string, Span>();
  private readonly keys = new Map<string, Span>();

  constructor(private readonly lines: LineIndex) {}

  add(path: DataPath, value: Span, key?: Span): void {
    const id = pathKey(path);
    if (!this.values.has(id)) this.values.set(id, value);
    if (key && !this.keys.has(id)) this.keys.set(id, key);
  }

  /** The range of `path`, else of its nearest ancestor that was read; undefined when none was. */
  find(path: DataPath, part: "key" | "value"): Range | undefined {
    for (let length = path.length; length > 0; length--) {
      const id = pathKey(path.slice(0, length));
      const span = (part === "key" && length === path.length ? this.keys.get(id) : undefined) ?? this.values.get(id);
      if (span) return this.lines.range(span.start, span.end);
    }
    return undefined;
  }

  range(span: Span): Range {
    return this.lines.range(span.start, span.end);
  }
}

function pathKey(path: DataPath): string {
  return path.join("\u0000");
}

/** A range moved down by `lines` lines: the front matter's YAML starts below the opening `---`. */
export function shiftRange(range: Range, lines: number): Range {
  return { ...range, line: range.line + lines, endLine: range.endLine + lines };
}
