import { codeInfo } from "./catalogue.js";
import type { Diagnostic, Range } from "./diagnostic.js";

export interface DiagnosticExtras {
  hint?: string;
  path?: readonly (string | number)[];
  related?: Diagnostic["related"];
}

/** A diagnostic with the catalogue's default severity and hint. */
export function makeDiagnostic(code: string, message: string, file: string, range: Range, extras: DiagnosticExtras = {}): Diagnostic {
  const info = codeInfo(code);
  const diagnostic: Diagnostic = { code, severity: info.severity, message, file, ...range };
  if (extras.path !== undefined) diagnostic.path = extras.path.join(".");
  const hint = extras.hint ?? info.hint;
  if (hint !== undefined) diagnostic.hint = asSentence(hint);
  if (extras.related !== undefined && extras.related.length > 0) diagnostic.related = extras.related;
  return diagnostic;
}

/**
 * A hint reads as a sentence, as the catalogue's are written: the ones made as the check goes
 * ("did you mean MX?", "known keys here: …") get their capital and full stop here.
 */
export function asSentence(hint: string): string {
  const capital = hint.charAt(0).toUpperCase() + hint.slice(1);
  return /[.?!…]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * How much of a text a message or a hint quotes: a name as a workshop writes it, whole (`Ministry
 * of Foreign Affairs, Foreign Trade and Immigration`; the longest built-in one, the Special
 * Rapporteur's Spanish name, has 83 characters), so that the words a finding is about show; a
 * paragraph pasted into a field is clipped.
 */
export const QUOTED_LENGTH = 100;

/** Words as a sentence lists them: `a`, `a and b`, `a, b and c`. */
export function listed(words: readonly string[]): string {
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/**
 * Items as a hint writes them, `separator` apart (`MX, GT`), those past QUOTED_LENGTH characters
 * as … (`MX, MX, …`): a cell of thousands of ids had its hint write each.
 */
export function clippedList(items: readonly string[], separator = ", "): string {
  let length = 0;
  const shown: string[] = [];
  for (const item of items) {
    length += item.length + separator.length;
    if (length > QUOTED_LENGTH + separator.length) return [...shown, "…"].join(separator);
    shown.push(item);
  }
  return shown.join(separator);
}

/** A long text shortened for a message to `length` characters, with … where it was cut (never inside an emoji's pair of code units). */
export function clip(text: string, length = QUOTED_LENGTH): string {
  if (text.length <= length) return text;
  const cut = /[\ud800-\udbff]/.test(text[length - 2] ?? "") ? length - 2 : length - 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}
