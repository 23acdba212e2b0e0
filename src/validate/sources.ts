import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../model/text.js";
import type { ParsedDocument } from "../parse/document.js";

export interface NarrativeSource {
  /** Index in plan.yaml's `narrative` list. */
  index: number;
  lang: Lang | undefined;
  file: string;
  text: string | undefined;
}

/** The plan's files, read and parsed, with the problems found on the way. */
export interface PlanSources {
  root: string;
  manifest: ParsedDocument | undefined;
  groups: ParsedDocument[];
  /**
   * Group files that could not be read or parsed at all, and groups patterns leading outside the
   * plan (each has its diagnostic): the ids and themes they hold are unknown.
   */
  unreadGroups: string[];
  /** The `groups` patterns the group files were found by (plan.yaml's, or the default). */
  groupPatterns: string[];
  indicators: ParsedDocument | undefined;
  narrative: NarrativeSource[];
  /**
   * Narrative files that could not be read, or that nest too deeply for remark to read them (each
   * has its diagnostic): the drafts leave them out.
   */
  unreadNarrative: string[];
  /**
   * Problems with files that could not be parsed at all (each file still counts), and what the
   * narrative files' checks found: they are checked as they are read, having no data to validate.
   */
  diagnostics: Diagnostic[];
  files: number;
  /** The files counted in `files`, as diagnostics name them (relative to the working directory). */
  checked: string[];
}

