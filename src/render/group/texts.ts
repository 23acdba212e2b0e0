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
 * of its texts have (`plain`, the plan's primary language, on a tie, and for a group with a plain
 * string, which only a matrix in that language holds unlabelled). A matrix in another language
 * says so only with a table or a label: a group with neither is written in `plain`, so that it
 * reads back the same.
 */
export function primaryLanguage(group: WorkingGroup, plain: Lang = PLAIN_LANGUAGE): Lang {
  let score = 0;
  for (const { text } of groupTexts(group)) {
    if (typeof text === "string") return plain;
    if (text.en !== undefined) score++;
    if (text.es !== undefined) score--;
  }
  const most: Lang = score > 0 ? "en" : score < 0 ? "es" : plain;
  return most === plain || saysLanguage(group, most, plain) ? most : plain;
}

/**
 * Whether the group's matrix in `lang` names its language without help: a table heading or an
 * objective's label. One that does not, in a language other than `plain`, labels its texts' missing
 * translations (splitText's `says`), which names it.
 */
export function saysLanguage(group: WorkingGroup, lang: Lang, plain: Lang): boolean {
  const labelled = (text: Text | undefined) => splitText(text, lang, plain).labels.length > 0;
  return group.objectives.some((objective) => objective.actions.length > 0 || labelled(objective.title) || labelled(objective.description));
}

/**
 * The inverse of reading: {en, es} puts `lang` unlabelled and labels the other. A plain string is
 * in `plain` (the plan's primary language): unlabelled in a matrix in that language, labelled in
 * another. A map with `lang` only gets an empty label for the other in a matrix in `plain`, so that
 * it reads back as a map; a matrix in another language reads its unlabelled text alone as a map,
 * if it `says` its language (saysLanguage), and else gets the empty label too, whose name says it.
 */
export function splitText(text: Text | undefined, lang: Lang, plain: Lang = PLAIN_LANGUAGE, says = true): SplitText {
  if (text === undefined) return { labels: [] };
  if (typeof text === "string") {
    if (lang === plain) return { primary: text, labels: [] };
    return { labels: [[plain, text]] };
  }
  const other = otherLanguage(lang);
  const translation = text[other];
  if (translation === undefined && lang !== plain && says && text[lang] !== undefined) return { primary: text[lang], labels: [] };
  return { primary: text[lang], labels: [[other, translation ?? ""]] };
}
