import type { CodeTable } from "../catalogue.js";

/** Markdown group matrices, and `plan convert` / `plan fmt`. */
export const MARKDOWN_CODES: CodeTable = {
  "md-front-matter": { severity: "error", title: "The Markdown matrix does not start with its front matter", hint: "Start the file with the group's details between two `---` lines: `group:`, `theme:`, `facilitator:`, …" },
  "md-heading-id": { severity: "error", title: "An objective heading without an id", hint: "Start the heading with the objective's id and a colon: `## FLD-O1: Develop regional standards`." },
  "md-heading-level": { severity: "error", title: "A heading at the other's level: an objective's with ###, or an action's section with ##", hint: "Head an objective with ## (`## FLD-O1: …`); ### heads an action's section, with the action's id alone." },
  "md-heading-space": { severity: "error", title: "A heading with no space after its #s (`##FLD-O1: …`): Markdown reads it as a paragraph", hint: "Put a space after the #s: `## FLD-O1: …`, `### FLD-1.1`." },
  "md-section-heading": { severity: "error", title: "An action section's heading is not an action id", hint: "Head the section with the action's id alone: `### FLD-1.1`." },
  "md-unknown-section": { severity: "error", title: "A section for an action that is not in the objective's table", hint: "Add a row for the action to the table above it, or correct the id in the heading." },
  "md-duplicate-section": { severity: "error", title: "Two sections for the same action", hint: "Merge them into one section." },
  "md-not-a-table": { severity: "error", title: "Lines written as a table that Markdown reads as text", hint: "Give the header row and the |---| line under it one cell per column: `| Id | Action | … |`, then `|----|--------|…|`." },
  "md-unknown-column": { severity: "error", title: "A table column the matrix does not know", hint: "The columns are Id, Action, Lead, Partners, Timeframe, Priority and Protocol." },
  "md-duplicate-column": { severity: "error", title: "A table column appears twice", hint: "Remove one of the two columns." },
  "md-missing-column": { severity: "error", title: "The actions table lacks a required column", hint: "The table needs at least the Id, Action, Lead and Timeframe columns (Id, Acción, Responsables and Plazo in a Spanish matrix)." },
  "md-table-language": { severity: "warning", title: "A table headed in another language than the matrix's first table", hint: "Write a matrix in one language: head this table as the first one is, and label its texts in the other language (`- **Title (es):** …`, `- **es:** …`)." },
  "md-row-cells": { severity: "error", title: "A table row with a different number of cells than the header", hint: "Give each row one cell per column; write `\\|` for a pipe inside a cell." },
  "md-timeframe": { severity: "error", title: "A timeframe cell that is not a year, a quarter or a span of them", hint: "Write `2019`, `2019-Q3` or a span such as `2019-Q3 – 2021`." },
  "md-unknown-label": { severity: "error", title: "A list item whose label is not known in this place", hint: "Start each item with a bold label and a colon, such as `- **Indicator:** …` or `- **es:** …`." },
  "md-duplicate-label": { severity: "error", title: "A label given twice for the same thing", hint: "Keep one of the two items." },
  "md-label-in-text": { severity: "error", title: "A labelled line read as more of the text above it: its - is missing", hint: "Start the line with `- `, indented as the items beside it, so that it is an item of its own." },
  "md-text-languages": { severity: "error", title: "Every language of a text is labelled, and an unlabelled text is left over", hint: "Leave the primary language's text unlabelled and label only the other: `- **es:** …`." },
  "unwritable-text": { severity: "error", title: "plan convert or plan fmt: a text the other form would not read back as it is", hint: "Reword the line that would be read as a block or item of its own (a list item, heading, table row or bold label), or join it to the line before; or keep this group in YAML." },
  "md-own-language-label": { severity: "warning", title: "A translation labelled with the matrix's own language: the unlabelled text is read as the other", hint: "A matrix's unlabelled texts are in its language: label the translation with the other, `- **en:** …` in a Spanish matrix, `- **es:** …` in an English one." },
  "md-no-break-space": { severity: "error", title: "A no-break space after a heading's #s, a list item's -, or in a table's |---| line: Markdown reads the line as text", hint: "Type an ordinary space there. A no-break space looks the same; on a Mac, Option+Space types it, easily just after a # or | typed with Option." },
  "md-unexpected-content": { severity: "error", title: "Content the Markdown matrix has no place for", hint: "Move it into a description or an action's Notes, or remove it: rcm-plan would not keep it." },
};
