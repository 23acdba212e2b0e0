/**
 * The timeline as a Gantt chart: a row per action, grouped by theme, and a shaded cell for each
 * quarter it runs (a column per year, shaded whole or in part, when the period is too long).
 */
import { quarterLabel } from "../labels.js";
import type { DraftView } from "../views/context.js";
import { periodYears, timelineRows, type TimelineRow } from "../views/timeline.js";
import { textCell } from "./fallbacks.js";
import { PAGE_LABELS } from "./page-labels.js";
import { rowHeight } from "./pages.js";
import { bodyRow, cell, headerCell, literal } from "./tables.js";
import { numberRuns, themeTitle } from "./themes.js";
import { fitColumns } from "./widths.js";
import type { DocxWriter } from "./writer.js";
import { paragraph, tableRow } from "./xml.js";

const NUMBER_WIDTH = 1150;
const MIN_TITLE_WIDTH = 3500;
/** More quarters than this and the chart shows years. */
const MAX_QUARTERS = 40;
const BAR = "2E74B5";
const PART = "9DC3E6";
const ALTERNATE_YEAR = "F2F2F2";
/** Four bold digits in the table's 9 pt Arial (0.556 em each), and a cell's margins, in twips. */
const YEAR_TEXT_WIDTH = 400;
const CELL_MARGINS = 230;

export function writeTimeline(writer: DocxWriter, view: DraftView): void {
  const years = periodYears(view);
  const byQuarter = years.length * 4 <= MAX_QUARTERS;
  const legend = PAGE_LABELS[view.lang][byQuarter ? "quarterLegend" : "yearLegend"];
  writer.add(paragraph({}, writer.runs(legend)), 1.4);
  const columns = byQuarter ? years.length * 4 : years.length;
  const textWidth = writer.pages.textWidth;
  const columnWidth = Math.min(byQuarter ? 300 : 900, Math.floor((textWidth - NUMBER_WIDTH - MIN_TITLE_WIDTH) / Math.max(1, columns)));
  // The quarter or year columns are sized by the period: only the number and title columns are fitted to their words.
  const rows = timelineRows(view);
  const texts = [[view.labels.number, view.labels.action], ...rows.map((row) => [`${row.number}\n${row.id}`, row.title])];
  const widths = fitColumns([NUMBER_WIDTH, textWidth - NUMBER_WIDTH - columnWidth * columns, ...Array.from({ length: columns }, () => columnWidth)], texts, undefined, 2);
  writer.addTable(widths, chartRows(writer, view, { years, byQuarter, widths, columnWidth, rows }));
}

interface ChartColumns {
  years: number[];
  byQuarter: boolean;
  /** Number, title, then a column a quarter or a year. */
  widths: number[];
  columnWidth: number;
  /** Every action's row, in plan order. */
  rows: TimelineRow[];
}

/** The chart's rows, a header then a theme's row and its actions' in turn, each told to the page estimate as it is made. */
function* chartRows(writer: DocxWriter, view: DraftView, chart: ChartColumns): Generator<string> {
  const { years, byQuarter, widths, columnWidth, rows: timeline } = chart;
  const textWidth = writer.pages.textWidth;
  yield* headerRows(writer, view, chart);
  const headerHeight = byQuarter ? 500 : 280;
  writer.pages.row(headerHeight, 0);
  const quarters = new Map(view.model.annexes.timeline.map((entry) => [entry.action, new Map(entry.years.map((y) => [y.year, y.quarters]))]));
  for (const theme of view.model.themes) {
    const title = themeTitle(view, theme);
    const ids = new Set(theme.objectives.flatMap((objective) => objective.actions.map((action) => action.id)));
    const actions = timeline.filter((r) => ids.has(r.id));
    const heights = actions.map((row) => rowHeight(["", row.title], widths));
    // A theme's row keeps with its first action's, never left alone at the foot of a page.
    writer.pages.row(rowHeight([title], [textWidth]), headerHeight, heights[0] ?? 0);
    // The theme's title marked with its language where it is a fallback; else bold as Markdown, as it was.
    const marked = textCell(writer, view, theme.title, { bold: true }, `${view.labels.theme} ${theme.number}: `);
    yield bodyRow([cell(writer, typeof marked === "string" ? `**${title}**` : marked, textWidth, { fill: "DEEAF6", columnSpan: widths.length, keepNext: actions.length > 0 })]);
    for (const [i, row] of actions.entries()) {
      writer.pages.row(heights[i]!, headerHeight);
      yield bodyRow([
        cell(writer, numberRuns(writer, row.number, row.id), widths[0]!),
        cell(writer, textCell(writer, view, view.action(row.id)?.title), widths[1]!),
        ...(byQuarter ? quarterCells(writer, years, quarters.get(row.id), columnWidth) : yearCells(writer, row, years, columnWidth)),
      ]);
    }
  }
}

function headerRows(writer: DocxWriter, view: DraftView, { years, byQuarter, widths }: ChartColumns): string[] {
  const { labels } = view;
  const span = byQuarter ? 4 : 1;
  // A year's column over a long period is narrower than `2019` in the table's 9 pt with the cell's
  // margins: the year is written without them, and where it is narrower still, in 7 pt, never broken.
  const yearWidth = widths[2]! * span;
  const tight = yearWidth < YEAR_TEXT_WIDTH + CELL_MARGINS;
  // White bold runs smaller than the header's 9 pt (size in half-points).
  const small = (text: string, size: number) => literal(text, { size, bold: true, color: "FFFFFF" });
  const yearLabel = (year: number) => (yearWidth < YEAR_TEXT_WIDTH ? small(String(year), 14) : String(year));
  const first = tableRow([
    headerCell(writer, labels.number, widths[0]!), headerCell(writer, labels.action, widths[1]!),
    ...years.map((year) => headerCell(writer, yearLabel(year), yearWidth, { center: true, columnSpan: span, tight })),
  ].join(""), true);
  if (!byQuarter) return [first];
  const second = tableRow([
    headerCell(writer, "", widths[0]!), headerCell(writer, "", widths[1]!),
    ...years.flatMap(() => [1, 2, 3, 4].map((q) => headerCell(writer, small(quarterLabel(q, view.lang), 12), widths[2]!, { center: true, tight: true }))),
  ].join(""), true);
  return [first, second];
}

/**
 * The quarters of each year, shaded where the action runs, alternate years in light grey to guide
 * the eye. Quarters alike in a year share one spanning cell: a fifth of the cells to write.
 */
function quarterCells(writer: DocxWriter, years: number[], covered: Map<number, number[]> | undefined, width: number): string[] {
  return years.flatMap((year, i) => {
    const on = [1, 2, 3, 4].map((q) => covered?.get(year)?.includes(q) ?? false);
    const cells: string[] = [];
    for (let q = 0; q < 4;) {
      let span = 1;
      while (q + span < 4 && on[q + span] === on[q]) span++;
      const fill = on[q] ? BAR : i % 2 === 1 ? ALTERNATE_YEAR : undefined;
      cells.push(cell(writer, "", width * span, { fill, ...(span > 1 ? { columnSpan: span } : {}) }));
      q += span;
    }
    return cells;
  });
}

/** A cell a year: dark for the whole year, light with the quarters for part of it. */
function yearCells(writer: DocxWriter, row: TimelineRow, years: number[], width: number): string[] {
  return years.map((_, i) => {
    const text = row.cells[i] ?? "";
    if (text === "") return cell(writer, "", width);
    return text === "■" ? cell(writer, "", width, { fill: BAR }) : cell(writer, text, width, { fill: PART, center: true });
  });
}
