import type { List, ListItem } from "mdast";
import { didYouMean } from "../../diagnostics/suggest.js";
import type { Lang } from "../../model/text.js";
import type { Piece } from "./inline.js";
import { spanOf, type Reader } from "./reader.js";
import type { Span } from "./source-map.js";
import type { TextParts } from "./texts.js";
import { labelKey, labelName, normalizeWord, type LabelKey } from "./vocabulary.js";

/** One `- **Label:** text` item of a section's list, with the items nested under it. */
export interface Item {
  /** The field the label names; undefined for a bare language label (`**es:**`). */
  key?: LabelKey;
  lang?: Lang;
  typed: string;
  label: Span;
  value: Piece;
  children: Item[];
}

const LANGUAGE_WORDS: Record<Lang, string[]> = {
  en: ["en", "english", "ingles"],
  es: ["es", "spanish", "espanol", "castellano"],
};

/** The labelled items of a list; an item without a bold label is reported and skipped. */
export function readItems(reader: Reader, list: List): Item[] {
  return list.children.flatMap((item) => {
    const read = readItem(reader, item);
    return read ? [read] : [];
  });
}

function readItem(reader: Reader, item: ListItem): Item | undefined {
  const paragraph = item.children[0];
  const strong = paragraph?.type === "paragraph" ? paragraph.children[0] : undefined;
  if (!paragraph || strong?.type !== "strong" || spanOf(strong).start !== spanOf(paragraph).start) {
    reader.report("md-unknown-label", "a list item without a bold label", reader.firstLine(item));
    return undefined;
  }
  const label = spanOf(strong);
  let typed = reader.text.slice(label.start + 2, label.end - 2).trim();
  let valueStart = label.end;
  if (typed.endsWith(":")) typed = typed.slice(0, -1).trim();
  else if (reader.text[valueStart] === ":") valueStart++;
  const blocks = item.children.filter((child) => child.type !== "list");
  const contentEnd = Math.max(valueStart, spanOf(blocks[blocks.length - 1]!).end);
  while (valueStart < contentEnd && /\s/.test(reader.text[valueStart]!)) valueStart++;
  const indent = (paragraph.position?.start.column ?? 1) - 1;
  const value = { text: dedent(reader.text.slice(valueStart, contentEnd), indent).trimEnd(), start: valueStart, end: contentEnd };
  const children = item.children.flatMap((child) => (child.type === "list" ? readItems(reader, child) : []));
  return { ...classify(typed), typed, label, value, children };
}

/** Continuation lines lose the item's indentation, which the writer added and the text does not hold. */
function dedent(source: string, indent: number): string {
  if (!source.includes("\n")) return source;
  const pattern = new RegExp(`^ {0,${indent}}`);
  return source.split("\n").map((line, i) => (i === 0 ? line : line.replace(pattern, ""))).join("\n");
}

function classify(typed: string): { key?: LabelKey; lang?: Lang } {
  const lang = languageOf(typed);
  if (lang) return { lang };
  const match = /^(.*?)\s*\(([^()]+)\)$/.exec(typed);
  const inParens = match ? languageOf(match[2]!) : undefined;
  if (match && inParens) return { key: labelKey(match[1]!), lang: inParens };
  return { key: labelKey(typed) };
}

function languageOf(typed: string): Lang | undefined {
  const word = normalizeWord(typed);
  return (Object.keys(LANGUAGE_WORDS) as Lang[]).find((lang) => LANGUAGE_WORDS[lang].includes(word));
}

/** Adds a labelled translation to a text; a second one for the same language is reported. */
export function addTranslation(reader: Reader, parts: TextParts, item: Item, lang: Lang): void {
  if (parts.labels.has(lang)) {
    reader.report("md-duplicate-label", `a second '${item.typed}' for the same text`, item.label);
    return;
  }
  parts.labels.set(lang, { ...item.value, label: item.label });
}

/** Items that are translations go into `parts`; the rest are returned. */
export function takeTranslations(reader: Reader, parts: TextParts, items: readonly Item[]): Item[] {
  const rest: Item[] = [];
  for (const item of items) {
    if (item.lang && !item.key) addTranslation(reader, parts, item, item.lang);
    else rest.push(item);
  }
  return rest;
}

/** Reports an item whose label is not one of `allowed` here. */
export function reportUnknownLabel(reader: Reader, item: Item, allowed: readonly string[], where: string): void {
  const suggestion = didYouMean(item.typed, allowed);
  const hint = suggestion ?? `labels here: ${allowed.join(", ")}`;
  reader.report("md-unknown-label", `'${item.typed}' is not a label ${where}`, item.label, { hint });
}


/**
 * `- **Title (es):** …` or `- **Description (es):** …`: a translation of a text written above the
 * list (in the table, the heading or the paragraphs). Reports the item if it is none of `texts`.
 */
export function addLabelledTranslation(reader: Reader, item: Item, texts: Partial<Record<LabelKey, TextParts>>, where: string): void {
  const parts = item.key && item.lang ? texts[item.key] : undefined;
  if (!parts || !item.lang) {
    const allowed = (Object.keys(texts) as LabelKey[]).flatMap((key) => [`${labelName(key, "en")} (es)`, `${labelName(key, "es")} (en)`]);
    reportUnknownLabel(reader, item, allowed, where);
    return;
  }
  addTranslation(reader, parts, item, item.lang);
  for (const child of item.children) reportUnknownLabel(reader, child, [], "under a translation");
}
