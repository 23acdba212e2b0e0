import { LANGUAGES, type Lang, type Text } from "../../model/text.js";
import type { DataPath } from "../document.js";
import type { Piece } from "./inline.js";
import type { Reader } from "./reader.js";
import type { Span } from "./source-map.js";

export interface LabelledPiece extends Piece {
  label: Span;
}

/**
 * A text as the Markdown writes it: the unlabelled part (a cell, a heading, paragraphs, an item)
 * and the parts labelled with a language. The unlabelled part is in the language no label names,
 * so `x` alone is a plain string, `x` + `es: y` is {en: x, es: y}, and `x` + an empty `es:` is {en: x}.
 */
export interface TextParts {
  primary?: Piece;
  labels: Map<Lang, LabelledPiece>;
}

export function newTextParts(primary?: Piece): TextParts {
  return { primary: primary && primary.text !== "" ? primary : undefined, labels: new Map() };
}

/** The text `parts` stand for, its places recorded under `path`; undefined when nothing was written. */
export function resolveText(reader: Reader, parts: TextParts, path: DataPath): Text | undefined {
  const { primary, labels } = parts;
  if (labels.size === 0) {
    if (!primary) return undefined;
    reader.map.add(path, primary);
    return primary.text;
  }
  const firstUnlabelled = LANGUAGES.find((lang) => !labels.has(lang));
  if (primary && firstUnlabelled === undefined) {
    reader.report("md-text-languages", `every language is labelled, so '${shorten(primary.text)}' has no language`, primary, { path });
  }
  const text: Partial<Record<Lang, string>> = {};
  for (const lang of LANGUAGES) {
    const label = labels.get(lang);
    const piece = label ?? (lang === firstUnlabelled ? primary : undefined);
    if (!piece || piece.text === "") continue;
    text[lang] = piece.text;
    reader.map.add([...path, lang], piece, label?.label);
  }
  const label = labels.values().next().value!;
  reader.map.add(path, primary ?? (label.text === "" ? label.label : label));
  return text;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
