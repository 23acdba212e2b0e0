/**
 * One action in full, under its own heading: what it is, its particulars as a two-column table,
 * how progress is measured, its outputs and notes.
 */
import { Paragraph, TextRun } from "docx";
import type { ActionModel, ObjectiveModel } from "../../model/plan-model.js";
import { actionLabel, formatTimeframe, type DraftView } from "../views/context.js";
import { inlineRuns } from "./inline.js";
import { linesOf } from "./pages.js";
import { bodyRow, cell, fixedTable, textTable, type CellContent } from "./tables.js";
import { lines, parties, rowHeight } from "./themes.js";
import type { DocxWriter } from "./writer.js";

const LABEL_FILL = "EDF2F9";
const PARTICULAR_WIDTHS = [2200, 7160];
const MEASURE_WIDTHS = [2840, 2000, 2000, 2520];

export function writeActionDetails(writer: DocxWriter, view: DraftView, action: ActionModel, objective: ObjectiveModel): void {
  const { labels } = view;
  const width = writer.pages.textWidth;
  writer.heading(3, `${labels.action} ${actionLabel(action)}: ${view.text(action.title)}`);
  const description = view.text(action.description);
  if (description) writer.add(new Paragraph({ children: inlineRuns(description) }), linesOf(description, width, 21) + 0.4);
  writeParticulars(writer, particulars(view, action, objective));
  if (action.indicators.length > 0) {
    writer.add(label(labels.monitoringIndicators), 1.3);
    const header = [labels.indicator, labels.baseline, labels.target, labels.verification];
    const rows = action.indicators.map((measure) => [measure.text, measure.baseline, measure.target, measure.verification].map((text) => view.text(text) || "—"));
    accountRows(writer, [header, ...rows], MEASURE_WIDTHS);
    writer.add(textTable(header, rows, MEASURE_WIDTHS), 0);
  }
  if (action.outputs.length > 0) {
    writer.add(label(labels.outputs), 1.3);
    for (const output of action.outputs) {
      const text = view.text(output);
      writer.add(new Paragraph({ numbering: { reference: "bullets", level: 0 }, spacing: { after: 40 }, children: inlineRuns(text) }), linesOf(text, width - 360, 21) + 0.15);
    }
  }
  const notes = view.text(action.notes);
  if (notes) writer.add(new Paragraph({ children: [new TextRun({ text: `${labels.notes}: `, bold: true }), ...inlineRuns(notes)] }), linesOf(notes, width, 21) + 0.4);
}

/** Label and value rows: objective, lead, partners, timeframe, priority, Protocol indicators, related actions, source. */
function particulars(view: DraftView, action: ActionModel, objective: ObjectiveModel): [string, CellContent, string][] {
  const { labels } = view;
  const indicators = new Map(view.model.reference.indicators.map((indicator) => [indicator.id, indicator]));
  const protocol = action.protocol.map((id) => {
    const indicator = indicators.get(id);
    return indicator ? `${id} (${labels.article.toLowerCase()} ${indicator.article}): ${view.text(indicator.statement)}` : id;
  });
  const related = action.related.map((id) => {
    const other = view.action(id);
    return other ? `${actionLabel(other)} ${view.text(other.title)}` : id;
  });
  const objectiveText = `${objective.number} ${view.text(objective.title)}`;
  const { source } = action;
  const sourceText = `${source.group}, ${source.file}, ${labels.line} ${source.line}`;
  const rows: [string, CellContent, string][] = [
    [labels.objective, objectiveText, objectiveText],
    [labels.lead, parties(view, action.lead), parties(view, action.lead)],
    [labels.partners, parties(view, action.partners), parties(view, action.partners)],
    [labels.timeframe, formatTimeframe(action.timeframe, view.lang), ""],
    [labels.priority, labels.priorities[action.priority], ""],
    [labels.protocolIndicators, lines(protocol), protocol.join("\n")],
  ];
  if (related.length > 0) rows.push([labels.relatedActions, lines(related), related.join("\n")]);
  rows.push([labels.source, sourceText, sourceText]);
  return rows;
}

/** The particulars as a borderless-looking two-column table, labels shaded. */
function writeParticulars(writer: DocxWriter, rows: [string, CellContent, string][]): void {
  for (const [, , text] of rows) writer.pages.row(rowHeight(["", text], PARTICULAR_WIDTHS), 0);
  const table = fixedTable(rows.map(([name, value]) => bodyRow([
    cell(name, PARTICULAR_WIDTHS[0]!, { fill: LABEL_FILL, bold: true }),
    cell(value, PARTICULAR_WIDTHS[1]!),
  ])), PARTICULAR_WIDTHS);
  writer.add([table], 0);
}

/** A bold run-in label that keeps with what follows. */
function label(text: string): Paragraph {
  return new Paragraph({ style: "Label", children: [new TextRun(text)] });
}

/** Tells the page estimate about a table's rows, the first being the repeated header. */
export function accountRows(writer: DocxWriter, rows: readonly (readonly string[])[], widths: readonly number[]): void {
  const [header = [], ...body] = rows;
  const headerHeight = rowHeight(header, widths);
  writer.pages.row(headerHeight, 0);
  for (const row of body) writer.pages.row(rowHeight(row, widths), headerHeight);
  writer.pages.gap(120);
}
