/**
 * Word tables as the drafts use them: fixed column widths in twips, a shaded header row that
 * repeats on every page, and rows that never split across a page break.
 */
import { NAVY } from "./styles.js";
import type { DocxWriter } from "./writer.js";
import { paragraph, table, tableCell, tableRow, textRun, type RunLook } from "./xml.js";

/** What a cell holds: inline Markdown, or runs already made. */
export type CellContent = string | { runs: string };

export interface CellOptions {
  fill?: string;
  center?: boolean;
  /** Set right, as a column of figures. */
  right?: boolean;
  bold?: boolean;
  /** Text colour, for a dark fill. */
  color?: string;
  columnSpan?: number;
  /** No side margins: for the narrow quarter columns of the Gantt chart. */
  tight?: boolean;
  /** Keeps the row on the page of the next one: a heading row with the first row under it. */
  keepNext?: boolean;
}

export const HEADER_FILL = NAVY;

/** Text that is data, not Markdown (numbers, ids, file paths): never parsed, a run a line. */
export function literal(text: string, look: RunLook = {}): { runs: string } {
  return { runs: text.split("\n").map((line, i) => textRun(line, look, i > 0)).join("") };
}

/** A cell's text as inline Markdown: a line break in it is one in the cell, as the Markdown draft writes it (`<br>`). */
export function cellMarkdown(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, "<br>");
}

/** One cell of `width` twips. */
export function cell(writer: DocxWriter, content: CellContent, width: number, options: CellOptions = {}): string {
  const runs = typeof content === "string" ? writer.runs(cellMarkdown(content), { bold: options.bold, color: options.color }) : content.runs;
  const text = paragraph({ style: "TableText", ...(options.keepNext ? { keepNext: true } : {}), alignment: options.center ? "center" : options.right ? "right" : "left" }, runs);
  return tableCell({ width, fill: options.fill, columnSpan: options.columnSpan, tight: options.tight }, text);
}

/** A header cell: white bold text on navy. */
export function headerCell(writer: DocxWriter, label: CellContent, width: number, options: CellOptions = {}): string {
  return cell(writer, label, width, { fill: HEADER_FILL, bold: true, color: "FFFFFF", ...options });
}

/** A header row: white bold text on navy, repeated at the top of each page the table runs onto; `keepNext` keeps it with the first row. */
export function headerRow(writer: DocxWriter, labels: readonly CellContent[], widths: readonly number[], center: readonly boolean[] = [], keepNext = false): string {
  return tableRow(labels.map((label, i) => headerCell(writer, label, widths[i]!, { center: center[i], keepNext })).join(""), true);
}

/** A body row that stays on one page, unless `canSplit` (a row taller than half a page). */
export function bodyRow(cells: readonly string[], canSplit = false): string {
  return tableRow(cells.join(""), false, canSplit);
}

/** A table of fixed columns, `widths` in twips, the header first. */
export function fixedTable(rows: readonly string[], widths: readonly number[]): string {
  return table(widths, rows.join(""));
}

export interface TextTableOptions {
  /** Which columns are centred. */
  center?: readonly boolean[];
  /** Every row keeps with the next, so the table moves whole to the next page. */
  whole?: boolean;
  /** Which body rows may split across pages: those taller than half a page (accountRows says which). */
  splits?: readonly boolean[];
}

/** A simple table of inline-Markdown texts: the header and the rows. */
export function textTable(writer: DocxWriter, header: readonly string[], rows: readonly (readonly CellContent[])[], widths: readonly number[], options: TextTableOptions = {}): string {
  const { center = [], whole = false, splits = [] } = options;
  // The header first: links are numbered in the order they are written.
  const head = headerRow(writer, header, widths, center, whole && rows.length > 0);
  const body = rows.map((row, r) => bodyRow(row.map((content, i) => cell(writer, content, widths[i]!, { center: center[i], keepNext: whole && r < rows.length - 1 })), splits[r]));
  return fixedTable([head, ...body], widths);
}

/** Column widths in proportion to `weights`, summing exactly to `total` twips. */
export function proportional(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => Math.floor((weight / sum) * total));
  widths[0]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
