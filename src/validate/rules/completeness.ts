import type { Rule } from "../workspace.js";
import { uncheckedIds } from "../workspace.js";

/** What a matrix needs before the plenary: people, actions, leads, Protocol links. */
export const checkCompleteness: Rule = (workspace, report) => {
  const { plan, groups, unchecked } = workspace;
  for (const { doc, group } of groups) {
    if (!group.facilitator) report("missing-facilitator", `group '${group.group}' has no facilitator`, doc, ["group"]);
    if (!group.rapporteur) report("missing-rapporteur", `group '${group.group}' has no rapporteur`, doc, ["group"]);
    for (const [o, objective] of group.objectives.entries()) {
      if (objective.actions.length === 0) report("empty-objective", `objective ${objective.id} has no actions`, doc, ["objectives", o, "id"]);
    }
  }
  for (const { doc, action, path } of workspace.actions) {
    if (!action.lead || action.lead.length === 0) report("missing-lead", `action ${action.id} has no lead`, doc, [...path, "id"]);
    if (action.protocol.length === 0) report("missing-protocol", `action ${action.id} serves no Protocol compliance indicator`, doc, [...path, "id"]);
  }
  if (!plan) return;
  const uncheckedThemes = unchecked.map((doc) => uncheckedIds(doc).theme);
  // A group file that could not be read, or whose theme could not be, may be the one covering a theme.
  if (workspace.incomplete || uncheckedThemes.includes(undefined)) return;
  const covered = new Set([...groups.map(({ group }) => group.theme), ...uncheckedThemes]);
  for (const [t, theme] of plan.manifest.themes.entries()) {
    if (!covered.has(theme.id)) report("uncovered-theme", `no group covers theme ${theme.number} '${theme.id}'`, plan.doc, ["themes", t, "id"]);
  }
};
