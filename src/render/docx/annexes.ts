/**
 * The annexes, lettered as in the Markdown draft: Protocol coverage (shaded by how many actions
 * serve each article), the timeline as a Gantt chart, responsibilities, likely duplicates, sources.
 */
import { coverageMatrix, indicatorRows, uncoveredArticles, uncoveredIndicatorRows } from "../views/coverage.js";
import type { DraftView } from "../views/context.js";
import { responsibilityRows, type ResponsibilityRow } from "../views/responsibilities.js";
import { duplicateRows, sourceRows, type SourcePlace } from "../views/sources.js";
import { accountRows } from "./action-details.js";
import { textCell } from "./fallbacks.js";
import { LINE_HEIGHT, linesKeptWith, linesOf, rowHeight, tableHeight } from "./pages.js";
import { bodyRow, cell, fixedTable, headerCell, headerRow, literal, proportional, textTable, type CellContent } from "./tables.js";
import { writeTimeline } from "./timeline.js";
import { PAGE_LABELS } from "./page-labels.js";
import { fileLines, fitColumns, longestLine, minimumWidth } from "./widths.js";
import type { DocxWriter } from "./writer.js";
import { noBreakHyphens, paragraph, tableRow, textRun } from "./xml.js";

export function writeAnnexes(writer: DocxWriter, view: DraftView): void {
  const { labels } = view;
  writer.startAnnexes(labels.annex);
  writer.section("portrait");
  writer.heading(1, labels.protocolCoverage);
  writeCoverage(writer, view);
  writer.section("landscape");
  writer.heading(1, labels.timeline);
  writeTimeline(writer, view);
  writer.section("portrait");
  writer.heading(1, labels.responsibilities);
  writeResponsibilities(writer, view);
  writeDuplicates(writer, view);
  writeSources(writer, view);
}

/** Darker the more actions serve an article; an article no action serves is marked in red. */
function coverageFill(count: number): { fill?: string; color?: string } {
  if (count === 0) return {};
  if (count === 1) return { fill: "DEEAF6" };
  if (count <= 3) return { fill: "9DC3E6" };
  if (count <= 6) return { fill: "5B9BD5", color: "FFFFFF" };
  return { fill: "2E74B5", color: "FFFFFF" };
}

function writeCoverage(writer: DocxWriter, view: DraftView): void {
  const { labels, model } = view;
  writeParagraph(writer, `${view.text(model.reference.instrument.title)}.`);
  writeParagraph(writer, labels.coverageLegend);
  const themes = model.themes.length;
  const textWidth = writer.pages.textWidth;
  const themeWidth = Math.min(900, Math.floor((textWidth * 0.55) / (themes + 1)));
  const matrix = coverageMatrix(view);
  const header = coverageHeader(writer, view, themeWidth);
  const widths = fitColumns([textWidth - themeWidth * (themes + 1), ...Array.from({ length: themes + 1 }, () => themeWidth)], [
    header.texts, ...matrix.map((row) => [`${row.article}. ${row.title}`, ...row.counts.map(String), String(row.total)]),
  ]);
  const head = header.rows(widths);
  accountRows(writer, [header.texts, ...matrix.map((row) => [`${row.article}. ${row.title}`])], widths);
  const rows = matrix.map((row) => bodyRow([
    cell(writer, { runs: textRun(`${row.article}. `) + writer.runs(row.title) }, widths[0]!),
    ...row.counts.map((count, i) => {
      const fill = coverageFill(count);
      return cell(writer, literal(count === 0 ? "" : String(count), { color: fill.color }), widths[i + 1]!, { center: true, fill: fill.fill });
    }),
    cell(writer, literal(row.total === 0 ? "—" : String(row.total), { bold: true }), widths[widths.length - 1]!, { center: true, ...(row.total === 0 ? { fill: "F8D7D5" } : {}) }),
  ]));
  writer.add([fixedTable([...head, ...rows], widths), spacer()], 0.5);
  writer.heading(2, labels.actionsByIndicator);
  const indicators = indicatorRows(view);
  // A plan's own statement without the draft's language is marked as the language it prints in.
  const statement = (id: string) => textCell(writer, view, view.indicator(id)?.statement);
  const indicatorTable = indicators.map((row) => [literal(row.indicator), literal(String(row.article)), statement(row.indicator), { runs: actionList(writer, row.actionIds, row.actions) }]);
  const indicatorTexts = indicators.map((row) => [row.indicator, String(row.article), row.statement, row.actions.join(", ")]);
  const indicatorHeader = [labels.indicator, labels.article, labels.statement, labels.actions];
  writeFlowingTable(writer, indicatorHeader, indicatorTexts, indicatorTable, weighted(writer, [12, 10, 50, 23], [indicatorHeader, ...indicatorTexts]), [false, true]);
  const uncovered = uncoveredArticles(view);
  if (uncovered.length === 0) writeHeadedParagraph(writer, 2, labels.uncoveredArticles, labels.allArticlesCovered);
  else writer.heading(2, labels.uncoveredArticles);
  for (const row of uncovered) {
    const bullets = { id: writer.listId("bullets"), level: 0 };
    writer.add(paragraph({ numbering: bullets, spacing: { after: 40 } }, textRun(`${row.article}. `) + writer.runs(row.title)), 1.15);
  }
  const unserved = uncoveredIndicatorRows(view);
  if (unserved.length === 0) {
    writeHeadedParagraph(writer, 2, labels.uncoveredIndicators, labels.allIndicatorsCovered);
    return;
  }
  writer.heading(2, labels.uncoveredIndicators);
  const unservedTexts = unserved.map((row) => [row.indicator, String(row.article), row.statement]);
  const unservedTable = unserved.map((row) => [literal(row.indicator), literal(String(row.article)), statement(row.indicator)]);
  const unservedHeader = [labels.indicator, labels.article, labels.statement];
  writeFlowingTable(writer, unservedHeader, unservedTexts, unservedTable, weighted(writer, [12, 10, 73], [unservedHeader, ...unservedTexts]), [false, true]);
}

/**
 * The coverage matrix's header: `Theme N` over each theme's column where the word fits the column
 * the themes' share of the page gives it, else `Themes` once across their columns over a row of
 * their numbers, as a typesetter heads narrow columns: with eight themes and more, `Theme` broke
 * mid-word (`The/me`), and the article column gave up its width to them. `texts` is the header as
 * the columns are fitted to it (the numbers alone, where they are spanned); `rows` its rows, told
 * to the page estimate as they are made.
 */
function coverageHeader(writer: DocxWriter, view: DraftView, themeWidth: number) {
  const { labels, model } = view;
  const numbers = model.themes.map((theme) => String(theme.number));
  const labelled = numbers.map((number) => `${labels.theme} ${number}`);
  const spanned = minimumWidth(labelled, 18) > themeWidth;
  const texts = [labels.article, ...(spanned ? numbers : labelled), labels.total];
  const center = texts.map((_, i) => i > 0);
  const rows = (widths: readonly number[]): string[] => {
    const bottom = headerRow(writer, spanned ? ["", ...numbers, ""] : texts, widths, center);
    if (!spanned) return [bottom];
    const span = PAGE_LABELS[view.lang].themes;
    const spanWidth = widths.slice(1, -1).reduce((sum, width) => sum + width, 0);
    writer.pages.row(rowHeight([span], [spanWidth]), 0);
    const top = tableRow([
      headerCell(writer, labels.article, widths[0]!),
      headerCell(writer, span, spanWidth, { center: true, columnSpan: numbers.length }),
      headerCell(writer, labels.total, widths[widths.length - 1]!, { center: true }),
    ].join(""), true);
    return [top, bottom];
  };
  return { texts, rows };
}

/** Columns across the page in proportion to `weights`, none narrower than a word of `rows`. */
function weighted(writer: DocxWriter, weights: readonly number[], rows: readonly (readonly string[])[]): number[] {
  return fitColumns(proportional(weights, writer.pages.textWidth), rows);
}

/**
 * A table that may run over pages (its header row repeated), then a gap: `texts` is each row as
 * plain text, for the page estimate; `rows` as it prints.
 */
function writeFlowingTable(writer: DocxWriter, header: string[], texts: readonly string[][], rows: readonly CellContent[][], widths: readonly number[], center: boolean[] = []): void {
  const splits = accountRows(writer, [header, ...texts], widths);
  writer.add([textTable(writer, header, rows, widths, { center, splits }), spacer()], 0.5);
}

function writeResponsibilities(writer: DocxWriter, view: DraftView): void {
  const { labels } = view;
  const { countries, organizations } = responsibilityRows(view);
  const table = (first: string, list: readonly ResponsibilityRow[]) => {
    const texts = list.map((row) => [row.name, row.leads.join(", "), row.partners.join(", ")]);
    const rows = list.map((row) => [row.name, count(writer, row.leadIds, row.leads), count(writer, row.partnerIds, row.partners)]);
    const header = [first, labels.leads, labels.asPartner];
    writeFlowingTable(writer, header, texts, rows, responsibilityWidths(header, texts, writer.pages.textWidth));
  };
  writer.heading(2, labels.byCountry);
  table(labels.country, countries);
  writer.heading(2, labels.organizations);
  table(labels.organization, organizations);
}

/**
 * A responsibilities table's columns: the name as wide as its longest name on one line, up to two
 * fifths of the page, or what the lists leave when they are short (a fifth of the page had a long
 * organisation's name on five lines); the lists of actions share the rest in proportion to their
 * longest, so that each takes about as many lines, each header on one line.
 */
function responsibilityWidths(header: readonly string[], texts: readonly string[][], total: number): number[] {
  const [name, leads, partners] = [0, 1, 2].map((i) => longestLine(texts.map((row) => row[i]!), 18)) as [number, number, number];
  const nameWidth = Math.min(name, Math.max(Math.floor((total * 2) / 5), total - leads - partners));
  // Each header on one line: its words joined by no-break spaces, which fitColumns keeps whole.
  const headerLine = header.map((label) => label.replaceAll(" ", "\u00a0"));
  return fitColumns([nameWidth, ...proportional([leads, partners], total - nameWidth)], [headerLine, ...texts]);
}

/** "3: 1.1.1, 1.2.4, 2.1.1" with the count in bold and each number a link, or a dash. */
function count(writer: DocxWriter, ids: readonly string[], numbers: readonly string[]): { runs: string } {
  return numbers.length === 0 ? literal("—") : { runs: textRun(`${numbers.length}: `, { bold: true }) + actionList(writer, ids, numbers) };
}

/** The actions' numbers, each a link to its details (as in the Markdown draft), between commas. */
function actionList(writer: DocxWriter, ids: readonly string[], numbers: readonly string[]): string {
  return numbers.map((number, i) => writer.actionLink(ids[i]!, number)).join(textRun(", "));
}

function writeDuplicates(writer: DocxWriter, view: DraftView): void {
  const { labels } = view;
  const rows = duplicateRows(view);
  if (rows.length === 0) {
    writeHeadedParagraph(writer, 1, labels.likelyDuplicates, labels.noDuplicates);
    return;
  }
  const header = [labels.action, labels.source, labels.alsoProposedAs, labels.source, labels.similarity];
  // A place's file on a line of its own, whole: in these narrow columns, a file name after the group's broke at its hyphen (`groups/1-` over `intelligence.yaml`).
  const placeLines = ({ group, file }: SourcePlace) => `${group},\n${noBreakHyphens(file)}`;
  const placeCell = ({ group, file }: SourcePlace) => ({ runs: textRun(`${group},`) + textRun(noBreakHyphens(file), {}, true) });
  const texts = rows.map((row) => [row.first, placeLines(row.places[0]), row.second, placeLines(row.places[1]), row.similarity]);
  const widths = weighted(writer, [17, 25, 17, 25, 11], [header, ...texts]);
  // Each action's number links to its details, as in the Markdown draft.
  const linked = (id: string, number: string) => ({ runs: writer.actionLink(id, number) });
  const table = rows.map((row) => [linked(row.ids[0], row.first), placeCell(row.places[0]), linked(row.ids[1], row.second), placeCell(row.places[1]), literal(row.similarity)]);
  writeAnnexTable(writer, { heading: labels.likelyDuplicates, intro: labels.duplicatesIntro, header, texts, rows: table, widths, center: [false, false, false, false, true] });
  writer.add(spacer(), 0.5);
}

function writeSources(writer: DocxWriter, view: DraftView): void {
  const { labels } = view;
  const header = [labels.theme, labels.group, labels.facilitator, labels.rapporteur, labels.file, labels.actions];
  const sources = sourceRows(view);
  const texts = (fileWidth?: number) => sources.map((row) => [row.theme, row.group, row.facilitator, row.rapporteur, fileLines(row.file, fileWidth), String(row.actions)]);
  const fitted = sourceWidths(writer, [header, ...texts()], sources.map((row) => row.file));
  const printed = texts(fitted[4]);
  const widths = shortestSplit(fitted, [header, ...printed]);
  // Names may carry Markdown; ids, paths and counts are data.
  const rows = printed.map((row) => row.map((text, i) => (i === 2 || i === 3 ? text : literal(text))));
  writeAnnexTable(writer, { heading: labels.sources, header, texts: printed, rows, widths, center: [true, false, false, false, false, true] });
}

/**
 * The sources' columns: the file column its share of the page, or where that is narrower, as wide
 * as the longest whole name (`groups/01-group.yaml`) up to a quarter of the page, else as the
 * widest name its folder leaves (`3-detention-alternatives.yaml`); the others the rest in their
 * proportions. Taken from the widest column first, the room a column as wide as the longest whole
 * name needed had left the working groups' names a word a line, `Grupo de trabajo` on two.
 */
function sourceWidths(writer: DocxWriter, rows: readonly (readonly string[])[], files: readonly string[]): number[] {
  const total = writer.pages.textWidth;
  const whole = minimumWidth(files.map((file) => fileLines(file, Infinity)), 18);
  const file = Math.max(proportional(SOURCE_WEIGHTS, total)[4]!, whole <= total / 4 ? whole : minimumWidth(rows.map((row) => row[4]!), 18));
  const others = proportional(SOURCE_WEIGHTS.filter((_, i) => i !== 4), total - file);
  return fitColumns([...others.slice(0, 4), file, ...others.slice(4)], rows);
}

/** Theme, working group, facilitator, rapporteur, file, actions. */
const SOURCE_WEIGHTS = [7, 24, 22, 18, 20, 9];

/**
 * The sources' columns with the room of the working group's, the facilitator's and the
 * rapporteur's shared anew, where another share makes the table shorter: the group's column takes
 * each width between the narrowest its words allow and the most the others' words leave it, the
 * other two the rest in their proportions, and the shortest table wins (the nearest to `widths` of
 * those as short). Plan init's working groups, named for their themes, took six lines in their
 * share beside `To be confirmed (IOM)` on two, and its English draft gave Annex E a page of its own.
 */
function shortestSplit(widths: readonly number[], rows: readonly (readonly string[])[]): number[] {
  const [, group, facilitator, rapporteur] = widths as [number, number, number, number];
  const room = group + facilitator + rapporteur;
  const floors = [1, 2, 3].map((i) => minimumWidth(rows.map((row) => row[i]!), 18)) as [number, number, number];
  const height = (candidate: readonly number[]) => tableHeight(rows.map((row) => rowHeight(row, candidate)));
  let best = [...widths];
  let shortest = height(best);
  for (let width = floors[0]; width <= room - floors[1] - floors[2]; width += SPLIT_STEP) {
    const [left, right] = proportional([facilitator, rapporteur], room - width) as [number, number];
    if (left < floors[1] || right < floors[2]) continue;
    const candidate = [widths[0]!, width, left, right, ...widths.slice(4)];
    const candidateHeight = height(candidate);
    if (candidateHeight < shortest || (candidateHeight === shortest && Math.abs(width - group) < Math.abs(best[1]! - group))) {
      best = candidate;
      shortest = candidateHeight;
    }
  }
  return best;
}

/** The step, in twips, of the working group's column widths shortestSplit tries: a few letters. */
const SPLIT_STEP = 50;

interface AnnexTable {
  heading: string;
  intro?: string;
  /** The header and each row as plain text, for the widths and the page estimate, and each row as it prints. */
  header: string[];
  texts: string[][];
  rows: CellContent[][];
  widths: number[];
  center: boolean[];
}

/**
 * An annex of one table under its heading (and an introduction). A table of up to half a
 * page is kept on one page with its heading, which starts a new page when they do not fit in what
 * is left of this one: the Spanish draft ended on a page holding the last row of its sources.
 */
function writeAnnexTable(writer: DocxWriter, annex: AnnexTable): void {
  const { intro, header, texts, rows, widths, center } = annex;
  const height = tableHeight([header, ...texts].map((row) => rowHeight(row, widths)));
  const { left, page } = writer.pages.room;
  const introLines = intro === undefined ? 0 : linesOf(intro, writer.pages.textWidth, 21) + 0.4;
  const whole = height <= page / 2;
  const above = writer.pages.headingHeight(1, annex.heading) + introLines * LINE_HEIGHT;
  writer.heading(1, annex.heading, whole && above + height > left);
  if (intro !== undefined) writer.add(paragraph(whole ? { keepNext: true } : {}, writer.runs(intro)), introLines);
  let splits: boolean[] = [];
  if (whole) {
    writer.pages.row(height, 0);
    writer.pages.gap(120);
  } else splits = accountRows(writer, [header, ...texts], widths);
  writer.add(textTable(writer, header, rows, widths, { center, whole, splits }), 0);
}

function writeParagraph(writer: DocxWriter, text: string): void {
  writer.add(paragraph({}, writer.runs(text)), linesOf(text, writer.pages.textWidth, 21) + 0.4);
}

/**
 * A heading with a paragraph alone under it ("No likely duplicates were found"), which it keeps
 * with as LibreOffice does, not with the three lines and a half of a table's start: the page
 * estimate had moved the heading of a one-theme plan's Spanish Annex D to a page of its own, and
 * the contents said it was a page later than it is.
 */
function writeHeadedParagraph(writer: DocxWriter, level: 1 | 2, heading: string, text: string): void {
  writer.heading(level, heading, false, { keepLines: linesKeptWith(linesOf(text, writer.pages.textWidth, 21)) });
  writeParagraph(writer, text);
}

/** An empty paragraph after a table, so the next table or heading does not touch it. */
export function spacer(): string {
  return paragraph({ spacing: { after: 0 } });
}
