/** The languages a plan can be written in. */
export const LANGUAGES = ["en", "es"] as const;
export type Lang = (typeof LANGUAGES)[number];

/** A text a person reads: a plain string (primary language) or a map by language. */
export type Text = string | Partial<Record<Lang, string>>;

export interface Resolved {
  text: string;
  /** True when `lang` was missing and another language was used instead. */
  fellBack: boolean;
}

/** The text in `lang`, else in the first of `fallbacks` that has it. */
export function resolveText(text: Text | undefined, lang: Lang, fallbacks: readonly Lang[]): Resolved {
  if (text === undefined) return { text: "", fellBack: false };
  if (typeof text === "string") return { text, fellBack: lang !== fallbacks[0] };
  const own = text[lang];
  if (own !== undefined) return { text: own, fellBack: false };
  for (const other of fallbacks) {
    const value = text[other];
    if (value !== undefined) return { text: value, fellBack: true };
  }
  for (const other of LANGUAGES) {
    const value = text[other];
    if (value !== undefined) return { text: value, fellBack: true };
  }
  return { text: "", fellBack: true };
}

/** The languages a text is written in; a plain string counts as the primary language. */
export function languagesOf(text: Text, primary: Lang): Lang[] {
  if (typeof text === "string") return [primary];
  return LANGUAGES.filter((lang) => typeof text[lang] === "string" && text[lang] !== "");
}
