import { clip } from "../../diagnostics/make.js";
import { LANGUAGE_NAMES, LANGUAGES, otherLanguage, type Lang, type Text } from "../../model/text.js";
import type { DataPath } from "../document.js";
import type { Piece } from "./inline.js";
import type { Reader } from "./reader.js";
import type { Span } from "./source-map.js";
import { unlabelledTextsRule } from "./vocabulary.js";

export interface LabelledPiece extends Piece {
  label: Span;
  /** The label as written (`en`, `English`, `Title (en)`): a second label for the language names it. */
  typed: string;
}

/**
 * A text as the Markdown writes it: the unlabelled part (a cell, a heading, paragraphs, an item)
 * and the parts labelled with a language. The unlabelled part is in the language no label names,
 * so `x` + `es: y` is {en: x, es: y}, and `x` + an empty `es:` is {en: x}. `x` alone is in the
 * matrix's language: a plain string in an English matrix, {es: x} in a Spanish one.
 */
export interface TextParts {
  primary?: Piece;
  /** By language, in the order the labels came: a plain object, where a Map per text made 2.5 of the 70 MB reading six big matrices allocated. */
  labels: Partial<Record<Lang, LabelledPiece>>;
}

export function newTextParts(primary?: Piece): TextParts {
  return { primary: primary && primary.text !== "" ? primary : undefined, labels: {} };
}

/** The text `parts` stand for, its places recorded under `path`; undefined when nothing was written. */
export function resolveText(reader: Reader, parts: TextParts, path: DataPath): Text | undefined {
  const { primary, labels } = parts;
  let first: LabelledPiece | undefined;
  for (const lang in labels) {
    first = labels[lang as Lang];
    break;
  }
  if (first === undefined) return primary && aloneText(reader, primary, path);
  let firstUnlabelled: Lang | undefined;
  for (const lang of LANGUAGES) {
    if (labels[lang] === undefined) {
      firstUnlabelled = lang;
      break;
    }
  }
  if (primary && firstUnlabelled === undefined) {
    const other = otherLanguage(reader.knownLanguage);
    const hint = `Leave the ${LANGUAGE_NAMES[reader.knownLanguage]} text unlabelled and label only the ${LANGUAGE_NAMES[other]}: \`- **${relabelled(labels[other]?.typed ?? first.typed, other)}:** …\``;
    reader.report("md-text-languages", `every language is labelled, so '${clip(primary.text)}' has no language`, primary, { path, hint });
  } else if (primary && reader.textsInMatrixLang && firstUnlabelled !== reader.lang) {
    // `x` + `- **es:** y` in a Spanish matrix makes x the English text: likely the languages swapped.
    const own = labels[reader.lang!]!;
    const [matrix, other] = [LANGUAGE_NAMES[reader.lang!], LANGUAGE_NAMES[firstUnlabelled!]];
    const message = `'${own.typed}' labels the matrix's own language (${matrix}), so the unlabelled '${clip(primary.text)}' is read as the ${other} text`;
    const hint = `${unlabelledTextsRule(reader.lang!)}: if this one is, label its translation \`- **${relabelled(own.typed, firstUnlabelled!)}:** …\` instead`;
    reader.report("md-own-language-label", message, own.label, { path, hint });
  }
  const text: Partial<Record<Lang, string>> = {};
  for (const lang of LANGUAGES) {
    const label = labels[lang];
    const piece = label ?? (lang === firstUnlabelled ? primary : undefined);
    if (!piece || piece.text === "") continue;
    text[lang] = piece.text;
    reader.map.addBelow(path, lang, piece, label?.label);
  }
  reader.map.add(path, primary ?? (first.text === "" ? first.label : first));
  return text;
}

/**
 * A label as it is to be written for `lang`: a title's or description's keeps its name
 * (`Título (es)` -> `Título (en)`), as the section's list takes no bare `- **en:**`; an item's is the language.
 */
function relabelled(typed: string, lang: Lang): string {
  const named = parenthesisedEnd(typed);
  return named ? `${named.before} (${lang})` : lang;
}

/**
 * `Título (es)`: the words before a label's last part in parentheses, and that part's. Found from
 * the end, not with `/^(.*?)\s*\(([^()]+)\)$/`, which tries every space of a long run to its end.
 */
export function parenthesisedEnd(typed: string): { before: string; inside: string } | undefined {
  const open = typed.lastIndexOf("(");
  const inside = typed.slice(open + 1, -1);
  if (open < 0 || !typed.endsWith(")") || inside === "" || inside.includes(")")) return undefined;
  return { before: typed.slice(0, open).trimEnd(), inside };
}

/**
 * An unlabelled text with no label: in the matrix's language, whatever the plan's primary language,
 * so that a Spanish-only table is not taken for English, nor an English one for Spanish. A plain
 * string where that is the plan's primary language (reader.plain), as YAML writes it; else a map.
 */
function aloneText(reader: Reader, primary: Piece, path: DataPath): Text {
  reader.map.add(path, primary);
  const lang = reader.lang ?? reader.plain;
  if (lang === reader.plain) return primary.text;
  reader.map.addBelow(path, lang, primary);
  return { [lang]: primary.text };
}
