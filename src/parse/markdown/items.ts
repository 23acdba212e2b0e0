import type { List, ListItem, Strong } from "mdast";
import { clip } from "../../diagnostics/make.js";
import { didYouMean } from "../../diagnostics/suggest.js";
import { writtenIndex } from "../nesting.js";
import { LANGUAGE_NAMES, LANGUAGES, otherLanguage, type Lang } from "../../model/text.js";
import type { ScannedItem, ScannedList } from "./fast-list.js";
import type { SourceLines } from "./fast-lines.js";
import type { Piece } from "./inline.js";
import { spanOf, type Reader } from "./reader.js";
import type { Span } from "./source-map.js";
import { parenthesisedEnd, type TextParts } from "./texts.js";
import { remembered } from "./remembered.js";
import { columnName, labelKey, labelLanguage, labelName, normalizeWord, type LabelKey } from "./vocabulary.js";

/** One `- **Label:** text` item of a section's list, with the items nested under it. */
export interface Item {
  /** The field the label names; undefined for a bare language label (`**es:**`). */
  key?: LabelKey;
  lang?: Lang;
  typed: string;
  label: Span;
  value: Piece;
  children: Item[];
  /**
   * Nested below a line whose - was lost (md-label-in-text): the item belongs to that line's, not
   * to the one Markdown puts it under, and that line's error covers it.
   */
  underLostItem?: true;
  /** Where the first line of its text that is an item whose - was lost starts: the text from there on is that item's. */
  lostAt?: number;
}

const LANGUAGE_WORDS: Record<Lang, string[]> = {
  en: ["en", "english", "ingles"],
  es: ["es", "spanish", "espanol", "castellano"],
};

const LANGUAGE_OF_WORD = new Map<string, Lang>(
  (Object.keys(LANGUAGE_WORDS) as Lang[]).flatMap((lang) => LANGUAGE_WORDS[lang].map((word) => [word, lang] as const)),
);

/**
 * The labelled items of a list, remark's or as the scanner read it (which gives only labelled
 * items); an item without a bold label is reported and skipped.
 */
export function readItems(reader: Reader, list: List | ScannedList, afterText = false): Item[] {
  const items: Item[] = [];
  if (list.type === "scannedList") {
    for (const scanned of list.items) items.push(readScannedItem(reader, list.src, scanned));
    return items;
  }
  // Right under a description's text, the items before the first labelled one are its points.
  const labelled = list.children.findIndex((item) => labelOf(item) !== undefined || namesLabel(reader, item));
  const points = !afterText ? [] : labelled < 0 ? list.children : list.children.slice(0, labelled);
  if (points.length > 0) reportPoints(reader, points);
  for (const listItem of list.children.slice(points.length)) {
    const item = readItem(reader, listItem);
    if (item) items.push(item);
  }
  return items;
}

/** An item's bold label, where its text starts with one. */
function labelOf(item: ListItem): Strong | undefined {
  const paragraph = item.children[0];
  const strong = paragraph?.type === "paragraph" ? paragraph.children[0] : undefined;
  return paragraph && strong?.type === "strong" && spanOf(strong).start === spanOf(paragraph).start ? strong : undefined;
}

/** `- Indicador: …`, `- *Indicador:* …`, `- Indicador – …`: a label, not in bold, or not as the matrix writes one. */
function namesLabel(reader: Reader, item: ListItem): boolean {
  const paragraph = item.children[0];
  if (paragraph === undefined) return false;
  const { start } = spanOf(paragraph);
  const typed = /^[*_]*([^:*_\n\-–—]{1,60}?)[*_]*\s*[:\-–—]/.exec(reader.text.slice(start, reader.lineFrom(start).end))?.[1]?.trim();
  if (typed === undefined) return false;
  const { key, lang } = classify(typed);
  return key !== undefined || lang !== undefined;
}

/**
 * The items a list starts with that have no label (`- autoridades migratorias;`): points of the
 * text above them, most likely, which the matrix has no place for. Said once for them all: told
 * item by item to start with a label such as `**Indicador:**`, a walkthrough's author made each
 * point an indicator of the action.
 */
function reportPoints(reader: Reader, points: readonly ListItem[]): void {
  const { start } = spanOf(points[0]!);
  const { end } = reader.firstLine(points[points.length - 1]!);
  const what = points.length === 1 ? "a list item without a bold label" : `${points.length} list items without bold labels`;
  const example = `\`- **${labelName("indicator", reader.knownLanguage)}:** …\``;
  reader.report("md-unknown-label", `${what}: a description holds no list, and a section's list holds labelled items only`, { start, end }, {
    hint: `Write ${points.length === 1 ? "it" : "these points"} into the text above, as a sentence or as lines of its paragraph without the -; a list here holds items such as ${example}.`,
  });
}

function readItem(reader: Reader, item: ListItem): Item | undefined {
  const paragraph = item.children[0];
  const strong = labelOf(item);
  if (!paragraph || strong === undefined) {
    const lang = reader.knownLanguage;
    const hint = (paragraph && plainLabelHint(reader, spanOf(paragraph).start))
      ?? `Start each item with a bold label and a colon, such as \`- **${labelName("indicator", lang)}:** …\` or \`- **${otherLanguage(lang)}:** …\``;
    reader.report("md-unknown-label", "a list item without a bold label", reader.firstLine(item), { hint });
    return undefined;
  }
  const indent = (paragraph.position?.start.column ?? 1) - 1;
  const children: Item[] = [];
  for (const child of item.children) if (child.type === "list") for (const nested of readItems(reader, child)) children.push(nested);
  return labelledItem(reader, spanOf(strong), spanOf(lastBlock(item)).end, indent, children);
}

/**
 * `- Relacionadas: INT-1.2`, a label typed without the bold that makes it one, as someone new to
 * Markdown writes it: told to write that label in bold, where the words before the colon are one.
 */
function plainLabelHint(reader: Reader, start: number): string | undefined {
  const typed = /^([^:*\n]{1,60}):/.exec(reader.text.slice(start, reader.lineFrom(start).end))?.[1]?.trim();
  if (typed === undefined) return undefined;
  const { key, lang } = classify(typed);
  return key === undefined && lang === undefined ? undefined : `write the label in bold: \`- **${typed}:** …\``;
}

/** The item's last block that is not a nested list: its text ends there. */
function lastBlock(item: ListItem): ListItem["children"][number] {
  for (let k = item.children.length - 1; k > 0; k--) {
    if (item.children[k]!.type !== "list") return item.children[k]!;
  }
  return item.children[0]!;
}

/** readItem for an item as the scanner read it: the same places, from its lines and columns. */
function readScannedItem(reader: Reader, src: SourceLines, item: ScannedItem): Item {
  const indent = item.indent + 2;
  const start = src.lineStart(item.line) + indent;
  let textEnd = src.lineEnd(item.lastLine);
  const children: Item[] = [];
  for (const block of item.blocks) {
    if (block.type === "scannedParagraph") textEnd = src.lineEnd(block.lastLine);
    else for (const nested of block.items) children.push(readScannedItem(reader, src, nested));
  }
  return labelledItem(reader, { start, end: start + item.label }, textEnd, indent, children);
}

/**
 * An item from its label's place, where its text ends (its last block that is not a nested list),
 * the column its text starts at, and the items nested in it.
 */
function labelledItem(reader: Reader, label: Span, textEnd: number, indent: number, children: Item[]): Item {
  let typed = reader.text.slice(label.start + 2, label.end - 2).trim();
  let valueStart = label.end;
  if (typed.endsWith(":")) typed = typed.slice(0, -1).trim();
  else if (reader.text[valueStart] === ":") valueStart++;
  const contentEnd = Math.max(valueStart, textEnd);
  while (valueStart < contentEnd && /\s/.test(reader.text[valueStart]!)) valueStart++;
  const value = { text: dedent(reader.text.slice(valueStart, contentEnd), indent).trimEnd(), start: valueStart, end: contentEnd };
  // Over lines, or starting on the line after its label (`- **Output:**` then `  **es:** …`).
  const lineEnd = reader.text.indexOf("\n", label.end);
  const lostAt = lineEnd >= 0 && lineEnd < contentEnd ? reportLabelledLines(reader, label.end + 1, contentEnd, () => true) : undefined;
  if (lostAt !== undefined) for (const child of children) child.underLostItem = true;
  // Field by field, not `{ ...classify(typed), … }`: V8 builds a spread of objects of varying
  // shapes slowly, and this runs for every item (it was the readers' largest cost on big matrices).
  const { key, lang, named } = classify(typed);
  if (named) reader.labelLang ??= named;
  const item: Item = { key, lang, typed, label, value, children };
  if (lostAt !== undefined) item.lostAt = lostAt;
  return item;
}

/**
 * The bullets a word processor puts where Markdown wants `-` (•, ·, ▪, ◦, ‣, ●, ○, ■, □, en and em
 * dashes), as a regular expression's character class.
 */
export const PASTED_BULLET = "[•·▪◦‣●○■□–—]";

/** A line starting with a bold label, after its indentation, a quote's `>` and perhaps a pasted bullet. */
const LABELLED_LINE = new RegExp(String.raw`\n[ \t>]*(${PASTED_BULLET}[ \t]*)?\*\*([^*\n]+?)\*\*`, "g");

/**
 * `- **Verification:** Reports` then `  **es:** Informes` (its - lost): Markdown reads the second
 * line as more of the first's text, and the draft would print "Reports **es:** Informes". Each
 * line of the text from `start` to `end` (but its first, when `start` is within a line) that starts
 * with a translation's label and its colon (`**es:**`, `**Title (es):**`) is reported; so is one
 * that starts with the name of a field whose label `byName` accepts (`**Related:**`,
 * `**Línea de base:**`). Other bold words are a text's own: `**Note:** …` or `**Target** countries`
 * start lines of real texts, and convert writes a YAML text's lines as they are. Where the first
 * reported line starts, if any.
 */
export function reportLabelledLines(reader: Reader, start: number, end: number, byName: (key: LabelKey) => boolean): number | undefined {
  let first: number | undefined;
  for (const match of reader.text.slice(start - 1, end).matchAll(LABELLED_LINE)) {
    const [whole, bullet, written] = match as unknown as [string, string | undefined, string];
    const labelEnd = start - 1 + match.index + whole.length;
    const colon = written.endsWith(":") || reader.text[labelEnd] === ":";
    const typed = written.replace(/:$/, "").trim();
    const { key, lang } = classify(typed);
    const named = key !== undefined && byName(key) && LANGUAGES.some((l) => normalizeWord(labelName(key, l)) === normalizeWord(typed));
    if (!colon || (lang === undefined && !named)) continue;
    const label = { start: labelEnd - written.length - 4, end: labelEnd };
    if (bullet === undefined) reader.report("md-label-in-text", `'${typed}' is read as more of the text above, not as an item of its own: its line has no -`, label);
    else {
      const mark = bullet.trim();
      const hint = `Start the line with \`- \` instead of \`${mark}\` (a bullet pasted from a word processor), indented as the items beside it.`;
      reader.report("md-label-in-text", `'${typed}' is read as more of the text above, not as an item of its own: its line starts with ${mark}, which Markdown does not take for a list item's -`, label, { hint });
    }
    first ??= start + match.index;
  }
  return first;
}

/**
 * The fields written only as list items, whose label by name starting a paragraph is an item that
 * lost its -: `**Indicator:** …` in an action's section. A paragraph may start with the other
 * labels' words as prose of its own (`**Note:** …`, `**Target:** …`).
 */
export const isListOnly = (key: LabelKey): boolean => key === "indicator" || key === "output" || key === "related";

/**
 * Continuation lines lose the indentation the writer added, which the text does not hold: spaces
 * and tabs up to the column its text starts at (`indent`: an item's, or 0 for a description's
 * paragraphs), a tab reaching the next stop of four, as Markdown counts it. A line an editor's Tab
 * key indented (`\tand with …`, or over-indented, `\t\tand with …`) loses all its tabs: Markdown
 * shows its words alone, and a tab kept would reach the drafts. One the writer indented with spaces
 * keeps what it starts with after them (a text's own tab, as plan fmt writes it: `  \tdatos`).
 */
export function dedent(source: string, indent: number): string {
  if (!source.includes("\n") || (indent === 0 && !source.includes("\n\t"))) return source;
  return source.split("\n").map((line, i) => (i === 0 ? line : line.slice(indentation(line, indent)))).join("\n");
}

/**
 * How many spaces and tabs start `line` within its first `indent` columns, as nesting.ts's
 * writtenIndex counts a tab's columns, a tab reaching past them one of them; or, where the line
 * starts with a tab, at least all the tabs it starts with.
 */
function indentation(line: string, indent: number): number {
  const written = Math.min(writtenIndex(line, indent), LEADING_BLANKS.exec(line)![0].length);
  return line[0] === "\t" ? Math.max(written, LEADING_TABS.exec(line)![0].length) : written;
}

const LEADING_TABS = /^\t*/;
const LEADING_BLANKS = /^[ \t]*/;

interface LabelMeaning {
  key?: LabelKey;
  lang?: Lang;
  /** The language the label's name is typed in (`Título (en)`: es), which may say the matrix's. */
  named?: Lang;
}

/** The same few labels repeat on every action of a matrix: each is classified once. */
const classify = remembered(meaningOf);

function meaningOf(typed: string): LabelMeaning {
  const lang = languageOf(typed);
  if (lang) return { lang };
  const named = parenthesisedEnd(typed);
  const inParens = named ? languageOf(named.inside) : undefined;
  if (named && inParens) return { key: labelKey(named.before), lang: inParens, named: labelLanguage(named.before) };
  return { key: labelKey(typed), named: labelLanguage(typed) };
}

function languageOf(typed: string): Lang | undefined {
  return LANGUAGE_OF_WORD.get(normalizeWord(typed));
}

/**
 * Adds a labelled translation to a text; a second one for the same language is reported. One that
 * follows a field's item (`previous`, a Baseline or Target) with no translation in that language is
 * likely that item's, indented a level too little: the hint says so, not to remove one.
 */
export function addTranslation(reader: Reader, parts: TextParts, item: Item, lang: Lang, previous?: Item): void {
  const first = parts.labels[lang];
  if (first !== undefined) {
    const outdented = previous?.key !== undefined && !previous.children.some((child) => child.lang === lang && child.key === undefined);
    const hint = outdented ? `it follows '${previous!.typed}', which has no ${lang} text: if it translates that, indent it two spaces more, under '${previous!.typed}'` : undefined;
    reader.reportRepeat("md-duplicate-label", `a second '${item.typed}' for the same text`, item.label, first.label, `first '${first.typed}'`, hint);
    return;
  }
  parts.labels[lang] = { text: item.value.text, start: item.value.start, end: item.value.end, label: item.label, typed: item.typed };
}

/** Items that are translations go into `parts`; the rest are returned. */
export function takeTranslations(reader: Reader, parts: TextParts, items: readonly Item[]): Item[] {
  const rest: Item[] = [];
  let previous: Item | undefined;
  for (const item of items) {
    if (item.lang && !item.key) addTranslation(reader, parts, item, item.lang, previous);
    else rest.push(item);
    previous = item;
  }
  return rest;
}

/** Reports an item whose label is not one of `allowed` here; `elsewhere` says where it belongs, if it is a label of another level. */
export function reportUnknownLabel(reader: Reader, item: Item, allowed: readonly string[], where: string, elsewhere?: string): void {
  if (item.underLostItem) return;
  const suggestion = didYouMean(item.typed, allowed);
  const none = `nothing is labelled ${where}: line the item up with those it belongs with, or remove it`;
  const hint = elsewhere ?? suggestion ?? (allowed.length > 0 ? `labels here: ${allowed.join(", ")}` : none);
  reader.report("md-unknown-label", `'${clip(item.typed)}' is not a label ${where}`, item.label, { hint });
}


/**
 * `- **Descripción:** …` or `- **Título:** …` with no language, in an objective's list or an
 * action's section: the matrix writes its own language's title and description unlabelled (in the
 * heading or the Action cell, and as paragraphs), and labels only the other language's.
 */
export function unlabelledTextHint(reader: Reader, item: Item, of: "objective" | "action"): string | undefined {
  if (item.lang !== undefined || (item.key !== "title" && item.key !== "description")) return undefined;
  const lang = reader.knownLanguage;
  const where = item.key === "description"
    ? "as a paragraph under the heading, before its list"
    : of === "objective" ? "in the heading, after the objective's id and colon" : `in the ${columnName("title", lang)} cell of the action's row`;
  return `a ${LANGUAGE_NAMES[lang]} matrix writes its ${LANGUAGE_NAMES[lang]} ${item.key} unlabelled, ${where}; \`- **${labelName(item.key, lang)} (${otherLanguage(lang)}):** …\` labels the ${LANGUAGE_NAMES[otherLanguage(lang)]}`;
}

/**
 * `- **Title (es):** …` or `- **Description (es):** …`: a translation of a text written above the
 * list (in the table, the heading or the paragraphs). Reports the item if it is none of `texts`.
 */
export function addLabelledTranslation(reader: Reader, item: Item, texts: Partial<Record<LabelKey, TextParts>>, where: string): void {
  const parts = item.key && item.lang ? texts[item.key] : undefined;
  if (!parts || !item.lang) {
    // A matrix of known language is offered its own labels only: `Title (es)` in a Spanish matrix names its own language (md-own-language-label).
    const languages = reader.lang === undefined ? LANGUAGES : [reader.lang];
    const allowed = (Object.keys(texts) as LabelKey[]).flatMap((key) => languages.map((lang) => `${labelName(key, lang)} (${otherLanguage(lang)})`));
    // An action's label (Indicator, Output, …) in an objective's list: the action's heading is missing above it.
    const ofAction = item.key !== undefined && !item.lang && !(item.key in texts) && where === "in an objective";
    const elsewhere = ofAction ? `${item.typed} belongs to an action: put it under the action's heading (\`### FLD-1.1\`), which may be missing above it` : unlabelledTextHint(reader, item, "objective");
    reportUnknownLabel(reader, item, allowed, where, elsewhere);
    return;
  }
  addTranslation(reader, parts, item, item.lang);
  for (const child of item.children) reportUnknownLabel(reader, child, [], "under a translation");
}
