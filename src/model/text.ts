/** The languages a plan can be written in. */
export const LANGUAGES = ["en", "es"] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Each language by its English name, as diagnostics name it ("the Spanish acronym of IOM"). */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: "English", es: "Spanish" };

/** The plan format's other language: a text's translation, a matrix's labelled language. */
export function otherLanguage(lang: Lang): Lang {
  return LANGUAGES.find((other) => other !== lang)!;
}

/** A text a person reads: a plain string (primary language) or a map by language. */
export type Text = string | Partial<Record<Lang, string>>;

/** Every language's version a text has, in LANGUAGES' order; none for no text. */
export function textsIn(text: Text | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === "string") return [text];
  return LANGUAGES.flatMap((lang) => (text[lang] === undefined ? [] : [text[lang]]));
}

/**
 * The text in `lang`, else in the first of `fallbacks` that has it, else in any language; "" for
 * none. (The build warns about each fallback from the sources: see merge/fallbacks.ts.)
 */
export function resolveText(text: Text | undefined, lang: Lang, fallbacks: readonly Lang[]): string {
  if (text === undefined) return "";
  if (typeof text === "string") return text;
  const own = text[lang];
  if (own !== undefined) return own;
  for (const other of fallbacks) {
    const value = text[other];
    if (value !== undefined) return value;
  }
  for (const other of LANGUAGES) {
    const value = text[other];
    if (value !== undefined) return value;
  }
  return "";
}

/** Whether a text is written in `lang`; a plain string counts as the primary language. */
export function hasLanguage(text: Text, lang: Lang, primary: Lang): boolean {
  if (typeof text === "string") return lang === primary;
  const own = text[lang];
  return typeof own === "string" && own !== "";
}
