import type { Diagnostic, Summary } from "../diagnostic.js";

export interface FormatOptions {
  color: boolean;
  summary: Summary;
  /** The files that were checked, relative; some formats list clean files too (junit). */
  files?: readonly string[];
  /** rcm-plan's version, for formats that name the tool (sarif); passed in so diagnostics/ needs nothing from cli/. */
  version?: string;
}

/** A pure function from sorted diagnostics to the report's text. */
export type Formatter = (diagnostics: readonly Diagnostic[], options: FormatOptions) => string;
