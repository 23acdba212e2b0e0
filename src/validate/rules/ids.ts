import type { DataPath, ParsedDocument } from "../../parse/document.js";
import type { Rule, Workspace } from "../workspace.js";
import { placeOf, uncheckedIds } from "../workspace.js";
import { clip } from "../../diagnostics/make.js";

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
  // GNOME Files' (Linux): `… (copy).yaml`, `… (another copy).yaml`, `… (3rd copy).yaml`; Spanish `… (copia).yaml`, `… (otra copia).yaml`.
  / \((?:[^()]* )?(?:copy|copia)\)\.[^.]+$/i,
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
 * gets the one error, and the ids it repeats of the other file are not each said again, though
 * either file failed the schema check elsewhere (its group id still says which group it holds).
 */
export const checkDuplicateIds: Rule = (workspace, report) => {
  const { plan } = workspace;
  const copies = new Set(workspace.order.filter((doc) => isNamedAsCopy(doc.file)));
  const copiesLast = <T extends { doc: ParsedDocument }>(items: readonly T[]): readonly T[] =>
    copies.size === 0 ? items : [...items].sort((a, b) => Number(copies.has(a.doc)) - Number(copies.has(b.doc)));
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
    report("duplicate-id", `${kind} id '${clip(id)}' is already used ${where}`, doc, path, {
      related: [placeOf(first.doc, first.path, `first ${kind} '${clip(id)}'`)],
    });
  };
  const themes = new Map<string, Seen>();
  if (plan) for (const [t, theme] of plan.manifest.themes.entries()) claim(themes, "theme", theme.id, plan.doc, ["themes", t, "id"], "plan.yaml");
  /** Each group id's first file: a later file of the same id is reportCopy's, whether or not either passed the schema check. */
  const groupFiles = new Map<string, NamedGroup>();
  const holders = new Map<ParsedDocument, string>();
  for (const file of copiesLast(namedGroups(workspace))) {
    if (file.id === undefined) continue;
    holders.set(file.doc, `group '${clip(file.id)}'`);
    const original = groupFiles.get(file.id);
    if (original !== undefined) reportCopy(file, original);
    else groupFiles.set(file.id, file);
  }
  const objectives = new Map<string, Seen>();
  for (const { doc, group } of copiesLast(workspace.groups)) {
    for (const [o, objective] of group.objectives.entries()) claim(objectives, "objective", objective.id, doc, ["objectives", o, "id"], `group '${clip(group.group)}'`);
  }
  const actions = new Map<string, Seen>();
  // A file that names no group (it failed the schema check there) holds salvaged actions all the same.
  for (const { doc, action, path } of copiesLast(workspace.actions)) claim(actions, "action", action.id, doc, [...path, "id"], holders.get(doc) ?? "another group file");

  /** `file` names the group `original` names: one error, at its group id, and none for the ids the two files share. */
  function reportCopy({ doc, read: copy }: NamedGroup, { doc: original, id: group, read: first }: NamedGroup): void {
    copyOf.set(doc, original);
    // The groups as read, not the files' text: the YAML file `plan convert` leaves beside its Markdown
    // is the same group, though the Markdown writes its defaults out (`medium`, an empty Partners cell).
    const same = JSON.stringify(copy) === JSON.stringify(first);
    const message = same ? `this file holds the same group as another group file, word for word ('${clip(String(group))}')` : `group id '${clip(String(group))}' is already used in another group file`;
    const hint = same
      ? "Delete one of the two files: `plan convert` leaves the file it read in place, and a second download or a synced copy is often named `(1)` or `copy`."
      : "Give this group an id of its own; or, if one of the files is an older version of the other, delete it. The ids the two files share are checked once each group has its own id.";
    report("duplicate-id", message, doc, ["group"], { hint, related: [placeOf(original, ["group"], same ? "the file it repeats" : `first group '${clip(String(group))}'`)] });
  }
};

/** A group file as the group ids see it, whether or not it passed the schema check. */
interface NamedGroup {
  doc: ParsedDocument;
  /** The group id it names: a file at fault elsewhere still names it. */
  id: string | undefined;
  /** The group as read; a file that failed the schema check, as parsed. */
  read: unknown;
}

/** Each group file, in the plan's file order, by the group id it names. */
function namedGroups(workspace: Workspace): NamedGroup[] {
  const checked = new Map(workspace.groups.map(({ doc, group }) => [doc, group]));
  return workspace.order.map((doc) => {
    const group = checked.get(doc);
    return group ? { doc, id: group.group, read: group } : { doc, id: uncheckedIds(doc).group, read: doc.value };
  });
}
