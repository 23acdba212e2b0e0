import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { NarrativeSection, PlanModel } from "../model/plan-model.js";
import type { PlanManifest } from "../model/schema.js";
import { LANGUAGES } from "../model/text.js";
import type { NarrativeSource, PlanSources } from "../validate/sources.js";
import { participatingCountries } from "../validate/rules/parties.js";
import type { Workspace } from "../validate/workspace.js";
import { protocolCoverage, responsibilities, timeline } from "./annexes.js";
import { duplicateDiagnostics, duplicatePairs, likelyDuplicates } from "./duplicates.js";
import { inNfc } from "./nfc.js";
import { usedReference } from "./reference.js";
import { allActions, mergeGroups, mergeThemes, optional, planPathFrom, type PlanPath } from "./themes.js";

export interface Merge {
  /** Undefined when plan.yaml itself could not be read: there is nothing to merge into. */
  value: PlanModel | undefined;
  diagnostics: Diagnostic[];
}

/**
 * The validated groups as one plan: themes in number order, each theme's objectives and actions in
 * the order the group files give them, numbered theme.objective.action, with the annexes computed.
 */
export function mergePlan(workspace: Workspace, sources: Pick<PlanSources, "root" | "narrative">, cwd: string): Merge {
  const plan = workspace.plan;
  if (!plan) return { value: undefined, diagnostics: [] };
  const { manifest } = plan;
  const local = planPathFrom(sources.root, cwd);
  const themes = mergeThemes(manifest, workspace.groups, local);
  const groups = mergeGroups(workspace.groups, themes, local);
  const actions = allActions(themes);
  const countries = participatingCountries(workspace);
  const primary = manifest.languages[0] ?? "en";
  const alike = likelyDuplicates(actions, primary);
  const model: PlanModel = {
    id: manifest.id,
    title: manifest.title,
    ...optional("network", manifest.network),
    draft: manifest.draft,
    status: manifest.status,
    date: manifest.date,
    period: manifest.period,
    languages: manifest.languages,
    countries,
    themes,
    groups,
    narrative: narrativeSections(manifest, sources.narrative, local),
    reference: usedReference(workspace.reference, countries, actions, groups),
    annexes: {
      duplicates: duplicatePairs(alike),
      ...protocolCoverage(actions, workspace.reference),
      responsibilities: responsibilities(actions, countries, workspace.reference),
      timeline: timeline(actions),
    },
  };
  return { value: inNfc(model), diagnostics: duplicateDiagnostics(alike, workspace.groups) };
}

/** plan.yaml's narrative entries, in order, with the text of each language's file. */
function narrativeSections(manifest: PlanManifest, sources: readonly NarrativeSource[], local: PlanPath): NarrativeSection[] {
  const primary = manifest.languages[0] ?? "en";
  return manifest.narrative.map((_, index) => {
    const section: NarrativeSection = { markdown: {}, files: {} };
    for (const source of sources.filter((s) => s.index === index && s.text !== undefined)) {
      const lang = source.lang ?? primary;
      // As git's autocrlf checks it out on Windows or not: the model, and so the JSON draft, is the same.
      section.markdown[lang] = source.text!.replace(/\r\n?/g, "\n");
      section.files[lang] = local(source.file);
    }
    return section;
  }).filter((section) => LANGUAGES.some((lang) => section.markdown[lang] !== undefined));
}
