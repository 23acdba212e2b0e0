import type { Action, Measure, Objective, WorkingGroup } from "../../model/schema.js";
import type { Lang, Text } from "../../model/text.js";
import { formatTimeframe, toOneLine } from "../../parse/markdown/inline.js";
import { COLUMNS, labelName, priorityWord, type LabelKey } from "../../parse/markdown/vocabulary.js";
import { alignedTable } from "./table.js";
import { primaryLanguage, splitText, type SplitText } from "./texts.js";
import { renderGroupYaml } from "./yaml.js";

/**
 * A group as a Markdown matrix (docs/markdown-format.md): front matter, then per objective a
 * heading, its description, its translations, its table of actions and a section per action.
 * `lang` is the matrix's language (its headings and unlabelled texts): the one a Markdown source
 * was in, or the one asked for; else the group's texts choose (primaryLanguage).
 */
export function renderGroupMarkdown(group: WorkingGroup, lang: Lang = primaryLanguage(group)): string {
  const details = renderGroupYaml({ ...group, objectives: [] });
  const blocks = [`---\n${details}---`, ...group.objectives.flatMap((objective) => objectiveBlocks(objective, lang))];
  return blocks.join("\n\n") + "\n";
}

function objectiveBlocks(objective: Objective, lang: Lang): string[] {
  const title = splitText(objective.title, lang);
  const description = splitText(objective.description, lang);
  const blocks = [`## ${objective.id}: ${toOneLine(title.primary ?? "", false)}`.trimEnd()];
  if (description.primary !== undefined) blocks.push(description.primary);
  const items = [...translationItems("title", title, lang), ...translationItems("description", description, lang)];
  if (items.length > 0) blocks.push(items.join("\n"));
  if (objective.actions.length > 0) blocks.push(actionTable(objective.actions, lang));
  for (const action of objective.actions) blocks.push(...actionSection(action, lang));
  return blocks;
}

function actionTable(actions: readonly Action[], lang: Lang): string {
  const header = COLUMNS.map((column) => column.names[lang]);
  const rows = actions.map((action) => [
    action.id,
    toOneLine(splitText(action.title, lang).primary ?? "", true),
    (action.lead ?? []).join(", "),
    action.partners.join(", "),
    formatTimeframe(action.timeframe),
    priorityWord(action.priority, lang),
    action.protocol.join(", "),
  ]);
  return alignedTable(header, rows);
}

/** `### FLD-1.1` with what does not fit the table; nothing when the table says it all. */
function actionSection(action: Action, lang: Lang): string[] {
  const description = splitText(action.description, lang);
  const items = [
    ...translationItems("title", splitText(action.title, lang), lang),
    ...translationItems("description", description, lang),
    ...action.indicators.flatMap((measure) => measureItem(measure, lang)),
    ...(action.outputs ?? []).flatMap((output) => textItem(labelName("output", lang), output, lang, "")),
    ...(action.related && action.related.length > 0 ? [`- **${labelName("related", lang)}:** ${action.related.join(", ")}`] : []),
    ...(action.notes === undefined ? [] : textItem(labelName("notes", lang), action.notes, lang, "")),
  ];
  if (description.primary === undefined && items.length === 0) return [];
  const blocks = [`### ${action.id}`];
  if (description.primary !== undefined) blocks.push(description.primary);
  if (items.length > 0) blocks.push(items.join("\n"));
  return blocks;
}

/** `- **Title (es):** …`: the translation of a text written in the heading, table or paragraphs. */
function translationItems(key: LabelKey, text: SplitText, lang: Lang): string[] {
  return text.labels.map(([other, value]) => item(`${labelName(key, lang)} (${other})`, value, ""));
}

function measureItem(measure: Measure, lang: Lang): string[] {
  const lines = textItem(labelName("indicator", lang), measure.text, lang, "");
  for (const key of ["baseline", "target", "verification"] as const) {
    const text = measure[key];
    if (text !== undefined) lines.push(...textItem(labelName(key, lang), text, lang, "  "));
  }
  return lines;
}

/** `- **Notes:** …` with its translation as a sub-item `- **es:** …`. */
function textItem(label: string, text: Text, lang: Lang, indent: string): string[] {
  const split = splitText(text, lang);
  return [item(label, split.primary ?? "", indent), ...split.labels.map(([other, value]) => item(other, value, `${indent}  `))];
}

/** One list item; the text's further lines are indented under it (blank lines stay blank). */
function item(label: string, text: string, indent: string): string {
  const body = text.replace(/\n(?!\n|$)/g, `\n${indent}  `);
  return `${indent}- **${label}:** ${body}`.trimEnd();
}
