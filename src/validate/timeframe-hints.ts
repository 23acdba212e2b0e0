/**
 * What a timeframe the schema or a Markdown cell refuses was evidently meant to be: months, dates
 * (`15/01/2019`, day or month first), quarters in words (`1er trim. 2020`), semesters (`primer
 * semestre 2027`, `2027-S2`), a year said once (`Q1-Q4 2027`), each as the quarter or span the
 * format writes. The value hints (value-hints.ts)
 * and the Markdown table reader give these as their hints.
 */
import { canonicalTimepoint, daysInMonth, WRITTEN_TIMEPOINT } from "../model/fields.js";
import type { Period } from "../model/timeframe.js";
import { normalizeWord } from "../parse/markdown/vocabulary.js";
import { clip } from "../diagnostics/make.js";

// A Markdown Timeframe cell's usual forms, written into a YAML file. Not markdown/inline.ts's
// parseTimeframe: importing it here would load that module for every validate, for a hint on an error.
export const POINT = new RegExp(`^\\s*(?:${WRITTEN_TIMEPOINT})\\s*$`, "i");
export const SPAN = new RegExp(`^\\s*(${WRITTEN_TIMEPOINT})\\s*(?:[-–—/]|to|a|al|hasta)\\s*(${WRITTEN_TIMEPOINT})\\s*$`, "i");

const MONTHS: Readonly<Record<string, number>> = (() => {
  const names = [
    ["enero", "january"], ["febrero", "february"], ["marzo", "march"], ["abril", "april"], ["mayo", "may"], ["junio", "june"],
    ["julio", "july"], ["agosto", "august"], ["septiembre", "september", "setiembre", "sept"], ["octubre", "october"], ["noviembre", "november"], ["diciembre", "december"],
  ];
  const months: Record<string, number> = {};
  names.forEach((spellings, month) => {
    for (const name of spellings) months[name] = months[name.slice(0, 3)] = month;
  });
  return months;
})();
const MONTH_POINT = /^(?:([a-z]+)\.?,?(?: (?:de|of))?(?: (\d{4}))?|(\d{1,2})[/.](\d{4})|(\d{4})[-/](\d{1,2}))$/;

/** A calendar date as written in a cell or a value, its year, month (1 to 12) and day. */
interface WrittenDate {
  year: number;
  month: number;
  day: number;
}

/**
 * `15/01/2019`, `15.01.2019`, `15-01-2019`: a date by its numbers, the day and the month in either
 * order; its year may be two digits (`15/01/19`, as a spreadsheet shows a date), 20YY for 00 to 79:
 * the RCM's plans are of this century, and `85` would more likely be 1985 than a plan's year.
 */
const NUMBERED_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
/** `2019-01-15`: a date year first, as the format writes a date. */
const YEAR_FIRST_DATE = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;
/** `15 de enero de 2019`, `15 January 2019`, after normalizeWord. */
const DAY_MONTH_DATE = /^(\d{1,2}) (?:de )?([a-z]+)\.?,? (?:(?:de|del|of) )?(\d{4})$/;
/** `January 15, 2019`, `Jan. 15 2019`, after normalizeWord. */
const MONTH_DAY_DATE = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/;

/**
 * The date `typed` (normalized) writes, or undefined. Where its day and month are both numbers
 * (`01/07/2019`), `dayFirst` says how to read them: day first, as Spanish and the RCM's
 * Spanish-speaking members write a date, or month first, as the United States do; a date that is
 * a date one way round only (`15/01/2019`) is undefined the other.
 */
function writtenDate(typed: string, dayFirst: boolean): WrittenDate | undefined {
  const numbered = NUMBERED_DATE.exec(typed);
  const yearFirst = YEAR_FIRST_DATE.exec(typed);
  const named = DAY_MONTH_DATE.exec(typed);
  const monthNamed = MONTH_DAY_DATE.exec(typed);
  let date: WrittenDate | undefined;
  if (numbered) {
    const [first, second, year] = [Number(numbered[1]), Number(numbered[2]), Number(numbered[3])];
    if (numbered[3]!.length === 2 && year >= 80) return undefined;
    date = { year: numbered[3]!.length === 2 ? 2000 + year : year, month: dayFirst ? second : first, day: dayFirst ? first : second };
  } else if (yearFirst) date = { year: Number(yearFirst[1]), month: Number(yearFirst[2]), day: Number(yearFirst[3]) };
  else if (named) date = { year: Number(named[3]), month: (MONTHS[named[2]!] ?? -1) + 1, day: Number(named[1]) };
  else if (monthNamed) date = { year: Number(monthNamed[3]), month: (MONTHS[monthNamed[1]!] ?? -1) + 1, day: Number(monthNamed[2]) };
  if (date === undefined || date.month < 1 || date.month > 12 || date.day < 1) return undefined;
  return date.day <= daysInMonth(date.year, date.month) ? date : undefined;
}

/** What a hint says of a date whose day and month may be either way round: each reading, and whose way of writing a date it is. */
function eitherOrder(dayFirst: string, monthFirst: string): string {
  return `${dayFirst} if it is written day first (as Spanish writes dates), ${monthFirst} if month first (as the United States write them)`;
}

/** The hint for plan.yaml's date written as people write one (`15/09/2017`, `15 de septiembre de 2017`): the date year first. */
export function dateHint(typed: string): string | undefined {
  const normalized = normalizeWord(typed);
  const iso = (date: WrittenDate) => `date: ${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
  const [dayFirst, monthFirst] = [writtenDate(normalized, true), writtenDate(normalized, false)];
  if (dayFirst === undefined && monthFirst === undefined) return undefined;
  if (dayFirst === undefined || monthFirst === undefined || iso(dayFirst) === iso(monthFirst)) return `write it as YYYY-MM-DD: ${iso((dayFirst ?? monthFirst)!)}`;
  return `write it as YYYY-MM-DD: ${eitherOrder(iso(dayFirst), iso(monthFirst))}`;
}

/** A quarter by its ordinal, as Spanish and English write it (`1er`, `primer`, `1.º`, `I`, `first`, `1st`), after normalizeWord. */
const QUARTER_ORDINALS: Readonly<Record<string, number>> = {
  primer: 1, primero: 1, first: 1, i: 1,
  segundo: 2, second: 2, ii: 2,
  tercer: 3, tercero: 3, third: 3, iii: 3,
  cuarto: 4, fourth: 4, iv: 4,
};
const QUARTER_WORD = String.raw`(?:trimestre|trim\.?|quarter|qtr\.?)`;
/** `1er trim. 2020`, `primer trimestre de 2020`, `I trimestre 2020`, `first quarter of 2020`, `trimestre 1 2020`, after normalizeWord; the year may be the other point's. */
const WORDED_QUARTER = new RegExp(String.raw`^(?:(\S+) ${QUARTER_WORD}|${QUARTER_WORD} (\S+))(?:,? (?:(?:de|del|of) )?(\d{4}))?$`);

/** The quarter a word of WORDED_QUARTER names, 1 to 4, or undefined. */
function ordinalQuarter(word: string): number | undefined {
  const ordinal = word.replace(/\.$/, "");
  const digit = /^([1-4])\.?(?:er|ero|ro|do|to|o|a|º|°|ª|st|nd|rd|th)?$/.exec(ordinal)?.[1];
  return digit === undefined ? QUARTER_ORDINALS[ordinal] : Number(digit);
}

const SEMESTER_WORD = String.raw`(?:semestre|sem\.?|half)`;
/** `primer semestre de 2027`, `2do semestre 2027`, `first half of 2027`, after normalizeWord; the year may be the other point's. */
const WORDED_SEMESTER = new RegExp(String.raw`^(?:(\S+) ${SEMESTER_WORD}|${SEMESTER_WORD} (\S+))(?:,? (?:(?:de|del|of) )?(\d{4}))?$`);
/** `S2 2027`, `2027-S2`, `H1 2027`, `2027H1`, after normalizeWord. */
const CODED_SEMESTER = /^(?:[sh]([12])(?:[ -](\d{4}))?|(\d{4})[ -]?[sh]([12]))$/;

/** A semester as a point from its first quarter to its last, or undefined. */
function writtenSemester(part: string): Point | undefined {
  const coded = CODED_SEMESTER.exec(part);
  const worded = coded === null ? WORDED_SEMESTER.exec(part) : null;
  const half = coded !== null ? Number(coded[1] ?? coded[4]) : worded !== null ? ordinalQuarter(worded[1] ?? worded[2]!) : undefined;
  if (half === undefined || half > 2) return undefined;
  return { year: coded !== null ? (coded[2] ?? coded[3]) : worded![3], quarter: half * 2 - 1, lastQuarter: half * 2, month: false };
}

/**
 * A timeframe written as people write it, as the format writes it: its start and end points, and
 * what was written differently. `months`: a point is a month (`enero 2027 – diciembre 2028`,
 * `Jan 2027 to Jun 2027`, `03/2027`), which the format writes as its quarter. `shortened`: a point
 * leaves its year to the other (`Q1-Q4 2027`, `enero – marzo 2027`, `enero 2027 – marzo`) or
 * writes it with two digits (`2027-28`). `reversed`: the end was written first (the points are
 * then given start first). Undefined where it is no span of points, or needs nothing of these
 * nor of the word that opened it (`desde 2027 hasta 2028`).
 */
export interface WrittenSpan {
  start: string;
  end: string;
  months: boolean;
  /** A point is a date (`15/01/2019`), which the format writes as its quarter. */
  dates: boolean;
  /** A point is a quarter in words (`1er trim. 2020`, `primer trimestre de 2020`). */
  worded: boolean;
  /** A point is a semester (`primer semestre 2027`, `2027-S2`), which the format writes as its two quarters. */
  semesters: boolean;
  shortened: boolean;
  reversed: boolean;
}

/** `dayFirst`: how a date whose day and month may be either way round is read (writtenDate). */
function writtenSpan(typed: string, dayFirst = true): WrittenSpan | undefined {
  // `de enero a diciembre de 2027`, `del 2027 al 2028`, `desde…`, `from…`: the span without the word that opens it.
  const normalized = normalizeWord(typed);
  const text = normalized.replace(/^(?:del?|desde|from) /, "");
  const opened = text !== normalized;
  // A hyphen between a year and a month's number or a quarter (2027-03, 2027-Q1) is the point's own;
  // one between two quarters (Q1-Q4) or before a year's two last digits (2027-28) is the span's.
  const parts = text.split(/ *(?:[–—]| - | to | a | al | hasta |(?<!\d)-|-(?!\d|[qtsh][1-4]\b)|(?<=\b[qtsh][1-4])-(?=[qtsh][1-4]\b)|(?<=\b\d{4})-(?=(?:1[3-9]|[2-9]\d)$))+ */).filter((part) => part !== "");
  if (parts.length === 0 || parts.length > 2) return undefined;
  const points: Point[] = [];
  for (const part of parts) {
    const point = writtenPoint(part, dayFirst);
    if (point === undefined) return undefined;
    points.push(point);
  }
  const [start, last] = [points[0]!, points[points.length - 1]!];
  // `2027-28`: the end's year by its last two digits, after the start's, in its century.
  if (start.year?.length === 2) return undefined;
  const end = last.year?.length === 2 ? `${start.year?.slice(0, 2)}${last.year}` : last.year;
  if (end !== undefined && start.year !== undefined && end.length === 4 && last.year!.length === 2 && end <= start.year) return undefined;
  // A year said once, after the last point (`enero – marzo 2027`) or the first (`enero 2027 – marzo`), is both points'.
  const year = end ?? start.year;
  if (year === undefined || year.length !== 4) return undefined;
  const written = points.map((point, k) => ({ year: (k === points.length - 1 ? end : point.year) ?? year, quarter: point.quarter, month: point.monthIndex }));
  const shortened = points.some((point) => point.year === undefined || point.year.length === 2);
  const months = points.some((point) => point.month && !point.date);
  const dates = points.some((point) => point.date === true);
  const worded = points.some((point) => point.worded === true);
  const semesters = points.some((point) => point.lastQuarter !== undefined);
  // `desde 2027 hasta 2028`: two points in full, which the opening word alone kept from being read.
  if (!months && !dates && !worded && !semesters && !shortened && !(opened && points.length === 2)) return undefined;
  // A semester starts at its first quarter and ends at its last: `primer semestre 2027` alone is 2027-Q1 – 2027-Q2.
  const [from, to] = [written[0]!, { ...written[written.length - 1]!, quarter: last.lastQuarter ?? last.quarter }];
  // The months a point starts and ends at: its month, its quarter's first or last, its year's first or last.
  const startMonth = (point: typeof from) => point.month ?? ((point.quarter ?? 1) - 1) * 3;
  const endMonth = (point: typeof from) => point.month ?? (point.quarter ?? 4) * 3 - 1;
  const before = () => from.year > to.year || (from.year === to.year && startMonth(from) > endMonth(to));
  // `octubre 2027 – marzo`, `Q3 2027 – Q2`, `noviembre 2027 – octubre`: the point that left its year to the
  // other is in the year after it (or before), when it would end the span before it starts.
  if (points.length === 2 && last.year === undefined && before()) to.year = String(Number(to.year) + 1);
  else if (points.length === 2 && start.year === undefined && before()) from.year = String(Number(from.year) - 1);
  const reversed = before();
  const format = (point: { year: string; quarter?: number }) => (point.quarter === undefined ? point.year : `${point.year}-Q${point.quarter}`);
  return { start: format(reversed ? to : from), end: format(reversed ? from : to), months, dates, worded, semesters, shortened, reversed };
}

/** One point of a timeframe as written: a month, a quarter or a year, each with its year if it says one. */
interface Point {
  /** Four digits, or two (`28` of `2027-28`). */
  year?: string;
  quarter?: number;
  month: boolean;
  /** The month, 0 to 11, where the point is one. */
  monthIndex?: number;
  /** The point is a date, read as its month. */
  date?: boolean;
  /** The point is a quarter in words. */
  worded?: boolean;
  /** A semester's last quarter, where the point is one (its first is `quarter`). */
  lastQuarter?: number;
}

function writtenPoint(part: string, dayFirst: boolean): Point | undefined {
  if (POINT.test(part)) {
    const [year, quarter] = canonicalTimepoint(part).split("-Q");
    return { year, quarter: quarter === undefined ? undefined : Number(quarter), month: false };
  }
  // `Q1` of `Q1-Q4 2027`, `T1` of `T1 – T4 2027`: a quarter whose year the other point says.
  const quarter = /^[qt]([1-4])$/.exec(part)?.[1];
  if (quarter !== undefined) return { quarter: Number(quarter), month: false };
  if (/^\d{2}$/.test(part)) return { year: part, month: false };
  const date = writtenDate(part, dayFirst);
  if (date) return { year: String(date.year), quarter: Math.floor((date.month - 1) / 3) + 1, month: true, monthIndex: date.month - 1, date: true };
  const semester = writtenSemester(part);
  if (semester !== undefined) return semester;
  const worded = WORDED_QUARTER.exec(part);
  const ordinal = worded ? ordinalQuarter(worded[1] ?? worded[2]!) : undefined;
  if (ordinal !== undefined) return { year: worded![3], quarter: ordinal, month: false, worded: true };
  const match = MONTH_POINT.exec(part);
  if (!match) return undefined;
  const month = match[1] !== undefined ? MONTHS[match[1]] : Number(match[3] ?? match[6]) - 1;
  if (month === undefined || !(month >= 0 && month <= 11)) return undefined;
  return { year: match[2] ?? match[4] ?? match[5], quarter: Math.floor(month / 3) + 1, month: true, monthIndex: month };
}

/**
 * The spans `typed` says: one, or, where it holds a date whose day and month may be either way
 * round and the two readings are different quarters (`01/07/2019`: July or January), the one read
 * day first and the one read month first. A span is read one way throughout: a date that is one
 * only day first (`15/07/2019`) has the span's others read so too.
 */
function writtenReadings(typed: string): WrittenSpan[] {
  const [dayFirst, monthFirst] = [writtenSpan(typed, true), writtenSpan(typed, false)];
  if (dayFirst === undefined || monthFirst === undefined) return [dayFirst ?? monthFirst].filter((span) => span !== undefined);
  return dayFirst.start === monthFirst.start && dayFirst.end === monthFirst.end ? [dayFirst] : [dayFirst, monthFirst];
}

/**
 * A hint for the spans `typed` says (writtenReadings) that `fits`: `advice`, then `value` of the
 * span, or of each reading of its dates, each said.
 */
export function readingsHint(typed: string, advice: (span: WrittenSpan) => string, value: (span: WrittenSpan) => string, fits: (span: WrittenSpan) => boolean = () => true): string | undefined {
  const readings = writtenReadings(typed);
  const [first, second] = readings;
  if (first === undefined || !readings.every(fits)) return undefined;
  return `${advice(first)}: ${second === undefined ? value(first) : eitherOrder(value(first), value(second))}`;
}

/**
 * A timeframe written with months, which the format writes as quarters: each month's quarter, or
 * undefined where it holds no month (writtenSpan).
 */
export function monthsAsQuarters(typed: string): { start: string; end: string } | undefined {
  const span = writtenSpan(typed);
  return span?.months ? span : undefined;
}

/** What a hint says the points of `span` are to be written as: each month as its quarter, each point whole, start first. */
export function spanAdvice(span: WrittenSpan): string {
  const what = span.dates
    ? "each date as its quarter"
    : span.months
      ? "each month as its quarter"
      : span.worded
        ? "each quarter as the format writes it"
        : span.semesters
          ? "each semester as its quarters"
          : span.shortened
            ? "each point with its year in full"
            : "the span with a dash between its points";
  return span.reversed ? `${what}, the start first` : what;
}

/** The years of a hint's examples outside a plan (a file formatted or converted on its own): the shipped plan's. */
export const EXAMPLE_PERIOD: Period = { start: 2019, end: 2025 };

/** A span in `period` for a hint to show: `2027-Q3` to `2029` in a plan of 2027–2031. */
export function exampleSpan(period: Period = EXAMPLE_PERIOD): { start: string; end: string } {
  return { start: `${period.start}-Q3`, end: `${Math.max(period.start, Math.min(period.start + 2, period.end))}` };
}

/** The forms a timeframe is written in, in years of `period`: `` `2027`, `2027-Q3` or a span such as `2027-Q3 – 2029` ``. */
export function timeframeForms(period: Period = EXAMPLE_PERIOD): string {
  const span = exampleSpan(period);
  return `\`${period.start}\`, \`${span.start}\` or a span such as \`${span.start} – ${span.end}\``;
}

/**
 * The hint for a Markdown Timeframe cell that is no timeframe but says one: months (`enero 2027 –
 * diciembre 2028`) as their quarters, a year said once or in two digits (`Q1-Q4 2027`, `2027-28`)
 * in full, a span written with a slash (`2027/2028`) with a dash. (Of SPAN's forms the cell reads
 * all others: a span it matches in a cell that was refused has a slash.) An ongoing action is told
 * `period`, the plan's.
 */
export function timeframeCellHint(cell: string, period: Period = EXAMPLE_PERIOD): string | undefined {
  const said = readingsHint(cell, (span) => `write ${spanAdvice(span)}`, (span) => (span.start === span.end ? span.start : `${span.start} – ${span.end}`));
  if (said) return said;
  const slashed = SPAN.exec(cell);
  if (slashed) return `write a span with a dash: ${canonicalTimepoint(slashed[1]!)} – ${canonicalTimepoint(slashed[2]!)}`;
  // `2027 – 2028 (continuo)`, `2027 (a confirmar)`: a timeframe with a remark, which the cell does not hold.
  const remark = REMARKED.exec(cell);
  const timeframe = remark?.[1]!.trim();
  if (timeframe !== undefined && (POINT.test(timeframe) || (SPAN.test(timeframe) && !timeframe.includes("/")))) {
    return `write the timeframe alone, ${timeframe}, and the remark (${clip(remark![2]!.trim())}) in the action's notes`;
  }
  if (ONGOING.test(normalizeWord(cell))) return `an ongoing action is written as the span it runs: the plan's whole period, \`${period.start} – ${period.end}\`, or the part it runs in`;
  return undefined;
}

/** A timeframe and a remark in parentheses after it. */
const REMARKED = /^([^()]+?)\s*\(([^()]+)\)\s*$/;
/** Words for an action with no end, as matrices write them: `Permanente`, `Continuo`, `En curso`, `Ongoing`. */
const ONGOING = /^(?:permanente|continuo|continua|en curso|de forma permanente|ongoing|permanent|continuous)$/;
