/**
 * One chapter per theme: its summary and objectives, the action matrix on landscape pages, then
 * each action in detail.
 */
import type { ActionModel, ObjectiveModel, ThemeModel } from "../../model/plan-model.js";
import { formatTimeframe, partyList, type DraftView } from "../views/context.js";
import { linesOf, rowHeight } from "./pages.js";
import { bodyRow, cell, headerRow, type CellContent } from "./tables.js";
import { writeActionDetails } from "./action-details.js";
import { prefixedRuns, textCell, textRuns, writeParagraphs } from "./fallbacks.js";
import { fitColumns } from "./widths.js";
import type { DocxWriter } from "./writer.js";
import { LINE_BREAK, paragraph, textRun } from "./xml.js";

/** "Theme 1: Intelligence …", as the Markdown draft heads it. */
export function themeTitle(view: DraftView, theme: ThemeModel): string {
  return `${view.labels.theme} ${theme.number}: ${view.text(theme.title)}`;
}

export function writeTheme(writer: DocxWriter, view: DraftView, theme: ThemeModel): void {
  const { labels } = view;
  // The theme opens on a landscape page, so its objectives and its matrix are read together.
  writer.section("landscape");
  writer.heading(1, prefixedRuns(writer, view, `${labels.theme} ${theme.number}: `, theme.title));
  writeParagraphs(writer, view, theme.summary);
  writer.heading(2, labels.objectives);
  for (const objective of theme.objectives) {
    const title = view.text(objective.title);
    const runs = textRun(`${objective.number} `, { bold: true }) + textRuns(writer, view, objective.title, { bold: true }) + textRun(` (${objective.id})`);
    const description = view.text(objective.description);
    // A title keeps with its description; titles without one would chain the whole list onto the next page.
    writer.add(paragraph(description ? { keepNext: true } : {}, runs), linesOf(`${objective.number} ${title} (${objective.id})`, writer.pages.textWidth, 21) + 0.4);
    writeParagraphs(writer, view, objective.description);
  }
  if (theme.objectives.every((objective) => objective.actions.length === 0)) return;
  writeMatrix(writer, view, theme);
  writer.section("portrait");
  writer.heading(2, labels.actionDetails);
  for (const objective of theme.objectives) for (const action of objective.actions) writeActionDetails(writer, view, action, objective);
}

/** No., action, lead, partners, timeframe, priority, Protocol indicators: 13,680 twips, the landscape text width. */
const MATRIX_WIDTHS = [1150, 4700, 1800, 2700, 1350, 900, 1080];
const MATRIX_WIDTH = MATRIX_WIDTHS.reduce((a, b) => a + b, 0);
const PRIORITY_FILL = { high: "F8D7D5", medium: "FFF2CC", low: "E2EFDA" } as const;
const OBJECTIVE_FILL = "DEEAF6";

/** The matrix, with its heading; its columns widened where a header or a cell holds a word wider than the default. */
function writeMatrix(writer: DocxWriter, view: DraftView, theme: ThemeModel): void {
  const { labels } = view;
  const header = [labels.number, labels.action, labels.lead, labels.partners, labels.timeframe, labels.priority, labels.protocolIndicators];
  const texts = new Map(theme.objectives.flatMap((objective) => objective.actions).map((action) => [action, matrixTexts(view, action)]));
  const widths = fitColumns(MATRIX_WIDTHS, [header, ...texts.values()]);
  const heights = new Map<ActionModel | ObjectiveModel, number>([...texts].map(([action, row]) => [action, rowHeight(row, widths)]));
  for (const objective of theme.objectives) heights.set(objective, rowHeight([objectiveTitle(view, objective)], [MATRIX_WIDTH]));
  const matrix: Matrix = { header, headerHeight: rowHeight(header, widths), texts, heights, widths };
  writer.heading(2, labels.actionMatrix, startsNewPage(writer, view, theme, matrix));
  writer.addTable(widths, matrixRows(writer, view, theme, matrix));
}

interface Matrix {
  header: string[];
  headerHeight: number;
  /** Each action's cells as they print, and the height in twips of each action's and each objective's row. */
  texts: Map<ActionModel, string[]>;
  heights: Map<ActionModel | ObjectiveModel, number>;
  widths: readonly number[];
}

/**
 * Whether the matrix starts a new page: when not even its header and first action fit here, so
 * that its heading is not left at the bottom; and when it would fit whole on one page but not in
 * the under a third of a page left of this one. With more left, it starts under the theme's
 * objectives and goes on over the page with its header repeated: moved whole, it had left most
 * theme's opening page blank.
 */
function startsNewPage(writer: DocxWriter, view: DraftView, theme: ThemeModel, matrix: Matrix): boolean {
  const { left, page } = writer.pages.room;
  const heading = writer.pages.headingHeight(2, view.labels.actionMatrix);
  const objectives = theme.objectives.filter((objective) => objective.actions.length > 0);
  const rows = objectives.flatMap((objective) => [objective, ...objective.actions].map((row) => matrix.heights.get(row)!));
  const whole = heading + matrix.headerHeight + rows.reduce((a, b) => a + b, 0);
  if (whole <= left) return false;
  if (heading + matrix.headerHeight + rows[0]! + rows[1]! > left) return true;
  return whole <= page && left < page / 3;
}

/** "Objective 1.2: …", the row above an objective's actions. */
function objectiveTitle(view: DraftView, objective: ObjectiveModel): string {
  return `${view.labels.objective} ${objective.number}: ${view.text(objective.title)}`;
}

/** The matrix's rows, each told to the page estimate as it is made. */
function* matrixRows(writer: DocxWriter, view: DraftView, theme: ThemeModel, matrix: Matrix): Generator<string> {
  const { header, headerHeight, widths } = matrix;
  writer.pages.row(headerHeight, 0);
  yield headerRow(writer, header, widths);
  for (const objective of theme.objectives) {
    if (objective.actions.length === 0) continue;
    // An objective's row keeps with its first action's, never left alone at the foot of a page.
    writer.pages.row(matrix.heights.get(objective)!, headerHeight, matrix.heights.get(objective.actions[0]!)!);
    yield objectiveRow(writer, view, objective, widths);
    for (const action of objective.actions) {
      const texts = matrix.texts.get(action)!;
      writer.pages.row(matrix.heights.get(action)!, headerHeight);
      yield bodyRow([
        cell(writer, numberRuns(writer, action.number, action.id), widths[0]!),
        cell(writer, textCell(writer, view, action.title), widths[1]!),
        ...texts.slice(2, 5).map((text, i) => cell(writer, text, widths[i + 2]!)),
        cell(writer, texts[5]!, widths[5]!, { fill: PRIORITY_FILL[action.priority], center: true }),
        cell(writer, lines(writer, action.protocol), widths[6]!),
      ]);
    }
  }
}

/** An objective's title across the whole matrix, above its actions. */
function objectiveRow(writer: DocxWriter, view: DraftView, objective: ObjectiveModel, widths: readonly number[]): string {
  const title = textCell(writer, view, objective.title, { bold: true }, `${view.labels.objective} ${objective.number}: `);
  return bodyRow([cell(writer, title, widths.reduce((a, b) => a + b, 0), { fill: OBJECTIVE_FILL, bold: true, columnSpan: widths.length, keepNext: true })]);
}

/** The texts of an action's row as they print: the number over the id, the indicators one a line. */
function matrixTexts(view: DraftView, action: ActionModel): string[] {
  const { labels } = view;
  return [
    `${action.number}\n${action.id}`, view.text(action.title), partyList(view, action.lead), partyList(view, action.partners),
    unbrokenQuarters(formatTimeframe(action.timeframe, view.lang)), labels.priorities[action.priority], action.protocol.join("\n"),
  ];
}

/**
 * "Q1 2019 – Q4 2020" with no-break spaces inside each quarter and before the dash: the narrow
 * column breaks it after the dash ("Q1 2019 –" over "Q4 2020"), never inside a quarter ("Q4" over "2020").
 */
function unbrokenQuarters(timeframe: string): string {
  return timeframe.replace(/(?<=\p{Lu}\d) (?=\d{4})/gu, "\u00a0").replace(/ –/g, "\u00a0–");
}

/** "1.1.1" in bold, a link to the action's details, over the stable id. */
export function numberRuns(writer: DocxWriter, number: string, id: string): { runs: string } {
  return { runs: writer.actionLink(id, number, { bold: true }) + textRun(id, {}, true) };
}

/** Each item (inline Markdown, or runs made already) on its own line. */
export function lines(writer: DocxWriter, items: readonly CellContent[]): CellContent {
  if (items.length === 0) return "—";
  return { runs: items.map((item) => (typeof item === "string" ? writer.runs(item) : item.runs)).join(LINE_BREAK) };
}
