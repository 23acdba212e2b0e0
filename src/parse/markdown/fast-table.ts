import type { AlignType, Table, TableCell, TableRow } from "mdast";
import { bail } from "../bail.js";
import { isAtxHeading, isBlank, trimEndSpaces, type Block, type SourceLines } from "./fast-lines.js";

const DELIMITER_CELL = /^ *(:?)-+(:?) *$/;

/** Whether a table starts at `line`: a row, then a delimiter row with as many cells. */
export function startsTable(src: SourceLines, line: number): boolean {
  const pipes = rowPipes(src.line(line));
  return pipes !== undefined && line + 1 < src.count && delimiterAlign(src.line(line + 1), pipes.length - 1) !== undefined;
}

/**
 * A GFM table as the scanner reads it: each row's line and the columns of its cell-separating
 * pipes. The readers take the cells' places from it (table.ts); mdastTable builds the nodes remark
 * would give, for fastMarkdownTree (an objective's table has a row per action, and three nodes,
 * places and points per cell were a tenth of reading a big matrix's Markdown).
 */
export interface ScannedTable {
  type: "scannedTable";
  src: SourceLines;
  align: AlignType[];
  /** The header row, then the body rows (the delimiter row is not one). */
  rows: ScannedRow[];
}

export interface ScannedRow {
  line: number;
  pipes: number[];
}

/**
 * A GFM table from `first` on: a header row, a delimiter row with as many cells, then rows that
 * start with `|`, end with an unescaped `|` and have as many cells. A blank line or an ATX heading
 * ends it; any other line would be read as a row by remark, so it bails.
 */
export function readTable(src: SourceLines, first: number): Block<ScannedTable> {
  const header = readRow(src, first);
  const cells = header.pipes.length - 1;
  const align = (first + 1 < src.count && delimiterAlign(src.line(first + 1), cells)) || bail();
  const rows = [header];
  let line = first + 2;
  for (; line < src.count && src.line(line).startsWith("|"); line++) {
    const row = readRow(src, line);
    if (row.pipes.length - 1 !== cells) bail();
    rows.push(row);
  }
  if (line < src.count && !isBlank(src.line(line)) && !isAtxHeading(src.line(line))) bail();
  return { node: { type: "scannedTable", src, align, rows }, next: line };
}

/**
 * Calls `cell` with each cell's first and end column on the row's line, as remark places them: a
 * cell runs from its opening pipe to the next pipe, and the last cell takes the closing pipe and
 * any spaces after it; a cell ends where the next one starts.
 */
export function eachCell(src: SourceLines, { line, pipes }: ScannedRow, cell: (start: number, end: number) => void): void {
  for (let k = 0; k + 1 < pipes.length; k++) cell(pipes[k]!, k + 2 === pipes.length ? src.line(line).length : pipes[k + 1]!);
}

/**
 * The mdast table remark gives for a scanned one. The cells hold nothing: the readers take a
 * cell's text from the source between its pipes.
 */
export function mdastTable(scanned: ScannedTable): Table {
  const { src, rows } = scanned;
  const children = rows.map((row): TableRow => {
    const cells: TableCell[] = [];
    eachCell(src, row, (start, end) => {
      cells.push({ type: "tableCell", children: [], position: { start: src.point(row.line, start), end: src.point(row.line, end) } });
    });
    return { type: "tableRow", children: cells, position: src.span(row.line, 0) };
  });
  // The delimiter row belongs to the table: a table of a header alone ends on it.
  const last = rows.length === 1 ? rows[0]!.line + 1 : rows[rows.length - 1]!.line;
  return { type: "table", align: scanned.align, children, position: { start: src.point(rows[0]!.line, 0), end: src.endOf(last) } };
}

/** The columns' alignments of a `| --- | :-: |` row with `cells` cells; undefined when it is none. */
function delimiterAlign(line: string, cells: number): AlignType[] | undefined {
  const text = trimEndSpaces(line);
  if (!text.startsWith("|") || !text.endsWith("|") || text.length < 2) return undefined;
  const parts = text.slice(1, -1).split("|");
  if (parts.length !== cells) return undefined;
  const align: AlignType[] = [];
  for (const part of parts) {
    const match = DELIMITER_CELL.exec(part);
    if (!match) return undefined;
    if (match[1] && match[2]) align.push("center");
    else align.push(match[1] ? "left" : match[2] ? "right" : null);
  }
  return align;
}

/** One row: its line and its pipes; a line that is not a row bails. */
function readRow(src: SourceLines, line: number): ScannedRow {
  return { line, pipes: rowPipes(src.line(line)) ?? bail() };
}

/**
 * The columns of a row's cell-separating pipes, from the leading to the closing one; undefined
 * when the row does not start and end with one. `\|` is a pipe inside a cell (a `\\` anywhere made
 * the scanner bail, so a backslash before a pipe always escapes it).
 */
function rowPipes(line: string): number[] | undefined {
  const text = trimEndSpaces(line);
  if (text.length < 2 || !text.startsWith("|") || !text.endsWith("|") || text[text.length - 2] === "\\") return undefined;
  const pipes: number[] = [];
  for (let column = 0; column >= 0; column = text.indexOf("|", column + 1)) {
    if (column === 0 || text[column - 1] !== "\\") pipes.push(column);
  }
  return pipes;
}
