import { groupTexts } from "../../model/texts.js";
import type { WorkingGroup } from "../../model/schema.js";
import { otherLanguage, type Lang, type Text } from "../../model/text.js";
import { PLAIN_LANGUAGE } from "../../parse/markdown/vocabulary.js";

/** A text as the Markdown writes it: the unlabelled part, and the parts labelled with a language. */
export interface SplitText {
  primary?: string;
  labels: [Lang, string][];
}

/**
 * The language a group's cells and headings are written in when nothing says which: the one most
 * of its texts have (English on a tie). A Spanish matrix reads an unlabelled text alone as Spanish,
 * so it cannot hold a plain string, and says it is Spanish only with a table or a label: a group
 * with a plain string, or with neither, is written in English, so that it reads back the same.
 */
export function primaryLanguage(group: WorkingGroup): Lang {
  let score = 0;
  for (const { text } of groupTexts(group)) {
    if (typeof text === "string") return PLAIN_LANGUAGE;
    if (text.en !== undefined) score++;
    if (text.es !== undefined) score--;
  }
  return score < 0 && saysLanguage(group, "es") ? "es" : "en";
}

/** Whether the group's matrix in `lang` would name a language: a table heading or an objective's label. */
function saysLanguage(group: WorkingGroup, lang: Lang): boolean {
  const labelled = (text: Text | undefined) => splitText(text, lang).labels.length > 0;
  return group.objectives.some((objective) => objective.actions.length > 0 || labelled(objective.title) || labelled(objective.description));
}

/**
 * The inverse of reading: a plain string has no label; {en, es} puts `lang` unlabelled and labels the
 * other. A map with `lang` only gets an empty label for the other in an English matrix, so that it
 * reads back as a map; a Spanish matrix reads its unlabelled text alone as Spanish already.
 */
export function splitText(text: Text | undefined, lang: Lang): SplitText {
  if (text === undefined) return { labels: [] };
  if (typeof text === "string") return { primary: text, labels: [] };
  const other = otherLanguage(lang);
  const translation = text[other];
  if (translation === undefined && lang !== PLAIN_LANGUAGE && text[lang] !== undefined) return { primary: text[lang], labels: [] };
  return { primary: text[lang], labels: [[other, translation ?? ""]] };
}
