/**
 * The files of a new plan (`plan init`), filled from the templates in templates/init/. Pure: the
 * templates and the date come in as data, the files go out as a map from relative path to text.
 */
import { parse } from "yaml";
import { compareStrings } from "../../diagnostics/diagnostic.js";
import type { Rewritten } from "../group/convert.js";
import { otherLanguage, withoutAccents, type Lang } from "../../model/text.js";
import { formatJsonSchema, jsonSchemaOf, SCHEMA_KINDS, type EditorData } from "../schema/json-schema.js";

export interface InitTemplates {
  /** templates/init/files/, by relative path; a `dot-` segment stands for a leading dot (npm drops some dot files). */
  files: ReadonlyMap<string, string>;
  /** templates/init/group.yaml: the matrix of one working group. */
  group: string;
  /** templates/init/groups.yaml: per theme, the group's file name, id prefix and worked example. */
  groups: string;
}

export interface InitSettings {
  /** The plan's id: lowercase letters, digits and hyphens. */
  id: string;
  /** The first draft's date, YYYY-MM-DD; the plan period is the five years after its year. */
  date: string;
  /** The rcm-plan version writing the plan, which its CI workflow installs. */
  version: string;
  /** The plan's primary language, listed first in plan.yaml (English by default). */
  lang?: Lang;
  /**
   * The plan directory's path from the root of the git repository holding it, forward slashes;
   * empty or absent at the root or outside a repository. The CI workflow names it.
   */
  inRepository?: string;
  /** What the JSON Schemas offer an editor to complete: the built-in catalogue and the diagnostic codes. */
  editorData: EditorData;
}

interface GroupEntry {
  theme: string;
  file: string;
  prefix: string;
  protocol: string;
  objective: { en: string; es: string };
  action: { en: string; es: string };
}

interface ThemeEntry {
  id: string;
  number: number;
  title: { en: string; es: string };
}

/** Every file of the new plan, by path relative to the plan directory, in a stable order. */
export function planSkeleton(templates: InitTemplates, settings: InitSettings): Map<string, string> {
  const year = Number(settings.date.slice(0, 4));
  const primary = settings.lang ?? "en";
  const languages = [primary, otherLanguage(primary)].join(", ");
  const place = settings.inRepository ?? "";
  const values = {
    id: settings.id,
    date: settings.date,
    version: settings.version,
    languages,
    start: String(year + 1),
    second: String(year + 2),
    end: String(year + 5),
    ...workflowValues(place),
  };
  const files = new Map<string, string>();
  for (const [name, text] of templates.files) files.set(undot(name), fillTemplate(text, values));
  const themes = (parse(files.get("plan.yaml") ?? "") as { themes?: ThemeEntry[] } | null)?.themes ?? [];
  for (const group of parse(templates.groups) as GroupEntry[]) {
    const theme = themes.find((candidate) => candidate.id === group.theme);
    if (!theme) throw new Error(`templates/init/groups.yaml: theme ${group.theme} is not in plan.yaml`);
    const groupValues = {
      ...values,
      theme: group.theme,
      number: String(theme.number),
      "title.en": theme.title.en,
      "title.es": theme.title.es,
      prefix: group.prefix,
      protocol: group.protocol,
      "objective.en": group.objective.en,
      "objective.es": group.objective.es,
      "action.en": group.action.en,
      "action.es": group.action.es,
    };
    files.set(`groups/${group.file}.yaml`, fillTemplate(templates.group, groupValues));
  }
  for (const kind of SCHEMA_KINDS) files.set(`schemas/${kind}.schema.json`, formatJsonSchema(jsonSchemaOf(kind, settings.editorData)));
  return new Map([...files].sort(([a], [b]) => compareStrings(a, b)));
}

/**
 * The CI workflow's commands and artifact path for a plan at `place` from the repository's root,
 * where the workflow runs. A path of more than letters, digits and `_./-` is quoted for the shell
 * and the whole value for YAML (`@rcm/plan` would end a plain YAML scalar; `$` would be expanded).
 */
function workflowValues(place: string): Record<"validateRun" | "buildRun" | "draftsPath", string> {
  const simple = /^[\p{L}\p{N}_./-]*$/u.test(place);
  const arg = place === "" ? "" : ` ${simple ? place : `'${place.replace(/'/g, "'\\''")}'`}`;
  const yaml = (value: string) => (simple ? value : JSON.stringify(value));
  return { validateRun: yaml(`plan validate${arg} --format github`), buildRun: yaml(`plan build${arg}`), draftsPath: yaml(place === "" ? "drafts/" : `${place}/drafts/`) };
}

/** Replaces each `{{name}}`; a name without a value is a bug in the templates. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{([\w.]+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template value {{${name}}} is not defined`);
    return value;
  });
}

/** A plan id from a directory name: `Plan 2026` → `plan-2026`; `work-plan` when nothing is left. */
export function planIdFor(name: string): string {
  const id = withoutAccents(name).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return id === "" ? "work-plan" : id;
}

function undot(name: string): string {
  return name.split("/").map((segment) => (segment.startsWith("dot-") ? `.${segment.slice(4)}` : segment)).join("/");
}

/**
 * The skeleton with Markdown group files (`plan init --markdown`), converted from the YAML ones as
 * `plan convert` does, in the plan's primary language `lang`; the schema modeline has no place in
 * Markdown, so it goes with the YAML.
 */
export async function withMarkdownGroups(files: ReadonlyMap<string, string>, lang: Lang = "en"): Promise<Map<string, string>> {
  const { convertGroup } = await import("../group/convert.js");
  return rewriteFiles(files, /^groups\/.*\.yaml$/, async (name, text) => [name.replace(/\.yaml$/, ".md"), await convertGroup(name, text, "md", lang, lang)]);
}

/**
 * The skeleton's plan.yaml and YAML group files as `plan fmt` writes them (the templates' aligned
 * comments and long lines are not), so that a new plan passes `plan fmt --check`.
 */
export async function inCanonicalForm(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const { formatFile } = await import("../group/convert.js");
  return rewriteFiles(files, /^(plan|groups\/.*)\.yaml$/, async (name, text) => [name, await formatFile(name, text, name === "plan.yaml" ? "plan" : "group")]);
}

/** `files` with those whose name matches `pattern` rewritten, sorted by name. */
async function rewriteFiles(
  files: ReadonlyMap<string, string>,
  pattern: RegExp,
  rewrite: (name: string, text: string) => Promise<[string, Rewritten]>,
): Promise<Map<string, string>> {
  const rewritten = new Map<string, string>();
  for (const [name, text] of files) {
    if (!pattern.test(name)) {
      rewritten.set(name, text);
      continue;
    }
    const [newName, result] = await rewrite(name, text);
    if (result.text === undefined) throw new Error(`templates/init: ${name} cannot be rewritten as ${newName}: ${result.diagnostics.map((d) => d.message).join("; ")}`);
    rewritten.set(newName, result.text);
  }
  return new Map([...rewritten].sort(([a], [b]) => compareStrings(a, b)));
}
