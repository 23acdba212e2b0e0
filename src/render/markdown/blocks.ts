/** Small pieces of GFM: table cells and tables, written so that a diff shows one row per change. */

// What cell() changes: carriage returns, pipes, line breaks, tabs, runs of spaces, and the ends' whitespace.
const CELL_MARKS = /[\r\n|\t]| {2}|^\s|\s$/;
// What inline() changes: line breaks and the ends' whitespace.
const LINE_MARKS = /[\r\n]|^\s|\s$/;

/**
 * A text inside a table cell: pipes escaped, line breaks as " <br>", runs of spaces kept to one.
 * The space is for pandoc, which drops the <br> on its way to Word or plain text and would glue
 * the words on either side ("line oneline two"); in HTML it does not show.
 */
export function cell(text: string): string {
  if (!CELL_MARKS.test(text)) return text;
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    // A pipe the text already escapes ("a \| b", Markdown for "a | b") is left as it is: escaped again it would end the cell.
    .replace(/(?<!\\)((?:\\\\)*)\|/g, "$1\\|")
    .replace(/[ \t]*\n[ \t]*/g, " <br>")
    .replace(/[ \t]+/g, " ");
}

/** A text as one paragraph line: a folded YAML text may hold line breaks, which would end a list item early. */
export function inline(text: string): string {
  if (!LINE_MARKS.test(text)) return text;
  return text.replace(/\r\n?/g, "\n").trim().replace(/[ \t]*\n[ \t]*/g, " ");
}

// What a reader would take for a mark in a plain text: escapes, code, emphasis, strikethrough,
// brackets, HTML and autolinks, and an ampersand that starts an entity.
const INLINE_MARKS = /[\\`*_~[\]<]|&(?=#?[A-Za-z0-9]+;)/g;

/** A plain text as inline Markdown that reads as that text: "a [b" -> "a \[b". */
export function literal(text: string): string {
  return text.replace(INLINE_MARKS, "\\$&");
}

// A line that would open a block instead of going on with a paragraph: a heading, a quote, a bullet,
// a thematic break or setext underline, a code fence, a link or footnote definition (which vanishes),
// and in a list item a task's box.
const BLOCK_START = /^(?:#{1,6}(?=[ \t]|$)|>|[-+*](?=[ \t]|$)|[-=*_](?=[-=*_ \t]*$)|`{3}|~{3}|\[[^\]]*\]:|\[[ xX]\](?=[ \t]|$))/;
// An ordered list item: "1986. The summit", "2) ...".
const ORDERED_START = /^(\d{1,9})([.)])(?=[ \t]|$)/;

/** A line of inline Markdown that reads as text where a block could start: "# x" -> "\# x", "1. x" -> "1\. x". */
export function textLine(line: string): string {
  if (ORDERED_START.test(line)) return line.replace(ORDERED_START, "$1\\$2");
  return BLOCK_START.test(line) ? `\\${line}` : line;
}

/**
 * A text of the model where a block goes (a summary, a description): its paragraphs kept, each
 * line trimmed and read as text, so that a text's "# " or "1. " is not a heading or a list in the
 * draft, as it is not in the Word draft.
 */
export function paragraphs(text: string): string {
  return text.replace(/\r\n?/g, "\n").split("\n").map((line) => textLine(line.trim())).join("\n");
}

/** A GFM table: a header row, a delimiter row (with alignment), one line per row. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ("left" | "center")[] = []): string[] {
  const delimiter = header.map((_, i) => (align[i] === "center" ? ":---:" : "---"));
  return [row(header), `|${delimiter.join("|")}|`, ...rows.map(row)];
}

/** "| a | b |"; an empty cell is one space wide, "| a | |". */
function row(cells: readonly string[]): string {
  if (cells.length === 0) return "| |";
  // A cell holds no run of spaces and none at its ends, so the padding is the only space beside a pipe.
  return `|${cells.map((text) => {
    const content = cell(text);
    return content === "" ? " " : ` ${content} `;
  }).join("|")}|`;
}

/** A bullet list; an empty list is no lines at all. */
export function bullets(items: readonly string[]): string[] {
  // An item of several paragraphs (an output's, parted by a blank line) keeps them, indented under its -.
  return items.flatMap((item) => {
    const [first = "", ...more] = textParagraphs(item);
    return [`- ${paragraphLine(first)}`, ...more.flatMap((paragraph) => ["", `  ${paragraphLine(paragraph)}`])];
  });
}

/** A paragraph of a text as one line that reads as it (its line breaks as spaces, what would start a block escaped). */
export function paragraphLine(text: string): string {
  return textLine(inline(text));
}

/**
 * A block text of the model (a description, an output, notes) as its paragraphs, which a blank
 * line parts, each trimmed: both drafts print each as a paragraph of its own. Joined into one, the
 * notes' and outputs' paragraphs had run together in both.
 */
export function textParagraphs(text: string): string[] {
  return text.split(/\n[ \t]*\n\s*/).map((part) => part.trim()).filter((part) => part !== "");
}
