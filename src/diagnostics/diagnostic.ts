export type Severity = "error" | "warning" | "info";

/** 1-based, end inclusive of the last character's column + 1 (as editors and SARIF count). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface RelatedPlace {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The one record every stage reports problems with. `file` is relative, with forward slashes. */
export interface Diagnostic extends Range {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  /** The data path, dot-separated: `objectives.0.actions.1.lead`. */
  path?: string;
  hint?: string;
  related?: RelatedPlace[];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const START_OF_FILE: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Code-unit comparison: the same order on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The one order of diagnostics: file, line, column, code, message. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  );
}

/**
 * How many findings of one code a line tells each; the last of them says how many more the line
 * holds. A Markdown row's Lead and Partners cells name a few parties each: ten unknown ones on a
 * row are each told, more are a flood.
 */
export const TOLD_PER_LINE = 10;

/**
 * `diagnostics` (sorted) as a report tells them: past the first TOLD_PER_LINE findings of one code
 * on one line, the rest are counted on the last told (`(and 990 more on this line)`), as
 * control-character counts its own. A Lead cell of a thousand words, or a list of a thousand
 * unknown codes, had made a report of megabytes, a finding each. The summary and the exit code
 * still count every finding, and a baseline still holds each.
 */
export function withoutFloods(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const lines = new Map<string, { told: number; last: number; more: number }>();
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${d.file}\n${d.line}\n${d.code}`;
    const line = lines.get(key) ?? { told: 0, last: -1, more: 0 };
    lines.set(key, line);
    if (line.told === TOLD_PER_LINE) line.more++;
    else {
      line.told++;
      line.last = kept.push(d) - 1;
    }
  }
  for (const { last, more } of lines.values()) if (more > 0) kept[last] = { ...kept[last]!, message: `${kept[last]!.message} (and ${more} more on this line)` };
  return kept;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  const count = (severity: Severity) => diagnostics.filter((d) => d.severity === severity).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info"), files };
}
