import type { CodeTable } from "../catalogue.js";

/** Merging the groups into one plan, and writing the drafts. */
export const BUILD_CODES: CodeTable = {
  "likely-duplicate": {
    severity: "warning",
    title: "Two groups propose much the same action",
    hint: "Decide at consolidation: merge the two actions (keep one id, list the other's partners), or reword one so the difference shows.",
  },
  "translation-fallback": {
    severity: "warning",
    title: "A draft uses another language where a translation is missing",
    hint: "Add the missing language to the text (a map by language: {en: …, es: …}).",
  },
};
