/**
 * Word tables as the drafts use them: fixed column widths in twips, a shaded header row that
 * repeats on every page, and rows that never split across a page break.
 */
import {
  AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type ParagraphChild,
} from "docx";
import { inlineRuns } from "./inline.js";
import { NAVY } from "./styles.js";

/** What a cell holds: inline Markdown, or runs already made. */
export type CellContent = string | ParagraphChild[];

export interface CellOptions {
  fill?: string;
  center?: boolean;
  bold?: boolean;
  /** Text colour, for a dark fill. */
  color?: string;
  columnSpan?: number;
  /** No side margins: for the narrow quarter columns of the Gantt chart. */
  tight?: boolean;
}

export const HEADER_FILL = NAVY;

/** Text that is data, not Markdown (numbers, ids, file paths): one run, never parsed. */
export function literal(text: string, look: { bold?: boolean; color?: string } = {}): ParagraphChild[] {
  return [new TextRun({ text, ...look })];
}

/** One cell of `width` twips. */
export function cell(content: CellContent, width: number, options: CellOptions = {}): TableCell {
  const look = { bold: options.bold, color: options.color };
  const children = typeof content === "string" ? inlineRuns(content, look) : content;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: options.fill } } : {}),
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.tight ? { margins: { left: 0, right: 0 } } : {}),
    children: [new Paragraph({ style: "TableText", alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, children })],
  });
}

/** A header row: white bold text on navy, repeated at the top of each page the table runs onto. */
export function headerRow(labels: readonly CellContent[], widths: readonly number[], center: readonly boolean[] = []): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((label, i) => cell(label, widths[i]!, { fill: HEADER_FILL, bold: true, color: "FFFFFF", center: center[i] })),
  });
}

/** A body row that stays on one page. */
export function bodyRow(cells: readonly TableCell[]): TableRow {
  return new TableRow({ cantSplit: true, children: [...cells] });
}

/** A table of fixed columns, `widths` in twips, the header first. */
export function fixedTable(rows: readonly TableRow[], widths: readonly number[]): Table {
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    // Margins for the whole table rather than each cell: the same look in a much smaller document.xml.
    margins: { top: 30, bottom: 30, left: 70, right: 70 },
    rows: [...rows],
  });
}

/** A simple table of inline-Markdown texts: the header and the rows. */
export function textTable(header: readonly string[], rows: readonly (readonly CellContent[])[], widths: readonly number[], center: readonly boolean[] = []): Table {
  return fixedTable(
    [headerRow(header, widths, center), ...rows.map((row) => bodyRow(row.map((content, i) => cell(content, widths[i]!, { center: center[i] }))))],
    widths,
  );
}

/** Column widths in proportion to `weights`, summing exactly to `total` twips. */
export function proportional(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => Math.floor((weight / sum) * total));
  widths[0]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
