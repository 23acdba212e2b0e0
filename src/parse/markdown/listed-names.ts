/**
 * A name that lists words commas apart: an English one whose first words are the list
 * (`Immigration, Refugees and Citizenship Canada`, `Innovation, Science and Economic Development
 * Canada`), or one whose institution's head lists its matters after it, in English or Spanish
 * (`Ministry of Foreign Affairs, Foreign Trade and Immigration`, `Bureau of Population, Refugees
 * and Migration`, `Ministerio de Gobernación, Policía y Seguridad Pública`). The cell reader keeps
 * it one piece, and the value hints tell it as one name, not as parties to write apart.
 */
import { CAPITALIZED_WORD, INSTITUTION_STARTS, INSTITUTION_WORDS, JOINING_WORDS } from "./vocabulary.js";

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
  return word !== undefined && !INSTITUTION_WORDS.has(word) && isNameWord(word, known);
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

/**
 * Whether `typed` is one name that lists words commas apart (`Immigration, Refugees and
 * Citizenship Canada`, `Ministry of Foreign Affairs, Foreign Trade and Immigration`), as the cell
 * reader reads it.
 */
export function isListedName(typed: string, known: PartyWords): boolean {
  const parts = commaParts(typed);
  const last = parts.pop()!.split(/\s+/);
  if (parts.length > 0 && parts.every((part) => isListedWord(part, known)) && listEndLength(last, known) === last.length) return true;
  return headedNameParts(typed, known) !== undefined;
}

/**
 * The parts of `typed` between its commas, trimmed: split on the comma, not on `\s*,\s*`, which
 * tried every space of a long run for a comma after it (a 100,000-space item took 10 s).
 */
function commaParts(typed: string): string[] {
  return typed.split(",").map((part) => part.trim());
}

/** What joins a headed name's last two matters (`Foreign Trade and Immigration`, `Policía y Seguridad Pública`, `Comercio e Integración`). */
const CONJUNCTIONS = new Set(["and", "y", "e"]);
/** The small words after an institution's word that make it the head of a name of its matters (`Ministry of`, `Ministerio de`). */
const HEAD_JOINS = new Set(["of", "for", "de", "del"]);

/**
 * Whether `words` are the head of a name that lists its matters after it, commas apart: an
 * institution's word, English or Spanish, then `of` or `de` and capitalized words, the small words
 * of a name between them (`Ministry of Foreign Affairs`, `Bureau of Population`, `Ministerio de
 * Gobernación`, `Ministry of the Interior`), none an id or a country's name.
 */
export function isNameHead(words: readonly string[], known: PartyWords): boolean {
  const [first, join] = words;
  if (first === undefined || !(INSTITUTION_WORDS.has(first) || INSTITUTION_STARTS.has(first.normalize("NFC"))) || !HEAD_JOINS.has(join ?? "")) return false;
  const matters = words.slice(2);
  return matters.length > 0 && isNameWord(matters[matters.length - 1]!, known) && matters.every((word) => JOINING_WORDS.has(word) || isNameWord(word, known));
}

/** A capitalized word of letters that is neither an id nor a country's name: one of a name's own words (`Foreign`, `Services`). */
function isNameWord(word: string, known: PartyWords): boolean {
  return LETTERS_WORD.test(word) && !known.isId(word) && !known.isCountryName(word);
}

/**
 * Whether `words`, a group between commas after a head, may be one of the matters its name lists
 * (`Foreign Trade`, `Refugees`, `Policía`): listed words (isListedWord), and not a Spanish
 * institution's name of more words (`Policía Nacional Civil`), a body of its own.
 */
export function isNameItem(words: readonly string[], known: PartyWords): boolean {
  if (words.length === 0 || !words.every((word) => isListedWord(word, known))) return false;
  return words.length === 1 || !INSTITUTION_STARTS.has(words[0]!.normalize("NFC"));
}

/**
 * How many of `words`, the group after the comma that follows a head and the matters after it,
 * end the name: two matters an `and`, `y` or `e` joins (`Foreign Trade and Immigration`, `Policía
 * y Seguridad Pública`, `Comercio e Integración`), or one after a serial comma's `and` (`and
 * Migration`). A conjunction or an acronym in parentheses may follow. 0 where they end no such
 * name: no conjunction, or an id, a country or an institution's word among them (`Police and
 * Customs`, `Oxfam and IOM`, `Refugees and Migration Canada`); but with `countryLast`, a country's
 * name may end the last matter, as Canada names its departments (`and Emergency Preparedness
 * Canada`), where it ends the words or a conjunction or an acronym follows (not `Mexico City`).
 */
export function headedEndLength(words: readonly string[], known: PartyWords, countryLast = false): number {
  const conjunction = words.findIndex((word) => CONJUNCTIONS.has(word));
  const serial = conjunction === 0 && words[0] === "and";
  if (conjunction < 0 || (conjunction === 0 && !serial)) return 0;
  let end = conjunction + 1;
  while (end < words.length && isListedWord(words[end], known)) end++;
  const matters = [words.slice(0, conjunction), words.slice(conjunction + 1, end)];
  if (countryLast) end += countryLength(words, end, known);
  const next = words[end];
  if (next !== undefined && !CONJUNCTIONS.has(next) && !next.startsWith("(")) return 0;
  return (serial || isNameItem(matters[0]!, known)) && isNameItem(matters[1]!, known) ? end : 0;
}

/**
 * How many of `words` after the English `and` at `words[and]` a head before it (isNameHead) goes
 * on with, no comma between, as its last matter (`Ministry of Foreign Affairs and International
 * Trade`): listed words, and the country's name that ends a Canadian department's (`Ministry of
 * Public Safety and Emergency Preparedness Canada`), up to a conjunction, an acronym in
 * parentheses or the end. 0 where they end no such name: an id, a country or an institution's
 * word among them (`Ministry of Health and IOM`, `Ministry of Health and Mexico`, `Department of
 * Homeland Security and Royal Canadian Mounted Police`). Spanish's `y` goes on in a name as
 * nameRunEnd reads it.
 */
export function matterAfterAnd(words: readonly string[], and: number, known: PartyWords): number {
  if (words[and] !== "and" || !isNameHead(words.slice(0, and), known)) return 0;
  return Math.max(0, headedEndLength(words.slice(and), known, true) - 1) || spelledMatterLength(words, and, known);
}

/**
 * How many capitalized words after the `and` at `words[and]` go on a name whose acronym, in
 * parentheses after them, spells its words from before the `and` on (`Department of Health and
 * Human Services (HHS)`): there an institution's word (`Services`) ends no name. 0 where the
 * acronym spells the words after the `and` alone (`Ministry of Health and Border Patrol (BP)`),
 * or none follows: the two bodies the words may as well be.
 */
function spelledMatterLength(words: readonly string[], and: number, known: PartyWords): number {
  let end = and + 1;
  while (end < words.length && isNameWord(words[end]!, known)) end++;
  const acronym = /^\((\p{Lu}{2,})\)$/u.exec(words[end] ?? "")?.[1];
  const after = end - and - 1;
  if (acronym === undefined || after === 0 || acronym.length <= after) return 0;
  const initials = words.slice(0, end).filter((word) => LETTERS_WORD.test(word)).map((word) => word.charAt(0)).join("");
  return initials.endsWith(acronym) ? after : 0;
}

/**
 * The parts of `typed` where it is a name whose head lists its matters (`Ministry of Foreign
 * Affairs, Foreign Trade and Immigration`: `Ministry of Foreign Affairs`, `Foreign Trade`,
 * `Immigration`; `Ministry of Foreign Affairs and International Trade`), as the cell reader joins
 * them; else undefined. Such a cell may list bodies too (`Ministry of Security, Oxfam and
 * Caritas`, `Ministry of Health and Oxfam`), which the hint says with these parts.
 */
export function headedNameParts(typed: string, known: PartyWords): string[] | undefined {
  const parts = commaParts(typed);
  const last = parts.pop()!.split(/\s+/);
  if (parts.length === 0) {
    const and = last.indexOf("and");
    const whole = and > 0 && matterAfterAnd(last, and, known) === last.length - and - 1;
    return whole ? [last.slice(0, and).join(" "), last.slice(and + 1).join(" ")] : undefined;
  }
  const [head, ...items] = parts.map((part) => part.split(/\s+/));
  if (head === undefined || !isNameHead(head, known) || !items.every((item) => isNameItem(item, known)) || headedEndLength(last, known) !== last.length) return undefined;
  const conjunction = last.findIndex((word) => CONJUNCTIONS.has(word));
  const matters = [last.slice(0, conjunction), last.slice(conjunction + 1)].filter((words) => words.length > 0);
  return [...parts, ...matters.map((words) => words.join(" "))];
}
