import { statSync } from "node:fs";
import path from "node:path";
import { Chalk } from "chalk";
import { InvalidArgumentError, Option, type Command } from "commander";
import { compareWithBaseline, makeBaseline } from "../../diagnostics/baseline.js";
import { sortDiagnostics, summarize, withoutFloods, type Diagnostic, type Summary } from "../../diagnostics/diagnostic.js";
import { FORMATTERS } from "../../diagnostics/formatters/index.js";
import { plural, summaryLine } from "../../diagnostics/formatters/stylish.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { keyDiagnostics, readBaseline, writeBaseline } from "../../io/baseline-file.js";
import { groupPatternOf } from "../../io/glob.js";
import { loadPlanSources, MANIFEST, planDirAbove, UsageError } from "../../io/load-plan.js";
import { displayPath, realPathOf, realPlaceOf } from "../../io/read-source.js";
import { builtInReference } from "../../io/reference.js";
// In the start-up chunk already, as build's: an import() of them would split that chunk (bundle.mjs).
import { translationFallbacks } from "../../merge/fallbacks.js";
import { mergePlan } from "../../merge/merge-plan.js";
import type { PlanSources } from "../../validate/sources.js";
import { applyRuleSettings, validatePlan, type Validation } from "../../validate/validate-plan.js";
import { EXIT, wantsColor, type Io } from "../io.js";
import { writesTo } from "../output.js";
import { VERSION } from "../version.js";
import type { CommandState } from "./index.js";
import { planFileAt } from "./plan-files.js";

interface ValidateOptions {
  format: string;
  output?: string;
  strict?: boolean;
  maxWarnings?: number;
  baseline?: string;
  updateBaseline?: boolean;
}

export function registerValidate(program: Command, io: Io, state: CommandState): void {
  program
    .command("validate")
    .description("check a plan's files and report each problem with its file, line and column")
    .argument("[dir]", "the plan directory (holding plan.yaml), or one of its files to report on alone", ".")
    .addOption(new Option("--format <name>", "report format").choices(Object.keys(FORMATTERS)).default("stylish"))
    .option("-o, --output <file>", "write the report to a file; the terminal gets the summary line (- for the terminal)")
    .option("--strict", "fail on warnings too")
    .option("--max-warnings <n>", "fail when there are more than n warnings", wholeNumber)
    .option("--baseline <file>", "fail only on problems that this baseline file does not list (errors always fail)")
    .option("--update-baseline", "write the current warnings and infos to the --baseline file and succeed")
    .action(async (dir: string, options: ValidateOptions) => {
      // `-o -` is the terminal, as for plan schema (and as most tools read it), not a file named "-".
      if (options.output === "-") delete options.output;
      if (options.updateBaseline && options.baseline === undefined) throw new UsageError("--update-baseline needs --baseline <file>: where to write it");
      if (options.updateBaseline && options.output !== undefined) throw new UsageError("--update-baseline writes the baseline and no report: leave out -o, and report with --baseline alone");
      const named = planNamed(dir, io.cwd);
      if (named.file !== undefined && options.baseline !== undefined) throw new UsageError(`a baseline holds the whole plan's problems: name the plan directory (${displayPath(io.cwd, named.dir)}), not ${dir}`);
      const sources = await loadPlanSources(named.dir, io.cwd);
      const only = named.file === undefined ? undefined : fileOfPlan(named.file, sources, io.cwd);
      if (options.output !== undefined) refuseToReplaceInputs("-o", options.output, sources, options.baseline, io.cwd);
      if (options.updateBaseline) refuseToReplaceInputs("--baseline", options.baseline!, sources, undefined, io.cwd);
      const validation = await validatePlan(sources, builtInReference());
      const buildErrors = await buildChecksMadeErrors(validation, sources, io.cwd);
      const diagnostics = buildErrors.length === 0 ? validation.diagnostics : sortDiagnostics([...validation.diagnostics, ...buildErrors]);
      if (options.updateBaseline) {
        await updateBaseline(options.baseline!, diagnostics, sources, io);
        state.exitCode = EXIT.ok;
        return;
      }
      const found = only === undefined ? diagnostics : onlyFile(only, diagnostics, sources, io);
      const shown = options.baseline === undefined ? found : await withoutKnown(options.baseline, found, sources, io);
      const files = only === undefined ? sources.checked : [...new Set([only, ...found.map((d) => d.file)])];
      const summary = summarize(shown, files.length);
      await report(shown, summary, files, sources, options, io);
      state.exitCode = exitCodeOf(summary, options, io);
    });
}

/**
 * The codes of diagnostics/codes/build.ts, named here: importing that table would split the
 * start-up chunk (catalogue.ts imports it for the start-up's diagnostics). A test holds the two equal.
 */
export const BUILD_CHECKS = ["likely-duplicate", "translation-fallback", "narrative-dead-link"];

/**
 * The build's own checks (likely-duplicate, translation-fallback, narrative-dead-link) where
 * plan.yaml's `rules` makes them errors. As warnings they are the consolidators' to weigh when
 * they build, and validate leaves them out; as errors plan build would refuse the drafts, so
 * validate, which CI runs on each pull request, fails first.
 */
async function buildChecksMadeErrors({ workspace }: Validation, sources: PlanSources, cwd: string): Promise<Diagnostic[]> {
  const manifest = workspace.plan?.manifest;
  const raised = new Set(BUILD_CHECKS.filter((code) => manifest?.rules[code] === "error"));
  if (manifest === undefined || raised.size === 0) return [];
  const found: Diagnostic[] = [];
  const merge = raised.has("likely-duplicate") || raised.has("narrative-dead-link") ? mergePlan(workspace, sources, cwd) : undefined;
  if (raised.has("likely-duplicate")) found.push(...merge!.diagnostics);
  if (raised.has("translation-fallback")) for (const lang of manifest.languages) found.push(...translationFallbacks(workspace, lang));
  if (raised.has("narrative-dead-link") && merge?.value) {
    const { deadNarrativeLinks } = await import("../../render/narrative-links.js");
    found.push(...deadNarrativeLinks(merge.value, manifest.languages, sources.root, cwd));
  }
  return applyRuleSettings(found, manifest.rules);
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number (0 or more)");
  return Number(value);
}

/**
 * The plan directory `target` names and, where it names one of the plan's files instead, that file:
 * `plan validate groups/2-field-operations.md` checks the whole plan (the rules look across its
 * files) and reports on that file alone, as a linter given one file does.
 */
function planNamed(target: string, cwd: string): { dir: string; file?: string } {
  const absolute = path.resolve(cwd, target);
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (stat === undefined) throw new UsageError(`no such file or directory: ${target}`);
  if (stat.isDirectory()) return { dir: target };
  const above = planDirAbove(absolute);
  // Outside any plan: loadPlanSources says that a file is no plan directory.
  return above === undefined ? { dir: target } : { dir: above, file: target };
}

/**
 * The problems of the file `only`, and plan.yaml's errors: where plan.yaml is at fault, the checks
 * that need it (themes, countries, organisations, periods) were not made on `only`, and "no problems"
 * would be untrue. What else is found in the plan's other files is counted on stderr.
 */
function onlyFile(only: string, diagnostics: readonly Diagnostic[], sources: PlanSources, io: Io): Diagnostic[] {
  const manifest = sources.manifest?.file ?? displayPath(io.cwd, path.join(sources.root, MANIFEST));
  const kept: Diagnostic[] = [];
  const elsewhere = new Set<string>();
  let errors = 0;
  for (const d of diagnostics) {
    if (d.file === only || (d.file === manifest && d.severity === "error")) kept.push(d);
    else {
      elsewhere.add(d.file);
      if (d.severity === "error") errors++;
    }
  }
  const left = diagnostics.length - kept.length;
  if (left > 0) {
    // The errors named: the exit code does not count them, and a change to this file may have made them (an action renamed that another file names).
    const counted = errors > 0 ? ` (${plural(errors, "error")})` : "";
    io.stderr.write(`plan: ${plural(left, "problem")}${counted} in ${plural(elsewhere.size, "other file")} of the plan not reported here (plan validate ${displayPath(io.cwd, sources.root)} reports them)\n`);
  }
  return kept;
}

/**
 * The file of the plan `target` names, as the reports name it: one it reads, or one the reading of
 * the plan has a finding on (a file in the groups folder that no pattern reads, unmatched-group-file);
 * a usage error where it is neither.
 */
function fileOfPlan(target: string, sources: PlanSources, cwd: string): string {
  const file = planFileAt(target, sources.checked, cwd);
  if (file !== undefined) return file;
  const shown = displayPath(cwd, path.resolve(cwd, target));
  if (sources.diagnostics.some((diagnostic) => diagnostic.file === shown)) return shown;
  const dir = displayPath(cwd, sources.root);
  throw new UsageError(`${target} is not one of the files of the plan in ${dir} (plan.yaml, the group files its \`groups\` patterns match, its indicators and narrative); name one of them, or the plan directory`);
}

/**
 * GitHub places an annotation, and code scanning a SARIF result, by its file's path from the
 * repository's root (GITHUB_WORKSPACE), not from the step's directory: a plan in a subdirectory
 * validated with `working-directory` would annotate no line. A file outside the workspace keeps its path.
 */
function fromWorkspace(diagnostics: Diagnostic[], io: Io): Diagnostic[] {
  const workspace = io.env.GITHUB_WORKSPACE;
  if (!workspace) return diagnostics;
  const within = (root: string, file: string) => {
    const inside = path.relative(root, file);
    const outside = inside === "" || inside === ".." || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside);
    return outside ? undefined : inside.split(path.sep).join("/");
  };
  // The working directory may be named through a link (the shell's PWD); the workspace then by its real path.
  const relative = (file: string) => {
    const absolute = path.resolve(io.cwd, file);
    return within(path.resolve(workspace), absolute) ?? within(realPathOf(workspace) ?? path.resolve(workspace), realPlaceOf(absolute)) ?? file;
  };
  return diagnostics.map((d) => ({ ...d, file: relative(d.file), ...(d.related ? { related: d.related.map((place) => ({ ...place, file: relative(place.file) })) } : {}) }));
}

/**
 * The report in the chosen format, to stdout or to `--output`; then stdout gets the summary line,
 * unless `--output` is stdout itself (`-o /dev/stdout`), whose report would no longer parse: stderr does.
 */
async function report(shown: Diagnostic[], summary: Summary, files: readonly string[], sources: PlanSources, options: ValidateOptions, io: Io): Promise<void> {
  const formatter = FORMATTERS[options.format];
  if (!formatter) throw new UsageError(`unknown format ${options.format}`);
  const color = wantsColor(io.stdout, io.env);
  const told = withoutFloods(shown);
  const reported = options.format === "github" || options.format === "sarif" ? fromWorkspace(told, io) : told;
  const places = options.format === "junit" ? new Map(keyDiagnostics(reported, sources, io.cwd).map(({ diagnostic, key }) => [diagnostic, key.path])) : undefined;
  const text = formatter(reported, { color: color && options.output === undefined, summary, files, version: VERSION, places });
  if (options.output === undefined) {
    io.stdout.write(text);
    return;
  }
  const target = path.resolve(io.cwd, options.output);
  // `-o /dev/stdout`: written as stdout, which a socket's /dev/stdout cannot be opened as (ENXIO).
  const toStdout = writesTo(io.stdout, target);
  if (toStdout) io.stdout.write(text);
  else await writeFileAtomic(target, text);
  const summaryTo = toStdout ? io.stderr : io.stdout;
  summaryTo.write(`${summaryLine(summary, new Chalk({ level: wantsColor(summaryTo, io.env) ? 1 : 0 }))}\n${options.format} report written to ${options.output}\n`);
}

/** A report (-o) or a baseline written over plan.yaml, a group file or the baseline would destroy what it reports on (exit 2). */
function refuseToReplaceInputs(option: "-o" | "--baseline", target: string, sources: PlanSources, baseline: string | undefined, cwd: string): void {
  const inputs = baseline === undefined ? sources.checked : [...sources.checked, baseline];
  const input = planFileAt(target, inputs, cwd);
  const what = option === "-o" ? "report" : "baseline";
  if (input !== undefined) throw new UsageError(`${option} ${target} is ${input === baseline ? "the baseline" : "one of the plan's files"} (${input}); the ${what} would replace it`);
  // Nor where the next run would read it as a group file, as build refuses for its drafts.
  const pattern = groupPatternOf(path.resolve(cwd, target), sources.root, sources.groupPatterns);
  if (pattern !== undefined) throw new UsageError(`${option} ${target} would be read as a group file next time (plan.yaml's groups: ${pattern}): write the ${what} elsewhere`);
}

function exitCodeOf(summary: Summary, options: ValidateOptions, io: Io): number {
  if (summary.errors > 0) return EXIT.findings;
  if (options.strict && summary.warnings > 0) {
    io.stderr.write(`plan: ${plural(summary.warnings, "warning")} with --strict, which fails on warnings too\n`);
    return EXIT.findings;
  }
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
    io.stderr.write(`plan: too many warnings (${summary.warnings}; --max-warnings is ${options.maxWarnings})\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

async function updateBaseline(file: string, diagnostics: Diagnostic[], sources: PlanSources, io: Io): Promise<void> {
  const accepted = diagnostics.filter((diagnostic) => diagnostic.severity !== "error");
  const baseline = makeBaseline(keyDiagnostics(accepted, sources, io.cwd));
  await writeBaseline(file, io.cwd, baseline);
  io.stdout.write(`baseline ${file} written: ${plural(accepted.length, "problem")}\n`);
  const errors = diagnostics.length - accepted.length;
  if (errors > 0) io.stderr.write(`plan: ${plural(errors, "error")} left out of the baseline, ${REFUSED_ERRORS}: plan validate reports ${errors === 1 ? "it" : "them"} until fixed\n`);
}

/** Why a baseline accepts no error. */
const REFUSED_ERRORS = "as plan build refuses the drafts while one stands";

/** The problems the baseline does not know; what it knows and what was fixed is said on stderr. */
async function withoutKnown(file: string, diagnostics: Diagnostic[], sources: PlanSources, io: Io): Promise<Diagnostic[]> {
  const baseline = await readBaseline(file, io.cwd);
  const { fresh, known, knownByPosition, listedErrors, fixed } = compareWithBaseline(keyDiagnostics(diagnostics, sources, io.cwd), baseline);
  if (known > 0) io.stderr.write(`plan: ${plural(known, "known problem")} in ${file} not reported\n`);
  if (listedErrors > 0) io.stderr.write(`plan: ${plural(listedErrors, "error")} that ${file} lists reported all the same, ${REFUSED_ERRORS}\n`);
  // Matched by the index an older rcm-plan wrote, which a partner inserted before it would move.
  if (knownByPosition > 0) {
    const [them, their] = knownByPosition === 1 ? ["it", "its"] : ["them", "their"];
    io.stderr.write(`plan: ${knownByPosition} of them matched by ${their} position in a list, as older baselines name ${them}; --update-baseline names ${them} by value, which a list's changes do not move\n`);
  }
  const gone = fixed.reduce((total, entry) => total + entry.count, 0);
  if (gone > 0) io.stderr.write(`plan: ${plural(gone, "problem")} in ${file} no longer found (--update-baseline rewrites the baseline without ${gone === 1 ? "it" : "them"})\n`);
  return fresh;
}
