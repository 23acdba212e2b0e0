/**
 * Where a pipe table's rows and cells are in the source, remark's or as the scanner read them, and
 * a cell's text between its pipes: what the table's readers (table.ts, table-rows.ts,
 * table-numbering.ts) walk.
 */
import type { Table } from "mdast";
import { eachCell, type ScannedTable } from "./fast-table.js";
import { trimPiece, type Piece } from "./inline.js";
import { spanOf, type Reader } from "./reader.js";
import type { Span } from "./source-map.js";

/** A row's place and its cells' places, a cell running from its opening pipe to the next. */
export interface RowPlaces {
  span: Span;
  cells: Span[];
}

/** The rows of a table, remark's or as the scanner read it, the header's first, each with its cells' places. */
export function rowsOf(table: Table | ScannedTable): RowPlaces[] {
  if (table.type === "table") return table.children.map((row) => ({ span: spanOf(row), cells: row.children.map(spanOf) }));
  const { src } = table;
  return table.rows.map((row) => {
    const start = src.lineStart(row.line);
    const cells: Span[] = [];
    eachCell(src, row, (first, end) => cells.push({ start: start + first, end: start + end }));
    return { span: { start, end: src.lineEnd(row.line) }, cells };
  });
}

/** A cell's source between its pipes, trimmed, with its offsets. */
export function cellPiece(reader: Reader, cell: Span): Piece {
  const { start, end } = betweenPipes(reader, cell);
  return trimPiece(reader.text.slice(start, end), start);
}

/** Where a cell's source is, between its pipes. */
export function betweenPipes(reader: Reader, cell: Span): Span {
  const start = reader.text[cell.start] === "|" ? cell.start + 1 : cell.start;
  return { start, end: beforeClosingPipe(reader.text, start, cell.end) };
}

/**
 * Where a cell of `text` from `start` to `end` ends: at its closing pipe, where it is a row's last,
 * which runs to the end of the line, past that pipe and any spaces or tabs an editor left after it.
 */
export function beforeClosingPipe(text: string, start: number, end: number): number {
  let close = end;
  while (close > start && (text[close - 1] === " " || text[close - 1] === "\t")) close--;
  return close > start && text[close - 1] === "|" && text[close - 2] !== "\\" ? close - 1 : end;
}

/**
 * The cells of a |---| line from `start` to `end`, as remark places a row's: each from its opening
 * pipe to the next, the first from the line's first character where no pipe opens it.
 */
export function delimiterCells(text: string, start: number, end: number): Span[] {
  const line = text.slice(start, end);
  const pipes = [...line.matchAll(/\|/g)].map((match) => start + match.index);
  const first = start + Math.max(0, line.search(/\S/));
  const opens = text[first] === "|" ? pipes : [first, ...pipes];
  // A closing pipe opens no cell.
  if (opens.length > 1 && line.trimEnd().endsWith("|")) opens.pop();
  return opens.map((open, k) => ({ start: open, end: opens[k + 1] ?? end }));
}
