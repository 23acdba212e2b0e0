/** The languages a plan can be written in. */
export const LANGUAGES = ["en", "es"] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Each language by its English name, as diagnostics name it ("the Spanish acronym of IOM"). */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: "English", es: "Spanish" };

/** The plan format's other language: a text's translation, a matrix's labelled language. */
export function otherLanguage(lang: Lang): Lang {
  return LANGUAGES.find((other) => other !== lang)!;
}

/** The accents and tildes a letter decomposes into (NFD): `ó` is `o` and U+0301. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `text` with the accents and tildes of its letters dropped: `Acción` is `Accion`, `ñ` is `n`. */
export function withoutAccents(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "");
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
  const from = languageTaken(text, lang, fallbacks);
  return from === undefined ? "" : text[from]!;
}

/**
 * The language resolveText takes a text in: `lang`, a fallback's, or undefined for no text. A
 * plain string is in the primary language, the first of `fallbacks` (a plan's languages).
 */
export function resolvedLanguage(text: Text | undefined, lang: Lang, fallbacks: readonly Lang[]): Lang | undefined {
  if (text === undefined) return undefined;
  return typeof text === "string" ? (fallbacks[0] ?? lang) : languageTaken(text, lang, fallbacks);
}

function languageTaken(text: Partial<Record<Lang, string>>, lang: Lang, fallbacks: readonly Lang[]): Lang | undefined {
  if (text[lang] !== undefined) return lang;
  for (const other of fallbacks) if (text[other] !== undefined) return other;
  for (const other of LANGUAGES) if (text[other] !== undefined) return other;
  return undefined;
}

/**
 * Whether a text is written in `lang`; a plain string counts as the primary language. A text of
 * no words (`0`, `100 %`, `2027–2029`: WORDLESS) reads the same in every language: asked for its
 * translation, a workshop's author wrote `es: 0` beside `en: 0`.
 */
export function hasLanguage(text: Text, lang: Lang, primary: Lang): boolean {
  if (typeof text === "string") return lang === primary || WORDLESS.test(text);
  const own = text[lang];
  if (typeof own === "string" && own !== "") return true;
  let written = false;
  for (const other of LANGUAGES) {
    const value = text[other];
    if (typeof value !== "string" || value === "") continue;
    if (!WORDLESS.test(value)) return false;
    written = true;
  }
  return written;
}

/**
 * Whole numbers, signs and spaces alone. Not a decimal point or comma, a thousands separator or a
 * date's slashes: `2,5 %`, `1.000` and `12/03/2027` are written otherwise in English.
 */
const WORDLESS = /^[\d\s%+\-–—−()#°º<>=≤≥~±×*]+$/;
