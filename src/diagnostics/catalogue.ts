/**
 * Every diagnostic code rcm-plan reports, with its default severity, a title and a hint.
 * The README's table of codes is generated from this list (`npm run docs:codes`).
 */
import type { Severity } from "./diagnostic.js";
import { CORE_CODES } from "./codes/core.js";
import { RULE_CODES } from "./codes/rules.js";
import { MARKDOWN_CODES } from "./codes/markdown.js";
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
  ...BUILD_CODES,
});

export function codeInfo(code: string): CodeInfo {
  const info = CATALOGUE[code];
  if (!info) throw new Error(`diagnostic code '${code}' is not in the catalogue`);
  return info;
}
