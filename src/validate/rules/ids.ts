import type { DataPath, ParsedDocument } from "../../parse/document.js";
import { valueAt } from "../schema-check.js";
import type { GroupFile, Rule } from "../workspace.js";
import { placeOf } from "../workspace.js";

interface Seen {
  doc: ParsedDocument;
  path: DataPath;
  /** What holds it, as a message names it: `group 'intelligence'`, `plan.yaml`. */
  holder: string;
}

/**
 * The names tools and people give a second copy of a file, and no other: a group file of its own may
 * well be `copy-editing.yaml` or `4-copia-de-seguridad.md`. A file `plan convert` read and left
 * beside its Markdown (`1-intelligence.yaml` beside `1-intelligence.md`) needs none: it sorts later.
 */
const COPY_NAMES: readonly RegExp[] = [
  // A browser's second download, and Windows' second copy: `1-intelligence (1).yaml`, `… - Copy (2).yaml`.
  / ?\(\d+\)\.[^.]+$/,
  // Windows' copy (`… - Copy.yaml`, Spanish `… - copia.yaml`) and macOS's (`… copy.yaml`, `… copy 2.yaml`).
  / (?:- )?(?:copy|copia)(?: \d+)?\.[^.]+$/i,
  // Google Drive's, as it writes them: `Copy of 1-intelligence.yaml`, `Copia de 1-intelligence.yaml`.
  /^(?:Copy of|Copia de) /,
  // Dropbox's: `… (Ana's conflicted copy 2026-11-30).yaml`, `… (copia en conflicto de Ana 2026-11-30).yaml`.
  / \([^()]*\b(?:conflicted copy|copia en conflicto)\b[^()]*\)\.[^.]+$/i,
];

/** Whether `file` (a path as diagnostics give it) is named as a copy of another file. */
function isNamedAsCopy(file: string): boolean {
  const name = file.slice(file.lastIndexOf("/") + 1);
  return COPY_NAMES.some((pattern) => pattern.test(name));
}

/**
 * Theme, group, objective and action ids each name one thing in the whole plan. Of two files of
 * one group, the one named as a copy is the one at fault, whatever the order of their names: it
 * gets the one error, and the ids it repeats of the other file are not each said again.
 */
export const checkDuplicateIds: Rule = (workspace, report) => {
  const { plan } = workspace;
  const copies = new Set(workspace.groups.filter((file) => isNamedAsCopy(file.doc.file)).map((file) => file.doc));
  const copiesLast = <T extends { doc: ParsedDocument }>(items: readonly T[]): readonly T[] =>
    copies.size === 0 ? items : [...items].sort((a, b) => Number(copies.has(a.doc)) - Number(copies.has(b.doc)));
  const groups = copiesLast(workspace.groups);
  /** Each file whose group id another file claimed first, and that file. */
  const copyOf = new Map<ParsedDocument, ParsedDocument>();
  // The other file by what it holds, not by its path: a path is relative to where plan ran, which a
  // CI annotation's reader does not know (the related place gives the file, as each report writes paths).
  const claim = (seen: Map<string, Seen>, kind: string, id: string, doc: ParsedDocument, path: DataPath, holder: string) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, { doc, path, holder });
      return;
    }
    if (copyOf.get(doc) === first.doc) return;
    // A copy of a group's file (`1-intelligence-v2.yaml`) holds the same group: `in group 'intelligence'` would read as this one.
    const where = first.doc === doc ? "earlier in this file" : first.holder === holder && first.holder.startsWith("group ") ? `in another file of ${holder}` : `in ${first.holder}`;
    report("duplicate-id", `${kind} id '${id}' is already used ${where}`, doc, path, {
      related: [placeOf(first.doc, first.path, `first ${kind} '${id}'`)],
    });
  };
  const themes = new Map<string, Seen>();
  if (plan) for (const [t, theme] of plan.manifest.themes.entries()) claim(themes, "theme", theme.id, plan.doc, ["themes", t, "id"], "plan.yaml");
  /** Each group id's first file: a later file of the same id is reportCopy's. */
  const groupFiles = new Map<string, GroupFile>();
  const objectives = new Map<string, Seen>();
  const holders = new Map<ParsedDocument, string>();
  for (const file of groups) {
    const holder = `group '${file.group.group}'`;
    holders.set(file.doc, holder);
    const original = groupFiles.get(file.group.group);
    if (original !== undefined) reportCopy(file, original);
    else groupFiles.set(file.group.group, file);
    for (const [o, objective] of file.group.objectives.entries()) claim(objectives, "objective", objective.id, file.doc, ["objectives", o, "id"], holder);
  }
  const actions = new Map<string, Seen>();
  for (const { doc, action, path } of copiesLast(workspace.actions)) claim(actions, "action", action.id, doc, [...path, "id"], holders.get(doc) ?? salvagedHolder(doc));

  /** `file` names the group `original` names: one error, at its group id, and none for the ids the two files share. */
  function reportCopy({ doc, group: copy }: GroupFile, { doc: original, group: first }: GroupFile): void {
    const { group } = first;
    copyOf.set(doc, original);
    // The groups as read, not the files' text: the YAML file `plan convert` leaves beside its Markdown
    // is the same group, though the Markdown writes its defaults out (`medium`, an empty Partners cell).
    const same = JSON.stringify(copy) === JSON.stringify(first);
    const message = same ? `this file holds the same group as another group file, word for word ('${group}')` : `group id '${group}' is already used in another group file`;
    const hint = same
      ? "Delete one of the two files: `plan convert` leaves the file it read in place, and a second download or a synced copy is often named `(1)` or `copy`."
      : "Give this group an id of its own; or, if one of the files is an older version of the other, delete it. The ids the two files share are checked once each group has its own id.";
    report("duplicate-id", message, doc, ["group"], { hint, related: [placeOf(original, ["group"], same ? "the file it repeats" : `first group '${group}'`)] });
  }
};

/** A group file at fault elsewhere, whose actions were salvaged: by the group its file names, if it names one. */
function salvagedHolder(doc: ParsedDocument): string {
  const group = valueAt(doc.value, ["group"]);
  return typeof group === "string" ? `group '${group}'` : "another group file";
}
