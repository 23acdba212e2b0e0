import type { Diagnostic, Summary } from "../diagnostic.js";

export interface FormatOptions {
  color: boolean;
  summary: Summary;
  /** The files that were checked, relative; some formats list clean files too (junit). */
  files?: readonly string[];
  /** rcm-plan's version, for formats that name the tool (sarif); passed in so diagnostics/ needs nothing from cli/. */
  version?: string;
  /**
   * Each finding's place in the data as a baseline names it, by ids and values
   * (`objectives[INT-O1].actions[INT-1.2].lead[='ZZ']`), not positions: junit names its cases by it.
   */
  places?: ReadonlyMap<Diagnostic, string>;
}

/** A pure function from sorted diagnostics to the report's text. */
export type Formatter = (diagnostics: readonly Diagnostic[], options: FormatOptions) => string;
