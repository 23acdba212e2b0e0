import type { DataPath, ParsedDocument } from "../../parse/document.js";
import { valueAt } from "../schema-check.js";
import type { Rule } from "../workspace.js";
import { placeOf } from "../workspace.js";

interface Seen {
  doc: ParsedDocument;
  path: DataPath;
  /** What holds it, as a message names it: `group 'intelligence'`, `plan.yaml`. */
  holder: string;
}

/** Theme, group, objective and action ids each name one thing in the whole plan. */
export const checkDuplicateIds: Rule = (workspace, report) => {
  const { plan, groups } = workspace;
  // The other file by what it holds, not by its path: a path is relative to where plan ran, which a
  // CI annotation's reader does not know (the related place gives the file, as each report writes paths).
  const claim = (seen: Map<string, Seen>, kind: string, id: string, doc: ParsedDocument, path: DataPath, holder: string) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, { doc, path, holder });
      return;
    }
    // A copy of a group's file (`1-intelligence-v2.yaml`) holds the same group: `in group 'intelligence'` would read as this one.
    const where = first.doc === doc ? "earlier in this file" : first.holder === holder && first.holder.startsWith("group ") ? `in another file of ${holder}` : `in ${first.holder}`;
    report("duplicate-id", `${kind} id '${id}' is already used ${where}`, doc, path, {
      related: [placeOf(first.doc, first.path, `first ${kind} '${id}'`)],
    });
  };
  const themes = new Map<string, Seen>();
  if (plan) for (const [t, theme] of plan.manifest.themes.entries()) claim(themes, "theme", theme.id, plan.doc, ["themes", t, "id"], "plan.yaml");
  const groupIds = new Map<string, Seen>();
  const objectives = new Map<string, Seen>();
  const holders = new Map<ParsedDocument, string>();
  for (const file of groups) {
    const holder = `group '${file.group.group}'`;
    holders.set(file.doc, holder);
    claim(groupIds, "group", file.group.group, file.doc, ["group"], "another group file");
    for (const [o, objective] of file.group.objectives.entries()) claim(objectives, "objective", objective.id, file.doc, ["objectives", o, "id"], holder);
  }
  const actions = new Map<string, Seen>();
  for (const { doc, action, path } of workspace.actions) claim(actions, "action", action.id, doc, [...path, "id"], holders.get(doc) ?? salvagedHolder(doc));
};

/** A group file at fault elsewhere, whose actions were salvaged: by the group its file names, if it names one. */
function salvagedHolder(doc: ParsedDocument): string {
  const group = valueAt(doc.value, ["group"]);
  return typeof group === "string" ? `group '${group}'` : "another group file";
}
