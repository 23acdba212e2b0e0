import { columnName } from "../../parse/markdown/vocabulary.js";
import type { Rule } from "../workspace.js";
import { uncheckedIds } from "../workspace.js";
import { clip } from "../../diagnostics/make.js";

/** What a matrix needs before the plenary: people, actions, leads, Protocol links. */
export const checkCompleteness: Rule = (workspace, report) => {
  const { plan, groups, unchecked } = workspace;
  for (const { doc, group } of groups) {
    // A Markdown matrix writes its group's details in its front matter: the hints say where.
    const markdown = doc.kind === "markdown";
    const facilitator = markdown ? { hint: "Add `facilitator: {name, organization}` to the front matter." } : {};
    const rapporteur = markdown ? { hint: "Add `rapporteur: {name, country}` to the front matter." } : {};
    if (!group.facilitator) report("missing-facilitator", `group '${clip(group.group)}' has no facilitator`, doc, ["group"], facilitator);
    if (!group.rapporteur) report("missing-rapporteur", `group '${clip(group.group)}' has no rapporteur`, doc, ["group"], rapporteur);
    // Its theme is covered, by a chapter with nothing in it: said, as an objective without actions is.
    if (group.objectives.length === 0) report("empty-group", `group '${clip(group.group)}' has no objectives`, doc, ["group"]);
    for (const [o, objective] of group.objectives.entries()) {
      if (objective.actions.length === 0) report("empty-objective", `objective ${clip(objective.id)} has no actions`, doc, ["objectives", o, "id"]);
    }
  }
  for (const { doc, action, path } of workspace.actions) {
    if (!action.lead || action.lead.length === 0) {
      // In a Markdown matrix, at the empty cell (the row's, where the table has no such column).
      const hint = doc.kind === "markdown" ? { hint: `Fill in the action's ${columnName("lead", doc.lang ?? "en")} cell with who leads it: a country code, ALL, or an organisation id.`, at: [...path, "lead"] } : {};
      report("missing-lead", `action ${clip(action.id)} has no lead`, doc, [...path, "id"], hint);
    }
    if (action.protocol.length === 0) {
      // The form, not two ids: copied as hinted, `SOM-6.1, SOM-10.4` named indicators the action may not serve.
      const hint = doc.kind === "markdown" ? { hint: `Fill in the action's ${columnName("protocol", doc.lang ?? "en")} cell with the ids of the compliance indicators it serves, commas between: \`SOM-<article>.<number>, …\`.`, at: [...path, "protocol"] } : {};
      report("missing-protocol", `action ${clip(action.id)} serves no Protocol compliance indicator`, doc, [...path, "id"], hint);
    }
  }
  if (!plan) return;
  const uncheckedThemes = unchecked.map((doc) => uncheckedIds(doc).theme);
  // A group file that could not be read, or whose theme could not be, may be the one covering a theme.
  if (workspace.incomplete || uncheckedThemes.includes(undefined)) return;
  const covered = new Set([...groups.map(({ group }) => group.theme), ...uncheckedThemes]);
  for (const [t, theme] of plan.manifest.themes.entries()) {
    if (!covered.has(theme.id)) report("uncovered-theme", `no group covers theme ${theme.number} '${clip(theme.id)}'`, plan.doc, ["themes", t, "id"]);
  }
};
