/**
 * An English name whose first words are a list, commas apart (`Immigration, Refugees and
 * Citizenship Canada`, `Innovation, Science and Economic Development Canada`): the cell reader
 * keeps it one piece, and the value hints tell it as one name, not as parties to write apart.
 */
import { CAPITALIZED_WORD, INSTITUTION_WORDS } from "./vocabulary.js";

/** What tells a name's words from the parties they may be: organisations' ids, and countries' names. */
export interface PartyWords {
  /** Whether `word` is an organisation's id or acronym, in any case. */
  isId(word: string): boolean;
  /** Whether `text` names a country, in either language. */
  isCountryName(text: string): boolean;
}

/** More words than any country's name has (Islas Georgias del Sur y Sándwich del Sur: eight). */
const MAX_COUNTRY_WORDS = 8;

/** A capitalized word of letters (`Refugees`, `Crown-Indigenous`): not `Art.`, `(INM)` or `SOM-6.1`. */
const LETTERS_WORD = /^\p{Lu}\p{M}*\p{Ll}[\p{L}\p{M}'\u2019-]*$/u;

/**
 * Whether `word` may be a listed name's word, alone between two commas (`Immigration`) or in the
 * group that ends the name: a capitalized word of letters, and none of an id, a country's name or
 * an institution's word (`Police, Customs and Coast Guard Canada` lists bodies, as `Customs,
 * Immigration and Border Patrol` may: their words stay apart).
 */
export function isListedWord(word: string | undefined, known: PartyWords): boolean {
  return word !== undefined && LETTERS_WORD.test(word) && !INSTITUTION_WORDS.has(word) && !known.isId(word) && !known.isCountryName(word);
}

/**
 * How many of `words`, those after the comma that follows a listed word, end the name: the list's
 * last words after an `and` (or the `and` first, after a serial comma: `and Citizenship Canada`),
 * then the country's name, as Canada names its departments (`Refugees and Citizenship Canada`,
 * `Science and Economic Development Canada`). 0 where they end no such name: `Caritas and
 * Canada`, `Oxfam and Plan`, a second `and`, or a country that goes on into a name (`Caritas and
 * Mexico City Police`). An institution's word ends none: `Customs, Immigration and Border Patrol`
 * lists bodies as often as it names one.
 */
export function listEndLength(words: readonly string[], known: PartyWords): number {
  let listed = words[0] === "and";
  for (let k = listed ? 1 : 0; k < words.length; k++) {
    const word = words[k]!;
    if (word === "and" && !listed && isListedWord(words[k - 1], known) && isListedWord(words[k + 1], known)) {
      listed = true;
      continue;
    }
    const country = listed && isListedWord(words[k - 1], known) ? countryLength(words, k, known) : 0;
    if (country > 0) return CAPITALIZED_WORD.test(words[k + country] ?? "") ? 0 : k + country;
    if (!isListedWord(word, known)) break;
  }
  return 0;
}

/** How many words the longest country's name that starts at `words[k]` has, or 0. */
function countryLength(words: readonly string[], k: number, known: PartyWords): number {
  for (let length = Math.min(MAX_COUNTRY_WORDS, words.length - k); length > 0; length--) {
    if (known.isCountryName(words.slice(k, k + length).join(" "))) return length;
  }
  return 0;
}

/** Whether `typed` is one name whose first words are listed (`Immigration, Refugees and Citizenship Canada`), as the cell reader reads it. */
export function isListedName(typed: string, known: PartyWords): boolean {
  const parts = typed.trim().split(/\s*,\s*/);
  const last = parts.pop()!.split(/\s+/);
  return parts.length > 0 && parts.every((part) => isListedWord(part, known)) && listEndLength(last, known) === last.length;
}
