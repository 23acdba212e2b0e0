/**
 * One chapter per theme: its summary and objectives, the action matrix on landscape pages, then
 * each action in detail.
 */
import { Paragraph, TextRun, type ParagraphChild } from "docx";
import type { ActionModel, ObjectiveModel, ThemeModel } from "../../model/plan-model.js";
import { actionLabel, formatTimeframe, type DraftView } from "../views/context.js";
import { inlineRuns } from "./inline.js";
import { linesOf } from "./pages.js";
import { bodyRow, cell, fixedTable, headerRow, type CellContent } from "./tables.js";
import { writeActionDetails } from "./action-details.js";
import type { DocxWriter } from "./writer.js";

/** "Theme 1: Intelligence …", as the Markdown draft heads it. */
export function themeTitle(view: DraftView, theme: ThemeModel): string {
  return `${view.labels.theme} ${theme.number}: ${view.text(theme.title)}`;
}

export function writeTheme(writer: DocxWriter, view: DraftView, theme: ThemeModel): void {
  const { labels } = view;
  // The theme opens on a landscape page, so its objectives and its matrix are read together.
  writer.section("landscape");
  writer.heading(1, themeTitle(view, theme));
  const summary = view.text(theme.summary);
  if (summary) writer.add(new Paragraph({ children: inlineRuns(summary) }), linesOf(summary, writer.pages.textWidth, 21) + 0.4);
  writer.heading(2, labels.objectives);
  for (const objective of theme.objectives) {
    const title = view.text(objective.title);
    const children = [new TextRun({ text: `${objective.number} `, bold: true }), ...inlineRuns(title, { bold: true }), new TextRun(` (${objective.id})`)];
    writer.add(new Paragraph({ keepNext: true, children }), linesOf(`${objective.number} ${title} (${objective.id})`, writer.pages.textWidth, 21) + 0.4);
    const description = view.text(objective.description);
    if (description) writer.add(new Paragraph({ children: inlineRuns(description) }), linesOf(description, writer.pages.textWidth, 21) + 0.4);
  }
  if (theme.objectives.every((objective) => objective.actions.length === 0)) return;
  writer.heading(2, labels.actionMatrix);
  writeMatrix(writer, view, theme);
  writer.section("portrait");
  writer.heading(2, labels.actionDetails);
  for (const objective of theme.objectives) for (const action of objective.actions) writeActionDetails(writer, view, action, objective);
}

/** No., action, lead, partners, timeframe, priority, Protocol indicators: 13,680 twips, the landscape text width. */
const MATRIX_WIDTHS = [1150, 4700, 1800, 2700, 1350, 900, 1080];
const PRIORITY_FILL = { high: "F8D7D5", medium: "FFF2CC", low: "E2EFDA" } as const;
const OBJECTIVE_FILL = "DEEAF6";

function writeMatrix(writer: DocxWriter, view: DraftView, theme: ThemeModel): void {
  const { labels } = view;
  const header = [labels.number, labels.action, labels.lead, labels.partners, labels.timeframe, labels.priority, labels.protocolIndicators];
  const headerHeight = rowHeight(header, MATRIX_WIDTHS);
  writer.pages.row(headerHeight, 0);
  const rows = [headerRow(header, MATRIX_WIDTHS)];
  for (const objective of theme.objectives) {
    if (objective.actions.length === 0) continue;
    rows.push(objectiveRow(view, objective));
    writer.pages.row(rowHeight([view.text(objective.title)], [13680]), headerHeight);
    for (const action of objective.actions) {
      const texts = matrixTexts(view, action);
      writer.pages.row(rowHeight(texts, MATRIX_WIDTHS), headerHeight);
      rows.push(bodyRow([
        cell(numberRuns(action), MATRIX_WIDTHS[0]!),
        ...texts.slice(1, 5).map((text, i) => cell(text, MATRIX_WIDTHS[i + 1]!)),
        cell(texts[5]!, MATRIX_WIDTHS[5]!, { fill: PRIORITY_FILL[action.priority], center: true }),
        cell(lines(action.protocol), MATRIX_WIDTHS[6]!),
      ]));
    }
  }
  writer.add(fixedTable(rows, MATRIX_WIDTHS), 0);
}

/** An objective's title across the whole matrix, above its actions. */
function objectiveRow(view: DraftView, objective: ObjectiveModel) {
  const title = `${view.labels.objective} ${objective.number}: ${view.text(objective.title)}`;
  return bodyRow([cell(title, MATRIX_WIDTHS.reduce((a, b) => a + b, 0), { fill: OBJECTIVE_FILL, bold: true, columnSpan: MATRIX_WIDTHS.length })]);
}

function matrixTexts(view: DraftView, action: ActionModel): string[] {
  const { labels } = view;
  return [
    actionLabel(action), view.text(action.title), parties(view, action.lead), parties(view, action.partners),
    formatTimeframe(action.timeframe, view.lang), labels.priorities[action.priority], action.protocol.join(" "),
  ];
}

/** "1.1.1" in bold over the stable id. */
function numberRuns(action: ActionModel): ParagraphChild[] {
  return [new TextRun({ text: action.number, bold: true }), new TextRun({ text: action.id, break: 1 })];
}

/** Each item (inline Markdown) on its own line. */
export function lines(items: readonly string[]): CellContent {
  if (items.length === 0) return "—";
  return items.flatMap((item, i) => (i === 0 ? inlineRuns(item) : [new TextRun({ break: 1 }), ...inlineRuns(item)]));
}

/** Names of countries and organisations, or a dash for none. */
export function parties(view: DraftView, ids: readonly string[]): string {
  return ids.length === 0 ? "—" : ids.map((id) => view.party(id)).join(", ");
}

/** The height of a table row in twips, from its longest cell. */
export function rowHeight(texts: readonly string[], widths: readonly number[]): number {
  return Math.max(...texts.map((text, i) => linesOf(text, (widths[i] ?? widths[0]!) - 140, 18))) * 216 + 60;
}
