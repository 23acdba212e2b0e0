import { statSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { START_OF_FILE } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import { DEFAULT_GROUP_PATTERN, YEARS } from "../model/fields.js";
import type { Organization } from "../model/reference.js";
import type { Lang } from "../model/text.js";
import type { Period } from "../model/timeframe.js";
import { LANGUAGES } from "../model/text.js";
import { isRecord } from "../model/values.js";
import type { ParsedDocument } from "../parse/document.js";
import { checkNarrative } from "../parse/narrative/check.js";
import { isMarkdownFile, parseSource, parseYamlSource, type ParseOptions } from "../parse/parse-source.js";
import type { ReadAt } from "../parse/zip-entries.js";
import type { NarrativeSource, PlanSources } from "../validate/sources.js";
import { withExistingFile } from "./existing-file.js";
import { expandGlobs, patternFolder, planPattern, savedAsOther, type Expanded } from "./glob.js";
import { displayPath, readSource, realPathOf, statIfAny } from "./read-source.js";
import { describeReason } from "./system-error.js";

export const MANIFEST = "plan.yaml";
export const DEFAULT_GROUPS = [DEFAULT_GROUP_PATTERN];

/** A usage or I/O problem that stops the command (exit 2), as opposed to findings in files. */
export class UsageError extends Error {}

export interface ManifestHints {
  groups?: unknown;
  languages?: unknown;
  organizations?: unknown;
  indicators?: unknown;
  narrative?: unknown;
  period?: unknown;
  themes?: unknown;
}

/** Reads a plan directory: plan.yaml, its group files, its indicators file and its narrative. */
export async function loadPlanSources(dir: string, cwd: string, options: ParseOptions = {}): Promise<PlanSources> {
  const root = path.resolve(cwd, dir);
  const stat = statIfAny(root);
  if (stat?.isFile()) {
    const above = planDirAbove(root);
    const which = above === undefined ? "" : ` (${displayPath(cwd, above)})`;
    throw new UsageError(`${dir} is a file; name the plan directory, the one holding ${MANIFEST}${which}`);
  }
  if (!stat?.isDirectory()) throw new UsageError(`no such directory: ${dir}`);
  const manifestPath = path.join(root, MANIFEST);
  if (!statIfAny(manifestPath)) throw new UsageError(noManifest(dir, root, cwd));
  const diagnostics: Diagnostic[] = [];
  const realRoot = realPathOf(root);
  // Each file is shown two or three times: worked out once (path.join and path.relative walk the whole path).
  const shown = new Map<string, string>();
  const show = (relative: string) => {
    let display = shown.get(relative);
    if (display === undefined) shown.set(relative, (display = displayPath(cwd, path.join(root, relative))));
    return display;
  };
  const read = async (relative: string, parse: Parser) => {
    const display = show(relative);
    const source = readSource(path.join(root, relative), root, display, realRoot);
    if (source.diagnostics) {
      diagnostics.push(...source.diagnostics);
      return undefined;
    }
    return parseGuarded(display, source.text, parse, diagnostics);
  };

  const manifest = await read(MANIFEST, parseYamlSource);
  const hints = (isRecord(manifest?.value) ? manifest.value : {}) as ManifestHints;
  const patterns = patternsOf(hints.groups);
  const outside = patterns.filter((pattern) => leavesRoot(pattern));
  patterns.forEach((pattern, index) => {
    if (!manifest || !outside.includes(pattern)) return;
    const at = Array.isArray(hints.groups) ? ["groups", index] : ["groups"];
    const message = `the pattern ${pattern} leads outside the plan directory; group files are looked for only inside it`;
    diagnostics.push(makeDiagnostic("outside-plan", message, manifest.file, manifest.locate(at), { path: at, hint: "Move the group files into the plan directory, and name them relative to plan.yaml." }));
  });
  const { files: groupFiles, unlisted, missed } = groupFilesOf(root, patterns);
  // A folder of group files that cannot be listed hides them: said as its files would be, and the plan checked as one missing them.
  for (const { dir, code } of unlisted) diagnostics.push(makeDiagnostic("unreadable-file", `the folder cannot be listed: ${describeReason(code) ?? code}`, show(dir), START_OF_FILE));
  // A folder's README (shown on its page by GitHub and GitLab) is never a group; nor is a draft built there.
  const drafts = await draftsAmong(root, missed);
  for (const file of missed) if (!README.test(path.posix.basename(file)) && !drafts.has(file)) diagnostics.push(unmatchedGroupFile(show(file), file, patterns));
  if (groupFiles.length === 0 && unlisted.length === 0 && outside.length === 0 && manifest) {
    diagnostics.push(makeDiagnostic("no-groups", `no file matches ${patterns.join(", ")}`, manifest.file, manifest.locate(["groups"]), { path: ["groups"], hint: bracketsHint(patterns) }));
  }
  const parseOptions = { ...options, primaryLanguage: primaryLanguageOf(hints.languages), organizations: planOrganizationsOf(hints.organizations), period: planPeriodOf(hints.period) };
  const parsed = await Promise.all(groupFiles.map((file) => read(file, (name, text) => parseSource(name, text, parseOptions))));
  const groups = parsed.filter((doc) => doc !== undefined);
  // A pattern leading outside names group files too, whose ids and themes are then unknown.
  const unreadGroups = [...groupFiles.filter((_, i) => parsed[i] === undefined).map(show), ...unlisted.map(({ dir }) => show(dir)), ...outside];

  let indicators: ParsedDocument | undefined;
  if (typeof hints.indicators === "string") {
    indicators = await readNamed(hints.indicators, ["indicators"], (file) => read(file, parseYamlSource));
  }
  const narrative: NarrativeSource[] = [];
  const unreadNarrative: string[] = [];
  if (Array.isArray(hints.narrative)) {
    for (const [index, entry] of hints.narrative.entries()) {
      for (const [lang, file] of narrativeFiles(entry)) {
        const text = await readNamed(file, ["narrative", index, ...(lang ? [lang] : [])], async (name) => readNarrative(name));
        narrative.push({ index, lang, file: show(file), text });
      }
    }
  }
  const checked = [show(MANIFEST), ...groupFiles.map(show), ...(indicators ? [indicators.file] : []), ...narrative.map((n) => n.file)];
  return { root, manifest, groups, unreadGroups, groupPatterns: patterns, indicators, narrative, unreadNarrative, diagnostics, files: checked.length, checked };

  /** A narrative file's text, checked; none where it cannot be read, or nests too deeply for the drafts to be written with it. */
  function readNarrative(relative: string): string | undefined {
    const display = show(relative);
    const source = readSource(path.join(root, relative), root, display, realRoot);
    const check = source.text === undefined ? { diagnostics: source.diagnostics, tooDeep: false } : checkNarrative(display, source.text);
    for (const diagnostic of check.diagnostics) diagnostics.push(diagnostic);
    if (source.text !== undefined && !check.tooDeep) return source.text;
    unreadNarrative.push(display);
    return undefined;
  }

  /** Reads a file plan.yaml names, or reports at the name that it is missing. */
  async function readNamed<T>(relative: string, at: (string | number)[], reader: (file: string) => Promise<T | undefined>) {
    const where = manifest ? manifest.locate(at) : START_OF_FILE;
    const report = (code: string, message: string, hint?: string) => diagnostics.push(makeDiagnostic(code, message, manifest?.file ?? show(MANIFEST), where, { path: at, hint }));
    // Said at the name in plan.yaml, where the fix is: the file itself is not the plan's to report on.
    if (leavesRoot(relative)) {
      report("outside-plan", `${relative} is outside the plan directory; it was not read`, "Name a file inside the plan directory, relative to plan.yaml.");
      return undefined;
    }
    if (isMissing(path.join(root, relative))) {
      report("missing-file", `${relative} does not exist`);
      return undefined;
    }
    return reader(relative);
  }

  function leavesRoot(relative: string): boolean {
    const inside = path.relative(root, path.resolve(root, relative));
    return inside === ".." || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside);
  }
}

/**
 * What a command says of a directory `dir` (at `root`) that holds no plan.yaml: where the plan is,
 * when run from one of its folders (groups/), else how one is made. `or` is another way the command takes.
 */
export function noManifest(dir: string, root: string, cwd: string, or?: string): string {
  const above = planDirAbove(root);
  const advice = above === undefined ? "is this a plan directory? (`plan init` makes one)" : `the plan directory above it is ${displayPath(cwd, above)}`;
  return `no ${MANIFEST} in ${dir}; ${advice}${or === undefined ? "" : `; or ${or}`}`;
}

/**
 * The hint for patterns that find no file where one holds a shell's brackets (`groups/[*.yaml`,
 * `groups/[0-9]-*.yaml`), which plan's patterns read as themselves; undefined where none does.
 */
function bracketsHint(patterns: readonly string[]): string | undefined {
  const bracketed = patterns.find((pattern) => /[[\]]/.test(pattern));
  if (bracketed === undefined) return undefined;
  // A stray bracket is a slip, whose pattern without it is meant; a class names files another way.
  const fix = /\[[^\]/]+\]/.test(bracketed) ? "name the files with those" : `write ${bracketed.replace(/[[\]]/g, "")}`;
  return `A pattern takes *, **, ? and {yaml,md}, and reads [ and ] as themselves: ${fix}.`;
}

/** A parser that throws has a bug; the file gets an internal-error and the other files are still checked. */
type Parser = (file: string, text: string) => ParsedDocument | Promise<ParsedDocument>;

async function parseGuarded(file: string, text: string, parse: Parser, diagnostics: Diagnostic[]): Promise<ParsedDocument | undefined> {
  try {
    return await parse(file, text);
  } catch (error) {
    const message = `reading this file failed: ${error instanceof Error ? error.message : String(error)}`;
    diagnostics.push(makeDiagnostic("internal-error", message, file, START_OF_FILE));
    return undefined;
  }
}

/** The group files `patterns` match in the plan directory `root`, as sorted relative paths. */
export function groupFilesOf(root: string, patterns: readonly string[]): Expanded {
  const { files, unlisted, missed } = expandGlobs(root, patterns);
  return { files: files.filter((file) => file !== MANIFEST), unlisted, missed };
}

const README = /^readme\.(?:md|markdown)(?:\.txt)?$/i;

/**
 * The drafts plan build wrote into the groups folder among `files` (`--out groups/drafts`, or
 * `--out groups` where the patterns read only YAML), which build allowed as no group files: not
 * groups left out. A Markdown draft ends with its seal; a Word draft names plan its creator, also
 * once saved in Word. Their modules (node:crypto with the seal's) are loaded only where there is one to tell.
 */
export async function draftsAmong(root: string, files: readonly string[]): Promise<Set<string>> {
  const markdown = files.filter(isMarkdownFile);
  const word = files.filter((file) => /\.docx$/i.test(file));
  const drafts = new Set<string>();
  const keep = (file: string, isDraft: (readAt: ReadAt, size: number) => boolean) => {
    try {
      if (withExistingFile(path.join(root, file), isDraft)) drafts.add(file);
    } catch {
      // Unreadable: said as a group file left out, which reading it would tell more of.
    }
  };
  if (markdown.length > 0) {
    const { endsWithDraftSeal } = await import("../render/markdown/seal.js");
    for (const file of markdown) keep(file, endsWithDraftSeal);
  }
  if (word.length > 0) {
    const { docxOriginAt } = await import("../render/docx/provenance.js");
    // A damaged file tells nobody's name: said as any Word file left there.
    for (const file of word) keep(file, (readAt, size) => ["plan", "saved"].includes(docxOriginAt(readAt, size).kind));
  }
  return drafts;
}

/**
 * A plan file among the group files that no `groups` pattern reads (Expanded.missed): its group's
 * actions are missing from the drafts, and CI would pass without it. The hint says what would have
 * it read where it is: a file in the pattern's own folder is named otherwise than the pattern
 * names group files, where one below it is to be moved up, or a pattern added for its kind.
 */
function unmatchedGroupFile(file: string, relative: string, patterns: readonly string[]): Diagnostic {
  const kind = savedAsOther(relative);
  if (kind !== undefined) {
    const message = `this file is not read as a group: it is ${kind} (${path.posix.extname(relative).toLowerCase()}), and a group file is YAML or Markdown`;
    const hint = "Copy its matrix into the group's YAML or Markdown file (`plan init --markdown` writes the Markdown table a matrix takes); or, if it is no group file, keep it outside the groups folder.";
    return makeDiagnostic("unmatched-group-file", message, file, START_OF_FILE, { hint });
  }
  const message = `this file is not read as a group: no pattern of plan.yaml's groups (${patterns.join(", ")}) matches it`;
  const folder = path.posix.dirname(relative);
  const base = patterns.map(patternFolder).filter((each) => each !== "" && relative.startsWith(`${each}/`)).sort((a, b) => b.length - a.length)[0] ?? folder;
  const kept = "a file kept there on purpose, such as an old version, is better kept outside the groups folder.";
  const read = (name: string) => patterns.some((pattern) => planPattern(pattern).test(name));
  // Notepad saves `x.md` as `x.md.txt` unless "All files" is chosen as the type.
  const saved = /\.txt$/i.test(relative) ? relative.slice(0, -4) : undefined;
  const asMd = (saved ?? relative).replace(/\.markdown$/i, ".md");
  const hint = saved !== undefined && read(asMd)
    ? `Rename it to ${path.posix.basename(asMd)}: the editor added .txt when it saved the file (Notepad does, unless "All files" is chosen as the type); or, if it is no group file, keep it outside the groups folder.`
    : asMd !== relative && read(asMd)
    ? "Rename it to .md, as the groups pattern names Markdown matrices; or, if it is no group file, keep it outside the groups folder."
    : folder === base
      ? `Name it as the pattern names group files, or add a pattern for it to plan.yaml's groups; ${kept}`
      : `Move it up into ${base}/, the folder the pattern reads, or add a pattern for it to plan.yaml's groups (such as \`${base}/**/*${path.posix.extname(relative).toLowerCase()}\`); ${kept}`;
  return makeDiagnostic("unmatched-group-file", message, file, START_OF_FILE, { hint });
}

/**
 * The group files of the plan directory `root` as its plan.yaml's `groups` patterns find them, or
 * as the default pattern does where plan.yaml is missing or unreadable (plan init --force).
 */
export async function groupFilesIn(root: string): Promise<string[]> {
  return groupFilesOf(root, patternsOf((await manifestHintsIn(root)).groups)).files;
}

/** plan.yaml's own organisations, those that have an id and a name: what a hint may tell a group to write. */
export function planOrganizationsOf(organizations: unknown): Organization[] {
  if (!Array.isArray(organizations)) return [];
  const isName = (name: unknown) => typeof name === "string" || (isRecord(name) && Object.values(name).every((each) => typeof each === "string"));
  return organizations.filter((each): each is Organization => isRecord(each) && typeof each.id === "string" && isName(each.name));
}

/** plan.yaml's period, where it is two years in order: what a hint takes its example years from. */
export function planPeriodOf(period: unknown): Period | undefined {
  if (!isRecord(period)) return undefined;
  const year = (value: unknown) => (typeof value === "number" && Number.isInteger(value) && value >= YEARS.min && value <= YEARS.max ? value : undefined);
  const [start, end] = [year(period.start), year(period.end)];
  return start !== undefined && end !== undefined && start <= end ? { start, end } : undefined;
}

/** What plan.yaml in `root` says of its files and languages, read leniently: nothing where it is missing or broken. */
export async function manifestHintsIn(root: string): Promise<ManifestHints> {
  const source = readSource(path.join(root, MANIFEST), root, MANIFEST);
  const manifest = source.text === undefined ? undefined : await parseYamlSource(MANIFEST, source.text).catch(() => undefined);
  return isRecord(manifest?.value) ? manifest.value : {};
}

/** The nearest directory above `start` that holds a plan.yaml, if any: where a user inside a plan meant. */
export function planDirAbove(start: string): string | undefined {
  for (let dir = path.dirname(start); ; dir = path.dirname(dir)) {
    if (statIfAny(path.join(dir, MANIFEST))?.isFile()) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Not there: a file in a folder that cannot be read is there, and reading it says why it cannot be read. */
function isMissing(file: string): boolean {
  try {
    statSync(file);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR";
  }
}

/** plan.yaml's `groups` as a list of patterns; the default where it is missing, empty or not strings. */
export function patternsOf(groups: unknown): string[] {
  if (typeof groups === "string") return [groups];
  if (Array.isArray(groups) && groups.length > 0 && groups.every((g) => typeof g === "string")) return groups;
  return DEFAULT_GROUPS;
}

/** plan.yaml's first language, which a plain string in a group file stands for; English by default, as the schema has it. */
export function primaryLanguageOf(languages: unknown): Lang | undefined {
  const first: unknown = Array.isArray(languages) ? languages[0] : undefined;
  return LANGUAGES.find((lang) => lang === first);
}

/**
 * Whether `file` is one of the narrative files the plan.yaml at `root` names (plan convert refuses
 * one: it is no matrix), by real path: also where named through a link, or spelled in another case.
 */
export function isNarrativeFile(file: string, root: string, hints: ManifestHints): boolean {
  const real = realPathOf(file);
  if (real === undefined || !Array.isArray(hints.narrative)) return false;
  return hints.narrative.some((entry) => narrativeFiles(entry).some(([, named]) => realPathOf(path.resolve(root, named)) === real));
}

function narrativeFiles(entry: unknown): [Lang | undefined, string][] {
  if (typeof entry === "string") return [[undefined, entry]];
  if (!isRecord(entry)) return [];
  return LANGUAGES.filter((lang) => typeof entry[lang] === "string").map((lang) => [lang, entry[lang] as string]);
}
