import path from "node:path";
import { displayPath } from "../io/read-source.js";
import type { ActionModel, GroupModel, SourceRef, ThemeModel } from "../model/plan-model.js";
import type { Action, PlanManifest } from "../model/schema.js";
import type { DataPath } from "../parse/document.js";
import type { GroupFile } from "../validate/workspace.js";

/** A file name as the drafts show it: relative to the plan directory, whatever the working directory. */
export type PlanPath = (file: string) => string;

/**
 * `plans/x/groups/a.yaml` -> `groups/a.yaml`: a file as the working directory `cwd` names it, as
 * the plan directory `root` does. The drafts name files so, wherever `plan build` was run from.
 */
export function planPathFrom(root: string, cwd: string): PlanPath {
  return (file) => displayPath(root, path.resolve(cwd, file));
}

/** Where a data path of a group file starts, as a SourceRef. */
function sourceOf(file: GroupFile, path: DataPath, local: PlanPath): SourceRef {
  return { group: file.group.group, file: local(file.doc.file), line: file.doc.locate(path).line };
}

/** The themes in number order (plan.yaml order for equal numbers), with their groups' objectives and actions. */
export function mergeThemes(manifest: PlanManifest, groups: readonly GroupFile[], local: PlanPath): ThemeModel[] {
  const themes = manifest.themes
    .map((theme, index) => ({ theme, index }))
    .sort((a, b) => a.theme.number - b.theme.number || a.index - b.index)
    .map(({ theme }) => theme);
  return themes.map((theme) => {
    const files = groups.filter((file) => file.group.theme === theme.id);
    const model: ThemeModel = {
      id: theme.id, number: theme.number, title: theme.title, ...optional("summary", theme.summary), groups: files.map((file) => file.group.group), objectives: [],
    };
    for (const file of files) {
      for (const [o, objective] of file.group.objectives.entries()) {
        const number = `${theme.number}.${model.objectives.length + 1}`;
        const path = ["objectives", o];
        const actions = objective.actions.map((action, a) => mergeAction(action, {
          number: `${number}.${a + 1}`, themeId: theme.id, objectiveId: objective.id, source: sourceOf(file, [...path, "actions", a], local),
        }));
        model.objectives.push({
          id: objective.id, number, title: objective.title, ...optional("description", objective.description), actions, source: sourceOf(file, path, local),
        });
      }
    }
    return model;
  });
}

type Placement = Pick<ActionModel, "number" | "themeId" | "objectiveId" | "source">;

function mergeAction(action: Action, placement: Placement): ActionModel {
  const merged: ActionModel = {
    id: action.id,
    number: placement.number,
    themeId: placement.themeId,
    objectiveId: placement.objectiveId,
    title: action.title,
    ...optional("description", action.description),
    lead: action.lead ?? [],
    partners: action.partners,
    timeframe: action.timeframe,
    priority: action.priority,
    protocol: action.protocol,
    indicators: action.indicators,
    outputs: action.outputs ?? [],
    related: action.related ?? [],
    ...optional("notes", action.notes),
    source: placement.source,
  };
  return merged;
}

/** The working groups, in the themes' order (a theme's groups in file order), as the sources annex shows them. */
export function mergeGroups(groups: readonly GroupFile[], themes: readonly ThemeModel[], local: PlanPath): GroupModel[] {
  const rank = new Map(themes.map((theme, index) => [theme.id, index]));
  const byTheme = (file: GroupFile) => rank.get(file.group.theme) ?? themes.length;
  return [...groups].sort((a, b) => byTheme(a) - byTheme(b)).map(({ doc, group }) => {
    const model: GroupModel = {
      id: group.group, themeId: group.theme, ...optional("facilitator", group.facilitator), ...optional("rapporteur", group.rapporteur),
      participants: group.participants, file: local(doc.file),
    };
    return model;
  });
}

/** `{key: value}` when there is a value, `{}` otherwise: optional keys stay in declaration order in the JSON draft. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Every action of the merged plan, in plan order (theme, objective, action). */
export function allActions(themes: readonly ThemeModel[]): ActionModel[] {
  return themes.flatMap((theme) => theme.objectives.flatMap((objective) => objective.actions));
}
