/**
 * A baseline of known problems, so that a large plan can adopt `plan validate` in CI and fail only
 * on new problems. A problem is known by its code, its file (relative to the plan directory, so the
 * baseline holds wherever the command runs) and its place in the data, never by its line: moving
 * lines, or adding an action above, does not make an old problem new.
 */
import { isRecord } from "../model/values.js";
import { compareStrings, type Diagnostic } from "./diagnostic.js";

/** What identifies a problem across edits. */
export interface ProblemKey {
  code: string;
  file: string;
  /** The data path with list items named by their `id` or their value: `objectives[INT-O1].actions[INT-1.1].lead[='GT']`. */
  path: string;
}

export interface BaselineEntry extends ProblemKey {
  /** How many problems share the key (several missing translations in one text, say). */
  count: number;
}

export interface Baseline {
  version: 1;
  problems: BaselineEntry[];
}

export interface KeyedDiagnostic {
  diagnostic: Diagnostic;
  key: ProblemKey;
  /** The path as baselines written before list values were named held it (`lead.1`), where it differs. */
  legacyPath?: string;
}

export interface BaselineComparison {
  /** Problems the baseline does not know (or more of them than it counts): these fail the run. */
  fresh: Diagnostic[];
  /** How many problems the baseline matched. */
  known: number;
  /** How many of those it matched by an entry in the older, positional form (`lead.1`). */
  knownByPosition: number;
  /** Errors the baseline lists, which are fresh all the same: the build refuses the drafts while one stands. */
  listedErrors: number;
  /** Baseline entries no longer found, with how many of their problems are gone: fixed since the baseline was written. */
  fixed: BaselineEntry[];
}

/**
 * The data path with each list index replaced by what names the item, so that inserting or
 * reordering items keeps the key: a record by its `id` (`[INT-1.2]`), a string or number by its
 * value (`[='GT']`, `[=3]`). `objectives.0.actions.1.lead.0` over a document with ids becomes
 * `objectives[INT-O1].actions[INT-1.2].lead[='GT']`. A value is quoted, with `\` and `'` escaped,
 * so a `.` or `]` in it ends nothing; an id starts with a letter or digit, never `=`, so the two
 * cannot be taken for each other. Repeats of a value in one list share the key, and are counted.
 */
export function stablePath(path: string | undefined, document: unknown): string {
  return namePath(path, document, itemName);
}

/**
 * The path as baselines written before list values were named by value held it: records by id,
 * every other item by its index (`lead.1`). Their entries still match (compareWithBaseline).
 */
export function legacyStablePath(path: string | undefined, document: unknown): string {
  return namePath(path, document, (item) => (isRecord(item) ? itemName(item) : undefined));
}

function itemName(item: unknown): string | undefined {
  if (isRecord(item)) return typeof item.id === "string" ? item.id : undefined;
  if (typeof item === "string") return `='${item.replace(/[\\']/g, "\\$&")}'`;
  if (typeof item === "number") return `=${item}`;
  return undefined;
}

function namePath(path: string | undefined, document: unknown, name: (item: unknown) => string | undefined): string {
  if (path === undefined || path === "") return "";
  let current: unknown = document;
  let stable = "";
  for (const segment of path.split(".")) {
    const item = isRecord(current) || Array.isArray(current) ? (current as Record<string, unknown>)[segment] : undefined;
    const named = Array.isArray(current) && /^\d+$/.test(segment) ? name(item) : undefined;
    stable += named !== undefined ? `[${named}]` : `${stable === "" ? "" : "."}${segment}`;
    current = item;
  }
  return stable;
}

/** The baseline that records `problems` as they are now, sorted so that its diffs read well. */
export function makeBaseline(problems: readonly KeyedDiagnostic[]): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const { key } of problems) {
    const id = keyString(key);
    const entry = counts.get(id);
    if (entry) entry.count += 1;
    else counts.set(id, { ...key, count: 1 });
  }
  const entries = [...counts.values()].sort(
    (a, b) => compareStrings(a.file, b.file) || compareStrings(a.path, b.path) || compareStrings(a.code, b.code),
  );
  return { version: 1, problems: entries };
}

/**
 * Splits `problems` into those the baseline knows and the fresh ones; lines do not matter. A problem
 * its key does not match may match an entry by its legacy path, so that a baseline written before
 * list values were named by value keeps its known problems until `--update-baseline` rewrites it.
 */
export function compareWithBaseline(problems: readonly KeyedDiagnostic[], baseline: Baseline): BaselineComparison {
  const allowance = new Map(baseline.problems.map((entry) => [keyString(entry), entry.count]));
  const fresh: Diagnostic[] = [];
  let known = 0;
  let knownByPosition = 0;
  let listedErrors = 0;
  for (const { diagnostic, key, legacyPath } of problems) {
    const candidates = legacyPath === undefined ? [key] : [key, { ...key, path: legacyPath }];
    const at = candidates.map(keyString).findIndex((candidate) => (allowance.get(candidate) ?? 0) > 0);
    if (at >= 0) {
      const id = keyString(candidates[at]!);
      allowance.set(id, allowance.get(id)! - 1);
    }
    // An error is never known: plan build refuses the drafts while it stands, so a pull request that
    // a baseline let pass would leave a plan that cannot be built.
    if (at >= 0 && diagnostic.severity === "error") listedErrors += 1;
    if (at < 0 || diagnostic.severity === "error") {
      fresh.push(diagnostic);
      continue;
    }
    known += 1;
    if (at === 1) knownByPosition += 1;
  }
  const fixed = baseline.problems.flatMap((entry) => {
    const gone = allowance.get(keyString(entry)) ?? 0;
    return gone > 0 ? [{ ...entry, count: gone }] : [];
  });
  return { fresh, known, knownByPosition, listedErrors, fixed };
}

/** The baseline file's text: 2-space JSON, one problem per entry, `count` only where it is above 1. */
export function formatBaseline(baseline: Baseline): string {
  const problems = baseline.problems.map(({ file, path, code, count }) => ({ file, path, code, ...(count > 1 ? { count } : {}) }));
  return JSON.stringify({ version: baseline.version, problems }, null, 2) + "\n";
}

/** Reads a baseline file's text; a message says what is wrong when it is not one. */
export function parseBaseline(text: string): { baseline: Baseline } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `not JSON (${(error as Error).message})` };
  }
  if (!isRecord(data) || data.version !== 1 || !Array.isArray(data.problems)) return { error: "not an rcm-plan baseline (expected {version: 1, problems: [...]})" };
  const problems: BaselineEntry[] = [];
  for (const [index, entry] of data.problems.entries()) {
    if (!isRecord(entry) || typeof entry.code !== "string" || typeof entry.file !== "string" || typeof entry.path !== "string") {
      return { error: `problem ${index + 1} needs code, file and path (strings)` };
    }
    const count = entry.count === undefined ? 1 : entry.count;
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1) return { error: `problem ${index + 1}: count must be a whole number of at least 1` };
    problems.push({ code: entry.code, file: entry.file, path: entry.path, count });
  }
  return { baseline: { version: 1, problems } };
}

/** A problem's key; its file name composed (NFC), as a baseline written on macOS may spell "ó" apart. */
function keyString(key: ProblemKey): string {
  return JSON.stringify([key.code, key.file.normalize("NFC"), key.path]);
}
