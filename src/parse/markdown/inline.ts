/**
 * How a text sits on one line (a table cell or a heading) and how it comes back: a pipe is `\|`,
 * a line break is `<br>`. Texts are inline Markdown source, so nothing else is escaped.
 */
import { builtInReference } from "../../io/reference.js";
import { canonicalTimepoint, WRITTEN_TIMEPOINT } from "../../model/fields.js";
import type { Country, Organization } from "../../model/reference.js";
import { countryNamed, isNearCountryName, meansAllCountries } from "../../validate/value-hints.js";
import { textsIn } from "../../model/text.js";
import { clippedList } from "../../diagnostics/make.js";
import { headedEndLength, isListedWord, isNameHead, isNameItem, listEndLength, matterAfterAnd, type PartyWords } from "./listed-names.js";
import { ARTICLES, CAPITALIZED_WORD, INSTITUTION_STARTS, INSTITUTION_WORDS, JOINING_WORDS, normalizeWord } from "./vocabulary.js";

const BREAK = /<br\s*\/?>/gi;
const NO_BREAK_SPACE = /&nbsp;|&#160;|&#x0*a0;/gi;

/** A text as it is written into a table cell or a heading. */
export function toOneLine(text: string, inCell: boolean): string {
  const line = text.replace(/\r?\n/g, "<br>");
  return inCell ? line.replace(/\|/g, "\\|") : line;
}

/** The text a table cell or heading holds (its raw source, trimmed). */
export function fromOneLine(source: string, inCell: boolean): string {
  const text = source.replace(BREAK, "\n");
  return inCell ? text.replace(/\\\|/g, "|") : text;
}

export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** `source` without the white space around it, with its offsets in the file. */
export function trimPiece(source: string, start: number): Piece {
  const lead = source.length - source.trimStart().length;
  const text = source.trim();
  return { text, start: start + lead, end: start + lead + text.length };
}

/**
 * `GT, MX; IOM` as its ids, each with its place; commas, semicolons, spaces and line breaks
 * (`<br>`) separate them, and so do `y` and `and` (`GT y MX`). A country's name of several words
 * (`Costa Rica`, `República Dominicana`, `EE. UU.`) stays one piece, which the schema check then
 * tells to write as its code, as in YAML; other words each stay their own (`Guatemala México`: two
 * names, each told its code).
 */
export function splitIds(piece: Piece, names: CellNames = BUILT_IN_NAMES): Piece[] {
  // A scan rather than matchAll(/[^,;\s]+/g): an iterator and a match array per id were a tenth of
  // the garbage of reading a big Markdown matrix (three ids in each of four cells of every action).
  // A line break (`GT<br>IOM`, a cell's ids a line each) separates ids as a semicolon does, in
  // place: a name ends there, whereas a comma may stand inside one (listedStart).
  if (piece.text.includes("<")) piece = { ...piece, text: piece.text.replace(BREAK, (tag) => `;${" ".repeat(tag.length - 1)}`) };
  // `DO,&nbsp;US`: a no-break space as Google Docs' Markdown writes it, a space to Markdown, in place.
  if (piece.text.includes("&")) piece = { ...piece, text: piece.text.replace(NO_BREAK_SPACE, (entity) => " ".repeat(entity.length)) };
  const { text } = piece;
  const ids: Piece[] = [];
  let from = -1;
  // Where the words since the last comma or semicolon start in `ids`.
  let group = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i === text.length ? 0x2c : text.charCodeAt(i);
    // A pipe typed between ids (`IOM \\| UNODC`, escaped in a cell as GFM wants) parts them as a
    // comma does; pipeBetweenIds has it said, so that the cell is read and its ids checked.
    const separates = isIdSeparator(code) || code === 0x7c || (code === 0x5c && text.charCodeAt(i + 1) === 0x7c);
    if (separates && from >= 0) {
      ids.push({ text: text.slice(from, i), start: piece.start + from, end: piece.start + i });
      from = -1;
    } else if (!separates && from < 0) from = i;
    if ((code === 0x2c || code === 0x3b || code === 0x7c) && ids.length > group) group = settleWords(ids, group, piece, names);
  }
  return ids;
}

/**
 * The first pipe typed between the ids of `piece` (`\\|` in a table cell, `|` in a list item), and
 * the hint that writes them with commas; undefined where it holds none. splitIds read it as a comma.
 */
export function pipeBetweenIds(piece: Piece, ids: readonly Piece[]): { at: Piece; hint: string } | undefined {
  const at = piece.text.search(/\\?\|/);
  if (at < 0) return undefined;
  const pipe = piece.text[at] === "\\" ? "\\|" : "|";
  return { at: { text: pipe, start: piece.start + at, end: piece.start + at + pipe.length }, hint: `Separate the ids with commas: \`${clippedList(ids.map((id) => id.text))}\`.` };
}

const CONJUNCTIONS = new Set(["y", "e", "and"]);
/** One word in parentheses (`(OIM)`). */
const PARENTHESIZED = /^\(([^()\s]+)\)$/;
/** More words than any country's name has (Saint Vincent and the Grenadines: five). */
const MAX_NAME_WORDS = 6;
/** A word of a name (`Costa`), or of an abbreviated one (`EE.` of `EE. UU.`). */
const NAME_WORD = /^\p{Lu}\p{M}*\p{Ll}|\.$/u;

/**
 * The words of `ids` from `group` on, between two commas: a run of them that is a country's name
 * made one piece, the longest first (`Trinidad y Tobago` before `Trinidad`), and a `y` or `and`
 * left over dropped. Ids in capitals, the usual cell, are not looked at. Where the next group starts.
 */
function settleWords(ids: Piece[], group: number, piece: Piece, names: CellNames): number {
  let named = false;
  for (let k = group; k < ids.length && !named; k++) named = mayBeName(ids[k]!.text) || (k > group && isSplitIndicator(ids[k - 1]!.text, ids[k]!.text));
  if (!named) return ids.length;
  const words = ids.slice(group);
  ids.length = group;
  const span: Span = (first, last) => ({ text: piece.text.slice(first.start - piece.start, last.end - piece.start), start: first.start, end: last.end });
  for (let i = joinListed(ids, words, span, piece, names); i < words.length; ) {
    let end = pieceEnd(words, i, span, names);
    // `Instituto Nacional de Migración (INM)`: a name and its acronym, one piece whose hint takes the acronym for its id.
    if (end < words.length && withAcronym(words, i, end, span)) end++;
    if (end > i + 1) ids.push(span(words[i]!, words[end - 1]!));
    else if (!CONJUNCTIONS.has(words[i]!.text)) ids.push(words[i]!);
    i = end;
  }
  return ids.length;
}

/**
 * `Immigration, Refugees and Citizenship Canada`, `Ministry of Foreign Affairs, Foreign Trade and
 * Immigration`: the name that words listed before `words`, a group after a comma, start (or a
 * head, and the matters listed after it) and `words` end, in place of those words in `ids`. How
 * many of `words` it takes: 0 where they end no such name.
 */
function joinListed(ids: Piece[], words: readonly Piece[], span: Span, piece: Piece, names: CellNames): number {
  const known = names.partyWords;
  const next = words[0]!;
  let start = listedStart(ids, next, piece, (text) => isListedWord(text, known));
  let end = start < ids.length ? listEndLength(words.map((word) => word.text), known) : 0;
  if (end === 0) {
    start = listedStart(ids, next, piece, (text) => isNameItem(text.split(/\s+/), known)) - 1;
    const headed = start >= 0 && aloneBeforeComma(ids, start, next, piece) && isNameHead(ids[start]!.text.split(/\s+/), known);
    end = headed ? headedEndLength(words.map((word) => word.text), known) : 0;
  }
  // With its acronym after it, as any name (`… Citizenship Canada (IRCC)`).
  if (end > 0 && end < words.length && withAcronym(words, 0, end, span)) end++;
  if (end > 0) ids.push(span(ids.splice(start)[0]!, words[end - 1]!));
  return end;
}

/** More parts than a name lists commas apart before its last (`Immigration, Refugees and Citizenship Canada`: one). */
const MAX_LISTED = 8;

/**
 * Where the pieces listed before `next`, the first of a group after a comma, start in `ids`: each
 * alone between two commas (or first in the cell) and `listed` (`Immigration` of `Immigration,
 * Refugees and Citizenship Canada`). `ids.length` where there is none, or more than a name lists.
 */
function listedStart(ids: readonly Piece[], next: Piece, piece: Piece, listed: (text: string) => boolean): number {
  let start = ids.length;
  while (start > 0 && aloneBeforeComma(ids, start - 1, next, piece) && listed(ids[start - 1]!.text)) {
    // More than any name lists is a list of names (`Ana Pérez, Luis Gómez, …`), none of them one
    // name's: reading back along it after each comma took minutes on a cell of 10,000.
    start--;
    if (ids.length - start > MAX_LISTED) return ids.length;
  }
  return start;
}

/**
 * Whether `ids[k]` is alone in its group (the cell's first, or after a comma, a semicolon or a
 * pipe typed for a comma) and a comma alone parts it from what follows it (`ids[k + 1]`, or
 * `next` after the last).
 */
function aloneBeforeComma(ids: readonly Piece[], k: number, next: Piece, piece: Piece): boolean {
  const between = (before: Piece, after: Piece) => piece.text.slice(before.end - piece.start, after.start - piece.start);
  return COMMA_ALONE.test(between(ids[k]!, ids[k + 1] ?? next)) && (k === 0 || /[,;|]/.test(between(ids[k - 1]!, ids[k]!)));
}

/** A comma, and white space around it: what parts a listed name's words (a semicolon or a line break ends a name). */
const COMMA_ALONE = /^\s*,\s*$/;

/**
 * Whether `words[end]` is the acronym in parentheses of the name `words[i..end)`: not after a
 * country, every country or an article's id (`México (MX)`, `la OIM (IOM)`, each told as before),
 * nor a country's code or ALL itself.
 */
function withAcronym(words: readonly Piece[], i: number, end: number, span: Span): boolean {
  const inner = PARENTHESIZED.exec(words[end]!.text)?.[1];
  if (inner === undefined || isCountryCode(inner) || inner.toUpperCase() === "ALL") return false;
  if (end === i + 1 ? !CAPITALIZED_WORD.test(words[i]!.text) : end === i + 2 && isArticle(words[i]!.text)) return false;
  const name = span(words[i]!, words[end - 1]!).text;
  return !isCountryName(name) && !meansAllCountries(name);
}

/** Where the piece of several words that starts at `words[i]` ends, or i + 1: the first of these that it is. */
function pieceEnd(words: readonly Piece[], i: number, span: Span, names: CellNames): number {
  // `Art. 6 párr. 1`: an article by its number and paragraph, which the hint tells its indicators.
  let end = articleEnd(words, i);
  // `SOM 6.1`: an indicator's id with a space for its hyphen, which the hint writes SOM-6.1.
  if (end === i + 1 && i + 1 < words.length && isSplitIndicator(words[i]!.text, words[i + 1]!.text)) end = i + 2;
  // `ACNUR México`, `OIM Costa Rica`: an organisation's office in a country, or the two; the hint says both.
  if (end === i + 1) end = officeInCountryEnd(words, i, span, names);
  // An organisation's name, built-in or the plan's, whatever its words (`Guatemalan Red Cross`).
  if (end === i + 1) end = names.nameEnd(words, i, span);
  // `Todos los países miembros`: every country, which the schema check tells to write ALL.
  if (end === i + 1) end = allCountriesEnd(words, i, span);
  if (end === i + 1) end = countryEnd(words, i, span);
  // `la OIM`, `El ACNUR`, `The United States`: an id, an acronym or a country after an article, which the hint tells to write alone.
  if (end === i + 1) end = afterArticleEnd(words, i, span, names);
  // `Costa Rca`: a name's words a letter off, kept together for the hint that names the country.
  // Not from a word that is a name itself (Dominica República Dominicana), and over no more words than a name has.
  if (end === i + 1 && !CONJUNCTIONS.has(words[i]!.text) && !isCountryName(words[i]!.text)) {
    end = Math.min(words.length, i + MAX_NAME_WORDS);
    const nearName = (last: number) => !CONJUNCTIONS.has(words[last - 1]!.text) && words.slice(i, last).every((word) => mayBeName(word.text)) && isNearName(span(words[i]!, words[last - 1]!).text);
    while (end > i + 1 && !nearName(end)) end--;
  }
  // `Organización Internacional para las Migraciones`, `Fiscalía General de la República`: an
  // organisation by its name, which the schema check tells its id or where to add it.
  if (end === i + 1 && !isCountryName(words[i]!.text) && !isNearName(words[i]!.text)) end = nameRunEnd(words, i, span, names);
  // `Canada Border Services Agency`, `United States Coast Guard`, `US Customs and Border Protection`: an English name that starts with its country's name or code.
  if (isCountryName(span(words[i]!, words[end - 1]!).text) || (end === i + 1 && isCountryCodeInCapitals(words[i]!.text))) {
    end = Math.max(end, institutionAfterCountryEnd(words, i, end, span, names));
  }
  return end;
}

/**
 * Where an English institution's name that starts with the country's name or code `words[i..country)`
 * ends: capitalized words, the last an INSTITUTION_WORDS one, and what a joining word adds after it
 * (`Belize Ministry of Foreign Affairs`, read on from the institution's word as nameRunEnd reads a
 * name). An `and` between two capitalized words goes on in it before that word (`US Customs and
 * Border Protection`), not after (`US Coast Guard and Border Patrol` are two). Else i + 1.
 */
function institutionAfterCountryEnd(words: readonly Piece[], i: number, country: number, span: Span, names: CellNames): number {
  let end = i + 1;
  for (let k = country; k < words.length && k - i <= names.longest(); k++) {
    const word = words[k]!.text;
    if (word === "and" && end === i + 1 && k > country && CAPITALIZED_WORD.test(words[k + 1]?.text ?? "")) continue;
    if (!CAPITALIZED_WORD.test(word) || names.isId(word) || isCountryName(word)) break;
    if (!INSTITUTION_WORDS.has(word)) continue;
    end = k + 1;
    if (JOINING_WORDS.has(words[k + 1]?.text ?? "")) return Math.max(end, nameRunEnd(words, k, span, names));
  }
  return end;
}

type Span = (first: Piece, last: Piece) => Piece;

/**
 * Where an organisation's id or acronym in capitals and the country's name after it end (`UNHCR
 * México`), or an office of it as English names one (`IOM Country Office in Honduras`, `UNODC
 * Regional Office for Central America`); else i + 1.
 */
function officeInCountryEnd(words: readonly Piece[], i: number, span: Span, names: CellNames): number {
  const id = words[i]!.text;
  if (i + 1 >= words.length || !ACRONYM.test(id) || !names.isId(id)) return i + 1;
  const country = countryEnd(words, i + 1, span);
  if (country > i + 2) return country;
  if (isCountryName(words[i + 1]!.text)) return i + 2;
  return englishOfficeEnd(words, i + 1, span, names);
}

/** English's words for where an office is, or whom it serves (`Office in Honduras`, `for Central America`). */
const OFFICE_PLACE_WORDS = new Set(["in", "for"]);

/**
 * Where the English name of an office that starts at `words[from]`, after its organisation's id,
 * ends: capitalized words up to an INSTITUTION_WORDS one (`Country Office`), then `in` or `for`
 * and a country or a region's capitalized words. `from` (no more words) when there is none.
 */
function englishOfficeEnd(words: readonly Piece[], from: number, span: Span, names: CellNames): number {
  let end = from - 1;
  for (let k = from; k < words.length && k - from < names.longest(); k++) {
    const word = words[k]!.text;
    if (!CAPITALIZED_WORD.test(word) || names.isId(word) || isCountryName(word)) break;
    if (INSTITUTION_WORDS.has(word)) end = k + 1;
  }
  if (end < from) return from;
  if (!OFFICE_PLACE_WORDS.has(words[end]?.text ?? "")) return end;
  const country = countryEnd(words, end + 1, span);
  if (country > end + 2 || isCountryName(words[end + 1]?.text ?? "")) return Math.max(country, end + 2);
  // A region's capitalized words, and `and the` between them (`Central America and the Caribbean`).
  let region = end + 1;
  for (let k = end + 1; k < words.length && k - end <= MAX_COUNTRY_WORDS; k++) {
    const word = words[k]!.text;
    if (CAPITALIZED_WORD.test(word) && !names.isId(word)) region = k + 1;
    else if (region === end + 1 || (word !== "and" && word !== "the")) break;
  }
  return region > end + 1 ? region : end;
}

/** Where an id, an acronym in capitals or a country's name after the article `words[i]` ends (`la OIM`, `The Bahamas`), or i + 1. */
function afterArticleEnd(words: readonly Piece[], i: number, span: Span, names: CellNames): number {
  const next = words[i + 1]?.text;
  if (next === undefined || !isArticle(words[i]!.text)) return i + 1;
  // `los EE. UU.`: a country's name of several words first, before `EE.` is taken for an acronym.
  const country = countryEnd(words, i + 1, span);
  if (country > i + 2) return country;
  return names.isId(next) || ACRONYM.test(next) || isCountryName(next) ? i + 2 : i + 1;
}

/** An article as a sentence writes it, in small letters or capitalized (`la`, `La`); `LA` is Laos's code. */
function isArticle(word: string): boolean {
  return ARTICLES.has(word) || (ARTICLES.has(word.toLowerCase()) && word.slice(1) === word.slice(1).toLowerCase());
}

/** An acronym in capitals (`OEA`, `INM`): after an article, an organisation's, known or not. */
const ACRONYM = /^[A-Z][A-Z0-9._-]+$/;

/** More words than any country's name has (Islas Georgias del Sur y Sándwich del Sur: eight). */
const MAX_COUNTRY_WORDS = 8;

/** Where the longest country's name of several words that starts at `words[i]` ends, or i + 1. */
function countryEnd(words: readonly Piece[], i: number, span: Span): number {
  let j = Math.min(words.length, i + MAX_COUNTRY_WORDS);
  while (j > i + 1 && !isCountryName(span(words[i]!, words[j - 1]!).text)) j--;
  return j;
}

/** An article's word, as a Protocol cell writes it before the article's number. */
const ARTICLE_WORDS = new Set(["art", "art.", "arts.", "artículo", "articulo", "article"]);
/** A paragraph's or letter's word after an article's number (`párr. 1`, `inciso a)`, `para. 2`). */
const PARAGRAPH_WORDS = new Set(["párr.", "parr.", "párrafo", "parrafo", "inciso", "numeral", "para.", "paragraph", "par."]);

/** Where `Art. 6`, `artículo 6 párr. 1` or `article 6 paragraph 2` that starts at `words[i]` ends, or i + 1. */
function articleEnd(words: readonly Piece[], i: number): number {
  if (!ARTICLE_WORDS.has(words[i]!.text.toLowerCase()) || !/^\d/.test(words[i + 1]?.text ?? "")) return i + 1;
  const paragraph = i + 3 < words.length && PARAGRAPH_WORDS.has(words[i + 2]!.text.toLowerCase());
  return paragraph ? i + 4 : i + 2;
}

/** More words than a phrase for every country has (`all the member countries of the RCM`: seven). */
const MAX_ALL_WORDS = 8;
/** The words a phrase for every country starts with (value-hints' meansAllCountries). */
const ALL_WORDS = new Set(["todos", "todas", "all", "every", "los", "las", "países", "paises", "estados", "the", "member"]);

/** Where the longest phrase for every country that starts at `words[i]` ends (`Todos los países miembros`), or i + 1. */
function allCountriesEnd(words: readonly Piece[], i: number, span: Span): number {
  if (!ALL_WORDS.has(words[i]!.text.toLowerCase())) return i + 1;
  let j = Math.min(words.length, i + MAX_ALL_WORDS);
  while (j > i + 1 && !meansAllCountries(span(words[i]!, words[j - 1]!).text)) j--;
  return j;
}

/** A word in small letters (`de`, `civil`), accents decomposed or not: it joins a name's words, or ends one (`Sociedad civil`). */
const SMALL_WORD = /^[\p{Ll}\p{M}]+$/u;
/** A word an id may be (ID_PATTERN's characters): `Caritas Plan` may be two ids a plan added, `Policía Nacional` may not. */
const ID_WORD = /^[A-Za-z0-9._-]+$/;

/**
 * Where a name of several words that starts at `words[i]` ends, or i + 1: capitalized words and
 * the small words between and after them (`Ministerio de Relaciones Exteriores`, `Sociedad civil`,
 * `Fiscalía General de Guatemala`, `Cruz Roja Dominicana`, `Royal Canadian Mounted Police`). An
 * organisation's id or acronym in any case (`Oim`, `acnur`, a plan's own `Caritas`) is no word of
 * a name: a plan's ids a space apart stay apart; nor are countries' codes alone (`Gt Mx`). Nor is
 * a country's name right after the first word (`Caritas Guatemala`: an id and a country, each told
 * its code). After a small word that joins a name, an id or an acronym is the name's own (`Oficina
 * de la OIM en Guatemala`, `Fiscalía General de GT`), and an acronym followed by one starts a name
 * (`INM de México`): each is one piece, told once what to write, not a finding for every word.
 * A `y`, `e` or `and` goes on where an organisation's name does (`Drugs and Crime`), and a `y`
 * or `e` inside a name that has a small joining word as goesOnAfterConjunction says (`Dirección
 * General de Migración y Extranjería`, the migration authority of three of the RCM's countries;
 * `Ministerio de Trabajo y Previsión Social`), and an `and` after a head as matterAfterAnd says
 * (`Ministry of Foreign Affairs and International Trade`); else it ends the name: `Policía Nacional Civil y
 * Caritas`, `Ministerio de Salud y Ministerio de Educación`, `Fiscalía General y Policía Nacional
 * Civil` are two. More capitalized words an id could be than any organisation's name has stay
 * apart: they are ids, not a name.
 */
function nameRunEnd(words: readonly Piece[], i: number, span: Span, names: CellNames): number {
  const first = words[i]!.text;
  // `la Policía Nacional Civil`, after a `y`: a name may start with its article.
  const article = isArticle(first) && CAPITALIZED_WORD.test(words[i + 1]?.text ?? "");
  // `INM de México`, `OIM en Guatemala`: an acronym, then a small joining word and a name's word.
  const acronym = !article && ACRONYM.test(first) && JOINING_WORDS.has(words[i + 1]?.text ?? "") && startsNameWord(words[i + 2]?.text);
  if (!article && !acronym && (!CAPITALIZED_WORD.test(first) || names.isId(first))) return i + 1;
  let end = i + 1;
  let noIds = article || acronym || !ID_WORD.test(first);
  // Whether a small word has joined the name's words (`de`, `of`): a formal name, which a `y` may go on in.
  let joined = false;
  for (let k = i + 1; k < words.length; k++) {
    // Words an id could be, more than any organisation's name has: ids (a cell of 2,000 was cubic).
    if (!noIds && k - i > names.longest()) return i + 1;
    const word = words[k]!.text;
    if (CONJUNCTIONS.has(word)) {
      // Only as far as an organisation's name goes: a long cell of names joined by `y` would otherwise be read again at every one.
      if (k + 1 < words.length && k + 1 - i < names.longest() && names.startsName(span(words[i]!, words[k + 1]!).text)) continue;
      // `Ministerio de Ciencia e Innovación`: Spanish writes `e` for `y` only before an i, inside a
      // name as often as between two; a name already of words no id could be goes on, but not into an id (`e Interpol`).
      if (word === "e" && noIds && k + 1 < words.length && CAPITALIZED_WORD.test(words[k + 1]!.text) && !names.isId(words[k + 1]!.text)) continue;
      if (joined && goesOnAfterConjunction(words, i, k + 1, span, names)) continue;
      // `Ministry of Foreign Affairs and International Trade`: an English head's last matter, one name.
      // Its words as far as a matter as long as the longest name goes: a cell of 80,000 words was read again at each `and`.
      const near = words.slice(i, k + 2 + names.longest()).map((each) => each.text);
      if (word === "and" && joined && matterAfterAnd(near, k - i, names.partyWords) > 0) continue;
      break;
    }
    const afterJoining = JOINING_WORDS.has(words[k - 1]!.text);
    // `de Trinidad y Tobago`, `de EE. UU.`: a country's name after a small word, whole.
    const country = afterJoining ? countryEnd(words, k, span) : k + 1;
    if (country > k + 1) {
      end = country;
      k = country - 1;
      continue;
    }
    // `de la OIM`, `del ACNUR`, `de GT`: an id or acronym inside a name, after a word that joins it.
    if (noIds && afterJoining && (names.isId(word) || ACRONYM.test(word))) {
      end = k + 1;
      continue;
    }
    if (names.isId(word)) break;
    if (SMALL_WORD.test(word)) {
      noIds = true;
      if (JOINING_WORDS.has(word)) joined = true;
      // `civil`, `exteriores`: a name's own word; two letters (`gt`) are an id in small letters.
      if (!JOINING_WORDS.has(word) && word.length > 2) end = k + 1;
      continue;
    }
    if (!CAPITALIZED_WORD.test(word)) break;
    if (!ID_WORD.test(word)) noIds = true;
    else if (!noIds && k === i + 1 && isCountryName(word)) break;
    end = k + 1;
  }
  // Of words an id could be only, the last of a run longer than a name are ids as the others were.
  const before = words[i - 1]?.text;
  const tail = !noIds && before !== undefined && CAPITALIZED_WORD.test(before) && ID_WORD.test(before) && !names.isId(before) && !isCountryName(before);
  // `Gt Mx`: countries' codes, capitalized, each told its code; `Al Otro Lado` is a name.
  const codes = words.slice(i, end).every((word) => isCountryCode(word.text));
  return tail || codes ? i + 1 : end;
}

/** A word a name's words may go on with after a joining word (`México`, `Migración`, `GT`, `OIM`). */
function startsNameWord(word: string | undefined): boolean {
  return word !== undefined && (CAPITALIZED_WORD.test(word) || ACRONYM.test(word));
}

/**
 * Whether a name goes on at `words[next]`, after a Spanish `y` or `e` (English `and` joins two
 * names as often as it joins a name's words, and goes on only into a known name or after a head,
 * matterAfterAnd): a capitalized
 * word, perhaps after an article in small letters (`y el Caribe`), that is none of an id, a
 * country's name (`y Costa Rica`), the name's own first word (`Ministerio de Salud y Ministerio
 * de Educación`) or the first of another institution's name (`y Policía Nacional Civil`, `y
 * Secretaría de Seguridad`, `y la Fiscalía`) or of a known organisation's (`y Organización
 * Internacional para las Migraciones`). A last word an id could be goes on too (`Justicia y Paz`,
 * `Relaciones Exteriores y Culto`): read apart, it was told a country's code (`Paz`: PA?).
 */
function goesOnAfterConjunction(words: readonly Piece[], i: number, next: number, span: Span, names: CellNames): boolean {
  if (words[next - 1]!.text === "and") return false;
  // `para Centroamérica y el Caribe`: an article, then a word of the name's own (not `y la Policía Nacional Civil`).
  const articled = isArticle(words[next]?.text ?? "") && !CAPITALIZED_WORD.test(words[next]!.text);
  if (articled) next++;
  const word = words[next]?.text;
  if (word === undefined || !CAPITALIZED_WORD.test(word) || names.isId(word) || isArticle(word) || word === words[i]!.text) return false;
  if (isCountryName(word) || countryEnd(words, next, span) > next + 1) return false;
  // `… y Organización Internacional para las Migraciones`: a known organisation's name, which its hint tells the id of.
  if (names.startsName(span(words[next]!, words[Math.min(next + 1, words.length - 1)]!).text)) return false;
  const after = words[next + 1]?.text ?? "";
  return !(INSTITUTION_STARTS.has(word.normalize("NFC")) && (articled || CAPITALIZED_WORD.test(after) || JOINING_WORDS.has(after)));
}

/**
 * The organisations a cell's words are told apart by: the built-in ones and a plan's own
 * (ParseOptions.organizations), read when a cell first holds a word that may be a name.
 */
export class CellNames {
  #ids: Set<string> | undefined;
  #names: { names: readonly string[]; longest: number } | undefined;

  constructor(private readonly own: readonly Organization[] = []) {}

  /** The ids and the countries' names, as listed-names.ts asks for them. */
  readonly partyWords: PartyWords = { isId: (word) => this.isId(word), isCountryName };

  /** Whether `word` is an organisation's id or acronym, in any case (`Oim`, `acnur`, `Caritas`). */
  isId(word: string): boolean {
    return this.ids().has(word.toUpperCase());
  }

  /** How many words the longest organisation's name has. */
  longest(): number {
    return this.names().longest;
  }

  /** Whether an organisation's name starts with the words of `text`, accents and case aside. */
  startsName(text: string): boolean {
    const start = `${normalizeWord(text)} `;
    return this.names().names.some((name) => `${name} `.startsWith(start));
  }

  /** Where the longest organisation's name that starts at `words[i]` ends, or i + 1. */
  nameEnd(words: readonly Piece[], i: number, span: Span): number {
    if (!CAPITALIZED_WORD.test(words[i]!.text)) return i + 1;
    const { names, longest } = this.names();
    let j = Math.min(words.length, i + longest);
    while (j > i + 1 && !names.includes(normalizeWord(span(words[i]!, words[j - 1]!).text))) j--;
    // `… para las Migraciones en Guatemala`: the name of an office of it, which nameRunEnd takes whole.
    return j < words.length && JOINING_WORDS.has(words[j]!.text) ? i + 1 : j;
  }

  private organizations(): Organization[] {
    return [...builtInReference().organizations.values(), ...this.own];
  }

  private ids(): Set<string> {
    if (this.#ids === undefined) {
      this.#ids = new Set(this.organizations().flatMap((organization) => [organization.id, ...textsIn(organization.acronym)]).map((id) => id.toUpperCase()));
    }
    return this.#ids;
  }

  private names(): { names: readonly string[]; longest: number } {
    if (this.#names === undefined) {
      const names = this.organizations().flatMap(({ name }) => textsIn(name)).map(normalizeWord);
      this.#names = { names, longest: Math.max(...names.map((name) => name.split(" ").length)) };
    }
    return this.#names;
  }
}

/** The built-in organisations alone: a file read outside a plan, or a plan that adds none. */
const BUILT_IN_NAMES = new CellNames();

const PLAN_NAMES = new WeakMap<readonly Organization[], CellNames>();

/** The names of the built-in organisations and of a plan's `own`, made once for all the plan's files (their ids and names are gathered once). */
export function cellNamesOf(own: readonly Organization[] | undefined): CellNames {
  if (own === undefined || own.length === 0) return BUILT_IN_NAMES;
  let names = PLAN_NAMES.get(own);
  if (names === undefined) PLAN_NAMES.set(own, (names = new CellNames(own)));
  return names;
}

/** `SOM` then `6.1`: letters, then a number that starts with a digit. */
function isSplitIndicator(prefix: string, number: string): boolean {
  const first = number.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && /^[A-Za-z]+$/.test(prefix) && /^\d+(?:\.\d+)*$/.test(number);
}

/**
 * Whether a word may be part of a name or a conjunction: the regular expression only for a word
 * whose second character is a small letter or not ASCII, or that ends in a dot; ids in capitals
 * (GT, IOM, SOM-6.1), three in each of four cells of every action, are passed by two comparisons.
 */
function mayBeName(word: string): boolean {
  const second = word.charCodeAt(1);
  const lower = (second >= 0x61 && second <= 0x7a) || second >= 0x80 || word.length === 1;
  return (lower || word.charCodeAt(word.length - 1) === 0x2e) && (NAME_WORD.test(word) || CONJUNCTIONS.has(word) || ALL_WORDS.has(word) || ARTICLE_WORDS.has(word) || ARTICLES.has(word));
}

/** The built-in reference's countries, loaded when a cell first holds a word that may be a name. */
function builtInCountries(): ReadonlyMap<string, Country> {
  return builtInReference().countries;
}

/** Whether `text` names one of the built-in reference's countries, in either language (value-hints' countryNamed). */
function isCountryName(text: string): boolean {
  return countryNamed(builtInCountries(), text) !== undefined;
}

/** Whether `word` is a country's code as ids are written, in capitals (`US`, `CA`). */
function isCountryCodeInCapitals(word: string): boolean {
  return word.length === 2 && word === word.toUpperCase() && builtInCountries().has(word);
}

/** Whether `word` is a country's code in any case (`Gt`). */
function isCountryCode(word: string): boolean {
  return word.length === 2 && builtInCountries().has(word.toUpperCase());
}

/** Whether `text` is one country's name a letter or two off (value-hints' isNearCountryName). */
function isNearName(text: string): boolean {
  return isNearCountryName(builtInCountries(), text);
}

/** A comma, a semicolon or white space. */
function isIdSeparator(code: number): boolean {
  return code === 0x2c || code === 0x3b || isWhiteSpace(code);
}

/** What a regular expression's `\s` matches, by UTF-16 code unit: Unicode white space and line ends. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

// The dashes as \u escapes, which RegExp reads: the bundle is ASCII (scripts/bundle.mjs), and a
// String.raw text is the one place its writer cannot escape them.
const SPAN = new RegExp(String.raw`^(${WRITTEN_TIMEPOINT})(?:\s*(?:\u2013|\u2014|-|\.\.|to|a|al|hasta)\s*(${WRITTEN_TIMEPOINT}))?$`, "i");

/** `2019-Q3 – 2021` as start and end; a bare year reads as a number, as YAML reads it. */
export function parseTimeframe(piece: Piece): { start: Piece; end: Piece } | undefined {
  const match = SPAN.exec(piece.text);
  if (!match) return undefined;
  const start = { text: canonicalTimepoint(match[1]!), start: piece.start, end: piece.start + match[1]!.length };
  if (match[2] === undefined) return { start, end: start };
  const endAt = piece.start + piece.text.length - match[2].length;
  return { start, end: { text: canonicalTimepoint(match[2]), start: endAt, end: piece.start + piece.text.length } };
}

/** A timepoint's value as YAML would hold it: 2019 as a number, 2019-Q3 as a string. */
export function timepointValue(point: string): string | number {
  return /^\d{4}$/.test(point) ? Number(point) : point;
}

/** The cell a timeframe is written in: `2019-Q3 – 2021`, or one point when it starts and ends there. */
export function formatTimeframe(timeframe: { start: string; end: string }): string {
  return timeframe.start === timeframe.end ? timeframe.start : `${timeframe.start} – ${timeframe.end}`;
}
