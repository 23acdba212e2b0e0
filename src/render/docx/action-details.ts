/**
 * One action in full, under its own heading: what it is, its particulars as a two-column table,
 * how progress is measured, its outputs and notes.
 */
import type { ActionModel, ObjectiveModel } from "../../model/plan-model.js";
import type { Text } from "../../model/text.js";
import { actionLabel, formatTimeframe, partyList, type DraftView } from "../views/context.js";
import { LINE_HEIGHT, linesOf, rowHeight, tableHeight } from "./pages.js";
import { bodyRow, cell, fixedTable, textTable, type CellContent } from "./tables.js";
import { plainInline } from "./inline.js";
import { lines } from "./themes.js";
import { paragraphRuns, prefixedRuns, textCell, textRuns, writeParagraphs } from "./fallbacks.js";
import { indicatorsLabelOverleaf } from "../labels.js";
import { fitColumns } from "./widths.js";
import type { DocxWriter } from "./writer.js";
import { noBreakHyphens, paragraph, textRun } from "./xml.js";

const LABEL_FILL = "EDF2F9";
const PARTICULAR_WIDTHS = [2200, 7160];
const MEASURE_WIDTHS = [2840, 2000, 2000, 2520];

export function writeActionDetails(writer: DocxWriter, view: DraftView, action: ActionModel, objective: ObjectiveModel): void {
  const { labels } = view;
  const width = writer.pages.textWidth;
  const description = view.text(action.description);
  const descriptionLines = description ? linesOf(description, width, 21) + 0.4 : 0;
  const table = particularsTable(particulars(writer, view, action, objective));
  // The heading's text as it prints (links, emphasis dropped), measured here and by writer.heading alike.
  const heading = prefixedRuns(writer, view, `${labels.action} ${actionLabel(action)}: `, action.title);
  // Else its particulars table, kept on one page, would head the next with nothing to say whose it is.
  writer.heading(3, heading, startsNewPage(writer, writer.pages.headingHeight(3, heading.plain) + descriptionLines * LINE_HEIGHT + table.height));
  writeParagraphs(writer, view, action.description);
  writeParticulars(writer, table);
  if (action.indicators.length > 0) {
    const header = [labels.indicator, labels.baseline, labels.target, labels.verification];
    const measures = action.indicators.map((measure) => [measure.text, measure.baseline, measure.target, measure.verification]);
    const rows = measures.map((texts) => texts.map((text) => view.text(text) || "—"));
    const widths = fitColumns(MEASURE_WIDTHS, [header, ...rows]);
    // Else the label and the table's header row could end a page, its rows all overleaf.
    const opening = LABEL_LINES * LINE_HEIGHT + rowHeight(header, widths) + Math.min(rowHeight(rows[0]!, widths), writer.pages.room.page / 2);
    const newPage = startsNewPage(writer, opening);
    if (newPage) writer.pages.pageBreak();
    // Heading a page, the label says whose indicators they are: the action's heading and
    // particulars are on the page before, and the big plan's details had pages of such tables.
    writer.add(label(newPage ? indicatorsLabelOverleaf(labels, actionLabel(action)) : labels.monitoringIndicators, newPage), LABEL_LINES);
    const splits = accountRows(writer, [header, ...rows], widths);
    const cells = measures.map((texts, r) => texts.map((text, i) => (rows[r]![i] === "—" ? "—" : textCell(writer, view, text))));
    writer.add(textTable(writer, header, cells, widths, { splits }), 0);
  }
  if (action.outputs.length > 0) {
    writer.add(label(labels.outputs), LABEL_LINES);
    const bullets = { id: writer.listId("bullets"), level: 0 };
    for (const output of action.outputs) {
      // Its later paragraphs under its first, in line with the bullet's text.
      paragraphRuns(writer, view, output).forEach(({ runs, plain }, i) => {
        writer.add(paragraph(i === 0 ? { numbering: bullets, spacing: { after: 40 } } : { indent: { left: 720 }, spacing: { after: 40 } }, runs), linesOf(plain, width - 360, 21) + 0.15);
      });
    }
  }
  paragraphRuns(writer, view, action.notes).forEach(({ runs, plain }, i) => {
    const prefix = i === 0 ? `${labels.notes}: ` : "";
    writer.add(paragraph({}, (prefix && textRun(prefix, { bold: true })) + runs), linesOf(prefix + plain, width, 21) + 0.4);
  });
}

/**
 * A particular: its label, its value (inline Markdown, or lines of it), the value's text for the
 * page estimate ("" when it is short), and what the cell holds where that is not the value (texts
 * of the model marked with their language where they are fallbacks).
 */
type Particular = [string, string | readonly string[], string, (CellContent | readonly CellContent[])?];

/** Label and value rows: objective, lead, partners, timeframe, priority, Protocol indicators, related actions, likely duplicates, source. */
function particulars(writer: DocxWriter, view: DraftView, action: ActionModel, objective: ObjectiveModel): Particular[] {
  const { labels } = view;
  const objectiveLine = { text: `${objective.number} ${view.text(objective.title)}`, content: textCell(writer, view, objective.title, {}, `${objective.number} `) };
  // A list's item is one line of the cell, as it reads in the Markdown draft's list: a line break
  // in its text a space, as in its heading, fallback or not (a fallback's had broken the line),
  // and its text for the page estimate so too.
  const line = (prefix: string, text: Text | undefined) => {
    const runs = prefixedRuns(writer, view, prefix, text);
    return { text: runs.plain, content: { runs: runs.xml } };
  };
  const protocol = action.protocol.map((id) => {
    const indicator = view.indicator(id);
    return indicator ? line(`${id} (${labels.article.toLowerCase()} ${indicator.article}): `, indicator.statement) : { text: id, content: id };
  });
  // The other action's number links to its details, as in the Markdown draft: a big plan's draft runs to thousands of pages.
  const named = (other: ActionModel) => {
    const number = actionLabel(other);
    return { text: `${number} ${plainInline(view.text(other.title))}`, content: { runs: writer.actionLink(other.id, number) + textRun(" ") + textRuns(writer, view, other.title) } };
  };
  const related = action.related.map((id) => {
    const other = view.action(id);
    return other ? named(other) : { text: id, content: id };
  });
  const duplicates = view.duplicatesOf(action.id).map(named);
  const source = sourceLines(view.groupName(action.source.group), noBreakHyphens(action.source.file));
  const listed = (label: string, items: readonly { text: string; content: CellContent }[]): Particular => {
    const texts = items.map((item) => item.text);
    return [label, texts, texts.join("\n"), items.map((item) => item.content)];
  };
  const rows: Particular[] = [
    [labels.objective, objectiveLine.text, objectiveLine.text, objectiveLine.content],
    [labels.lead, partyList(view, action.lead), partyList(view, action.lead)],
    [labels.partners, partyList(view, action.partners), partyList(view, action.partners)],
    [labels.timeframe, formatTimeframe(action.timeframe, view.lang), ""],
    [labels.priority, labels.priorities[action.priority], ""],
    listed(labels.protocolIndicators, protocol),
  ];
  if (related.length > 0) rows.push(listed(labels.relatedActions, related));
  if (duplicates.length > 0) rows.push(listed(labels.likelyDuplicateOf, duplicates));
  rows.push(listed(labels.source, source.map((text) => ({ text, content: text }))));
  return rows;
}

/**
 * Whether what starts with `height` twips that belong together (an action's heading, description
 * and particulars; a table's label, header and first row) starts a new page: when it would not fit
 * on what is left of this one, with a line to spare, but fits on a page. The break is the page
 * estimate's own (a page break before), not left to the reader's keep-with-next, so that the
 * contents' page numbers follow it; the line to spare is for where the estimate falls a few points
 * short of the reader's layout, which would then move a table alone.
 */
function startsNewPage(writer: DocxWriter, height: number): boolean {
  const { left, page } = writer.pages.room;
  return left < page && height + LINE_HEIGHT > left && height <= page;
}

/**
 * Where an action was proposed, as the source row's lines: "the group's name, its file" where the
 * file fits on the name's last line, else the file on a line of its own: a file name at a line's
 * end broke at its hyphen (`groups/1-` over `intelligence.yaml`), and may still at a slash, its
 * hyphens non-breaking now. The comma stays, so that the row reads the same as text (plan
 * textconv, a screen reader).
 */
function sourceLines(group: string, file: string): string[] {
  const together = `${group}, ${file}`;
  return rowHeight(["", together], PARTICULAR_WIDTHS) === rowHeight(["", group], PARTICULAR_WIDTHS) ? [together] : [`${group},`, file];
}

/** The particulars' rows, the widths of their columns and the table's height in twips. */
function particularsTable(rows: readonly Particular[]) {
  const widths = fitColumns(PARTICULAR_WIDTHS, rows.map(([name, value]) => [name, typeof value === "string" ? value : value.join("\n")]));
  return { rows, widths, height: tableHeight(rows.map(([, , text]) => rowHeight(["", text], widths))) };
}

/**
 * The particulars as a two-column table, labels shaded, kept on one page: split, its last rows
 * would head the next page with nothing to say which action they belong to.
 */
function writeParticulars(writer: DocxWriter, { rows, widths, height }: ReturnType<typeof particularsTable>): void {
  writer.pages.row(height, 0);
  const table = fixedTable(rows.map(([name, value, , content = value], i) => {
    const keepNext = i < rows.length - 1;
    return bodyRow([
      cell(writer, name, widths[0]!, { fill: LABEL_FILL, bold: true, keepNext }),
      cell(writer, isLines(content) ? lines(writer, content) : content, widths[1]!, { keepNext }),
    ]);
  }), widths);
  writer.add(table, 0);
}

function isLines(content: CellContent | readonly CellContent[]): content is readonly CellContent[] {
  return Array.isArray(content);
}

/** The lines a label takes in the page estimate, its spacing included. */
const LABEL_LINES = 1.3;

/** A bold run-in label that keeps with what follows; `newPage` starts it on a new page. */
function label(text: string, newPage = false): string {
  return paragraph({ style: "Label", ...(newPage ? { pageBreakBefore: true } : {}) }, textRun(text));
}

/**
 * Tells the page estimate about a table's rows, the first being the repeated header, and says
 * which body rows may split across pages: those taller than half a page (a country's actions as
 * partner in a big plan), which kept whole would leave the table's heading alone on a page.
 */
export function accountRows(writer: DocxWriter, rows: readonly (readonly string[])[], widths: readonly number[]): boolean[] {
  const [header = [], ...body] = rows;
  const headerHeight = rowHeight(header, widths);
  writer.pages.row(headerHeight, 0);
  const splits = body.map((row) => {
    const height = rowHeight(row, widths);
    const tall = height > writer.pages.room.page / 2;
    if (tall) writer.pages.splitRow(height, headerHeight);
    else writer.pages.row(height, headerHeight);
    return tall;
  });
  writer.pages.gap(120);
  return splits;
}
