/**
 * What a value the schema refuses was evidently meant to be, said as the hint: the ways people
 * fill in a matrix by habit (`lead: MX, IOM`, `lead: [Guatemala]`, `priority: alta`,
 * `timeframe: 2019-2021`), each with the value as the format writes it.
 */
import { clip, clippedList, QUOTED_LENGTH } from "../diagnostics/make.js";
import { editDistance } from "../diagnostics/suggest.js";
import type { Country, Organization, ReferenceData } from "../model/reference.js";
import { LANGUAGE_NAMES, LANGUAGES, textsIn, withoutAccents, type Lang } from "../model/text.js";
import { ALL_COUNTRIES, canonicalTimepoint, DATE_PATTERN, mistypedId, ID_PATTERN, PLAN_STATUSES, PRIORITIES, ROLES, TIMEPOINT_PATTERN } from "../model/fields.js";
import type { DataPath } from "../parse/document.js";
import { headedNameParts, isListedName, type PartyWords } from "../parse/markdown/listed-names.js";
import { ARTICLES, INSTITUTION_WORDS, JOINING_WORDS, normalizeWord, priorityWord, PRIORITY_WORDS } from "../parse/markdown/vocabulary.js";
import { dateHint, EXAMPLE_PERIOD, exampleSpan, POINT, readingsHint, SPAN, spanAdvice, type WrittenSpan } from "./timeframe-hints.js";
import type { Period } from "../model/timeframe.js";

const ID = "[A-Za-z0-9][A-Za-z0-9._-]*";
const ID_LIST = new RegExp(`^\\s*${ID}(\\s*[,;]\\s*${ID})+\\s*$`);
const upper = (id: string) => id.toUpperCase();
/** `SOM 6.1`, `som 16.1`, `INT 1.1`: an indicator's or an action's id with a space where its hyphen goes. */
const SPACED_INDICATOR = /^\s*([A-Za-z]+)\s+(\d+(?:\.\d+)*)\s*$/;
/** The keys whose values (or list items) are ids: a word processor's dash in one is named. */
const ID_KEYS = new Set(["id", "group", "theme", "lead", "partners", "protocol", "related", "countries", "country", "organization"]);
/** The lists a text is written for by habit, and the case their ids are written in: `[mx, iom]` would be refused in its turn. */
const LISTS: Record<string, (id: string) => string> = {
  lead: upper,
  partners: upper,
  protocol: upper,
  countries: upper,
  languages: (id) => id.toLowerCase(),
  related: (id) => id,
};

/**
 * What the value hints look names up in: the countries, and the organisations (the plan's own among
 * them, where known); and the plan's period, which an example timeframe is in (EXAMPLE_PERIOD where unknown).
 */
export type HintContext = Pick<ReferenceData, "countries" | "organizations" | "indicators"> & { period?: Period };

/**
 * `Todos los países miembros`, `all member countries`: every country of the plan, which is ALL.
 * Accents and case aside (normalizeWord).
 */
const ALL_PHRASE = /^(?:(?:todos|todas)(?: (?:los|las))?(?: (?:paises|estados))?(?: (?:miembros?|participantes))?(?: de la (?:crm|conferencia))?|(?:(?:los|las) )?(?:paises|estados) miembros(?: de la (?:crm|conferencia))?|all(?: the)?(?: (?:member|participating))? (?:countries|states)(?: of the (?:rcm|conference))?|(?:the )?member (?:countries|states)(?: of the (?:rcm|conference))?|every (?:member )?(?:country|state))$/;

/** Whether `typed` is a way of saying every country of the plan (`todos`, `Todos los países`, `all countries`), not the id ALL. */
export function meansAllCountries(typed: string): boolean {
  return ALL_PHRASE.test(normalizeWord(typed).replace(/[.,]/g, ""));
}


/** The keys whose values (or list items) are a country's code or an organisation's id. */
const PARTY_KEYS = new Set(["lead", "partners", "organization"]);

/** A word of these fields, as the format writes it: `“high”` is told its quotes as `‘MX’` is. */
const WORD_PATTERNS: Readonly<Record<string, RegExp>> = {
  priority: new RegExp(`^(?:${PRIORITIES.join("|")})$`),
  status: new RegExp(`^(?:${PLAN_STATUSES.join("|")})$`),
  role: new RegExp(`^(?:${ROLES.join("|")})$`),
  date: DATE_PATTERN,
};

/** plan.yaml's `period: 2027-2031`: the mapping it is written as, with its years where it names two. */
function periodHint(value: unknown): string {
  const pair = Array.isArray(value) && value.length === 2 ? value.join("-") : value;
  const years = typeof pair === "string" || typeof pair === "number" ? /^\s*(\d{4})\s*(?:[-–—/]|to|a|al|hasta)\s*(\d{4}|\d{2})\s*$/i.exec(String(pair)) : null;
  // `2027-31`: the end's century is the start's.
  const [start, end] = years ? [years[1]!, years[2]!.length === 2 ? years[1]!.slice(0, 2) + years[2] : years[2]!] : [EXAMPLE_PERIOD.start, EXAMPLE_PERIOD.end];
  return `write it as a mapping of its first and last years: period: {start: ${start}, end: ${end}}`;
}

/** What the value at `path` is written as: an id, a timepoint or a field's word; undefined for a text. */
function writtenPattern(path: DataPath): RegExp | undefined {
  const key = path[path.length - 1];
  const listKey = typeof key === "number" ? path[path.length - 2] : key;
  if (typeof listKey === "string" && ID_KEYS.has(listKey)) return ID_PATTERN;
  if ((key === "start" || key === "end") && path[path.length - 2] === "timeframe") return TIMEPOINT_PATTERN;
  return typeof key === "string" && Object.hasOwn(WORD_PATTERNS, key) ? WORD_PATTERNS[key] : undefined;
}

/**
 * The hint for `value` refused at `path`, or undefined where there is no better one than the
 * schema's. `lang`: a Markdown matrix's, whose words a priority is told in (`alta` in a Spanish one).
 */
export function valueHint(path: DataPath, value: unknown, named: HintContext, lang?: Lang): string | undefined {
  if (path.length === 1 && path[0] === "period") return periodHint(value);
  if (typeof value !== "string") return undefined;
  const key = path[path.length - 1];
  const listKey = typeof key === "number" ? path[path.length - 2] : key;
  const written = typeof key === "string" && Object.hasOwn(LISTS, key) ? LISTS[key] : undefined;
  if (written && ID_LIST.test(value)) return `write a list, in brackets: ${key}: ${inBrackets(value.split(/[,;]/).map((id) => written(id.trim())))}`;
  // `INT–1.1`, `IOM` after a zero-width space: an id as a word processor or a paste leaves it. A
  // party so written is said so where it is one the plan knows; else the hints below say what it is.
  const pattern = writtenPattern(path);
  const mistyped = pattern ? mistypedId(value, pattern) : undefined;
  const knownParty = (id: string) => id === ALL_COUNTRIES || named.countries.has(id) || named.organizations.has(id);
  // A party or a country written by its name is told its code below (`México` is MX, not Mexico).
  const namesParty = PARTY_KEYS.has(listKey as string) || listKey === "countries" || key === "country";
  if (mistyped && (!namesParty || knownParty(mistyped.id))) return `${mistyped.why}: write ${clip(mistyped.id)}`;
  if (listKey === "lead" || listKey === "partners" || listKey === "countries" || key === "country") {
    const hint = countryHint(named.countries, value) ?? alpha3Hint(named.countries, value) ?? nearCountryHint(named.countries, value);
    if (hint) return hint;
  }
  if ((listKey === "lead" || listKey === "partners") && meansAllCountries(value)) return `write ${ALL_COUNTRIES} for every country of the plan`;
  if (typeof listKey === "string" && PARTY_KEYS.has(listKey)) {
    const undecided = undecidedHint(listKey, value);
    if (undecided) return undecided;
    const joined = listKey === "organization" ? undefined : partiesJoinedHint(value, knownParty);
    if (joined) return joined;
    const hint = withArticleHint(named, value) ?? governmentHint(named.countries, value) ?? organizationHint(named.organizations, value) ?? officeInCountryHint(named, value);
    if (hint) return hint;
    // `GT MX`, `IOM y UNODC`, `Costa Rica y Panamá`: several parties in one item.
    const several = severalParties(named, value);
    if (several && listKey === "organization") return `the facilitator names one organisation: write one id, such as ${clip(several[0]!)}`;
    if (several) return `write each in an item of its own: ${listKey}: ${inBrackets(several)}`;
    // `Instituto Nacional de Migración (INM)`: the acronym the group gave is the id to add.
    const acronym = ACRONYM_AFTER_NAME.exec(value.trim());
    // `México (MX)`, `la OIM (IOM)`: a code or id the plan knows already, in parentheses.
    const known = acronym && (named.countries.has(acronym[2]!) || acronym[2] === ALL_COUNTRIES || named.organizations.has(acronym[2]!));
    if (known) return `write the id alone: ${acronym[2]}`;
    if (acronym && listKey !== "organization") return `an organisation is written by its id: add it to \`organizations\` in plan.yaml as ${newEntry(acronym[1]!, clip(acronym[2]!))}, then write ${clip(acronym[2]!)} here`;
    // `Fiscalía General de la República`, `Extranjería`: an organisation the plan does not know yet, by its name.
    if (/\s/.test(value.trim()) || !ID_PATTERN.test(value.trim())) {
      const id = idFor(value.trim(), named);
      const then = id === undefined ? "the id" : id;
      return `an organisation is written by its id: add it to \`organizations\` in plan.yaml as ${newEntry(value.trim(), id)}, then write ${then} here${severalBodies(named, value)}`;
    }
  }
  if (listKey === "protocol") {
    const undecided = undecidedHint(listKey, value);
    if (undecided) return undecided;
  }
  // `fiscal`, `Immigration director`: a delegate's role in Spanish, or in English words.
  const role = key === "role" ? roleHint(value) : undefined;
  if (role !== undefined) return `write the role as the format names it: role: ${role}`;
  // `Alta`, `Muy alta`, `alta prioridad`: the Spanish word the value holds, in English.
  if (key === "priority") {
    const inMatrix = (priority: string) => priorityWord(priority, lang ?? "en");
    const spanish = spanishPriority(value);
    // A Spanish matrix writes alta; elsewhere, the format's word is English.
    if (spanish !== undefined) return lang === "es" ? `write the priority alone: ${inMatrix(spanish)}` : `write it in English, as the format does: ${spanish}`;
    const nearest = nearestPriority(value);
    if (nearest !== undefined) return `write ${inMatrix(nearest)}, the priority it means`;
  }
  if (key === "timeframe") {
    const advice = (span: WrittenSpan) => (span.months || span.dates || span.worded || span.semesters || span.shortened ? `, ${spanAdvice(span)}` : span.reversed ? ", the start first" : "");
    const said = readingsHint(value, (span) => `write it as a mapping${advice(span)}`, (span) => `timeframe: {start: ${span.start}, end: ${span.end}}`);
    if (said) return said;
    const span = SPAN.exec(value);
    if (span) return `write it as a mapping: timeframe: {start: ${canonicalTimepoint(span[1]!)}, end: ${canonicalTimepoint(span[2]!)}}`;
    if (POINT.test(value)) return `write it as a mapping: timeframe: {start: ${canonicalTimepoint(value)}, end: ${canonicalTimepoint(value)}}`;
    // `next year`, `permanente`: said what a timeframe is, in the plan's years.
    const example = exampleSpan(named.period);
    return `write it as a mapping of its start and end, each a year or a quarter: timeframe: {start: ${example.start}, end: ${example.end}}`;
  }
  if ((key === "start" || key === "end") && path[path.length - 2] === "timeframe") {
    if (POINT.test(value)) return `write it as the format does: ${key}: ${canonicalTimepoint(value)}`;
    // `marzo 2027`, `15/01/2019`, `1er trim. 2020`: one point, as its quarter.
    const advice = (span: WrittenSpan) => (span.dates ? "write the date's quarter" : span.months ? "write the month's quarter" : "write it as the format does");
    const point = readingsHint(value, advice, (span) => `${key}: ${span.start}`, (span) => span.start === span.end && (span.months || span.dates || span.worded));
    if (point) return point;
    // `pronto`, `2028-Q5`: what a point is, in the plan's years.
    return `write a year (${(named.period ?? EXAMPLE_PERIOD).start}) or a quarter, Q1 to Q4 (${exampleSpan(named.period).start})`;
  }
  if (key === "date" && path.length === 1) {
    const date = dateHint(value);
    if (date) return date;
  }
  const article = listKey === "protocol" ? articleHint(value, named.indicators.keys()) : undefined;
  if (article) return article;
  // `INT 1.1` in an action's Id cell or among its related actions, as `SOM 6.1` in Protocol: the hyphen typed as a space.
  const spaced = listKey === "protocol" || listKey === "related" || key === "id" ? SPACED_INDICATOR.exec(value) : null;
  if (spaced) return `${listKey === "protocol" ? "an indicator's" : "an"} id has a hyphen between its letters and its number: write ${clip(`${spaced[1]!.toUpperCase()}-${spaced[2]}`)}`;
  return undefined;
}

/**
 * The role (ROLES) a delegate's role names in Spanish or in English words, accents, case and a
 * speaker's gender aside (`fiscal`, `Investigadora`, `Directora de Migración`, `immigration
 * police`), or undefined.
 */
function roleHint(value: string): string | undefined {
  const words = value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[-_]/g, " ").trim().replace(/\s+/g, " ");
  const english = words.replace(/ /g, "-");
  if ((ROLES as readonly string[]).includes(english)) return english;
  return ROLE_WORDS.find(([pattern]) => pattern.test(words))?.[1];
}

/** Spanish (and English) ways of naming each role, tried in order. */
const ROLE_WORDS: readonly [RegExp, (typeof ROLES)[number]][] = [
  [/^(?:fiscal|fiscalia|prosecutor|procurador[a]?)\b/, "prosecutor"],
  [/^investigador[a]?\b/, "investigator"],
  // The police before the director: `Head of Immigration Police` is of the police.
  [/\b(?:policia|police)\b.*\b(?:migratoria|migracion|fronteras|immigration|border)\b|\b(?:border|immigration) police\b/, "immigration-police"],
  [/^(?:director[a]?|jefe|jefa|head)\b.*\b(?:migracion|migraciones|inmigracion|immigration|migration)\b/, "immigration-director"],
  [/^(?:enlace|liaison|oficial de enlace|liaison officer)\b/, "coalition-liaison"],
  [/^(?:observador[a]?|observer)\b/, "observer"],
  [/^(?:sociedad civil|ong|ngo|civil society)\b/, "civil-society"],
  [/^(?:otro|otra)$/, "other"],
];

/** The English priority a value names by one Spanish word among its words (`Muy alta`), or undefined; none for a value that negates it (`no alta`). */
function spanishPriority(value: string): string | undefined {
  const words = value.toLowerCase().split(/\s+/);
  if (words.some((word) => NEGATIONS.has(word))) return undefined;
  const found = words.flatMap((word) => (Object.hasOwn(PRIORITY_WORDS, word) ? [PRIORITY_WORDS[word]!] : []));
  return found.length === 1 ? found[0] : undefined;
}

/** Words for a priority the format has no word for, by the one they mean: `urgente` is high. */
const PRIORITY_MEANINGS: Readonly<Record<string, string>> = {
  urgent: "high", urgente: "high", critical: "high", critica: "high", maxima: "high", top: "high", prioritaria: "high",
  normal: "medium", moderate: "medium", moderada: "medium", intermedia: "medium",
  minor: "low", minima: "low", menor: "low",
};

/** The priority a word the format has no word for means (`Urgente`, `crítica`), accents and case aside. */
function nearestPriority(value: string): string | undefined {
  const word = normalizeWord(value);
  return Object.hasOwn(PRIORITY_MEANINGS, word) ? PRIORITY_MEANINGS[word] : undefined;
}

/** Words that turn a value's meaning round: `not high` names no priority to write. */
export const NEGATIONS = new Set(["not", "no", "non", "sin", "ni"]);

const ARTICLE_WORDS = new Set(["article", "articulo", "art", "art."]);
/**
 * An article by its number, its paragraph or letter after it: `6`, `art6`, `Art. 6 párr. 1`,
 * `artículo 6, inciso a)`, `article 6(1)(a)` (accents and case aside).
 */
const ARTICLE = /^(?:art(?:iculo|icle)?\.? ?)?(\d+)(?:(?: |,|\(|\.\d).*)?$/;
/** Where the number of `ARTICLE` must follow an article's word: a bare `6.1` is an indicator written without its SOM. */
const BARE_ARTICLE = /^\d+$/;

/**
 * `Artículo 6` or `6` written for the indicators an action serves: the Protocol's article, whose
 * compliance indicators are named instead (`SOM-6.1`, …).
 */
export function articleHint(id: string, known: Iterable<string>): string | undefined {
  const word = normalizeWord(id);
  // `6.1`: an indicator's id without its SOM- (as the concept note numbers them).
  if (/^\d+\.\d+$/.test(word)) {
    const indicator = `SOM-${word}`;
    return [...known].includes(indicator) ? `an indicator's id starts with SOM-: write ${indicator}` : undefined;
  }
  if (ARTICLE_WORDS.has(word)) return "name the article's compliance indicators, such as SOM-6.1 for article 6's first, not the article";
  const article = word.startsWith("art") || BARE_ARTICLE.test(word) ? ARTICLE.exec(word)?.[1] : undefined;
  if (article === undefined) return undefined;
  const indicators = [...known].filter((each) => each.startsWith(`SOM-${article}.`));
  if (indicators.length === 0) return undefined;
  const shown = indicators.length > 4 ? `${indicators.slice(0, 4).join(", ")}, …` : indicators.join(", ");
  return `article ${article}'s compliance indicators are ${shown}: name the ones the action serves`;
}

/**
 * The hint for an organisation written by its name where its id goes (`Organización Internacional
 * para las Migraciones`, `United Nations Office on Drugs and Crime`): the name in either language,
 * accents, case and a leading article aside, or two letters off it.
 */
export function organizationHint(organizations: ReadonlyMap<string, Organization>, typed: string): string | undefined {
  // `Organización Internacional para las Migraciones (OIM)`: the name with its acronym.
  const wanted = withoutArticle(normalizeWord(typed.trim().replace(ACRONYM_AFTER_NAME, "$1")));
  if (!wanted.includes(" ")) return undefined;
  let nearest: (OrganizationName & { distance: number }) | undefined;
  for (const named of organizationNames(organizations)) {
    const distance = editDistance(wanted, named.name, 2);
    // As near, the later one: the plan's own organisations come after the built-in ones.
    if (distance <= 2 && (nearest === undefined || distance <= nearest.distance)) nearest = { ...named, distance };
  }
  if (nearest === undefined) return officeHint(organizations, typed, wanted);
  const { id } = nearest.organization;
  return `${typed} ${nearest.distance === 0 ? "is" : "looks like"} ${nearest.whose} ${id}: write its id, ${id}`;
}

/**
 * `Organización Internacional para las Migraciones en Guatemala`, `Oficina de la OIM en Guatemala`:
 * an office or body of an organisation, by the organisation's name or its id or acronym, and more words.
 */
function officeHint(organizations: ReadonlyMap<string, Organization>, typed: string, wanted: string): string | undefined {
  const office = organizationNames(organizations).find(({ name }) => wanted.startsWith(`${name} `));
  const id = office?.organization.id ?? organizationInName(organizations, typed);
  return id && `${typed} names ${id}: write its id, ${id}, or add this office or body of it to \`organizations\` in plan.yaml as {id, name}`;
}

/**
 * The organisation whose id or acronym is a word of a name in capitals, as written, where a small
 * word joins the name (`Oficina del ACNUR en México`: UNHCR), or that English names an office of
 * by the id first and capitalized words (`UNHCR Office`); `IOM y UNODC` are two parties.
 */
function organizationInName(organizations: ReadonlyMap<string, Organization>, typed: string): string | undefined {
  const words = typed.split(/\s+/);
  // Parts a comma apart are parties of their own (severalParties).
  if (/[,;]/.test(typed)) return undefined;
  const joined = words.some((word) => JOINING_WORDS.has(word));
  // `UNHCR Office`, not `ACNUR México` (an office there, or the two: officeInCountryHint says both).
  if (!joined && !words.slice(1).some((word) => INSTITUTION_WORDS.has(word))) return undefined;
  for (const word of joined ? words : words.slice(0, 1)) {
    if (word.length < 2 || word !== word.toUpperCase()) continue;
    const id = organizationById(organizations, word, false);
    if (id) return id;
  }
  return undefined;
}

/** The organisation whose id or acronym `word` is, as written or, with `anyCase`, in any case (`Oim`). */
function organizationById(organizations: ReadonlyMap<string, Organization>, word: string, anyCase: boolean): string | undefined {
  const upper = word.toUpperCase();
  const same = anyCase ? (written: string) => written.toUpperCase() === upper : (written: string) => written === word;
  for (const organization of organizations.values()) if (same(organization.id) || textsIn(organization.acronym).some(same)) return organization.id;
  return undefined;
}

/** An organisation's name, normalized and without its article, and what the hints call it (`the Spanish name of`). */
interface OrganizationName {
  organization: Organization;
  name: string;
  whose: string;
}

/** The Conference's name, normalized, in Spanish and English. */
const CONFERENCE_NAMES = /conferencia regional sobre migracion|regional conference on migration/;

const ORGANIZATION_NAMES = new WeakMap<ReadonlyMap<string, Organization>, OrganizationName[]>();

/** Every name of every organisation, normalized once for each map: a plan may name hundreds by their names. */
function organizationNames(organizations: ReadonlyMap<string, Organization>): OrganizationName[] {
  let names = ORGANIZATION_NAMES.get(organizations);
  if (names === undefined) {
    names = [...organizations.values()].flatMap((organization) => {
      const { name } = organization;
      // A name given as a plain string is in no language the plan says.
      const written = typeof name === "string" ? [["", name] as const] : LANGUAGES.flatMap((lang) => (name[lang] === undefined ? [] : [[`${LANGUAGE_NAMES[lang]} `, name[lang]] as const]));
      return written.flatMap(([language, each]) => {
        const name = withoutArticle(normalizeWord(each));
        const whose = `the ${language}name of`;
        // `Secretaría Técnica de la CRM`: the Conference by its acronym, as its own bodies are named.
        const short = name.replace(CONFERENCE_NAMES, (named) => (named.startsWith("c") ? "crm" : "rcm"));
        return short === name ? [{ organization, name, whose }] : [{ organization, name, whose }, { organization, name: short, whose }];
      });
    });
    ORGANIZATION_NAMES.set(organizations, names);
  }
  return names;
}

/**
 * What parts a cell's parties: a comma or a semicolon, or a `y`, `e` or `and` spaces apart, with
 * the spaces around it. Where spaces come first, a match starts at the run's first (`(?<!\s)`):
 * `\s+(?:y|e|and)\s+|\s*[,;]\s*`, tried at each space of a long run, read on to its end each
 * time (a 100,000-space item took 22 s); this one splits as that did.
 */
const PARTY_SEPARATOR = /[,;]\s*|(?<!\s)\s+(?:(?:y|e|and)\s+|[,;]\s*)/;

/**
 * Each party of `typed` as its id, where it names several apart by spaces, `y`, `e` or `and`: ids
 * in capitals, countries by their names or codes, organisations by their ids or acronyms in any
 * case (`OIM ACNUR`: IOM, UNHCR). Else undefined: `Sociedad civil` is one name.
 */
function severalParties(named: HintContext, typed: string): string[] | undefined {
  const parts = typed.trim().split(PARTY_SEPARATOR);
  const words = parts.length > 1 ? parts : typed.trim().split(/\s+/);
  // `INM de México`: one organisation's name, its `de` no country's code in small letters (Germany's).
  if (words.length < 2 || words.some((word) => JOINING_WORDS.has(word))) return undefined;
  const written = words.map((part) => partyId(named, part));
  if (written.every((each) => each !== undefined)) return written as string[];
  // `Instituto Nacional de Migración, Policía Federal`: commas part names too, each then told what it lacks;
  // not those of one name that lists its first words (`Immigration, Refugees and Citizenship Canada`).
  // With its acronym after it too: `Immigration, Refugees and Citizenship Canada (IRCC)`.
  if (isListedName(ACRONYM_AFTER_NAME.exec(typed.trim())?.[1] ?? typed, partyWords(named))) return undefined;
  const byCommas = typed.split(/[,;]/).map((part) => part.trim());
  return byCommas.length > 1 && byCommas.every((part) => part !== "") ? byCommas.map((part) => partyId(named, part) ?? part) : undefined;
}

/** The ids and the countries' names of `named`, as listed-names.ts asks for them. */
function partyWords({ countries, organizations }: HintContext): PartyWords {
  return { isId: (word) => organizationById(organizations, word, true) !== undefined, isCountryName: (text) => countryNamed(countries, text) !== undefined };
}

/** The id `part` stands for as a lead or partner: a country's code or name, an organisation's id or acronym in any case, an id in capitals. */
function partyId({ countries, organizations }: HintContext, part: string): string | undefined {
  const upper = part.toUpperCase();
  if (countries.has(upper) && upper.length === 2) return upper;
  const country = countryNamed(countries, part);
  if (country) return country.code;
  return organizationById(organizations, part, true) ?? (/^[A-Z0-9][A-Z0-9._-]*$/.test(part) ? part : undefined);
}

/** An article at the start of a name or id, and the space after it (`The United Nations…`, `la OIM`), in any case. */
const ARTICLE_START = new RegExp(`^(?:${[...ARTICLES].join("|")})\\s+(?=\\S)`, "i");

/** The hint for `la OIM` (the id alone, an acronym as its organisation's id) or `The Bahamas` (its code). */
function withArticleHint(named: HintContext, typed: string): string | undefined {
  const trimmed = typed.trim();
  const rest = trimmed.replace(ARTICLE_START, "");
  if (rest === trimmed) return undefined;
  const country = countryNamed(named.countries, rest);
  if (country) return `${typed} is a country: write its code, ${country.code}`;
  const id = partyId(named, rest);
  if (id === undefined) return undefined;
  // An acronym in capitals the plan does not know (`la ONU`): partyId takes it for an id as written.
  if (!named.countries.has(id) && !named.organizations.has(id)) return `${id} is no organisation plan knows: add it to \`organizations\` in plan.yaml as {id, name}, then write the id alone, without the article`;
  return `write the id alone, without the article: ${id}`;
}

/**
 * What the hint adds for a name whose head lists its matters (`Ministry of Security, Oxfam and
 * Caritas` is written as `Ministry of Foreign Affairs, Foreign Trade and Immigration` is): read
 * as one name, it may be several bodies, each of which then needs an id of its own.
 */
function severalBodies(named: HintContext, typed: string): string {
  const parts = headedNameParts(typed, partyWords(named));
  return parts === undefined ? "" : `; it is read as one name: if it lists several bodies (${clippedList(parts.map((part) => `'${part}'`))}), add each and write their ids`;
}

/**
 * An id for a body named `name`, to be copied into plan.yaml with it: the acronym the name gives
 * in brackets or starts with (`INM de México`), else its words' initials (`Fiscalía General de la
 * República`, FGR; `US Customs and Border Protection`, UCBP, as US is a country's), unaccented;
 * none where none is two letters or more and no id the plan has, or the name is too long to
 * quote. `{id, name: …}` pasted as it was hinted was a YAML error of its own.
 */
function idFor(name: string, named: HintContext): string | undefined {
  if (name.length > QUOTED_LENGTH || name.includes("\n")) return undefined;
  const plain = withoutAccents(name);
  // `… (INM) de México`: the acronym the name gives; else one it starts with, where the next word
  // is not in capitals too (`POLICÍA NACIONAL CIVIL` is a name in capitals, PNC).
  const given = /\(([A-Z][A-Z0-9]{1,9})\)/.exec(plain)?.[1];
  const leading = /^([A-Z]{2,6})\b(?!\s+[A-Z]{2})/.exec(plain)?.[1];
  const initials = plain.replace(/\([^)]*\)/g, " ").split(/[\s\-–—,.]+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word[0]).join("");
  const free = (id: string | undefined) => id !== undefined && id.length >= 2 && ID_PATTERN.test(id) && !named.organizations.has(id) && !named.countries.has(id);
  return [given, leading, initials].find(free);
}

/**
 * The entry to add for `name`: with the name written in it, where it may be one (a sentence pasted
 * into a lead, longer than a message quotes or over several lines, is no name to copy).
 */
function newEntry(name: string, id?: string): string {
  const key = id === undefined ? "id" : `id: ${id}`;
  return name.length > QUOTED_LENGTH || name.includes("\n") ? `{${key}, name}` : `{${key}, name: ${flowText(name)}}`;
}

/** Ids as a hint writes a YAML list of them: `[GT, MX]`, or `[MX, MX, …]` for a cell of thousands. */
function inBrackets(ids: readonly string[]): string {
  return `[${clippedList(ids)}]`;
}

/** A name as a value in braces: quoted where a comma or another of YAML's marks would end or break it (`"Immigration, Refugees and Citizenship Canada"`). */
function flowText(name: string): string {
  return /[,[\]{}:#"']/.test(name) ? JSON.stringify(name) : name;
}

/**
 * A name and its acronym in parentheses (`Instituto Nacional de Migración (INM)`), each its group,
 * in a trimmed text. The name ends at other than a space (`\S`): `(.+?)\s*` tried each space of
 * a long run as the name's end, and read the run on from it each time.
 */
const ACRONYM_AFTER_NAME = /^(.*?\S)\s*\(([A-Z][A-Z0-9._-]+)\)$/;

/**
 * `ACNUR México`, `OIM Costa Rica`: an organisation's id or acronym and a country's name, which may
 * be its office there or the two; the hint says what to write for each.
 */
function officeInCountryHint(named: HintContext, typed: string): string | undefined {
  const [first, ...rest] = typed.trim().split(/\s+/);
  if (first === undefined || rest.length === 0 || first !== first.toUpperCase()) return undefined;
  const country = countryNamed(named.countries, rest.join(" "));
  if (country === undefined) return undefined;
  const id = partyId(named, first);
  if (id === undefined || !named.organizations.has(id)) return undefined;
  return `${typed} names ${id} and ${country.code}: write ${id} for its office there (or add the office to \`organizations\` in plan.yaml as {id, name}), or ${id}, ${country.code} in items of their own for both`;
}

/** What a workshop writes for a party not decided yet, accents, case and a final dot aside (not `NA`: Namibia's code). */
const UNDECIDED = new Set(["tbd", "tbc", "to be decided", "to be determined", "to be confirmed", "por definir", "por determinar", "por confirmar", "a definir", "sin definir", "pendiente", "n/a", "na", "no aplica", "no corresponde", "not applicable", "ninguno", "ninguna", "none"]);

/** A mark that an action serves the Protocol (`Sí`, `x`), written where its indicators go. */
const TICKED = new Set(["si", "yes", "x", "✓", "✔"]);

/**
 * A lead's or partners' cell that joins parties otherwise than with commas: `HN - GT`, `OIM / ACNUR`
 * (a dash or a slash read as an item of its own), `HN/GT` (one item), `Honduras (HN)` (the code in
 * brackets an item, its name another).
 */
function partiesJoinedHint(value: string, knownParty: (id: string) => boolean): string | undefined {
  if (/^[-\u2013\u2014/]$/.test(value.trim())) return "separate the parties with commas, not with a dash or a slash";
  const slashed = value.split("/").map((part) => part.trim());
  if (slashed.length > 1 && slashed.every(knownParty)) return `separate the parties with commas, not with a slash: ${slashed.join(", ")}`;
  const bracketed = /^\((.+)\)$/.exec(value.trim())?.[1];
  return bracketed !== undefined && knownParty(bracketed) ? `write ${bracketed} alone, once, without the brackets or a name beside it` : undefined;
}

/**
 * The hint for `TBD`, `Por definir`, `N/A`, `No aplica` as a lead, a partner or an indicator: none,
 * and what to write instead; for `Sí` or `x` as an indicator, that the indicators are to be named.
 */
export function undecidedHint(listKey: string, typed: string): string | undefined {
  const word = normalizeWord(typed).replace(/\.$/, "");
  if (listKey === "protocol" && TICKED.has(word)) return "name the compliance indicators the action serves, such as SOM-6.1, rather than mark that it serves the Protocol";
  if (!UNDECIDED.has(word)) return undefined;
  if (listKey === "partners") return "leave the partners empty while none is named (`-` in a Markdown cell, `partners: []` in YAML)";
  if (listKey === "lead") return "an action needs its lead named: write the country's code or the organisation's id once the group has decided";
  if (listKey === "protocol") return "leave the indicators out until the group has chosen them (`-` in a Markdown cell, `protocol: []` in YAML): a warning then says they are missing";
  return "leave it out while none is named";
}

/** `Gobierno de Guatemala`, `the Government of Mexico`: a country's government, which a lead or partner names by the country's code. */
const GOVERNMENT = /^(?:(?:el|the) )?(?:gobierno|government|estado|state) (?:de|of) (?:(?:la|los|the) )?(.+)$/;

/** The hint for a country's government written where its code goes. */
function governmentHint(countries: ReadonlyMap<string, Country>, typed: string): string | undefined {
  const country = GOVERNMENT.exec(normalizeWord(typed))?.[1];
  const named = country === undefined ? undefined : countryNamed(countries, country);
  return named && `a country's government is written by the country's code: ${named.code}`;
}

/** A name without the article it may start with (`The United Nations…`, `La Secretaría…`). */
function withoutArticle(name: string): string {
  return name.replace(ARTICLE_START, "");
}

/** Names people write for a country that are not its name in the reference (dots and spaces left out). */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  eeuu: "US",
  // `U.S.`, as English writes it before an agency's name (`U.S. Department of State`).
  us: "US",
  usa: "US",
  unitedstatesofamerica: "US",
  estadosunidosdeamerica: "US",
  // The Dominican Republic as Spanish speakers say it, which is one letter from Dominica.
  dominicana: "DO",
  repdominicana: "DO",
};

/** The hint for a country written by its name where its code goes (`Guatemala`, `México`, `EE. UU.`). */
export function countryHint(countries: ReadonlyMap<string, Country>, typed: string): string | undefined {
  const country = countryNamed(countries, typed);
  return country && `${typed} is a country: write its code, ${country.code}`;
}

/**
 * The three-letter codes (ISO 3166-1 alpha-3) of the RCM's members and observers, as UN documents
 * and passports write them, by the two-letter code the format takes.
 */
const ALPHA3: Readonly<Record<string, string>> = {
  BLZ: "BZ", CAN: "CA", CRI: "CR", DOM: "DO", SLV: "SV", GTM: "GT", HND: "HN", MEX: "MX", NIC: "NI", PAN: "PA", USA: "US",
  ARG: "AR", COL: "CO", ECU: "EC", JAM: "JM", PER: "PE",
};

/** The hint for a member's or observer's three-letter code (`GTM`, `mex`): its two-letter code. */
export function alpha3Hint(countries: ReadonlyMap<string, Country>, typed: string): string | undefined {
  const code = ALPHA3[typed.trim().toUpperCase()];
  const country = code === undefined ? undefined : countries.get(code);
  return country && `a country's three-letter code (${typed.trim()}): write its two-letter code, ${code}`;
}

/**
 * The hint for a country's name a letter or two off (`Guatamala`, `Hondura`), which would
 * otherwise be told to add itself to the plan's organisations. Only for a word written as a name
 * is: capitals are an id's (CEPAL is no misspelt Nepal), which the ids' own hints are for. Where
 * two countries are as near, the one among `preferred` (the plan's) if only one is, else none
 * (Nigera: Niger or Nigeria).
 */
export function nearCountryHint(countries: ReadonlyMap<string, Country>, typed: string, preferred: ReadonlySet<string> = new Set()): string | undefined {
  if (typed === typed.toUpperCase()) return undefined;
  const near = countryNear(countries, typed, preferred);
  return near && `${typed} looks like ${near.name}, a country: write its code, ${near.country.code}`;
}

/** Whether `typed` is a country's name a letter or two off, of one country (the Markdown readers keep such words together). */
export function isNearCountryName(countries: ReadonlyMap<string, Country>, typed: string): boolean {
  return countryNear(countries, typed, new Set()) !== undefined;
}

/** A name of a country as written, and normalized (accents and case aside), whole and word by word. */
interface CountryName {
  country: Country;
  name: string;
  written: string;
  words: string[];
}

/** The names by the length of their normalized form, and the names of several words by their length written as one word. */
interface NameIndex {
  all: CountryName[];
  /** Each country's names, normalized: the first country that has a name, where two have it. */
  byName: Map<string, Country>;
  byLength: Map<number, CountryName[]>;
  joinedByLength: Map<number, CountryName[]>;
}

const NAME_INDEXES = new WeakMap<ReadonlyMap<string, Country>, NameIndex>();

/** Every name of every country, and the names people write (Dominicana), normalized once for each reference. */
function nameIndex(countries: ReadonlyMap<string, Country>): NameIndex {
  let index = NAME_INDEXES.get(countries);
  if (index === undefined) {
    const all: CountryName[] = [];
    for (const country of countries.values()) {
      for (const name of countryNames(country)) {
        const written = normalizeWord(name);
        all.push({ country, name, written, words: written.split(" ") });
      }
    }
    for (const [short, code] of Object.entries(SHORT_NAMES)) {
      const country = countries.get(code);
      if (country !== undefined && short.length >= 4) all.push({ country, name: countryNames(country)[0]!, written: short, words: [short] });
    }
    const byName = new Map<string, Country>();
    for (const named of all) if (!Object.hasOwn(SHORT_NAMES, named.written) && !byName.has(named.written)) byName.set(named.written, named.country);
    const byLength = new Map<number, CountryName[]>();
    const joinedByLength = new Map<number, CountryName[]>();
    const add = (map: Map<number, CountryName[]>, length: number, named: CountryName) => {
      const list = map.get(length);
      if (list) list.push(named);
      else map.set(length, [named]);
    };
    for (const named of all) {
      add(byLength, named.written.length, named);
      if (named.words.length > 1) add(joinedByLength, named.words.join("").length, named);
    }
    index = { all, byName, byLength, joinedByLength };
    NAME_INDEXES.set(countries, index);
  }
  return index;
}

/**
 * The country one of whose names is closest to `typed`, within one edit (two from eight letters
 * on), accents and case aside: word for word where `typed` has as many words (`Costa Rca`), or
 * written as one word (`Costarica`); never a name of fewer words than `typed` (`Beliz El` is no
 * Belize: the El is El Salvador's). A word of a name of several words (Malvinas, of Islas Malvinas)
 * is taken for no other country.
 */
function countryNear(countries: ReadonlyMap<string, Country>, typed: string, preferred: ReadonlySet<string>): { country: Country; name: string } | undefined {
  const wanted = normalizeWord(typed);
  // Shorter, a word is as near too many names (and English words: Mail, Chat) to say which.
  if (wanted.length < 5) return undefined;
  const words = wanted.split(" ");
  const index = nameIndex(countries);
  if (words.length === 1 && index.all.some((named) => named.words.length > 1 && named.words.includes(wanted))) return undefined;
  const limit = wanted.length >= 8 ? 2 : 1;
  let nearest: { country: Country; name: string }[] = [];
  let best = limit;
  const consider = (named: CountryName, written: string) => {
    const distance = editDistance(wanted, written, best);
    if (distance > best) return;
    if (named.words.length > 1 && named.words.length === words.length && named.words.some((word, k) => editDistance(words[k]!, word, 1) > 1)) return;
    if (distance < best || nearest.length === 0) [nearest, best] = [[], distance];
    if (!nearest.some((each) => each.country === named.country)) nearest.push({ country: named.country, name: named.name });
  };
  for (let length = wanted.length - limit; length <= wanted.length + limit; length++) {
    for (const named of index.byLength.get(length) ?? []) if (named.words.length === words.length) consider(named, named.written);
    if (words.length === 1) for (const named of index.joinedByLength.get(length) ?? []) consider(named, named.words.join(""));
  }
  if (nearest.length === 1) return nearest[0];
  const ours = nearest.filter((each) => preferred.has(each.country.code));
  return ours.length === 1 ? ours[0] : undefined;
}

function countryNames(country: Country): string[] {
  return textsIn(country.name);
}

/** The country `name` names in either language, without regard to accents or case (`México`, `mexico`), as a matrix's labels are compared. */
export function countryNamed(countries: ReadonlyMap<string, Country>, name: string): Country | undefined {
  const wanted = normalizeWord(name);
  const short = SHORT_NAMES[wanted.replace(/[.\s]/g, "")];
  if (short !== undefined && countries.has(short)) return countries.get(short);
  return nameIndex(countries).byName.get(wanted);
}
