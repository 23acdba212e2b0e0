import type { Action, Measure, Objective, WorkingGroup } from "../../model/schema.js";
import type { Lang, Text } from "../../model/text.js";
import { formatTimeframe, toOneLine } from "../../parse/markdown/inline.js";
import { COLUMNS, labelName, PLAIN_LANGUAGE, priorityWord, type LabelKey } from "../../parse/markdown/vocabulary.js";
import type { SourceComment } from "./comments.js";
import { alignedTable } from "./table.js";
import { primaryLanguage, saysLanguage, splitText, type SplitText } from "./texts.js";
import { renderGroupYaml } from "./yaml.js";

/** The matrix being written: its language, the one a plain string is in (the plan's primary language), and whether a table or label names its language (saysLanguage). */
interface Matrix {
  lang: Lang;
  plain: Lang;
  says: boolean;
}

/**
 * A group as a Markdown matrix (docs/markdown-format.md): front matter, then per objective a
 * heading, its description, its translations, its table of actions and a section per action.
 * `lang` is the matrix's language (its headings and unlabelled texts): the one a Markdown source
 * was in, or the one asked for; else the group's texts choose (primaryLanguage). `plain` is the
 * language a plain string stands for, the plan's primary language: the matrix reads back the same
 * where the reader is told it too (ParseOptions.primaryLanguage).
 */
export function renderGroupMarkdown(group: WorkingGroup, lang?: Lang, plain: Lang = PLAIN_LANGUAGE, comments: readonly SourceComment[] = []): string {
  const written = lang ?? primaryLanguage(group, plain);
  const matrix = { lang: written, plain, says: written === plain || saysLanguage(group, written, plain) };
  const details = renderGroupYaml({ ...group, objectives: [] }, frontMatterComments(comments));
  const blocks = [`---\n${details}---`, ...group.objectives.flatMap((objective) => objectiveBlocks(objective, matrix))];
  return blocks.join("\n\n") + "\n";
}

/**
 * The comments a matrix's front matter keeps: those of the group's details, and those above
 * `objectives:`, below them; the objectives are written as Markdown, which keeps none.
 */
export function frontMatterComments(comments: readonly SourceComment[]): SourceComment[] {
  return comments.filter(({ path, part }) => path[0] !== "objectives" || (path.length === 1 && part === "key"));
}

/** A text as this matrix writes it (splitText). */
function split(text: Text | undefined, { lang, plain, says }: Matrix): SplitText {
  return splitText(text, lang, plain, says);
}

function objectiveBlocks(objective: Objective, matrix: Matrix): string[] {
  const title = split(objective.title, matrix);
  const description = split(objective.description, matrix);
  const blocks = [`## ${objective.id}: ${toOneLine(title.primary ?? "", false)}`.trimEnd()];
  if (description.primary !== undefined) blocks.push(description.primary);
  const items = [...translationItems("title", title, matrix), ...translationItems("description", description, matrix)];
  if (items.length > 0) blocks.push(items.join("\n"));
  if (objective.actions.length > 0) blocks.push(actionTable(objective.actions, matrix));
  for (const action of objective.actions) blocks.push(...actionSection(action, matrix));
  return blocks;
}

function actionTable(actions: readonly Action[], matrix: Matrix): string {
  const header = COLUMNS.map((column) => column.names[matrix.lang]);
  const rows = actions.map((action) => [
    action.id,
    toOneLine(split(action.title, matrix).primary ?? "", true),
    (action.lead ?? []).join(", "),
    action.partners.join(", "),
    formatTimeframe(action.timeframe),
    priorityWord(action.priority, matrix.lang),
    action.protocol.join(", "),
  ]);
  return alignedTable(header, rows);
}

/** `### FLD-1.1` with what does not fit the table; nothing when the table says it all. */
function actionSection(action: Action, matrix: Matrix): string[] {
  const description = split(action.description, matrix);
  const items = [
    ...translationItems("title", split(action.title, matrix), matrix),
    ...translationItems("description", description, matrix),
    ...action.indicators.flatMap((measure) => measureItem(measure, matrix)),
    ...(action.outputs ?? []).flatMap((output) => textItem(labelName("output", matrix.lang), output, matrix, "")),
    ...(action.related && action.related.length > 0 ? [`- **${labelName("related", matrix.lang)}:** ${action.related.join(", ")}`] : []),
    ...(action.notes === undefined ? [] : textItem(labelName("notes", matrix.lang), action.notes, matrix, "")),
  ];
  if (description.primary === undefined && items.length === 0) return [];
  const blocks = [`### ${action.id}`];
  if (description.primary !== undefined) blocks.push(description.primary);
  if (items.length > 0) blocks.push(items.join("\n"));
  return blocks;
}

/** `- **Title (es):** …`: the translation of a text written in the heading, table or paragraphs. */
function translationItems(key: LabelKey, text: SplitText, { lang }: Matrix): string[] {
  return text.labels.map(([other, value]) => item(`${labelName(key, lang)} (${other})`, value, ""));
}

function measureItem(measure: Measure, matrix: Matrix): string[] {
  const lines = textItem(labelName("indicator", matrix.lang), measure.text, matrix, "");
  for (const key of ["baseline", "target", "verification"] as const) {
    const text = measure[key];
    if (text !== undefined) lines.push(...textItem(labelName(key, matrix.lang), text, matrix, "  "));
  }
  return lines;
}

/** `- **Notes:** …` with its translation as a sub-item `- **es:** …`. */
function textItem(label: string, text: Text, matrix: Matrix, indent: string): string[] {
  const parts = split(text, matrix);
  return [item(label, parts.primary ?? "", indent), ...parts.labels.map(([other, value]) => item(other, value, `${indent}  `))];
}

/** One list item; the text's further lines are indented under it (blank lines stay blank). */
function item(label: string, text: string, indent: string): string {
  const body = text.replace(/\n(?!\n|$)/g, `\n${indent}  `);
  return `${indent}- **${label}:** ${body}`.trimEnd();
}
