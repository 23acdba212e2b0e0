/**
 * Every diagnostic code rcm-plan reports, with its default severity, a title and a hint.
 * The README's table of codes is generated from this list (`npm run docs:codes`).
 */
import type { Severity } from "./diagnostic.js";
import { CORE_CODES } from "./codes/core.js";
import { RULE_CODES } from "./codes/rules.js";
import { MARKDOWN_CODES } from "./codes/markdown.js";
import { NARRATIVE_CODES } from "./codes/narrative.js";
import { BUILD_CODES } from "./codes/build.js";

export interface CodeInfo {
  severity: Severity;
  title: string;
  /** What to do about it; shown under the diagnostic when the report has none more specific. */
  hint?: string;
}

export type CodeTable = Record<string, CodeInfo>;

export const CATALOGUE: Readonly<CodeTable> = Object.freeze({
  ...CORE_CODES,
  ...RULE_CODES,
  ...MARKDOWN_CODES,
  ...NARRATIVE_CODES,
  ...BUILD_CODES,
});

/**
 * The codes a plan's `rules` cannot turn off or down, as eslint's settings cannot silence a parse
 * error: those that say a file cannot be read as the format says (the errors of reading, parsing,
 * the schema check and the Markdown readers), since such a file is left out of the drafts; and
 * the rules the drafts place and number actions by (an id twice, a theme unknown or numbered
 * twice), without which a group vanished from the drafts or two actions became one, exit 0.
 */
export function isFixedCode(code: string): boolean {
  return FIXED_CODES.has(code);
}

/** Why a fixed code cannot be changed, as a clause: "a file that … is left out of the drafts". */
export function whyFixed(code: string): string {
  return STRUCTURAL_RULES.includes(code)
    ? "the drafts place and number the actions by it"
    : "it says a file does not fit the format, and such a file is left out of the drafts";
}

const STRUCTURAL_RULES = ["duplicate-id", "duplicate-theme-number", "unknown-theme"];

const DRAFTING_CODES = new Set(["missing-file", "no-groups"]);
const FIXED_CODES: ReadonlySet<string> = new Set([
  // A narrative file not written yet, or no group file yet, is not a file left out: a plan may make
  // missing-file or no-groups a warning while it drafts.
  ...Object.entries({ ...CORE_CODES, ...MARKDOWN_CODES }).flatMap(([code, info]) => (info.severity === "error" && !DRAFTING_CODES.has(code) ? [code] : [])),
  ...STRUCTURAL_RULES,
]);

export function codeInfo(code: string): CodeInfo {
  const info = CATALOGUE[code];
  if (!info) throw new Error(`diagnostic code '${code}' is not in the catalogue`);
  return info;
}
