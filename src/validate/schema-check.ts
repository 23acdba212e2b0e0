import type { z } from "zod";
import { START_OF_FILE, type Diagnostic } from "../diagnostics/diagnostic.js";
import { asSentence, clip, makeDiagnostic } from "../diagnostics/make.js";
import { closest, didYouMean } from "../diagnostics/suggest.js";
import { formatPath, pathsAbove, type DataPath, type ParsedDocument, type PathSegment } from "../parse/document.js";
import { columnName, formatKeyFor, labelName, normalizeWord, priorityWord, type ColumnKey, type LabelKey } from "../parse/markdown/vocabulary.js";
import { parseFastSchema, type FastSchemaKind, type FastSchemaOutput } from "./fast-schema.js";
import { objectKeysAt } from "./schema-shape.js";
import { NEGATIONS, valueHint, type HintContext } from "./value-hints.js";
import { ID_PATTERN, withoutInvisible } from "../model/fields.js";
import type { Lang } from "../model/text.js";
import type { Period } from "../model/timeframe.js";
import { timeframeForms } from "./timeframe-hints.js";

type Issue = z.core.$ZodIssue;

/** The issues zod raises for an absent field, depending on the field's schema (string, union, enum). */
const MISSING_CODES = new Set<Issue["code"]>(["invalid_type", "invalid_union", "invalid_value"]);

export interface Checked<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Checks a parsed file against the plan's schema of `kind`: without zod where the fast reading
 * (fast-schema.ts) is sure, else with zod, loaded only then, for its output and its issues.
 */
export async function checkSchemaOf<K extends FastSchemaKind>(doc: ParsedDocument, kind: K, named: HintContext = NO_PARTIES): Promise<Checked<FastSchemaOutput[K]>> {
  // A parser's value is plain data: the checked value may share its parts (neither is changed after).
  const fast = parseFastSchema(kind, doc.value, true);
  if (fast !== undefined) return { value: fast, diagnostics: [] };
  const schema = (await import("../model/schema.js"))[ZOD_SCHEMAS[kind]];
  return checkSchema(doc, schema, named) as Checked<FastSchemaOutput[K]>;
}

/** No names to look up: a file checked on its own, outside a plan. */
const NO_PARTIES: HintContext = { countries: new Map(), organizations: new Map(), indicators: new Map() };

const ZOD_SCHEMAS = { manifest: "PlanManifestSchema", group: "GroupSchema", indicators: "IndicatorFileSchema", action: "ActionSchema" } as const;

/**
 * Checks a parsed file against a schema; each zod issue becomes a diagnostic at its place in the
 * source. `named` lets a country or an organisation written by its name be told its code or id.
 */
export function checkSchema<S extends z.ZodType>(doc: ParsedDocument, schema: S, named: HintContext = NO_PARTIES): Checked<z.output<S>> {
  if (doc.value === undefined) return { value: undefined, diagnostics: [] };
  if (doc.value === null) {
    return { value: undefined, diagnostics: [makeDiagnostic("empty-file", "the file holds no data, only comments or blank lines", doc.file, doc.locate([]))] };
  }
  if (typeof doc.value !== "object" || Array.isArray(doc.value)) {
    const message = "the file must hold a mapping of keys (key: value) at the top level";
    return { value: undefined, diagnostics: [makeDiagnostic("not-a-mapping", message, doc.file, doc.locate([]))] };
  }
  const result = safeParseOrTooMany(schema, doc.value);
  if (result === undefined) {
    const message = "the file holds too many faulty entries to check one by one (some 100,000 or more): fix the fault they share first";
    return { value: undefined, diagnostics: [makeDiagnostic("file-too-large", message, doc.file, START_OF_FILE)] };
  }
  if (result.success) return { value: result.data, diagnostics: [] };
  const reported = new Set(doc.diagnostics.flatMap((diagnostic) => (diagnostic.path ? [diagnostic.path] : [])));
  // A Markdown matrix without readable front matter has none of the group's own fields: that one fault is said.
  const noFrontMatter = doc.diagnostics.some((diagnostic) => diagnostic.code === "md-front-matter");
  const diagnostics = result.error.issues
    .filter((issue) => !saidAlready(issue.path as PathSegment[], reported) && !unreadField(issue.path as PathSegment[], doc.unread))
    .filter((issue) => !(noFrontMatter && issue.path.length === 1 && issue.path[0] !== "objectives"))
    .filter((issue, _, issues) => !isIntegerBoundBesideOwn(issue, issues) && !isKeyMeantForField(issue, issues, schema))
    .flatMap((issue) => issueDiagnostics(issue, [], doc, schema, named));
  return { value: undefined, diagnostics };
}

/**
 * zod's safeParse, or undefined where it overflowed the stack: it passes a list's findings on as a
 * call's arguments, and an objective of 150,000 actions that each lack a field is past the limit.
 */
function safeParseOrTooMany<S extends z.ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.output<S>> | undefined {
  try {
    return schema.safeParse(value);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * zod's integers carry their own bound (2^53 - 1) beside the schema's: a year of 20 digits broke
 * both, and was told twice, "at most 2200" and "at most 9007199254740991". The schema's is said.
 */
function isIntegerBoundBesideOwn(issue: Issue, issues: readonly Issue[]): boolean {
  const bound = issue.code === "too_big" ? issue.maximum : issue.code === "too_small" ? issue.minimum : undefined;
  if (bound !== Number.MAX_SAFE_INTEGER && bound !== Number.MIN_SAFE_INTEGER) return false;
  const at = formatPath(issue.path as PathSegment[]);
  return issues.some((other) => other !== issue && other.code === issue.code && formatPath(other.path as PathSegment[]) === at);
}

/**
 * A key that holds a character no editor shows (`\u00a0theme`, pasted from a web page), the
 * field's name in Spanish (`titulo:`, `plazo:`) or a slip of it (`timefrme:`) leaves the field it
 * was meant for missing: its unknown-key finding names the character or the key to write, and that
 * one is said.
 */
function isKeyMeantForField(issue: Issue, issues: readonly Issue[], schema: z.ZodType): boolean {
  if (!MISSING_CODES.has(issue.code) || issue.path.length === 0) return false;
  const field = issue.path[issue.path.length - 1];
  const above = formatPath(issue.path.slice(0, -1) as PathSegment[]);
  const meant = (key: string, other: Issue) => withoutInvisible(key).visible === field || keyMeant(key, objectKeysAt(schema, other.path as PathSegment[])) === field;
  return issues.some((other) => other.code === "unrecognized_keys" && formatPath(other.path as PathSegment[]) === above && other.keys.some((key) => key !== field && meant(key, other)));
}

/**
 * The hint for an unknown key: the key of this place it was meant for, written in Spanish or by a
 * matrix's name (`responsables`), or misspelt (`statuss`), and the character no editor shows that
 * it holds, if any. A key pasted from a web page may hold one and be misspelt too: both are said.
 * Else the keys of the place.
 */
/** The key an unknown one is for, as its hint names it (unknownKeyHint): the format's English key for a Spanish one (`plazo`), or the one it is a slip for (`timefrme`). */
function keyMeant(key: string, known: readonly string[]): string | undefined {
  const { visible } = withoutInvisible(key);
  return formatKeyFor(visible, known) ?? closest(visible, known);
}

function unknownKeyHint(key: string, known: readonly string[]): string | undefined {
  const listing = known.length > 0 ? `known keys here: ${known.join(", ")}` : undefined;
  const { visible, invisible } = withoutInvisible(key);
  const english = formatKeyFor(visible, known);
  if (invisible === undefined) return english !== undefined ? `write ${english}, the format's key for it (the keys are English in both languages)` : (didYouMean(key, known) ?? listing);
  const unseen = `It holds ${invisible}, which editors do not show`;
  if (known.includes(visible)) return `${unseen}: delete the key and type it again: \`${visible}:\`.`;
  const meant = english ?? closest(visible, known);
  if (meant === undefined) return listing !== undefined ? `${unseen}. ${asSentence(listing)}` : `${unseen}.`;
  return `${unseen}, and ${english !== undefined ? `${english} is the format's key for it` : `likely means ${meant}`}: delete the key and type \`${meant}:\`.`;
}

/**
 * Whether the reader already reported at `path` or above it: a Markdown row a cell short, a cell
 * that is no timeframe. What the schema then finds there (a priority that is really the next
 * column's text, a timeframe missing because it could not be read) would say it again, worse.
 */
function saidAlready(path: readonly PathSegment[], reported: ReadonlySet<string>): boolean {
  // The path and each path above it looked up: 20,000 rows that each said their timeframe took 14 s matched pair by pair.
  const at = formatPath(path);
  for (const above of pathsAbove(at)) if (reported.has(above)) return true;
  return reported.has(at);
}

/**
 * An action's field a Markdown reader could not read (ParsedDocument.unread: a misspelt column, a
 * row a cell over), whose absence its own error already explains.
 */
function unreadField(path: readonly PathSegment[], unread: ParsedDocument["unread"]): boolean {
  if (unread === undefined || path.length < 3 || path[path.length - 3] !== "actions") return false;
  // What was not read is said of an action (`…actions.7`), of all an objective's actions (`…actions`) or of its table's columns (`objectives.0`).
  const byPlace = unreadByPlace(unread);
  const field = String(path[path.length - 1]);
  return [path.slice(0, -1), path.slice(0, -2), path.slice(0, -3)].some((place) => byPlace.get(formatPath(place))?.has(field) === true);
}

/** A document's unread fields by the place they are under, made once: a matrix of thousands of rows read as ids alone has an entry a row. */
function unreadByPlace(unread: NonNullable<ParsedDocument["unread"]>): Map<string, Set<string>> {
  let byPlace = UNREAD_BY_PLACE.get(unread);
  if (byPlace !== undefined) return byPlace;
  byPlace = new Map();
  for (const { under, fields } of unread) {
    const place = formatPath(under);
    byPlace.set(place, new Set([...(byPlace.get(place) ?? []), ...fields]));
  }
  UNREAD_BY_PLACE.set(unread, byPlace);
  return byPlace;
}

const UNREAD_BY_PLACE = new WeakMap<NonNullable<ParsedDocument["unread"]>, Map<string, Set<string>>>();

/** What a Markdown matrix's action row writes in the empty cell of a required field at `path`, in the matrix's words. */
function emptyCellHint(doc: ParsedDocument, path: DataPath, period: Period | undefined): string | undefined {
  const field = path[path.length - 1];
  if (doc.kind !== "markdown" || path[path.length - 3] !== "actions" || !Object.hasOwn(REQUIRED_CELLS, field as string)) return undefined;
  const column = columnName(field as ColumnKey, doc.lang ?? "en");
  return `fill in the action's ${column} cell${REQUIRED_CELLS[field as RequiredCell](period)}`;
}

type RequiredCell = "id" | "title" | "timeframe";

/** The cells an action's row must fill in, with what goes in them (an empty Lead cell is missing-lead's). */
const REQUIRED_CELLS: Readonly<Record<RequiredCell, (period: Period | undefined) => string>> = {
  id: () => ": its id, such as `FLD-1.1`",
  title: () => " with the action's title",
  timeframe: (period) => `: ${timeframeForms(period)}`,
};

function issueDiagnostics(issue: Issue, prefix: DataPath, doc: ParsedDocument, schema: z.ZodType, named: HintContext): Diagnostic[] {
  const path: PathSegment[] = [...prefix, ...(issue.path as PathSegment[])];
  const actual = valueAt(doc.value, path);
  const meant = () => valueHint(path, actual, named, doc.lang);
  // A Markdown matrix's table cell named as the matrix heads its column: `the Prioridad cell of action FLD-1.3`.
  const place = (at: DataPath) => describePlace(at, doc.value, doc.kind === "markdown" ? (doc.lang ?? "en") : undefined);
  const at = (code: string, message: string, hint?: string, keyPath: DataPath = path, part: "key" | "value" = "value") =>
    makeDiagnostic(code, message, doc.file, doc.locate(keyPath, part), { path: keyPath, hint });

  // A field that is absent, whatever its type would have been (zod says invalid_type or invalid_union).
  if (actual === undefined && path.length > 0 && MISSING_CODES.has(issue.code)) {
    const parent = path.slice(0, -1);
    if (doc.kind === "markdown" && path[path.length - 3] === "indicators" && path[path.length - 1] === "text") {
      // An indicator's label with measures under it but no text of its own: said in the matrix's words.
      const label = labelName("indicator", doc.lang ?? "en");
      return [at("missing-field", `${place(parent)} has no text`, `Write the indicator after its label: \`- **${label}:** …\`.`, parent)];
    }
    if (doc.kind === "markdown" && path.length === 3 && path[0] === "objectives" && path[2] === "title") {
      // `## SOL-O2:` and nothing after it.
      const id = typeof valueAt(doc.value, [...parent, "id"]) === "string" ? clip(valueAt(doc.value, [...parent, "id"]) as string) : "FLD-O1";
      return [at("missing-field", `the heading of ${place(parent)} has no title`, `Write the objective's title after its id and colon: \`## ${id}: …\`.`, parent)];
    }
    const where = parent.length > 0 ? ` in ${place(parent)}` : "";
    const cell = emptyCellHint(doc, path, named.period);
    // A Markdown row's empty cell is where the field goes: said there, as the matrix heads its column, with the data path of the action, as a baseline keys it.
    if (cell !== undefined) return [makeDiagnostic("missing-field", `${place(path)} is empty`, doc.file, doc.locate(path), { path: parent, hint: cell })];
    return [at("missing-field", `missing required field '${String(path[path.length - 1])}'${where}`, undefined, parent)];
  }
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = objectKeysAt(schema, path);
      return issue.keys.map((key) => {
        const where = path.length ? `in ${place(path)}` : "at the top level";
        const hint = unknownKeyHint(key, known);
        return at("unknown-key", `unknown key '${clip(key)}' ${where}`, hint, [...path, key], "key");
      });
    }
    case "invalid_union":
      return unionDiagnostics(issue, path, doc, schema, named) ?? [at("invalid-type", `${place(path)} must be ${expectedOf(issue)}, not ${describeValue(actual)}`, meant())];
    case "invalid_type":
      return [at("invalid-type", `${place(path)} must be ${article(issue.expected)}, not ${describeValue(actual)}`, meant())];
    case "invalid_value": {
      const allowed = wordsOf(doc, path, issue.values.map(String));
      return [at("invalid-value", `${describeValue(actual)} is not allowed for ${place(path)}; use one of: ${allowed.join(", ")}`, meant() ?? (typeof actual === "string" ? (allowedWordIn(actual, allowed) ?? didYouMean(actual, allowed)) : undefined))];
    }
    case "too_small":
      if (issue.origin === "string") return [at("missing-field", `${place(path)} is empty`)];
      if (issue.origin === "array") return [at("invalid-value", `${place(path)} needs at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`)];
      return [at("invalid-value", `${place(path)} must be ${issue.inclusive === false ? "more than" : "at least"} ${issue.minimum}, not ${describeBound(actual)}`)];
    case "too_big":
      return [at("invalid-value", `${place(path)} must be ${issue.inclusive === false ? "less than" : "at most"} ${issue.maximum}, not ${describeBound(actual)}`)];
    case "invalid_format":
      return [at("invalid-value", `${describeValue(actual)} is not valid for ${place(path)}: ${issue.message}`, meant())];
    default:
      // A mapping or list says nothing more in parentheses; a scalar shows what was written.
      return [at("invalid-value", `${place(path)}: ${issue.message}${actual !== undefined && (actual === null || typeof actual !== "object") ? ` (${describeValue(actual)})` : ""}`)];
  }
}

/**
 * A union failed: report the errors of the branch the value was evidently meant for
 * (the one that did not fail on the value's own type), so `{en: 1}` says "en must be a string".
 */
function unionDiagnostics(issue: Issue & { code: "invalid_union" }, path: DataPath, doc: ParsedDocument, schema: z.ZodType, named: HintContext) {
  const branches = issue.errors.filter((errors) => errors.length > 0);
  const fits = branches.find((errors) => !errors.some((e) => e.path.length === 0 && e.code === "invalid_type"));
  if (fits === undefined) return undefined;
  return fits.flatMap((inner) => issueDiagnostics(inner, path, doc, schema, named));
}

/** The values a field allows, as the file writes them: a Spanish Markdown matrix's priorities are alta, media, baja. */
function wordsOf(doc: ParsedDocument, path: DataPath, values: string[]): string[] {
  if (path[path.length - 1] !== "priority" || doc.lang !== "es") return values;
  return values.map((value) => priorityWord(value, "es"));
}

function expectedOf(issue: Issue & { code: "invalid_union" }): string {
  const kinds = new Set<string>();
  for (const errors of issue.errors) for (const e of errors) if (e.path.length === 0 && e.code === "invalid_type") kinds.add(e.expected === "object" ? "a mapping" : article(e.expected));
  return kinds.size ? [...kinds].join(" or ") : "a valid value";
}

function article(expected: string): string {
  const names: Record<string, string> = { object: "a mapping", array: "a list", string: "a string", number: "a number", int: "a whole number", boolean: "true or false" };
  return names[expected] ?? expected;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `'${clip(value)}'`;
  return `${typeof value} ${String(value)}`;
}

/** A value out of bounds as itself where it is a number ("at least 1, not 0"); else as describeValue says. */
function describeBound(value: unknown): string {
  return typeof value === "number" ? String(value) : describeValue(value);
}

/**
 * `path` in words: `'lead'`, or a list's item by its id where it has one (`action INT-1.1`),
 * else by its place (`item 2 of 'indicators' of action INT-1.1`). "Item 1 of 'actions'" named
 * the first action of every objective alike. `root` is the file's value, where the ids are.
 */
export function describePlace(path: DataPath, root?: unknown, matrixLang?: Lang): string {
  if (path.length === 0) return "the file";
  const cell = matrixLang === undefined ? undefined : cellPlace(path, root, matrixLang);
  if (cell !== undefined) return cell;
  const last = path[path.length - 1]!;
  if (typeof last !== "number") return `'${last}'`;
  const named = namedItem(path, root);
  if (named !== undefined) return named;
  const item = `item ${last + 1} of '${String(path[path.length - 2] ?? "")}'`;
  for (let end = path.length - 2; end > 0; end--) {
    const owner = namedItem(path.slice(0, end), root);
    if (owner !== undefined) return `${item} of ${owner}`;
  }
  return item;
}

const CELL_KEYS: ReadonlySet<string> = new Set<ColumnKey>(["id", "title", "lead", "partners", "timeframe", "priority", "protocol"]);
/** An action's fields that its section writes as one labelled item, by its label: `- **Relacionadas:** …`. */
const LABELLED: Readonly<Record<string, LabelKey>> = { related: "related", notes: "notes" };
/** An action's lists whose items its section writes as labelled items each, named by label and number: `Indicador 2`. */
const LABELLED_LISTS: Readonly<Record<string, LabelKey>> = { indicators: "indicator", outputs: "output" };
/** An indicator's fields, by their labels under it; its own text is the indicator. */
const MEASURE_FIELDS: Readonly<Record<string, LabelKey>> = { baseline: "baseline", target: "target", verification: "verification" };

/**
 * An action's place as a Markdown matrix in `lang` writes it: a table cell as the matrix heads its
 * column, a labelled item of its section by its label, or an item of either (`item 2 of the Socios
 * cell of action FLD-1.1`, `the Meta item of Indicador 1 of action FLD-1.1`); undefined for any
 * other place, which is named by key.
 */
function cellPlace(path: DataPath, root: unknown, lang: Lang): string | undefined {
  const at = path.lastIndexOf("actions");
  if (at < 0 || typeof path[at + 1] !== "number") return undefined;
  // An action without a valid id by its row: `row 2 of objective FLD-O1`.
  const owner = namedItem(path.slice(0, at + 2), root) ?? `row ${(path[at + 1] as number) + 1} of ${namedItem(path.slice(0, at), root) ?? "its objective"}`;
  const [key, n, field, ...more] = path.slice(at + 2);
  if (typeof key !== "string" || more.length > 0) return undefined;
  const item = typeof n === "number" ? `item ${n + 1} of ` : "";
  if (field !== undefined) {
    if (key !== "indicators" || typeof n !== "number") return undefined;
    const indicator = `${labelName("indicator", lang)} ${n + 1} of ${owner}`;
    if (field === "text") return indicator;
    return Object.hasOwn(MEASURE_FIELDS, field) ? `the ${labelName(MEASURE_FIELDS[field]!, lang)} item of ${indicator}` : undefined;
  }
  if (CELL_KEYS.has(key)) return `${item}the ${columnName(key as ColumnKey, lang)} cell of ${owner}`;
  if (Object.hasOwn(LABELLED, key)) return `${item}the ${labelName(LABELLED[key]!, lang)} item of ${owner}`;
  if (Object.hasOwn(LABELLED_LISTS, key) && typeof n === "number") return `${labelName(LABELLED_LISTS[key]!, lang)} ${n + 1} of ${owner}`;
  return undefined;
}

/** What an item of these lists is called, named by its id. */
const ITEM_KINDS: Readonly<Record<string, string>> = { actions: "action", objectives: "objective", themes: "theme", organizations: "organisation", indicators: "indicator" };

/**
 * `action INT-1.1` where `path` leads to an item of a list of things with ids, and the item has a
 * valid one: an id at fault (`INT 1.1`, over lines) is told on its own, and would make the message
 * unreadable. An action's `indicators` are measures, which have no ids: only the indicators file's
 * items are indicators named by id.
 */
function namedItem(path: DataPath, root: unknown): string | undefined {
  const key = path[path.length - 2];
  if (typeof path[path.length - 1] !== "number" || typeof key !== "string" || !Object.hasOwn(ITEM_KINDS, key)) return undefined;
  if (key === "indicators" && path.length !== 2) return undefined;
  const id = valueAt(root, [...path, "id"]);
  if (typeof id !== "string" || !ID_PATTERN.test(id)) return undefined;
  return `${ITEM_KINDS[key]} ${clip(id)}`;
}

/** The raw parsed value at `path`, or undefined where the path leads nowhere. */
export function valueAt(value: unknown, path: DataPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** `Muy alta`, `High priority`: a value one of whose words is the one allowed value it holds, which the hint says to write alone. */
function allowedWordIn(actual: string, allowed: readonly string[]): string | undefined {
  const words = new Set(normalizeWord(actual).split(/[\s,;.()/-]+/));
  if (words.size < 2 || [...words].some((word) => NEGATIONS.has(word))) return undefined;
  const held = allowed.filter((word) => words.has(normalizeWord(word)));
  return held.length === 1 ? `write ${held[0]}` : undefined;
}
