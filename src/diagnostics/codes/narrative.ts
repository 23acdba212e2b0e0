import type { CodeTable } from "../catalogue.js";

/**
 * The narrative files (plan.yaml's `narrative`): what the drafts would not print as a preview of
 * the file shows it. Warnings: the drafts are still written, and the file's text with them.
 */
export const NARRATIVE_CODES: CodeTable = {
  "narrative-unclosed": {
    severity: "warning",
    title: "A code block, comment or HTML block in a narrative file is never closed, and takes in the rest of the file",
    hint: "Close it where it ends: code with a line of the fence that opened it, a comment with `-->`, HTML with its closing tag. The drafts close it at the end of the file.",
  },
  "narrative-image": {
    severity: "warning",
    title: "An image in a narrative file: the Word draft shows its alt text alone, and the Markdown draft reads a relative path from drafts/",
    hint: "Say in the text what the image shows, and add the picture to the Word draft by hand; in the Markdown draft only an address (https://…) finds it.",
  },
  "narrative-undefined-reference": {
    severity: "warning",
    title: "A footnote or reference link in a narrative file with no definition in that file: the drafts print it as written",
    hint: "Define it in the same file (`[^1]: the note`, `[label]: https://…`): each narrative file's definitions are its own.",
  },
  "narrative-empty-heading": {
    severity: "warning",
    title: "A heading with no text in a narrative file (`## ` alone): the drafts show an empty heading, which their contents leave out",
    hint: "Write the heading's title after the `#`s, or remove the line; a `#` at the start of a line of text is written `\\#`.",
  },
  "narrative-front-matter": {
    severity: "warning",
    title: "Front matter (`---` … `---`) at the top of a narrative file, which the drafts print as text",
    hint: "Remove it: a narrative file is Markdown alone, its chapter's title its first heading.",
  },
};
