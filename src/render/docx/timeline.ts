/**
 * The timeline as a Gantt chart: a row per action, grouped by theme, and a shaded cell for each
 * quarter it runs (a column per year, shaded whole or in part, when the period is too long).
 */
import { Paragraph, TableRow, TextRun, type TableCell } from "docx";
import { quarterLabel } from "../labels.js";
import type { DraftView } from "../views/context.js";
import { periodYears, timelineRows, type TimelineRow } from "../views/timeline.js";
import { inlineRuns } from "./inline.js";
import { PAGE_LABELS } from "./page-labels.js";
import { bodyRow, cell, fixedTable, HEADER_FILL } from "./tables.js";
import { rowHeight, themeTitle } from "./themes.js";
import type { DocxWriter } from "./writer.js";

const NUMBER_WIDTH = 1150;
const MIN_TITLE_WIDTH = 3500;
/** More quarters than this and the chart shows years. */
const MAX_QUARTERS = 40;
const BAR = "2E74B5";
const PART = "9DC3E6";
const ALTERNATE_YEAR = "F2F2F2";

export function writeTimeline(writer: DocxWriter, view: DraftView): void {
  const years = periodYears(view);
  const byQuarter = years.length * 4 <= MAX_QUARTERS;
  const legend = byQuarter ? PAGE_LABELS[view.lang].quarterLegend : view.labels.timelineLegend;
  writer.add(new Paragraph({ children: inlineRuns(legend) }), 1.4);
  const columns = byQuarter ? years.length * 4 : years.length;
  const textWidth = writer.pages.textWidth;
  const columnWidth = Math.min(byQuarter ? 300 : 900, Math.floor((textWidth - NUMBER_WIDTH - MIN_TITLE_WIDTH) / Math.max(1, columns)));
  const widths = [NUMBER_WIDTH, textWidth - NUMBER_WIDTH - columnWidth * columns, ...Array.from({ length: columns }, () => columnWidth)];
  const header = headerRows(view, years, byQuarter, widths);
  const headerHeight = byQuarter ? 500 : 280;
  writer.pages.row(headerHeight, 0);
  const quarters = new Map(view.model.annexes.timeline.map((entry) => [entry.action, new Map(entry.years.map((y) => [y.year, y.quarters]))]));
  const rows: TableRow[] = [...header];
  const timeline = timelineRows(view);
  for (const theme of view.model.themes) {
    const title = themeTitle(view, theme);
    rows.push(bodyRow([cell(`**${title}**`, textWidth, { fill: "DEEAF6", columnSpan: widths.length })]));
    writer.pages.row(rowHeight([title], [textWidth]), headerHeight);
    const ids = new Set(theme.objectives.flatMap((objective) => objective.actions.map((action) => action.id)));
    for (const row of timeline.filter((r) => ids.has(r.id))) {
      writer.pages.row(rowHeight(["", row.title], widths), headerHeight);
      const bars = byQuarter ? quarterCells(years, quarters.get(row.id), columnWidth) : yearCells(row, years, columnWidth);
      rows.push(bodyRow([cell([new TextRun({ text: row.number, bold: true }), new TextRun({ text: row.id, break: 1 })], NUMBER_WIDTH), cell(row.title, widths[1]!), ...bars]));
    }
  }
  writer.add(fixedTable(rows, widths), 0);
}

function headerRows(view: DraftView, years: number[], byQuarter: boolean, widths: number[]): TableRow[] {
  const { labels } = view;
  const white = { fill: HEADER_FILL, bold: true, color: "FFFFFF" };
  const span = byQuarter ? 4 : 1;
  const first = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell(labels.number, widths[0]!, white), cell(labels.action, widths[1]!, white),
      ...years.map((year) => cell(String(year), widths[2]! * span, { ...white, center: true, columnSpan: span })),
    ],
  });
  if (!byQuarter) return [first];
  const small = (text: string) => [new TextRun({ text, size: 12, bold: true, color: "FFFFFF" })];
  const second = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell("", widths[0]!, white), cell("", widths[1]!, white),
      ...years.flatMap(() => [1, 2, 3, 4].map((q) => cell(small(quarterLabel(q, view.lang)), widths[2]!, { ...white, center: true, tight: true }))),
    ],
  });
  return [first, second];
}

/**
 * The quarters of each year, shaded where the action runs, alternate years in light grey to guide
 * the eye. Quarters alike in a year share one spanning cell: a fifth of the cells to write.
 */
function quarterCells(years: number[], covered: Map<number, number[]> | undefined, width: number): TableCell[] {
  return years.flatMap((year, i) => {
    const on = [1, 2, 3, 4].map((q) => covered?.get(year)?.includes(q) ?? false);
    const cells: TableCell[] = [];
    for (let q = 0; q < 4;) {
      let span = 1;
      while (q + span < 4 && on[q + span] === on[q]) span++;
      const fill = on[q] ? BAR : i % 2 === 1 ? ALTERNATE_YEAR : undefined;
      cells.push(cell([], width * span, { fill, ...(span > 1 ? { columnSpan: span } : {}) }));
      q += span;
    }
    return cells;
  });
}

/** A cell a year: dark for the whole year, light with the quarters for part of it. */
function yearCells(row: TimelineRow, years: number[], width: number): TableCell[] {
  return years.map((_, i) => {
    const text = row.cells[i] ?? "";
    if (text === "") return cell("", width);
    return text === "■" ? cell("", width, { fill: BAR }) : cell(text, width, { fill: PART, center: true });
  });
}
