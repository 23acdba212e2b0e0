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
  "narrative-dead-link": {
    severity: "warning",
    title: "A narrative's link to `#anchor` goes to no heading of the draft: it leads nowhere, and the Word draft prints its text unlinked",
    hint: "Link to a heading by the anchor the Markdown draft gives it, as its contents do: the heading's text in lower case, spaces as hyphens, punctuation left out (`## Theme 2: Field operations` is `#theme-2-field-operations`).",
  },
};
