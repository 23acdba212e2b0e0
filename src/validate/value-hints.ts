/**
 * What a value the schema refuses was evidently meant to be, said as the hint: the ways people
 * fill in a matrix by habit (`lead: MX, IOM`, `lead: [Guatemala]`, `priority: alta`,
 * `timeframe: 2019-2021`), each with the value as the format writes it.
 */
import type { Country } from "../model/reference.js";
import type { DataPath } from "../parse/document.js";
import { normalizeWord, PRIORITY_WORDS } from "../parse/markdown/vocabulary.js";

const ID = "[A-Za-z0-9][A-Za-z0-9._-]*";
const ID_LIST = new RegExp(`^\\s*${ID}(\\s*[,;]\\s*${ID})+\\s*$`);
// A Markdown Timeframe cell's usual forms, written into a YAML file. Not markdown/inline.ts's
// parseTimeframe: importing it here would load that module for every validate, for a hint on an error.
// A quarter as people write it: 2019-Q3, 2019 Q3, 2019-T3 (trimestre, in Spanish), T3 2019.
const TIMEPOINT = "\\d{4}(?:[- ]?[QT][1-4])?|[QT][1-4][- ]?\\d{4}";
const POINT = new RegExp(`^\\s*(?:${TIMEPOINT})\\s*$`, "i");
const SPAN = new RegExp(`^\\s*(${TIMEPOINT})\\s*(?:[-–—]|to|a)\\s*(${TIMEPOINT})\\s*$`, "i");
const upper = (id: string) => id.toUpperCase();
/** The lists a text is written for by habit, and the case their ids are written in: `[mx, iom]` would be refused in its turn. */
const LISTS: Record<string, (id: string) => string> = {
  lead: upper,
  partners: upper,
  protocol: upper,
  countries: upper,
  languages: (id) => id.toLowerCase(),
  related: (id) => id,
};

/** The hint for `value` refused at `path`, or undefined where there is no better one than the schema's. */
export function valueHint(path: DataPath, value: unknown, countries: ReadonlyMap<string, Country>): string | undefined {
  if (typeof value !== "string") return undefined;
  const key = path[path.length - 1];
  const listKey = typeof key === "number" ? path[path.length - 2] : key;
  const written = typeof key === "string" && Object.hasOwn(LISTS, key) ? LISTS[key] : undefined;
  if (written && ID_LIST.test(value)) return `write a list, in brackets: ${key}: [${value.split(/[,;]/).map((id) => written(id.trim())).join(", ")}]`;
  if (listKey === "lead" || listKey === "partners") {
    const country = countryNamed(countries, value);
    if (country) return `${value} is a country: write its code, ${country.code}`;
  }
  if (key === "priority" && PRIORITY_WORDS[value.toLowerCase()] !== undefined) return `write it in English, as the format does: ${PRIORITY_WORDS[value.toLowerCase()]}`;
  if (key === "timeframe") {
    const span = SPAN.exec(value);
    if (span) return `write it as a mapping: timeframe: {start: ${formatPoint(span[1]!)}, end: ${formatPoint(span[2]!)}}`;
    if (POINT.test(value)) return `write it as a mapping: timeframe: {start: ${formatPoint(value)}, end: ${formatPoint(value)}}`;
  }
  if ((key === "start" || key === "end") && path[path.length - 2] === "timeframe" && POINT.test(value)) return `write it as the format does: ${key}: ${formatPoint(value)}`;
  return undefined;
}

/** A point of TIMEPOINT as the format writes it: `2019-Q3` for `2019-T3`, `T3 2019` or `2019 q3`; `2019` for a year. */
function formatPoint(typed: string): string {
  const year = /\d{4}/.exec(typed)![0];
  const quarter = /[QT]([1-4])/i.exec(typed)?.[1];
  return quarter === undefined ? year : `${year}-Q${quarter}`;
}

/** The country `name` names in either language, without regard to accents or case (`México`, `mexico`), as a matrix's labels are compared. */
export function countryNamed(countries: ReadonlyMap<string, Country>, name: string): Country | undefined {
  const wanted = normalizeWord(name);
  for (const country of countries.values()) {
    const names = typeof country.name === "string" ? [country.name] : Object.values(country.name);
    if (names.some((written) => written !== undefined && normalizeWord(written) === wanted)) return country;
  }
  return undefined;
}
