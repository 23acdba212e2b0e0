/**
 * The values and patterns the plan format allows, without zod: the zod schemas (schema.ts) and
 * the zod-free fast reading of them (validate/fast-schema.ts) both take them from here, so the
 * two cannot drift apart. (The languages are in text.ts.)
 */
import { withoutAccents } from "./text.js";

export const PRIORITIES = ["high", "medium", "low"] as const;
export const ROLES = [
  "prosecutor", "immigration-director", "immigration-police", "investigator",
  "coalition-liaison", "observer", "civil-society", "other",
] as const;
export const SEVERITY_SETTINGS = ["off", "info", "warning", "error"] as const;
export const PLAN_STATUSES = ["draft", "final"] as const;
export const INDICATOR_TYPES = ["legal", "institutional", "operational", "data"] as const;

/** An action's priority when the group gives none. */
export const DEFAULT_PRIORITY = "medium";
/** Where a plan's group files are when plan.yaml does not say. */
export const DEFAULT_GROUP_PATTERN = "groups/*.{yaml,yml,md}";
/** A plan's language when plan.yaml does not say. */
export const DEFAULT_LANGUAGE = "en";

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** An id as groups write them, letters and digits about a hyphen or a dot (FLD-O1, INT-1.1): not a year, a number, a word or a hashtag. */
export const ID_SHAPED = /^(?=[^-.]*[-.])(?=.*[A-Za-z])(?=.*\d)/;
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
/** `ALL` in lead or partners: every country taking part in the plan. */
export const ALL_COUNTRIES = "ALL";
/** A year or a quarter written as a string; a bare year is also a number (see YEARS). */
export const TIMEPOINT_PATTERN = /^\d{4}(-Q[1-4])?$/;
/** TIMEPOINT_PATTERN within YEARS, for the JSON Schema, which has no other way to bound a year written as a string. */
export const TIMEPOINT_IN_YEARS_PATTERN = /^(?:19\d\d|2[01]\d\d|2200)(?:-Q[1-4])?$/;

/**
 * Whether a timepoint written as a string names a year within YEARS, as one written as a number
 * must: 1800-Q4 does not. True for a string that is no timepoint at all, which TIMEPOINT_PATTERN
 * says is wrong, once.
 */
export function timepointInYears(point: string): boolean {
  if (!TIMEPOINT_PATTERN.test(point)) return true;
  const year = Number(point.slice(0, 4));
  return year >= YEARS.min && year <= YEARS.max;
}

/**
 * A point as people write it, as a regular expression's source: a year, or a quarter written with Q
 * or, as Spanish writes it (trimestre) and the Spanish draft prints it, T: 2019-Q3, 2019-T3,
 * 2019 Q3, 2019Q3, T3 2019 or T3-2019. What a Markdown Timeframe cell reads, and what validate's
 * hint for a YAML timeframe recognises.
 */
export const WRITTEN_TIMEPOINT = String.raw`\d{4}(?:[-\s]?[QT][1-4])?|[QT][1-4][-\s]?\d{4}`;

/** A point written as WRITTEN_TIMEPOINT reads it, as the data holds it (TIMEPOINT_PATTERN): `2019-Q3` for `2019-q3`, `2019-T3` and `T3 2019`. */
export function canonicalTimepoint(typed: string): string {
  // `Q32019`: the quarter first, its digit before the year's four (not 3201 as a year).
  const quarterFirst = /^\s*[QT]([1-4])[-\s]?(\d{4})\s*$/i.exec(typed);
  const year = quarterFirst?.[2] ?? /\d{4}/.exec(typed)![0];
  const quarter = quarterFirst?.[1] ?? /[QT]([1-4])/i.exec(typed)?.[1];
  return quarter === undefined ? year : `${year}-Q${quarter}`;
}
export const PLAN_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The Protocol against the Smuggling of Migrants has articles 1 to 25. */
export const PROTOCOL_ARTICLES = 25;

/** The years a timepoint or a plan's period may name, both ends included. */
export const YEARS = { min: 1900, max: 2200 } as const;

/** Dashes a word processor or a font puts for `-` (FLD–1.3, SOM‑6.1), by name. */
const DASH_NAMES: Readonly<Record<string, string>> = { "\u2010": "a hyphen (U+2010)", "\u2011": "a non-breaking hyphen (U+2011)", "\u2012": "a figure dash", "\u2013": "an en dash (–)", "\u2014": "an em dash (—)", "\u2212": "a minus sign (−)" };
const LOOKALIKE_DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/**
 * Characters no editor shows that text copied from a web page, a PDF or a Word document brings
 * with it, by name: anywhere in an id, or (the spaces) at its ends, where they are trimmed.
 */
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  "\u200b": "a zero-width space (U+200B)", "\u200c": "a zero-width non-joiner (U+200C)", "\u200d": "a zero-width joiner (U+200D)",
  "\u2060": "a word joiner (U+2060)", "\u00ad": "a soft hyphen (U+00AD)", "\ufeff": "a zero-width no-break space (U+FEFF)",
  "\u00a0": "a no-break space (U+00A0)", "\u202f": "a narrow no-break space (U+202F)",
};
const INVISIBLE_INSIDE = /[\u200b-\u200d\u2060\u00ad\ufeff]/g;
/** A character trimmed from an id's ends: white space, or one no editor shows. */
const INVISIBLE_OR_SPACE = /[\s\u200b-\u200d\u2060\u00ad\ufeff]/;

/**
 * Where `written` starts and ends once the characters `edge` matches (a run at each end) are
 * taken off. A scan from each end, not a regular expression `^[…]+|[…]+$`: that one tries each run
 * inside the text to its end, and took a minute on a cell of 100,000 spaces or quotes with a
 * letter after them.
 */
function trimmedEnds(written: string, edge: RegExp): { start: number; end: number } {
  let start = 0;
  let end = written.length;
  while (start < end && edge.test(written[start]!)) start++;
  while (end > start && edge.test(written[end - 1]!)) end--;
  return { start, end };
}

/**
 * `written` without the characters no editor shows (anywhere, or the spaces at its ends), and the
 * name of the first taken out ("a zero-width space (U+200B)"); `invisible` is absent where none was.
 */
export function withoutInvisible(written: string): { visible: string; invisible?: string } {
  const ends = trimmedEnds(written, INVISIBLE_OR_SPACE);
  const visible = written.slice(ends.start, ends.end).replace(INVISIBLE_INSIDE, "");
  const char = [...written].find((c) => Object.hasOwn(INVISIBLE_NAMES, c) && !visible.includes(c));
  return char === undefined ? { visible } : { visible, invisible: INVISIBLE_NAMES[char] };
}

/**
 * Quotes around a value that no parser reads as quotes: a word processor's curly ones (TextEdit,
 * Word and Google Docs type them for ' and "), low ones, guillemets; and, in a Markdown cell, which
 * has no quoting, straight ones. Read as part of the value (`‘MX’`), or where a list's quote was
 * closed after its last item (`[“SOM-10.4, SOM-6.6”]`), as part of its first and last.
 */
const QUOTE = /["'\u2018-\u201f\u00ab\u00bb\u2039\u203a]/;
/** A value in Markdown's bold, whole. */
const BOLD = /^(?:\*\*|__)(.+)(?:\*\*|__)$/;
/** A backslash before an ASCII punctuation mark, which Markdown reads as the mark. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * `written` with Markdown's backslash escapes read as the marks they escape (`FLD\-1.1`,
 * `2019\-Q3`, as Google Docs' Markdown writes them), and what a hint says of them where it held
 * any: "Markdown's backslash escapes (\-), as Google Docs writes its Markdown".
 */
export function withoutMarkdownEscapes(written: string): { plain: string; escapes?: string } {
  const escape = written.match(MARKDOWN_ESCAPE)?.[0];
  const plain = written.replace(MARKDOWN_ESCAPE, "$1");
  return escape === undefined ? { plain } : { plain, escapes: `Markdown's backslash escapes (${escape}), as Google Docs writes its Markdown` };
}
/** The letters, digits and signs an East Asian keyboard types full-width (ＭＸ, ２０１９), each 0xFEE0 above its ASCII. */
const FULL_WIDTH = /[\uff01-\uff5e]/g;

/**
 * `written` with its lookalike dashes made hyphens, its invisible characters, the quotes around it
 * and its full-width letters made plain, if that makes it fit `pattern` (an id, a quarter, a
 * priority), and what was wrong: "it holds an en dash (–) where an id has a hyphen (as a word
 * processor writes it)", "it holds a zero-width space (U+200B), which editors do not show", "it is
 * in curly quotes (‘…’), which are read as part of it".
 */
export function mistypedId(written: string, pattern: RegExp): { id: string; why: string } | undefined {
  const { visible, invisible } = withoutInvisible(written);
  // `**FLD-1.1**`, `FLD\-1.1`: Markdown's bold and backslash escapes, as Google Docs' Markdown writes an id.
  const bold = BOLD.exec(visible)?.[1];
  const { plain, escapes } = withoutMarkdownEscapes(bold ?? visible);
  const ends = trimmedEnds(plain, QUOTE);
  const quotes = [{ text: plain.slice(0, ends.start), first: true }, { text: plain.slice(ends.end), first: false }].filter((quote) => quote.text !== "");
  const unquoted = plain.slice(ends.start, ends.end);
  const wide = /[\uff01-\uff5e]+/.exec(unquoted)?.[0];
  const narrowed = unquoted.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  const dash = narrowed.match(LOOKALIKE_DASHES)?.[0];
  // `SOL-2,1`: a decimal comma, as Spanish writes numbers, where an id's number has a full stop.
  const comma = DECIMAL_COMMA.test(narrowed);
  const dashed = narrowed.replace(LOOKALIKE_DASHES, "-").replace(DECIMAL_COMMAS, ".");
  // `INT-Ó1`, `INT-Acción-1.1`: a Spanish keyboard's habit, in an id that is unaccented letters. Only
  // where what is left is shaped as an id: `Justificación` is a word, not an id mistyped.
  const unaccented = withoutAccents(dashed);
  const id = unaccented !== dashed && ID_SHAPED.test(unaccented) ? unaccented : dashed;
  // Named as composed letters, also where an editor saved them decomposed (NFD, as macOS may).
  const accented = id === dashed ? [] : [...new Set([...dashed.normalize("NFC")].filter((char) => char.normalize("NFD").length > 1))];
  if (id === written || !pattern.test(id)) return undefined;
  const holds: string[] = [];
  if (invisible !== undefined) holds.push(`${invisible}, which editors do not show`);
  if (wide !== undefined) holds.push(`full-width characters (${clipRun(wide)}), as an East Asian keyboard types them`);
  if (dash !== undefined) holds.push(`${DASH_NAMES[dash] ?? `a dash (U+${dash.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")})`} where an id has a hyphen (as a word processor writes it)`);
  if (escapes !== undefined) holds.push(escapes);
  if (comma) holds.push("a comma between the numbers where an id has a full stop");
  if (accented.length > 0) holds.push(`${accented.length === 1 ? "an accented letter" : "accented letters"} (${accented.slice(0, 5).join(", ")}), which an id is written without`);
  const why: string[] = [];
  if (bold !== undefined) why.push("is in bold (**…**)");
  if (quotes.length > 0) why.push(quotesNamed(quotes));
  if (holds.length > 0) why.push(`holds ${holds.join(", and ")}`);
  return why.length === 0 ? undefined : { id, why: `it ${why.join(", and ")}` };
}

/** A comma between two digits (`SOL-2,1`), as Spanish writes a decimal point. */
const DECIMAL_COMMA = /\d,\d/;
const DECIMAL_COMMAS = /(?<=\d),(?=\d)/g;

/** The quotes found about a value, by kind and as written: "is in curly quotes (‘…’), which are read as part of it". */
function quotesNamed(found: readonly { text: string; first: boolean }[]): string {
  const all = found.map((quote) => quote.text).join("");
  const kind = /[\u2018-\u201f]/.test(all) ? "curly quote" : /[\u00ab\u00bb\u2039\u203a]/.test(all) ? "guillemet" : "quote";
  if (found.length === 2) return `is in ${kind}s (${clipRun(found[0]!.text)}…${clipRun(found[1]!.text)}), which are read as part of it`;
  return `${found[0]!.first ? "starts" : "ends"} with a ${kind} (${clipRun(all)}), which is read as part of it`;
}

/**
 * How many characters of a run of full-width letters or of quotes a reason quotes (`ＭＩＧＲＡＣＩＯＮ`
 * whole): a value of 100,000 of them had its hint quote them all.
 */
const SHOWN_RUN = 12;

/** `run` as a reason quotes it: its first SHOWN_RUN characters, and … for the rest. */
function clipRun(run: string): string {
  return run.length <= SHOWN_RUN ? run : `${run.slice(0, SHOWN_RUN)}…`;
}

/** The days of `month` (1 to 12) of `year`: 28 to 31, leap years counted. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}
