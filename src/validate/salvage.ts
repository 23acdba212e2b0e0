/**
 * An action at fault in a group file still goes through the plan's rules, without its faulty
 * fields: a group that misspells a priority hears in the same run that its lead is unknown, rather
 * than only after fixing the priority. What the rules would say of the fields at fault is not said:
 * the schema's error there says what to fix.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Action, PlanManifest } from "../model/schema.js";
import { isRecord } from "../model/values.js";
import { ID_PATTERN } from "../model/fields.js";
import type { Organization } from "../model/reference.js";
import { meantFor } from "../diagnostics/suggest.js";
import { formatPath, pathsAbove, type ParsedDocument } from "../parse/document.js";
import type { ActionAt } from "./workspace.js";

/** A schema's safeParse, as much of its result as a repair reads. */
export type Parse<T> = (raw: unknown) =>
  | { success: true; data: T }
  | { success: false; error: { issues: readonly { code: string; path: readonly PropertyKey[]; keys?: readonly string[] }[] } };
export type ParseAction = Parse<Action>;

/** The fields of a salvaged action that were at fault in its source. */
export interface Faults {
  /** Left out, or (a timeframe) stood in for, so that the rest of the action passes the schema. */
  fields: ReadonlySet<string>;
  /**
   * The fields the action's unknown keys may be misspellings of (`leads`: lead; `responsables`,
   * like none of them, any). `note` for notes is no missing lead.
   */
  misspelt: ReadonlySet<string>;
  /**
   * Items of id lists at fault (`lead.1` for `lead: [GT, México]`), each stood in for, so that the
   * list's other ids are still checked: Guatemala written for GT is said in the same run.
   */
  items: ReadonlySet<string>;
}

/** The lists of ids whose items are stood in for one by one. */
const ID_LISTS = new Set(["lead", "partners", "protocol", "related"]);

/** Without these the action has no place in the plan's order of things: an action at fault in them is not salvaged. */
const ESSENTIAL = new Set(["id", "title"]);

/** The rules' findings that say a field is missing: not said where the field is there but at fault. */
const ABSENCE: Readonly<Record<string, string>> = { "missing-lead": "lead", "missing-protocol": "protocol" };

/**
 * A timeframe the rules can read, for one at fault: no finding of theirs about it is said, and a
 * salvaged action is never merged into a draft.
 */
const STAND_IN_TIMEFRAME = { start: "2000", end: "2000" };

/**
 * `raw` as the action schema reads it; failing that, as it reads the action without the fields
 * the schema found at fault and without its unknown keys (`known`: the keys it knows), with those
 * fields named. Undefined where the action is no mapping, or its id or title is at fault.
 */
export function repairAction(raw: unknown, parse: ParseAction, known: readonly string[]): { action: Action; faults?: Faults } | undefined {
  const first = parse(raw);
  if (first.success) return { action: first.data };
  if (!isRecord(raw)) return undefined;
  const repaired: Record<string, unknown> = { ...raw };
  const fields = new Set<string>();
  const misspelt = new Set<string>();
  const items = new Set<string>();
  for (const issue of first.error.issues) {
    if (issue.path.length === 0 && issue.code === "unrecognized_keys") {
      for (const key of issue.keys ?? []) {
        delete repaired[key];
        for (const field of meantFor(key, known)) misspelt.add(field);
      }
      continue;
    }
    const [field, index] = issue.path;
    if (typeof field !== "string" || ESSENTIAL.has(field)) return undefined;
    const list = repaired[field];
    if (ID_LISTS.has(field) && issue.path.length === 2 && typeof index === "number" && Array.isArray(list) && !fields.has(field)) {
      // A stand-in no rule knows nor finds twice; what the rules say of it is not said (items).
      if (list === raw[field]) repaired[field] = [...list];
      (repaired[field] as unknown[])[index] = `STAND-IN.${field}.${index}`;
      items.add(`${field}.${index}`);
      continue;
    }
    fields.add(field);
    if (field === "timeframe") repaired.timeframe = STAND_IN_TIMEFRAME;
    else delete repaired[field];
  }
  const second = parse(repaired);
  return second.success ? { action: second.data, faults: { fields, misspelt, items } } : undefined;
}

/**
 * Where the rules are not heard: under `prefix` (a data path and its dot) in `file`, on `fields`
 * (at fault), and on the absence of the fields `misspelt` may be.
 */
interface Quiet {
  file: string;
  prefix: string;
  fields: ReadonlySet<string>;
  misspelt: ReadonlySet<string>;
  items: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * `found` without what the rules said of the faulty fields of salvaged actions, nor of a field as
 * missing where a reader could not read it (`docs`' ParsedDocument.unread: a misspelt column).
 */
export function withoutFaultyFindings(found: readonly Diagnostic[], salvaged: readonly ActionAt[], docs: readonly ParsedDocument[]): Diagnostic[] {
  // By file, then the path the prefix ends, so that each finding looks up the paths above its own:
  // 3,000 salvaged actions, each with a finding, took 1.9 s to match pair by pair.
  const quiet = new Map<string, Map<string, Quiet[]>>();
  const add = (place: Quiet) => {
    let inFile = quiet.get(place.file);
    if (!inFile) quiet.set(place.file, (inFile = new Map()));
    const under = place.prefix.slice(0, -1);
    const places = inFile.get(under);
    if (places) places.push(place);
    else inFile.set(under, [place]);
  };
  for (const { doc, path, faults } of salvaged) if (faults) add({ file: doc.file, prefix: `${formatPath(path)}.`, ...faults });
  for (const doc of docs) for (const { under, fields } of doc.unread ?? []) add({ file: doc.file, prefix: `${formatPath(under)}.`, fields: NONE, misspelt: fields, items: NONE });
  if (quiet.size === 0) return [...found];
  return found.filter((diagnostic) => !isQuiet(diagnostic, quiet.get(diagnostic.file)));
}

/** Whether a place of `inFile` above the finding's path is quiet on it. */
function isQuiet(diagnostic: Diagnostic, inFile: ReadonlyMap<string, readonly Quiet[]> | undefined): boolean {
  if (inFile === undefined || diagnostic.path === undefined) return false;
  for (const above of pathsAbove(diagnostic.path)) if (inFile.get(above)?.some((place) => concernsFault(diagnostic, place))) return true;
  return false;
}

function concernsFault(diagnostic: Diagnostic, { file, prefix, fields, misspelt, items }: Quiet): boolean {
  if (diagnostic.file !== file || !diagnostic.path?.startsWith(prefix)) return false;
  const rest = diagnostic.path.slice(prefix.length).split(".");
  const [field, index] = rest;
  if (fields.has(field!) || (index !== undefined && items.has(`${field}.${index}`))) return true;
  // A text whose field was not read (a table Markdown reads as text) lacks what was never read.
  if (diagnostic.code === "missing-translation") return rest.some((segment) => misspelt.has(segment));
  const absent = ABSENCE[diagnostic.code];
  return absent !== undefined && (fields.has(absent) || misspelt.has(absent));
}

/**
 * plan.yaml's fields that no check of a group file reads, each with what stands in for it when at
 * fault (undefined: left out, as it may be).
 */
const MANIFEST_STAND_INS: Readonly<Record<string, unknown>> = {
  id: "plan", title: "-", network: undefined, draft: 1, status: "draft", date: "2000-01-01", narrative: undefined, rules: undefined,
};

/**
 * The fields of a theme and of an organisation, but their ids, and what stands in for each when at
 * fault: for a theme's number, one no plan gives (each its own, so none is said to be used twice);
 * for an organisation's name, its id.
 */
const ITEM_STAND_INS: Readonly<Record<"themes" | "organizations", Readonly<Record<string, (item: Record<string, unknown>, index: number) => unknown>>>> = {
  themes: { number: (_, index) => 10_000 + index, title: () => "-", summary: () => undefined },
  organizations: { name: (item) => item.id },
};

/**
 * plan.yaml as the rules can read it when it fails the schema check, so that one unknown key does
 * not keep its period, its countries and its `rules` from being heard, nor the group files from
 * being checked against its organisations: `raw` without its unknown keys, with stand-ins for the
 * fields at fault that no group's check reads, and the places (formatted data paths) that were at
 * fault, where no rule is heard. Undefined where a field the groups are checked against is at
 * fault (period, languages, countries, groups, indicators, a theme's or an organisation's id):
 * the plan's rules then wait for the schema's error to be fixed.
 */
export function repairManifest(raw: unknown, parse: Parse<PlanManifest>): { manifest: PlanManifest; quiet: ReadonlySet<string> } | undefined {
  const first = parse(raw);
  if (first.success) return { manifest: first.data, quiet: new Set() };
  if (!isRecord(raw)) return undefined;
  const repaired: Record<string, unknown> = { ...raw };
  if (isRecord(raw.rules)) repaired.rules = { ...raw.rules };
  for (const key of ["themes", "organizations"] as const) {
    const list = raw[key];
    if (Array.isArray(list)) repaired[key] = list.map((item: unknown) => (isRecord(item) ? { ...item } : item));
  }
  const quiet = new Set<string>();
  for (const issue of first.error.issues) {
    const [key, index, field] = issue.path;
    if (issue.path.length === 0 && issue.code === "unrecognized_keys") {
      for (const unknown of issue.keys ?? []) delete repaired[unknown];
    } else if (key === "rules" && typeof index === "string" && isRecord(repaired.rules)) {
      delete repaired.rules[index];
      quiet.add(formatPath(["rules", index]));
    } else if (typeof key === "string" && Object.hasOwn(MANIFEST_STAND_INS, key)) {
      standIn(repaired, key, MANIFEST_STAND_INS[key]);
      quiet.add(key);
    } else if ((key === "themes" || key === "organizations") && typeof index === "number") {
      const item = (repaired[key] as unknown[] | undefined)?.[index];
      if (!isRecord(item)) return undefined;
      if (issue.path.length === 2 && issue.code === "unrecognized_keys") {
        for (const unknown of issue.keys ?? []) delete item[unknown];
        continue;
      }
      if (typeof field !== "string" || !Object.hasOwn(ITEM_STAND_INS[key], field)) return undefined;
      standIn(item, field, ITEM_STAND_INS[key][field]!(item, index));
      // Nothing the rules say of the item is heard: a stand-in theme number is no number to name.
      quiet.add(formatPath([key, index]));
    } else return undefined;
  }
  const second = parse(repaired);
  return second.success ? { manifest: second.data, quiet } : undefined;
}

function standIn(owner: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete owner[key];
  else owner[key] = value;
}

/**
 * The organisations of plan.yaml's `raw` value, where it could not be repaired: each as written
 * where it passes on its own (`parse`), else by its id alone where that is valid. The groups are
 * checked against them, so that a period at fault does not also make each of the plan's own
 * organisations "unknown" in every group file.
 */
export function organizationsIn(raw: unknown, parse: Parse<Organization>): Organization[] {
  const list = isRecord(raw) ? raw.organizations : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const parsed = parse(item);
    if (parsed.success) return [parsed.data];
    const id = isRecord(item) ? item.id : undefined;
    return typeof id === "string" && ID_PATTERN.test(id) ? [{ id, name: id }] : [];
  });
}

/** `found` without the rules' findings in `file` at or under a place of `quiet` (repairManifest's). */
export function withoutQuietFindings(found: readonly Diagnostic[], file: string, quiet: ReadonlySet<string>): Diagnostic[] {
  if (quiet.size === 0) return [...found];
  const isQuietAt = (path: string) => quiet.has(path) || [...pathsAbove(path)].some((above) => quiet.has(above));
  return found.filter((diagnostic) => diagnostic.file !== file || diagnostic.path === undefined || !isQuietAt(diagnostic.path));
}
