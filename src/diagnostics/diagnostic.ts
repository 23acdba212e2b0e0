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
