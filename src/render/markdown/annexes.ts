import { coverageMatrix, indicatorRows, uncoveredArticles, uncoveredIndicatorRows } from "../views/coverage.js";
import type { DraftView } from "../views/context.js";
import { responsibilityRows, type ResponsibilityRow } from "../views/responsibilities.js";
import { duplicateRows, placeText, sourceRows } from "../views/sources.js";
import { periodYears, timelineRows } from "../views/timeline.js";
import { bullets, table } from "./blocks.js";
import { themeHeading } from "./themes.js";
import type { DraftWriter } from "./writer.js";

const LETTERS = "ABCDEFGHIJ";

/** A section's heading in an annex, numbered as the Word draft numbers it: `A.1 Actions by compliance indicator`. */
type SectionHeading = (title: string) => void;

/** The annexes, lettered A, B, …: coverage, timeline, responsibilities, likely duplicates, sources. */
export function writeAnnexes(writer: DraftWriter, view: DraftView): void {
  const { labels } = view;
  const annexes: [string, (section: SectionHeading) => void][] = [
    [labels.protocolCoverage, (section) => writeCoverage(writer, view, section)],
    [labels.timeline, () => writeTimeline(writer, view)],
    [labels.responsibilities, (section) => writeResponsibilities(writer, view, section)],
    [labels.likelyDuplicates, () => writeDuplicates(writer, view)],
    [labels.sources, () => writeSources(writer, view)],
  ];
  annexes.forEach(([title, write], i) => {
    writer.heading(2, `${labels.annex} ${LETTERS[i]}: ${title}`, true);
    let sections = 0;
    write((section) => writer.heading(3, `${LETTERS[i]}.${++sections} ${section}`));
  });
}

function writeCoverage(writer: DraftWriter, view: DraftView, section: SectionHeading): void {
  const { labels, model } = view;
  writer.block(`${view.text(model.reference.instrument.title)}.`);
  writer.block(labels.coverageLegend);
  const themes = model.themes.map((theme) => `${labels.theme} ${theme.number}`);
  const rows = coverageMatrix(view).map((row) => [
    `${row.article}. ${row.title}`, ...row.counts.map((count) => (count === 0 ? "" : String(count))), row.total === 0 ? "—" : String(row.total),
  ]);
  writer.block(table([labels.article, ...themes, labels.total], rows, ["left", ...themes.map(() => "center" as const), "center"]));
  section(labels.actionsByIndicator);
  writer.block(table(
    [labels.indicator, labels.article, labels.statement, labels.actions],
    indicatorRows(view).map((row) => [row.indicator, String(row.article), row.statement, actionLinks(writer, view, row.actionIds, row.actions).join(", ")]),
  ));
  section(labels.uncoveredArticles);
  const uncovered = uncoveredArticles(view);
  writer.block(uncovered.length === 0 ? labels.allArticlesCovered : bullets(uncovered.map((row) => `${labels.article} ${row.article}: ${row.title}`)));
  section(labels.uncoveredIndicators);
  const unserved = uncoveredIndicatorRows(view);
  writer.block(unserved.length === 0 ? labels.allIndicatorsCovered : table(
    [labels.indicator, labels.article, labels.statement],
    unserved.map((row) => [row.indicator, String(row.article), row.statement]),
  ));
}

function writeTimeline(writer: DraftWriter, view: DraftView): void {
  const { labels } = view;
  const years = periodYears(view).map(String);
  writer.block(labels.timelineLegend);
  // A theme's row above its actions, as the Word draft's chart has it.
  const byId = new Map(timelineRows(view).map((row) => [row.id, row]));
  const rows = view.model.themes.flatMap((theme) => [
    ["", `**${themeHeading(view, theme)}**`, ...years.map(() => "")],
    ...theme.objectives.flatMap((objective) => objective.actions.flatMap((action) => byId.get(action.id) ?? [])).map((row) => [writer.linkTo(row.number, `${row.number} (${row.id})`), row.title, ...row.cells]),
  ]);
  writer.block(table([labels.number, labels.action, ...years], rows, ["left", "left", ...years.map(() => "center" as const)]));
}

function writeResponsibilities(writer: DraftWriter, view: DraftView, section: SectionHeading): void {
  const { labels } = view;
  const { countries, organizations } = responsibilityRows(view);
  const rows = (list: readonly ResponsibilityRow[]) => list.map((row) => [
    row.name, count(actionLinks(writer, view, row.leadIds, row.leads)), count(actionLinks(writer, view, row.partnerIds, row.partners)),
  ]);
  section(labels.byCountry);
  writer.block(table([labels.country, labels.leads, labels.asPartner], rows(countries)));
  section(labels.organizations);
  writer.block(table([labels.organization, labels.leads, labels.asPartner], rows(organizations)));
}

/** "3: 1.1.1, 1.2.4, 2.1.1", or "—". */
function count(numbers: readonly string[]): string {
  return numbers.length === 0 ? "—" : `${numbers.length}: ${numbers.join(", ")}`;
}

/**
 * The actions' numbers (`texts`), each linked to its details, as the particulars link theirs: an
 * annex lists hundreds of them in a large plan.
 */
function actionLinks(writer: DraftWriter, view: DraftView, ids: readonly string[], texts: readonly string[]): string[] {
  return ids.map((id, i) => actionLink(writer, view, id, texts[i]!));
}

/** `text` (an action's number) linked to the details of action `id`; as written where the plan holds no such action. */
function actionLink(writer: DraftWriter, view: DraftView, id: string, text: string): string {
  const action = view.action(id);
  return action ? writer.linkTo(action.number, text) : text;
}

function writeDuplicates(writer: DraftWriter, view: DraftView): void {
  const { labels } = view;
  const rows = duplicateRows(view);
  if (rows.length === 0) {
    writer.block(labels.noDuplicates);
    return;
  }
  writer.block(labels.duplicatesIntro);
  writer.block(table(
    [labels.action, labels.source, labels.alsoProposedAs, labels.source, labels.similarity],
    rows.map((row) => [actionLink(writer, view, row.ids[0], row.first), placeText(row.places[0]), actionLink(writer, view, row.ids[1], row.second), placeText(row.places[1]), row.similarity]),
  ));
}

function writeSources(writer: DraftWriter, view: DraftView): void {
  const { labels } = view;
  writer.block(table(
    [labels.theme, labels.group, labels.facilitator, labels.rapporteur, labels.file, labels.actions],
    sourceRows(view).map((row) => [row.theme, row.group, row.facilitator, row.rapporteur, row.file, String(row.actions)]),
  ));
}
