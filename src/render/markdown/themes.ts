import type { ActionModel, ObjectiveModel, ThemeModel } from "../../model/plan-model.js";
import { actionLabel, formatTimeframe, partyList, type DraftView } from "../views/context.js";
import { sourceText } from "../views/sources.js";
import { bullets, inline, paragraphLine, paragraphs, table, textParagraphs } from "./blocks.js";
import type { DraftWriter } from "./writer.js";

/** "Theme 1: Intelligence …": starts with a word and holds no full stop, so every reader makes the same anchor. */
export function themeHeading(view: DraftView, theme: ThemeModel): string {
  return `${view.labels.theme} ${theme.number}: ${inline(view.text(theme.title))}`;
}

/** One theme: its summary, its objectives, the action matrix, then each action in detail. */
export function writeTheme(writer: DraftWriter, view: DraftView, theme: ThemeModel): void {
  const { labels } = view;
  writer.heading(2, themeHeading(view, theme), true);
  writer.block(paragraphs(view.text(theme.summary)));
  writer.heading(3, labels.objectives);
  for (const objective of theme.objectives) {
    writer.block(`**${objective.number} ${inline(view.text(objective.title))}** (${objective.id})`);
    writer.block(paragraphs(view.text(objective.description)));
  }
  const actions = theme.objectives.flatMap((objective) => objective.actions);
  if (actions.length === 0) return;
  writer.heading(3, labels.actionMatrix);
  // Each objective's row above its actions, as the Word draft's matrix has it (there across the table; here in the Action column).
  const objectiveRow = (objective: ObjectiveModel) => ["", `**${labels.objective} ${objective.number}: ${inline(view.text(objective.title))}**`, "", "", "", "", ""];
  // Each action's number links to its details below, as the annexes' do.
  const actionRow = (action: ActionModel) => [
    writer.linkTo(action.number, actionLabel(action)), view.text(action.title), partyList(view, action.lead), partyList(view, action.partners),
    formatTimeframe(action.timeframe, view.lang), labels.priorities[action.priority], action.protocol.join(", "),
  ];
  writer.block(table(
    [labels.number, labels.action, labels.lead, labels.partners, labels.timeframe, labels.priority, labels.protocolIndicators],
    theme.objectives.filter((objective) => objective.actions.length > 0).flatMap((objective) => [objectiveRow(objective), ...objective.actions.map(actionRow)]),
  ));
  writer.heading(3, labels.actionDetails);
  for (const objective of theme.objectives) for (const action of objective.actions) writeAction(writer, view, action, objective);
}

/** One action: its description, a list of its particulars, its monitoring indicators as a table, outputs and notes. */
function writeAction(writer: DraftWriter, view: DraftView, action: ActionModel, objective: ObjectiveModel): void {
  const { labels } = view;
  writer.heading(4, `${labels.action} ${actionLabel(action)}: ${inline(view.text(action.title))}`, false, action.number);
  writer.block(paragraphs(view.text(action.description)));
  const protocol = action.protocol.map((id) => {
    const indicator = view.indicator(id);
    return indicator ? `${id} (${labels.article.toLowerCase()} ${indicator.article}): ${inline(view.text(indicator.statement))}` : id;
  });
  // The other action's number links to its details: a draft of a large plan is thousands of lines.
  const named = (other: ActionModel) => `${writer.linkTo(other.number, actionLabel(other))} ${inline(view.text(other.title))}`;
  const related = action.related.map((id) => {
    const other = view.action(id);
    return other ? named(other) : id;
  });
  writer.block([
    `- **${labels.objective}:** ${objective.number} ${inline(view.text(objective.title))}`,
    `- **${labels.lead}:** ${partyList(view, action.lead)}`,
    `- **${labels.partners}:** ${partyList(view, action.partners)}`,
    `- **${labels.timeframe}:** ${formatTimeframe(action.timeframe, view.lang)}`,
    `- **${labels.priority}:** ${labels.priorities[action.priority]}`,
    ...sublist(labels.protocolIndicators, protocol),
    ...sublist(labels.relatedActions, related),
    ...sublist(labels.likelyDuplicateOf, view.duplicatesOf(action.id).map(named)),
    `- **${labels.source}:** ${inline(sourceText(view, action.source))}`,
  ]);
  if (action.indicators.length > 0) {
    writer.block(`**${labels.monitoringIndicators}**`);
    writer.block(table(
      [labels.indicator, labels.baseline, labels.target, labels.verification],
      action.indicators.map((measure) => [measure.text, measure.baseline, measure.target, measure.verification].map((text) => view.text(text) || "—")),
    ));
  }
  if (action.outputs.length > 0) {
    writer.block(`**${labels.outputs}**`);
    writer.block(bullets(action.outputs.map((output) => view.text(output))));
  }
  // Each of the notes' paragraphs a paragraph of its own, the first after the label.
  const [firstNote, ...moreNotes] = textParagraphs(view.text(action.notes));
  if (firstNote !== undefined) writer.block([`**${labels.notes}:** ${inline(firstNote)}`, ...moreNotes.flatMap((note) => ["", paragraphLine(note)])]);
}

/** "- **Label:** x" for one item, a nested list for several, nothing for none. */
function sublist(label: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  if (items.length === 1) return [`- **${label}:** ${items[0]}`];
  return [`- **${label}:**`, ...items.map((item) => `  - ${item}`)];
}
