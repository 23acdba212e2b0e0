import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import type { Lang } from "../model/text.js";

export type PathSegment = string | number;

/** Text to put in place of `text.slice(start, end)`, in the text as read: a CRLF is one LF there. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  /**
   * What plan fmt says it cannot do, and why, where the text the edit makes would not read, before
   * the error it would meet; where not said, `write the lines here as the table they were pasted
   * as: written so, they would not read`.
   */
  undone?: string;
}
export type DataPath = readonly PathSegment[];

/**
 * A parsed plan or group file: plain data plus the way back from a data path to the source.
 * YAML and Markdown files both produce one, so validation never knows which it had.
 */
export interface ParsedDocument {
  /** Relative to the working directory, forward slashes. */
  file: string;
  kind: "yaml" | "markdown";
  /**
   * Plain data (objects and lists whose only keys are enumerable strings and indices), or
   * undefined when the file could not be parsed at all. The schema check's value may share its
   * parts (schema-check.ts): neither is changed once made.
   */
  value: unknown;
  /**
   * Where `path` is in the source. `part: "key"` asks for the key that names it.
   * Falls back to the nearest ancestor that exists, then to the start of the file.
   */
  locate(path: DataPath, part?: "key" | "value"): Range;
  diagnostics: Diagnostic[];
  /**
   * Fields a reader could not read where they may be written (a Markdown table's misspelt column,
   * under the objective's path): a rule's "missing" finding for one of them is not said there, as
   * the reader's own error already says what to fix.
   */
  unread?: readonly { under: DataPath; fields: ReadonlySet<string> }[];
  /**
   * A Markdown matrix's language: that of its headings and unlabelled texts, which hints name
   * labels in and the writer keeps. YAML has none.
   */
  lang?: Lang;
  /**
   * Edits that make a file at fault read as it was meant, where that is beyond doubt (a Markdown
   * table pasted from a spreadsheet, written as a pipe table; a pipe table's column of row numbers
   * under an empty heading, deleted): `plan fmt` applies them.
   */
  fixes?: readonly TextEdit[];
}

export function formatPath(path: DataPath): string {
  return path.join(".");
}

/** The paths above a formatted path, outermost first: `objectives`, `objectives.0`, … of `objectives.0.actions.1`. */
export function* pathsAbove(path: string): Generator<string> {
  for (let dot = path.indexOf("."); dot >= 0; dot = path.indexOf(".", dot + 1)) yield path.slice(0, dot);
}
