/**
 * A table's rows whose cells are not the header's: a row hard-wrapped over lines, as an email or a
 * PDF pastes it, or rows pasted from a spreadsheet, their cells separated by tabs; what
 * md-row-cells says of them, once for each.
 */
import { clip, listed } from "../../diagnostics/make.js";
import { ID_PATTERN } from "../../model/fields.js";
import type { Reader } from "./reader.js";
import type { Span } from "./source-map.js";
import { cellPiece, type RowPlaces } from "./table-cells.js";
import { pipeRow, spreadsheetRows } from "./pasted-table.js";
import type { TextEdit } from "../document.js";

const wrappedRowHint = (lines: number) => `Join the ${countWord(lines)} lines into one: a table row is written on one line (a line break inside a cell is \`<br>\`).`;

const COUNT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const countWord = (count: number) => COUNT_WORDS[count] ?? String(count);

/**
 * The rows a hard wrap broke over two lines or more, as an email or a PDF pastes a table: a row of
 * too few cells, then others, whose cells add up to the header's, a break inside a cell (where the
 * line above ends, and the one below starts, without a pipe) making two cells of one. Each such
 * row's index, with the rows holding its rest (`rests`), and those rows' indexes (`continued`);
 * none of them a row whose line starts with an action's id, which is a row of its own.
 */
export function wrappedRows(reader: Reader, rows: readonly RowPlaces[], columns: number): { rests: Map<number, RowPlaces[]>; continued: Set<number> } {
  const rests = new Map<number, RowPlaces[]>();
  const continued = new Set<number>();
  const line = (row: RowPlaces) => reader.text.slice(row.span.start, row.span.end).trim();
  const idFirst = (row: RowPlaces) => {
    const cell = row.cells[0] === undefined ? "" : cellPiece(reader, row.cells[0]).text;
    return ID_PATTERN.test(cell) && /\d/.test(cell);
  };
  // The cells a line adds to the row above it: one fewer where the break is inside a cell.
  const added = (above: RowPlaces, row: RowPlaces) => row.cells.length - (!line(above).endsWith("|") && !line(row).startsWith("|") ? 1 : 0);
  for (let index = 0; index + 1 < rows.length; index++) {
    let cells = rows[index]!.cells.length;
    let next = index + 1;
    for (; next < rows.length && cells < columns && rows[next]!.cells.length < columns && !idFirst(rows[next]!); next++) cells += added(rows[next - 1]!, rows[next]!);
    if (cells !== columns || next === index + 1) continue;
    // A last cell broken over more lines than one (`… | SOM-11.1` then `y SOM-6.1 |`) adds none.
    while (next < rows.length && !idFirst(rows[next]!) && added(rows[next - 1]!, rows[next]!) === 0) next++;
    rests.set(index, rows.slice(index + 1, next));
    for (let k = index + 1; k < next; k++) continued.add(k);
    index = next - 1;
  }
  return { rests, continued };
}

/**
 * What md-row-cells says of row `index` of `rows`, whose cells are not the header's `width`: a row
 * broken over lines, with the `rest` of its lines; or rows pasted from a spreadsheet, their cells
 * separated by tabs (pastedRow), said once from the first of them to the last, and nothing said
 * of the others then.
 */
export function misalignedRows(reader: Reader, rows: readonly RowPlaces[], index: number, width: number, rest: readonly RowPlaces[] | undefined): { message: string; span: Span; hint?: string; fix?: TextEdit } | undefined {
  const row = rows[index]!;
  const cells = (line: RowPlaces) => String(line.cells.length);
  if (rest) {
    const message = `this row is broken over ${countWord(rest.length + 1)} lines, of ${listed([row, ...rest].map(cells))} cells; the header has ${width}`;
    return { message, span: { start: row.span.start, end: rest[rest.length - 1]!.span.end }, hint: wrappedRowHint(rest.length + 1) };
  }
  const pasted = (k: number) => k >= 0 && k < rows.length && pastedRow(reader, rows[k]!, width) !== undefined;
  const first = pastedRow(reader, row, width);
  if (first === undefined) return { message: `this row has ${cellCount(row.cells.length)}; the header has ${width}` , span: row.span };
  if (pasted(index - 1)) return undefined;
  let last = index;
  while (pasted(last + 1)) last++;
  const run = rows.slice(index, last + 1);
  const counts = new Set(run.map(cells));
  const message = run.length === 1 ? `this row has ${cellCount(row.cells.length)}` : `these ${countWord(run.length)} rows have ${counts.size === 1 ? `${cellCount(row.cells.length)} each` : `${listed(run.map(cells))} cells`}`;
  const span = { start: row.span.start, end: run[run.length - 1]!.span.end };
  const fix = pipeRows(reader.text.slice(span.start, span.end), span, width);
  const by = `separate them with | as the header does (\`| ${clip(first, 20)} | … |\`)`;
  const hint = `The ${run.length === 1 ? "row's" : "rows'"} cells are separated by tabs, as a spreadsheet pastes them: ${fix ? `run plan fmt on the file, which writes them so; or ${by}` : by}`;
  return { message: `${message}; the header has ${width}`, span, hint, fix };
}

/**
 * Rows pasted from a spreadsheet into a pipe table, as the table writes them (`| FLD-1.2 | … |`),
 * where each has the header's `width` of cells or fewer but for empty ones after them: plan fmt's
 * edit. A quoted cell over lines (Alt+Enter in Excel) is one cell, its line breaks written `<br>`.
 */
function pipeRows(text: string, span: Span, width: number): TextEdit | undefined {
  const records = spreadsheetRows(text.replace(/^[ |]+|[ |]+$/gm, ""), span.start);
  if (records.some(({ cells }) => cells.slice(width).some((cell) => cell !== ""))) return undefined;
  const columns = Array.from({ length: width }, (_, c) => c);
  const lines = records.filter(({ cells }) => cells.some((cell) => cell !== "")).map(({ cells }) => pipeRow(cells, columns));
  return { ...span, text: lines.join("\n") };
}

const cellCount = (count: number) => `${count} cell${count === 1 ? "" : "s"}`;

/**
 * A row pasted from a spreadsheet (Excel, LibreOffice, Google Sheets), whose cells come separated
 * by tabs: its first cell's text, where its tabs would make the header's `width` of cells.
 */
function pastedRow(reader: Reader, row: RowPlaces, width: number): string | undefined {
  const text = reader.text.slice(row.span.start, row.span.end);
  if (row.cells.length >= width || !text.includes("\t")) return undefined;
  // A spreadsheet keeps an empty cell as two tabs, the last one's after the last tab: the row's fields are its tabs and one.
  const parts = text.replace(/^ +| +$/g, "").replace(/^\||\|$/g, "").split("\t").map((cell) => cell.trim());
  return parts.length >= width ? (parts.find((cell) => cell !== "") ?? "") : undefined;
}
