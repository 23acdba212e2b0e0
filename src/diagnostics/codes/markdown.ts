import type { CodeTable } from "../catalogue.js";

/** Markdown group matrices. */
export const MARKDOWN_CODES: CodeTable = {};
