/**
 * A cell of characters below U+0300 only: each one column. Past it, width is what an editor shows:
 * a combining accent (an NFD "á", as macOS editors save it) takes no column, a character beyond
 * the BMP one.
 */
const BELOW_MARKS = /^[\u0000-\u02ff]*$/;

/** A GFM table with its columns padded to one width, so the source reads as a table too. */
export function alignedTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (cell: string) => (BELOW_MARKS.test(cell) ? cell.length : [...cell.replace(/\p{M}/gu, "")].length);
  // reduce, not Math.max(...list): an objective of 150,000 actions as a call's arguments overflows the stack.
  const widths = header.map((cell, c) => rows.reduce((widest, row) => Math.max(widest, width(row[c] ?? "")), Math.max(3, width(cell))));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, c) => cell + " ".repeat(widths[c]! - width(cell))).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
