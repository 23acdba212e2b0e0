import { promises as fs } from "node:fs";
import path from "node:path";
import { Option, type Command } from "commander";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { plural } from "../../diagnostics/formatters/stylish.js";
import { groupFilesIn, manifestHintsIn, UsageError } from "../../io/load-plan.js";
import { displayPath, readSource } from "../../io/read-source.js";
import type { Lang } from "../../model/text.js";
import { isRecord } from "../../model/values.js";
import { builtInEditorData } from "./schema.js";
import { parseSource } from "../../parse/parse-source.js";
import { uncheckedIds } from "../../validate/workspace.js";
import { readTemplateTree, TEMPLATES_DIR } from "../../io/template-files.js";
import { EXIT, type Io } from "../io.js";
import { VERSION } from "../version.js";
import type { CommandState } from "./index.js";

interface InitOptions {
  force?: boolean;
  markdown?: boolean;
  lang: Lang;
}

export function registerInit(program: Command, io: Io, state: CommandState): void {
  program
    .command("init")
    .description("start a new plan: plan.yaml, a group file per theme, a narrative, CI and editor settings")
    .argument("[dir]", "where to create the plan", ".")
    .option("--markdown", "write the group files in Markdown instead of YAML")
    .addOption(new Option("--lang <lang>", "the plan's primary language: first in plan.yaml, and the Markdown matrices'").choices(["en", "es"]).default("en"))
    .option("--force", "add the missing files to a directory that is not empty (never overwrites a file)")
    .action(async (dir: string, options: InitOptions) => {
      const target = path.resolve(io.cwd, dir);
      await checkTarget(target, dir, options.force === true);
      const repository = await repositoryAbove(target, io.env.HOME);
      const { inCanonicalForm, planIdFor, planSkeleton, withMarkdownGroups } = await import("../../render/init/skeleton.js");
      const templates = path.join(TEMPLATES_DIR, "init");
      const skeleton = planSkeleton(
        {
          files: await readTemplateTree(path.join(templates, "files")),
          group: await fs.readFile(path.join(templates, "group.yaml"), "utf8"),
          groups: await fs.readFile(path.join(templates, "groups.yaml"), "utf8"),
        },
        { id: planIdFor(path.basename(target)), date: today(io.env), version: VERSION, lang: options.lang, inRepository: repository?.place, editorData: builtInEditorData() },
      );
      const files = await inCanonicalForm(options.markdown ? await withMarkdownGroups(skeleton, options.lang) : skeleton);
      const written: string[] = [];
      const skipped: string[] = [];
      const byTheme = await groupFilesByTheme(target);
      const themes = await themesOfPlanIn(target);
      const left: string[] = [];
      for (const [name, text] of files) {
        const file = path.join(target, name);
        const there = await existingFileFor(target, name, text, byTheme);
        const theme = themes && name.startsWith("groups/") ? await themeOf(name, text) : undefined;
        if (there !== undefined) skipped.push(there === name ? name : `${name} (${there} is that group's file)`);
        // A plan that has retired a theme is not given its matrix back: validate would say its theme is unknown.
        else if (theme !== undefined && !themes!.has(theme)) left.push(`${name} (plan.yaml has no theme ${theme})`);
        else {
          await writeFileAtomic(file, text);
          written.push(name);
        }
      }
      io.stdout.write(report(displayPath(io.cwd, target), written, skipped, left));
      if (repository && written.includes(WORKFLOW)) {
        const root = displayPath(io.cwd, repository.root);
        io.stdout.write(`note: GitHub runs only the workflows at the root of the repository (${root}): move ${displayPath(io.cwd, path.join(target, WORKFLOW))} to ${displayPath(io.cwd, path.join(repository.root, WORKFLOW))}; it validates and builds ${repository.place}\n`);
      }
      const settings = files.get(EDITOR_SETTINGS);
      if (repository && settings !== undefined && written.includes(EDITOR_SETTINGS)) {
        const folder = shellWord(displayPath(io.cwd, target));
        io.stdout.write(`note: VS Code reads .vscode/ (these settings and tasks) in the folder it opens: open ${folder} as the folder, or put these in ${shellWord(displayPath(io.cwd, path.join(repository.root, EDITOR_SETTINGS)))}: ${schemasFromRoot(settings, repository.place)}\n`);
      }
      state.exitCode = EXIT.ok;
    });
}

const GROUP_EXTENSIONS = [".yaml", ".yml", ".md"];
const WORKFLOW = ".github/workflows/plan.yml";
const EDITOR_SETTINGS = ".vscode/settings.json";

/**
 * The editor settings' schema mappings as the repository's root names them: `"yaml.schemas":
 * {"./plans/p/schemas/plan.schema.json": "plans/p/plan.yaml", …}`, for a repository opened at its root.
 */
function schemasFromRoot(settings: string, place: string): string {
  const schemas = (JSON.parse(settings) as { "yaml.schemas": Record<string, string | string[]> })["yaml.schemas"];
  const fromRoot = Object.entries(schemas).map(([schema, files]) => [
    `./${place}/${schema.replace(/^\.\//, "")}`,
    typeof files === "string" ? `${place}/${files}` : files.map((file) => `${place}/${file}`),
  ]);
  return `"yaml.schemas": ${JSON.stringify(Object.fromEntries(fromRoot))}`;
}

/**
 * The git repository the plan directory is below, if any (not at its root): its root, and the
 * plan's path from there, which the CI workflow names, as it runs at the root. One at or above
 * the home directory (dotfiles kept in git) is no plan's repository.
 */
async function repositoryAbove(target: string, home: string | undefined): Promise<{ root: string; place: string } | undefined> {
  let dir = target;
  for (;;) {
    if (home !== undefined && dir === path.resolve(home)) return undefined;
    if (await fs.lstat(path.join(dir, ".git")).catch(() => undefined)) {
      return dir === target ? undefined : { root: dir, place: path.relative(dir, target).split(path.sep).join("/") };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The file already in `target` that stands for `name`: the file itself, or, for a group file, the
 * same group in the other form (`--force --markdown` on a YAML plan must not add a second matrix
 * per theme, whose every id would be a duplicate) or under another name (`byTheme`).
 */
async function existingFileFor(target: string, name: string, text: string, byTheme: ReadonlyMap<string, string>): Promise<string | undefined> {
  const extension = path.extname(name);
  const isGroup = name.startsWith("groups/") && GROUP_EXTENSIONS.includes(extension);
  const twins = isGroup ? [name, ...GROUP_EXTENSIONS.filter((other) => other !== extension).map((other) => name.slice(0, -extension.length) + other)] : [name];
  for (const candidate of twins) if (await fs.lstat(path.join(target, candidate)).catch(() => undefined)) return candidate;
  const theme = isGroup ? await themeOf(name, text) : undefined;
  return theme === undefined ? undefined : byTheme.get(theme);
}

/** The plan's group files already in `target`, by the theme each names. */
async function groupFilesByTheme(target: string): Promise<Map<string, string>> {
  const byTheme = new Map<string, string>();
  for (const file of await groupFilesIn(target)) {
    const source = readSource(path.join(target, file), target, file);
    const theme = source.text === undefined ? undefined : await themeOf(file, source.text);
    if (theme !== undefined && !byTheme.has(theme)) byTheme.set(theme, file);
  }
  return byTheme;
}

/** The theme ids of the plan.yaml already in `target`, read leniently; undefined where there is none, or it names no theme. */
async function themesOfPlanIn(target: string): Promise<Set<string> | undefined> {
  const { themes } = await manifestHintsIn(target);
  if (!Array.isArray(themes)) return undefined;
  const ids = themes.flatMap((theme) => (isRecord(theme) && typeof theme.id === "string" ? [theme.id] : []));
  return ids.length > 0 ? new Set(ids) : undefined;
}

/** The theme a group file names, if it can be read. */
async function themeOf(file: string, text: string): Promise<string | undefined> {
  const doc = await parseSource(file, text).catch(() => undefined);
  return doc ? uncheckedIds(doc).theme : undefined;
}

/** A new plan goes into an empty or new directory; --force lets it fill the gaps of a non-empty one. */
async function checkTarget(target: string, dir: string, force: boolean): Promise<void> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (!stat) return;
  if (!stat.isDirectory()) throw new UsageError(`${dir} exists and is not a directory`);
  // A repository made for the plan (`git init`) holds only .git: that is empty enough.
  if (!force && (await fs.readdir(target)).some((name) => name !== ".git")) {
    throw new UsageError(`${dir} is not empty; use --force to add the files it lacks (existing files are never overwritten)`);
  }
}

/** The first draft's date: SOURCE_DATE_EPOCH (seconds, for reproducible output) or today, in UTC. */
function today(env: Io["env"]): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && !/^\d+$/.test(epoch)) throw new UsageError("SOURCE_DATE_EPOCH must be a number of seconds");
  const date = epoch === undefined ? new Date() : new Date(Number(epoch) * 1000);
  // A date plan.yaml can hold (YYYY-MM-DD): new Date gives up past the year 275760, and toISOString writes +010000 past 9999.
  if (!(date.getUTCFullYear() <= 9999)) throw new UsageError("SOURCE_DATE_EPOCH must be a number of seconds before the year 10000");
  return date.toISOString().slice(0, 10);
}

/** A path as a shell word: as it is where it needs no quotes, else in double quotes. */
function shellWord(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : JSON.stringify(text);
}

function report(where: string, written: readonly string[], skipped: readonly string[], left: readonly string[]): string {
  const lines = [`new plan in ${where}: ${plural(written.length, "file")} written`, ...written.map((name) => `  ${name}`)];
  if (skipped.length > 0) lines.push(`${plural(skipped.length, "file")} already there, left as they were:`, ...skipped.map((name) => `  ${name}`));
  if (left.length > 0) lines.push(`${plural(left.length, "group file")} not written, for a theme the plan does not have:`, ...left.map((name) => `  ${name}`));
  const argument = where === "." ? "" : ` ${shellWord(where)}`;
  lines.push(`next: fill in the group files, then run \`plan validate${argument}\``);
  return lines.join("\n") + "\n";
}
