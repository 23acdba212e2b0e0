/** Small pieces of GFM: table cells and tables, written so that a diff shows one row per change. */

/** A text inside a table cell: pipes escaped, line breaks as <br>, runs of spaces kept to one. */
export function cell(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .replace(/\|/g, "\\|")
    .replace(/[ \t]*\n[ \t]*/g, "<br>")
    .replace(/[ \t]+/g, " ");
}

/** A text as one paragraph line: a folded YAML text may hold line breaks, which would end a list item early. */
export function inline(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim().replace(/[ \t]*\n[ \t]*/g, " ");
}

/** A GFM table: a header row, a delimiter row (with alignment), one line per row. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ("left" | "center")[] = []): string[] {
  const delimiter = header.map((_, i) => (align[i] === "center" ? ":---:" : "---"));
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`.replace(/ {2,}\|/g, " |");
  return [line(header), `|${delimiter.join("|")}|`, ...rows.map(line)];
}

/** A bullet list; an empty list is no lines at all. */
export function bullets(items: readonly string[]): string[] {
  return items.map((item) => `- ${inline(item)}`);
}
