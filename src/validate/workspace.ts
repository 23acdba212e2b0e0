import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic, type DiagnosticExtras } from "../diagnostics/make.js";
import type { ReferenceData } from "../model/reference.js";
import type { Action, PlanManifest, WorkingGroup } from "../model/schema.js";
import type { Text } from "../model/text.js";
import type { DataPath, ParsedDocument } from "../parse/document.js";
import type { Faults } from "./salvage.js";
import { valueAt } from "./schema-check.js";

export interface ManifestFile {
  doc: ParsedDocument;
  manifest: PlanManifest;
}

export interface GroupFile {
  doc: ParsedDocument;
  group: WorkingGroup;
}

/** Everything the plan's rules look at: the files that passed the schema check, and the reference data. */
export interface Workspace {
  plan: ManifestFile | undefined;
  groups: GroupFile[];
  /**
   * Group files that parsed but failed the schema check. Rules that look across the plan still
   * count the theme and action ids these name, so that one typo does not also say "no group
   * covers this theme" or "no action has this id".
   */
  unchecked: ParsedDocument[];
  /**
   * Every group file that parsed, checked or not, in the plan's file order (as found): which of two
   * files comes first must not change when a fault in one of them is fixed.
   */
  order: ParsedDocument[];
  /**
   * The actions of the unchecked files that pass the schema on their own: the plan's rules still
   * look at them, so a misspelt priority in one action does not hide an unknown indicator in
   * another until the next run. They are never merged into a draft.
   */
  salvaged: ActionAt[];
  /**
   * Whether some group file's action ids and theme are unknown: it could not be read, or parsed to
   * no mapping. Rules that look for an id or a theme across the plan then stay quiet rather than
   * report what that file may well hold (its own error says what to fix first).
   */
  incomplete: boolean;
  /** The plan's own indicators file, where it passes the schema: its statements are texts to translate. */
  indicatorFile?: { doc: ParsedDocument; indicators: readonly { id: string; statement: Text }[] };
  /**
   * The ids of the plan's own indicators whose entries fail the schema (its indicators file's
   * error says so): an action naming one is not told it names an unknown indicator too.
   */
  faultyIndicators?: ReadonlySet<string>;
  /** Every action the rules check, listed once (five rules walk them): see actionsOf. */
  actions: ActionAt[];
  reference: ReferenceData;
}

/** An action and where it is. */
export interface ActionAt {
  doc: ParsedDocument;
  action: Action;
  path: DataPath;
  /** A salvaged action's fields at fault, which the rules are not heard on (salvage.ts). */
  faults?: Faults;
}

export interface ReportOptions extends Omit<DiagnosticExtras, "path"> {
  part?: "key" | "value";
  /** Where the finding is shown, where that is not its data path's place (an empty cell of what is missing). */
  at?: DataPath;
}

export type Report = (code: string, message: string, doc: ParsedDocument, path: DataPath, options?: ReportOptions) => void;

/** A rule looks at the whole workspace and reports what it finds; it never throws on bad data. */
export type Rule = (workspace: Workspace, report: Report) => void;

/** Runs the rules and collects their findings. */
export function runRules(workspace: Workspace, rules: readonly Rule[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (code, message, doc, path, { at, part, ...extras } = {}) => {
    const range = doc.locate(at ?? path, part);
    diagnostics.push(makeDiagnostic(code, message, doc.file, range, { ...extras, path }));
  };
  for (const rule of rules) rule(workspace, report);
  return diagnostics;
}

/** A place in a file, for a diagnostic's `related` list ("first defined here"). */
export function placeOf(doc: ParsedDocument, path: DataPath, message: string) {
  const { line, column } = doc.locate(path, "value");
  return { file: doc.file, line, column, message };
}

/**
 * The data path of the `i`th id of the id list `key` of the action at `path`, as the source has it:
 * a list written as one id (`lead: MX`) has no index there. Asked for only to report the id.
 */
export function idPath(doc: ParsedDocument, path: DataPath, key: string, i: number): DataPath {
  return Array.isArray(valueAt(doc.value, [...path, key])) ? [...path, key, i] : [...path, key];
}

/** The group id, the theme and the ids at `objectives.*.actions.*.id` of a group file that failed the schema check. */
export function uncheckedIds(doc: ParsedDocument): { group: string | undefined; theme: string | undefined; actions: string[] } {
  const actions = asList(valueAt(doc.value, ["objectives"]))
    .flatMap((objective) => asList(valueAt(objective, ["actions"])))
    .map((action) => valueAt(action, ["id"]))
    .filter((id): id is string => typeof id === "string");
  return { group: stringAt(doc, "group"), theme: stringAt(doc, "theme"), actions };
}

/** The text at a top-level key of a file, if it is one. */
function stringAt(doc: ParsedDocument, key: string): string | undefined {
  const value = valueAt(doc.value, [key]);
  return typeof value === "string" ? value : undefined;
}

/**
 * Each action the rules can check, with its data path, in the plan's file order (`order`, the
 * group files as found): a salvaged action stands where its file does, so that which of two
 * actions with one id comes first does not change when a fault elsewhere in a file is fixed.
 */
export function actionsOf(groups: readonly GroupFile[], salvaged: readonly ActionAt[], order: readonly ParsedDocument[] = []): ActionAt[] {
  const actions: ActionAt[] = [];
  for (const file of groups) {
    file.group.objectives.forEach((objective, o) => {
      objective.actions.forEach((action, a) => actions.push({ doc: file.doc, action, path: ["objectives", o, "actions", a] }));
    });
  }
  if (salvaged.length === 0) return actions;
  const place = new Map(order.map((doc, i) => [doc, i]));
  const at = (doc: ParsedDocument) => place.get(doc) ?? order.length;
  // Both lists are in file order already, each file's actions together: a merge keeps that.
  const merged: ActionAt[] = [];
  let i = 0;
  for (const action of salvaged) {
    while (i < actions.length && at(actions[i]!.doc) <= at(action.doc)) merged.push(actions[i++]!);
    merged.push(action);
  }
  return merged.concat(actions.slice(i));
}

/** The actions of a file that failed the schema check which `parseAction` reads, whole or without their faults. */
export function salvageActions(doc: ParsedDocument, parseAction: (raw: unknown) => { action: Action; faults?: Faults } | undefined): ActionAt[] {
  return asList(valueAt(doc.value, ["objectives"])).flatMap((objective, o) =>
    asList(valueAt(objective, ["actions"])).flatMap((raw, a) => {
      const salvaged = parseAction(raw);
      return salvaged ? [{ doc, ...salvaged, path: ["objectives", o, "actions", a] }] : [];
    }),
  );
}

/** A raw value that should be a list: the list, or none. */
function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
