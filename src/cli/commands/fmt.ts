import { promises as fs } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { groupPatternOf, groupPatternOfName } from "../../io/glob.js";
import { groupFilesOf, manifestHintsIn, MANIFEST, noManifest, patternsOf, planDirAbove, planOrganizationsOf, primaryLanguageOf, UsageError, type ManifestHints } from "../../io/load-plan.js";
import { displayPath, readSource, realPathOf } from "../../io/read-source.js";
import type { Lang } from "../../model/text.js";
import type { Organization } from "../../model/reference.js";
import { EXIT, type Io } from "../io.js";
import { reportProblems } from "./convert.js";
import type { CommandState } from "./index.js";

interface FmtOptions {
  check?: boolean;
}

interface Target {
  absolute: string;
  /** The folder a file may not lead out of (the plan directory, or the file's own folder). */
  root: string;
  kind: "plan" | "group";
  /** The plan's primary language, which a plain string in a group file stands for. */
  plain: Lang | undefined;
  /** The plan's own organisations, which a hint may name. */
  organizations?: readonly Organization[];
}

export function registerFmt(program: Command, io: Io, state: CommandState): void {
  program
    .command("fmt")
    .description("rewrite plan.yaml and group files in the canonical form (key order, aligned tables)")
    .argument("[paths...]", "files, or plan directories (plan.yaml and its group files)", ["."])
    .option("--check", "change nothing: list the files that would change, and exit 1 if there are any")
    .action(async (paths: string[], options: FmtOptions) => {
      state.exitCode = await fmt(paths, options, io);
    });
}

async function fmt(paths: readonly string[], options: FmtOptions, io: Io): Promise<number> {
  const { targets, notGroups } = await collectTargets(paths, io.cwd);
  for (const { given, patterns } of notGroups) {
    io.stderr.write(`plan: ${given} is not one of the plan's group files (plan.yaml's groups: ${patterns.join(", ")}); plan fmt left it as it is\n`);
  }
  const { formatFile } = await import("../../render/group/convert.js");
  const problems: Diagnostic[] = [];
  let failed = 0;
  let changed = 0;
  for (const target of targets) {
    const display = displayPath(io.cwd, target.absolute);
    const source = readSource(target.absolute, target.root, display);
    const result = source.diagnostics ? { diagnostics: source.diagnostics } : await formatFile(display, source.text, target.kind, target.plain, target.organizations);
    if (result.text === undefined) {
      for (const diagnostic of result.diagnostics) if (diagnostic.severity === "error") problems.push(diagnostic);
      failed++;
      continue;
    }
    const text = inLineEndsOf(result.text, source.text!);
    if (text === source.text) continue;
    changed++;
    // Read through its link and found inside the plan (readSource): written there too, the link kept.
    if (!options.check) await writeFileAtomic(target.absolute, source.bom ? `\uFEFF${text}` : text, { throughLinks: true });
    io.stdout.write(`${display}\n`);
  }
  if (failed > 0) reportProblems(problems, targets.length, io);
  // What the list above means, and what to do: the list itself stays the files alone, for scripts.
  if (options.check && changed > 0) io.stderr.write(`plan: ${changed === 1 ? "this file is" : `these ${changed} files are`} not formatted: run plan fmt to format ${changed === 1 ? "it" : "them"}\n`);
  return failed > 0 || (options.check && changed > 0) ? EXIT.findings : EXIT.ok;
}

/**
 * `formatted` with the line ends `source` has: a checkout with git's autocrlf (Windows) has CRLF,
 * and fmt --check must not find every file changed there. A file that mixes LF and CRLF (an
 * editor that saved its own lines with CRLF) is written with LF, whichever its first line has.
 * (The byte-order mark, which reading drops, is written back too.)
 */
function inLineEndsOf(formatted: string, source: string): string {
  const breaks = source.split("\n").length - 1;
  return breaks > 0 && source.split("\r\n").length - 1 === breaks ? formatted.replace(/\n/g, "\r\n") : formatted;
}

/**
 * The files to format, each once, in the order given (a plan directory: plan.yaml, then its groups),
 * and the files named inside a plan that its `groups` patterns do not find: a narrative chapter or
 * a Markdown draft is no matrix, and formatting it as one would only report the matrix it is not.
 */
async function collectTargets(paths: readonly string[], cwd: string): Promise<{ targets: Target[]; notGroups: { given: string; patterns: string[] }[] }> {
  const targets = new Map<string, Target>();
  const notGroups: { given: string; patterns: string[] }[] = [];
  const linkedGroups = new Map<string, Set<string>>();
  const planHints = new Map<string, ManifestHints>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (!stat) throw new UsageError(`no such file or directory: ${given}`);
    if (stat.isDirectory()) {
      for (const target of await planTargets(absolute, given, cwd)) if (!targets.has(target.absolute)) targets.set(target.absolute, target);
    } else if (!targets.has(absolute)) {
      // Anything else would be read as YAML, and a text file is a YAML text: "formatted", unchanged, exit 0.
      if (!/\.(?:ya?ml|md)$/i.test(absolute)) throw new UsageError(`${given} is not a plan file: plan fmt formats plan.yaml and group files (.yaml, .yml, .md)`);
      if (path.basename(absolute) === MANIFEST) {
        targets.set(absolute, { absolute, root: path.dirname(absolute), kind: "plan", plain: undefined });
        continue;
      }
      // A group file on its own, outside any plan, is formatted as one.
      const plan = planDirAbove(absolute);
      const hints = plan === undefined ? {} : (planHints.get(plan) ?? planHints.set(plan, await manifestHintsIn(plan)).get(plan)!);
      const patterns = patternsOf(hints.groups);
      if (plan !== undefined && !isGroupFile(absolute, plan, patterns, linkedGroups)) {
        notGroups.push({ given, patterns });
        continue;
      }
      // Inside a plan it may lead anywhere in the plan, as validate reads it (a link in groups/ to shared/).
      targets.set(absolute, { absolute, root: plan ?? path.dirname(absolute), kind: "group", plain: primaryLanguageOf(hints.languages), organizations: planOrganizationsOf(hints.organizations) });
    }
  }
  return { targets: [...targets.values()], notGroups };
}

/**
 * Whether the plan reads `file` as a group file: by its name, by where it leads, or as the file a
 * link among the group files leads to (git names that file when it changes, not the link).
 */
function isGroupFile(file: string, plan: string, patterns: readonly string[], linkedGroups: Map<string, Set<string>>): boolean {
  if (groupPatternOfName(file, plan, patterns) !== undefined || groupPatternOf(file, plan, patterns) !== undefined) return true;
  const real = realPathOf(file);
  if (real === undefined) return false;
  // The group files' real paths, found once for each plan however many files are named.
  let reals = linkedGroups.get(plan);
  if (reals === undefined) {
    reals = new Set(groupFilesOf(plan, patterns).files.map((group) => realPathOf(path.join(plan, group))).filter((each) => each !== undefined));
    linkedGroups.set(plan, reals);
  }
  return reals.has(real);
}

async function planTargets(root: string, given: string, cwd: string): Promise<Target[]> {
  const manifest = path.join(root, MANIFEST);
  if (!(await fs.stat(manifest).catch(() => undefined))) throw new UsageError(noManifest(given, root, cwd, "name the files to format"));
  const hints = await manifestHintsIn(root);
  const { files, unlisted } = groupFilesOf(root, patternsOf(hints.groups));
  // As a directory that cannot be read is told when named: formatting the files that can be found would pass a check of none.
  const [first] = unlisted;
  if (first) throw Object.assign(new Error(`cannot list ${first.dir}`), { code: first.code, path: path.join(root, first.dir), syscall: "scandir" });
  const plain = primaryLanguageOf(hints.languages);
  const organizations = planOrganizationsOf(hints.organizations);
  return [{ absolute: manifest, root, kind: "plan" as const, plain: undefined }, ...files.map((file) => ({ absolute: path.join(root, file), root, kind: "group" as const, plain, organizations }))];
}
