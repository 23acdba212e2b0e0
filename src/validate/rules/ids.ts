import type { DataPath, ParsedDocument } from "../../parse/document.js";
import type { Rule } from "../workspace.js";
import { placeOf } from "../workspace.js";

interface Seen {
  doc: ParsedDocument;
  path: DataPath;
}

/** Theme, group, objective and action ids each name one thing in the whole plan. */
export const checkDuplicateIds: Rule = (workspace, report) => {
  const { plan, groups } = workspace;
  const claim = (seen: Map<string, Seen>, kind: string, id: string, doc: ParsedDocument, path: DataPath) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, { doc, path });
      return;
    }
    const where = first.doc === doc ? "earlier in this file" : `in ${first.doc.file}`;
    report("duplicate-id", `${kind} id '${id}' is already used ${where}`, doc, path, {
      related: [placeOf(first.doc, first.path, `first ${kind} '${id}'`)],
    });
  };
  const themes = new Map<string, Seen>();
  if (plan) for (const [t, theme] of plan.manifest.themes.entries()) claim(themes, "theme", theme.id, plan.doc, ["themes", t, "id"]);
  const groupIds = new Map<string, Seen>();
  const objectives = new Map<string, Seen>();
  for (const file of groups) {
    claim(groupIds, "group", file.group.group, file.doc, ["group"]);
    for (const [o, objective] of file.group.objectives.entries()) claim(objectives, "objective", objective.id, file.doc, ["objectives", o, "id"]);
  }
  const actions = new Map<string, Seen>();
  for (const { doc, action, path } of workspace.actions) claim(actions, "action", action.id, doc, [...path, "id"]);
};
