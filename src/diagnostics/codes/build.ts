import type { CodeTable } from "../catalogue.js";

/** Merging the groups into one plan, and writing the drafts. */
export const BUILD_CODES: CodeTable = {};
