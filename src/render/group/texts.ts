import { groupTexts } from "../../model/texts.js";
import type { WorkingGroup } from "../../model/schema.js";
import { LANGUAGES, type Lang, type Text } from "../../model/text.js";

/** A text as the Markdown writes it: the unlabelled part, and the parts labelled with a language. */
export interface SplitText {
  primary?: string;
  labels: [Lang, string][];
}

/**
 * The language a group's cells and headings are written in: the one most of its texts have
 * (English on a tie). Plain strings do not count: they are in whatever the plan's primary language is.
 */
export function primaryLanguage(group: WorkingGroup): Lang {
  let score = 0;
  for (const { text } of groupTexts(group)) {
    if (typeof text === "string") continue;
    if (text.en !== undefined) score++;
    if (text.es !== undefined) score--;
  }
  return score < 0 ? "es" : "en";
}

export function otherLanguage(lang: Lang): Lang {
  return LANGUAGES.find((other) => other !== lang)!;
}

/**
 * The inverse of reading: a plain string has no label; {en, es} puts `lang` unlabelled and labels the
 * other; a map with `lang` only gets an empty label for the other, so that it reads back as a map.
 */
export function splitText(text: Text | undefined, lang: Lang): SplitText {
  if (text === undefined) return { labels: [] };
  if (typeof text === "string") return { primary: text, labels: [] };
  const other = otherLanguage(lang);
  return { primary: text[lang], labels: [[other, text[other] ?? ""]] };
}
