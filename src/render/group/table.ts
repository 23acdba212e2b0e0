/** A GFM table with its columns padded to one width, so the source reads as a table too. */
export function alignedTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (cell: string) => [...cell].length;
  const widths = header.map((cell, c) => Math.max(3, width(cell), ...rows.map((row) => width(row[c] ?? ""))));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, c) => cell + " ".repeat(widths[c]! - width(cell))).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
