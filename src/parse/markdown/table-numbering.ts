/**
 * A pipe table's columns that number its rows (row-numbering.ts), no columns of the matrix's: told
 * to be deleted, and deleted by plan fmt where that loses nothing and the table reads then.
 */
import { listed } from "../../diagnostics/make.js";
import type { TextEdit } from "../document.js";
import type { Reader } from "./reader.js";
import { deleteNumbering, isNumberingHeading, rowNumbering } from "./row-numbering.js";
import type { Span } from "./source-map.js";
import { beforeClosingPipe, betweenPipes, cellPiece, delimiterCells, type RowPlaces } from "./table-cells.js";

/**
 * Whether an error is said in the lines from `start` to `end`: one read in a table's cells, or said
 * of the table before it was read (indented into a list item), which plan fmt does not correct.
 */
function hasErrorIn(reader: Reader, start: number, end: number): boolean {
  const [first, last] = [reader.lines.position(start).line, reader.lines.position(end).line];
  return reader.diagnostics.some((d) => d.severity === "error" && d.line >= first && d.line <= last);
}

/**
 * The columns of a table that a workshop numbered its rows in, under an empty heading or `No.`: each with
 * true where it numbers every row, false where all but one (rowNumbering).
 */
export function numberingColumns(reader: Reader, places: readonly RowPlaces[]): Map<number, boolean> {
  const numbering = new Map<number, boolean>();
  const header = places[0]!.cells;
  if (!header.some((cell) => isNumberingHeading(cellPiece(reader, cell).text))) return numbering;
  const texts = places.map((row) => row.cells.map((cell) => cellPiece(reader, cell).text));
  header.forEach((_, c) => {
    const numbers = rowNumbering(texts, c);
    if (numbers !== undefined) numbering.set(c, numbers === "every");
  });
  return numbering;
}

/**
 * Reports the `numbering` columns of a table (numberingColumns), no columns of the matrix's, as
 * to be deleted, once its rows are read. Where each numbers every row, and the table is clean
 * otherwise (no error said in its lines), plan fmt deletes them: the table then reads, with nothing lost.
 */
export function reportNumbering(reader: Reader, places: readonly RowPlaces[], numbering: ReadonlyMap<number, boolean>): void {
  const columns = [...numbering.keys()];
  const clean = !hasErrorIn(reader, places[0]!.span.start, places[places.length - 1]!.span.end);
  const fix = clean && [...numbering.values()].every((every) => every) ? withoutColumns(reader, places, columns) : undefined;
  // Left with their lines once the numbers are deleted by hand, they would be actions without an id.
  const empty = places.slice(1).filter((row) => numberedOnly(reader, row, places[0]!.cells.length, columns)).map((row) => `${reader.lines.position(row.span.start).line}`);
  const rowsToo = empty.length === 0 ? "" : empty.length === 1 ? `, and the row at line ${empty[0]}, which holds nothing but its number` : `, and the rows at lines ${listed(empty)}, which hold nothing but their numbers`;
  for (const c of numbering.keys()) {
    const todo = deleteNumbering([`${c + 1}`]) + rowsToo;
    const heading = cellPiece(reader, places[0]!.cells[c]!);
    const under = heading.text === "" ? "under an empty heading" : `headed '${heading.text}'`;
    const message = `column ${c + 1}, ${under}, numbers the rows: the matrix has no such column`;
    const at = heading.text === "" ? betweenPipes(reader, places[0]!.cells[c]!) : heading;
    reader.report("md-unknown-column", message, at, { hint: fix ? `${todo}, or run plan fmt on the file, which does` : todo });
  }
  if (fix) reader.fixes.push({ ...fix, undone: "delete the column here that numbers the rows: without it, the table would still not read" });
}

/**
 * The table of `places`, its header, |---| line and rows, without its `columns`: each of their
 * cells cut from its opening pipe to the next, or to the closing pipe for a row's last. None where
 * the |---| line has not as many cells as the header.
 */
function withoutColumns(reader: Reader, places: readonly RowPlaces[], columns: readonly number[]): TextEdit | undefined {
  const { text } = reader;
  const [header, ...rows] = places;
  const delimiterStart = reader.lines.lineEnd(header!.span.start) + 1;
  const delimiter = delimiterCells(text, delimiterStart, reader.lines.lineEnd(delimiterStart));
  if (delimiter.length !== header!.cells.length) return undefined;
  const start = header!.span.start;
  const end = places[places.length - 1]!.span.end;
  let written = "";
  let at = start;
  for (const cells of [header!.cells, delimiter]) at = cutColumns(text, cells, columns, at, (kept) => (written += kept));
  for (const row of rows) {
    // An empty row the workshop numbered all the same goes with its number, as a pasted table's does (pipeTable).
    if (!numberedOnly(reader, row, header!.cells.length, columns)) {
      at = cutColumns(text, row.cells, columns, at, (kept) => (written += kept));
      continue;
    }
    // From the line break before it to its line's end.
    written += text.slice(at, text.lastIndexOf("\n", row.span.start - 1));
    at = Math.min(reader.lines.lineEnd(row.span.end), end);
  }
  return { start, end, text: written + text.slice(at, end) };
}

/**
 * Whether `row` of a table `width` cells wide is empty but for its number in the numbering
 * `columns` (with none, empty): it holds nothing once the numbers are deleted, no action's row,
 * which would read as one without an id.
 */
export function numberedOnly(reader: Reader, row: RowPlaces, width: number, columns: readonly number[]): boolean {
  return row.cells.length === width && row.cells.every((cell, c) => columns.includes(c) || cellPiece(reader, cell).text === "");
}

/** Walks a line's `cells` from `at`, giving `keep` the text up to each of `columns` and going past it: where the walk is then. */
function cutColumns(text: string, cells: readonly Span[], columns: readonly number[], at: number, keep: (kept: string) => void): number {
  let from = at;
  for (const c of columns) {
    keep(text.slice(from, cells[c]!.start));
    from = c + 1 < cells.length ? cells[c + 1]!.start : beforeClosingPipe(text, cells[c]!.start, cells[c]!.end);
  }
  return from;
}
