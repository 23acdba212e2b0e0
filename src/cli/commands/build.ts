import { promises as fs } from "node:fs";
import path from "node:path";
import { Option, type Command } from "commander";
import { compareStrings, SEVERITY_RANK, sortDiagnostics, summarize, withoutFloods, type Diagnostic, type Summary } from "../../diagnostics/diagnostic.js";
import { FORMATTERS } from "../../diagnostics/formatters/index.js";
import { plural } from "../../diagnostics/formatters/stylish.js";
import { writeAllAtomic, type PendingFile } from "../../io/atomic-write.js";
import { withExistingFile } from "../../io/existing-file.js";
import { groupPatternOf } from "../../io/glob.js";
import { draftsAmong, loadPlanSources, UsageError } from "../../io/load-plan.js";
import { whyUnread } from "../../io/system-error.js";
import { displayPath } from "../../io/read-source.js";
import { builtInReference } from "../../io/reference.js";
import { translationFallbacks } from "../../merge/fallbacks.js";
import { mergePlan } from "../../merge/merge-plan.js";
import type { PlanModel } from "../../model/plan-model.js";
import type { Lang } from "../../model/text.js";
import { applyRuleSettings, validatePlan } from "../../validate/validate-plan.js";
import { EXIT, wantsColor, type Io } from "../io.js";
import type { CommandState } from "./index.js";
import { planFileAt } from "./plan-files.js";

/** What `plan build` writes without --format: the drafts people read. JSON is for tools, on request. */
export const DEFAULT_FORMATS = "md,docx";
const FORMATS = ["md", "docx", "json"] as const;
type Format = (typeof FORMATS)[number];

interface BuildOptions {
  out?: string;
  format: string;
  lang: Lang | "all";
  force?: boolean;
  referenceDoc?: string;
}

export function registerBuild(program: Command, io: Io, state: CommandState): void {
  program
    .command("build")
    .description("validate the plan, merge its groups and write the drafts (Word, Markdown, JSON)")
    .argument("[dir]", "the plan directory (holding plan.yaml)", ".")
    .option("--out <dir>", "where to write the drafts (default: drafts/ in the plan directory)")
    .option("--format <list>", `comma-separated: ${FORMATS.join(", ")}`, DEFAULT_FORMATS)
    .addOption(new Option("--lang <lang>", "the draft's language").choices(["en", "es", "all"]).default("all"))
    .option("--force", "write the drafts even when the plan has errors")
    .option("--reference-doc <file>", "a .docx whose styles the Word draft takes (as pandoc's --reference-doc)")
    .action(async (dir: string, options: BuildOptions) => {
      state.exitCode = await build(dir, options, io);
    });
}

async function build(dir: string, options: BuildOptions, io: Io): Promise<number> {
  const formats = parseFormats(options.format);
  await boundHeapGrowth();
  const { model, langs, diagnostics, summary, root, leftOut, narrativeLeftOut, inputs, groupPatterns } = await checkAndMerge(dir, formats, options, io);
  if (diagnostics.length > 0) io.stderr.write(FORMATTERS.stylish!(withoutFloods(diagnostics), { color: wantsColor(io.stderr, io.env), summary }));
  if (summary.errors > 0 && options.force !== true) {
    io.stderr.write(`plan: not writing the drafts: the plan has ${plural(summary.errors, "error")} (fix ${summary.errors === 1 ? "it" : "them"}, or use --force)\n`);
    return EXIT.findings;
  }
  if (!model) {
    io.stderr.write("plan: not writing the drafts: plan.yaml could not be read, so there is no plan to merge\n");
    return EXIT.findings;
  }
  const outDir = options.out === undefined ? path.join(root, "drafts") : path.resolve(io.cwd, options.out);
  const referenceDoc = options.referenceDoc === undefined ? undefined : await readReferenceDoc(options.referenceDoc, io);
  const drafts = await pendingDrafts(model, formats, langs, outDir, referenceDoc);
  const pending = drafts.map((draft) => draft.pending);
  refuseToReplaceInputs(pending, inputs, io.cwd);
  refuseToWriteGroupFiles(pending, root, groupPatterns, io.cwd);
  await refuseToReplaceEditedDrafts(drafts, io.cwd);
  await writeAllAtomic(pending);
  // --force writes what merged: a group file at fault is missing from the drafts altogether.
  for (const file of leftOut) io.stderr.write(`plan: the drafts leave out ${file}: it has errors (above), so none of its actions merged\n`);
  for (const file of narrativeLeftOut) io.stderr.write(`plan: the drafts leave out ${file}: it has errors (above), so its text is not in them\n`);
  for (const [file] of pending) io.stdout.write(`${displayPath(io.cwd, file)}\n`);
  io.stdout.write(`wrote ${plural(drafts.length, "draft")}${outcome(diagnostics)}\n`);
  const stale = await draftsOfNoLanguage(model, outDir);
  if (stale.length > 0) {
    const names = stale.map((file) => displayPath(io.cwd, path.join(outDir, file)));
    io.stderr.write(`plan: ${names.join(", ")} ${stale.length === 1 ? "is a draft" : "are drafts"} of an earlier build that this plan no longer makes (another language or plan id): delete ${stale.length === 1 ? "it" : "them"} if no longer wanted\n`);
  }
  return summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * V8 lets the heap grow to up to four times what its last full collection kept before it collects
 * again. On a big plan that collection comes while the groups are being read, and what reading,
 * checking, merging and rendering leave behind then piles up uncollected, whatever was let go.
 * Doubling at most keeps the peak near twice the live data (10,000 actions: about 300 MB instead
 * of 360 to 550) at no cost in time. V8 reads the setting at each collection. (node:v8 loads
 * the streams with it, so the other commands do not load it.)
 */
async function boundHeapGrowth(): Promise<void> {
  const v8 = await import("node:v8");
  v8.setFlagsFromString("--heap-growing-percent=100");
}

interface Checked {
  model: PlanModel | undefined;
  langs: Lang[];
  diagnostics: Diagnostic[];
  summary: Summary;
  root: string;
  /** Group files that are not in the merged plan: unread, or failing the schema check. */
  leftOut: string[];
  /** Narrative files that are not: unread, or nested too deeply to be rendered. */
  narrativeLeftOut: string[];
  /** The plan's files, relative to the working directory: no draft may be written over one. */
  inputs: string[];
  /** plan.yaml's `groups` patterns: no draft may be written where they would find it. */
  groupPatterns: string[];
}

/**
 * Reads, validates and merges the plan. Only the merged model and the findings leave: the parsed
 * sources and the workspace (about as large as the model on a big plan) are let go before any
 * draft is rendered.
 */
async function checkAndMerge(dir: string, formats: readonly Format[], options: BuildOptions, io: Io): Promise<Checked> {
  const sources = await loadPlanSources(dir, io.cwd, { keepPlaces: true });
  const validation = await validatePlan(sources, builtInReference());
  const { workspace } = validation;
  const manifest = workspace.plan?.manifest;
  const langs = manifest ? languagesToBuild(options.lang, manifest.languages) : [];
  const merge = mergePlan(workspace, sources, io.cwd);
  // The Markdown and Word drafts print a text in each language; the JSON draft holds the texts as written.
  const printed = formats.includes("md") || formats.includes("docx");
  const fallbacks = printed ? langs.flatMap((lang) => translationFallbacks(workspace, lang)) : [];
  const deadLinks = printed && merge.value ? (await import("../../render/narrative-links.js")).deadNarrativeLinks(merge.value, langs, sources.root, io.cwd) : [];
  const found = [...validation.diagnostics, ...merge.diagnostics, ...fallbacks, ...deadLinks];
  const diagnostics = sortDiagnostics(withoutRepeatedFallbacks(applyRuleSettings(found, manifest?.rules ?? {})));
  const leftOut = [...sources.unreadGroups, ...workspace.unchecked.map((doc) => doc.file)].sort();
  return {
    model: merge.value,
    langs,
    diagnostics,
    summary: summarize(diagnostics, sources.files),
    root: sources.root,
    leftOut,
    narrativeLeftOut: sources.unreadNarrative,
    inputs: sources.checked,
    groupPatterns: sources.groupPatterns,
  };
}

/**
 * The findings without a `missing-translation` where a `translation-fallback` as severe or more
 * says the same text lacks a language (at the same place), and which draft prints another language
 * for it: each missing text was said twice, and "5 warnings" for three missing titles read as five
 * problems. A plan that turns translation-fallback off (or down) still hears missing-translation.
 */
function withoutRepeatedFallbacks(diagnostics: Diagnostic[]): Diagnostic[] {
  const place = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}`;
  const fallbacks = new Map<string, number>();
  for (const d of diagnostics) if (d.code === "translation-fallback") fallbacks.set(place(d), Math.max(fallbacks.get(place(d)) ?? 0, SEVERITY_RANK[d.severity]));
  if (fallbacks.size === 0) return diagnostics;
  return diagnostics.filter((d) => d.code !== "missing-translation" || (fallbacks.get(place(d)) ?? 0) < SEVERITY_RANK[d.severity]);
}

/** A draft to write, and what is at its place now, told the way its format tells it. */
interface Draft {
  pending: PendingFile;
  origin: () => Promise<DraftOrigin | undefined>;
}

/** What a Markdown or JSON draft's place holds; a Word draft's may also be `saved` in a program, by a person. */
type TextOrigin = "plan" | "edited" | "unsealed" | "conflicted" | "other";
type DraftOrigin = { kind: TextOrigin } | { kind: "saved"; how: string } | { kind: "damaged"; why: string };

/**
 * Each draft's file and the function that renders it, in the order they are listed. Each is
 * rendered when its turn to be written comes, and nothing is renamed into place unless all of
 * them were (writeAllAtomic). The renderers load only here, and the readers of what a draft would
 * replace only when asked: a Word draft is told by its properties, a Markdown one by its seal (or,
 * without one, by being the new draft's text), a JSON one by its start.
 */
async function pendingDrafts(model: PlanModel, formats: readonly Format[], langs: readonly Lang[], outDir: string, referenceDoc?: Uint8Array): Promise<Draft[]> {
  const { renderMarkdownDraft, unsealedMarkdownDraft } = await import("../../render/markdown/draft.js");
  // Loaded with the Markdown draft's renderer, which seals it.
  const { markdownDraftOrigin } = await import("../../render/markdown/seal.js");
  const { jsonDraftOrigin, renderJsonDraft } = await import("../../render/json/json-draft.js");
  // docx, fflate and the DOCX writer load only when a Word draft is asked for.
  const docx = formats.includes("docx") ? await import("../../render/docx/index.js") : undefined;
  const drafts: Draft[] = [];
  const kindOf = (kind: TextOrigin | undefined): DraftOrigin | undefined => kind && { kind };
  for (const lang of langs) {
    if (formats.includes("md")) {
      const file = path.join(outDir, `${model.id}.${lang}.md`);
      const origin = async () => kindOf(withExistingFile(file, (readAt, size) => markdownDraftOrigin(readAt, size, () => unsealedMarkdownDraft(model, lang))));
      drafts.push({ pending: [file, () => renderMarkdownDraft(model, lang)], origin });
    }
    if (docx) {
      const file = path.join(outDir, `${model.id}.${lang}.docx`);
      const origin = async () => {
        const { docxOriginAt } = await import("../../render/docx/provenance.js");
        return withExistingFile(file, docxOriginAt);
      };
      drafts.push({ pending: [file, () => docx.renderDocx(model, lang, { referenceDoc })], origin });
    }
  }
  if (formats.includes("json")) {
    const file = path.join(outDir, `${model.id}.json`);
    drafts.push({ pending: [file, () => renderJsonDraft(model)], origin: async () => kindOf(withExistingFile(file, (readAt) => jsonDraftOrigin(readAt, model.id))) });
  }
  return drafts;
}

/** A draft named like one of the plan's files in --out (a narrative chapter, a group file) would replace it (exit 2). */
function refuseToReplaceInputs(drafts: readonly PendingFile[], inputs: readonly string[], cwd: string): void {
  for (const [file] of drafts) {
    const input = planFileAt(file, inputs, cwd);
    if (input !== undefined) throw new UsageError(`${displayPath(cwd, file)} is one of the plan's files (${input}); the draft would replace it: write the drafts elsewhere with --out`);
  }
}

/**
 * A Markdown draft written where plan.yaml's `groups` patterns look (`--out groups`) would be read
 * as a group file by the next validate or build, which would then report hundreds of errors (exit 2).
 * Both sides are compared by their real paths: `--out` through a link into the plan, or the plan
 * named through a link, still lands where the patterns look.
 */
function refuseToWriteGroupFiles(drafts: readonly PendingFile[], root: string, patterns: readonly string[], cwd: string): void {
  for (const [file] of drafts) {
    const pattern = groupPatternOf(file, root, patterns);
    if (pattern !== undefined) throw new UsageError(`${displayPath(cwd, file)} would be read as a group file next time (plan.yaml's groups: ${pattern}): write the drafts elsewhere with --out`);
  }
}

/**
 * A file where a draft goes that is not as plan wrote it (a Word draft saved from Word, a Markdown
 * draft edited since, or never a draft) would be lost to the new draft (exit 2): a
 * consolidator's comments and tracked changes are kept in the draft's own file more often than
 * not. Every draft is checked, and each refused is said, before any is written.
 */
async function refuseToReplaceEditedDrafts(drafts: readonly Draft[], cwd: string): Promise<void> {
  const refusals: string[] = [];
  for (const { pending: [file], origin: originAt } of drafts) {
    const shown = displayPath(cwd, file);
    let origin: DraftOrigin | undefined;
    try {
      origin = await originAt();
    } catch (error) {
      refusals.push(`${shown} is where a draft goes, and it cannot be read to see whether plan wrote it: ${whyUnread(error as NodeJS.ErrnoException)}`);
      continue;
    }
    if (origin?.kind === "saved" || origin?.kind === "edited") {
      refusals.push(`${shown} was ${origin.kind === "saved" ? `saved ${origin.how}` : "edited"} since plan wrote it; a new draft would replace it and lose those edits: move it elsewhere (or delete it), then build again`);
    } else if (origin?.kind === "conflicted") {
      // Both sides were built from their branch's sources, which the merge has joined: the draft is built again from them.
      refusals.push(`${shown} holds git's conflict markers: the drafts of two branches met in a merge. Take either side (git checkout --theirs -- ${shown}), then build again: the new draft is made from the merged sources`);
    } else if (origin?.kind === "unsealed") {
      refusals.push(`${shown} differs from the new draft and has no seal to tell whether it was edited (a draft from before drafts were sealed, or its seal removed); a new draft would replace it: move it elsewhere (or delete it), then build again`);
    } else if (origin?.kind === "damaged") {
      refusals.push(`${shown} is where a draft goes, and it is damaged (${origin.why}), so nothing tells whether it was edited since plan wrote it; a new draft would replace it: move it elsewhere (or delete it), then build again`);
    } else if (origin?.kind === "other") {
      refusals.push(`${shown} is not a draft plan wrote; a new draft would replace it: move it elsewhere, or write the drafts elsewhere with --out`);
    }
  }
  // One line each, as the error's own is printed: "plan: …".
  if (refusals.length > 0) throw new UsageError(refusals.join("\nplan: "));
}

/**
 * The drafts in `outDir` (a Markdown file with a seal, a Word file plan wrote) named for no language
 * and id the plan has now: left by a build before a language was dropped or the plan's id changed,
 * and looking current in git. A draft of this plan not rebuilt this time (`--format md` beside its
 * Word draft) is no such file.
 */
async function draftsOfNoLanguage(model: PlanModel, outDir: string): Promise<string[]> {
  const names = new Set(model.languages.flatMap((lang) => ["md", "docx"].map((ext) => `${model.id}.${lang}.${ext}`)));
  let entries: string[];
  try {
    entries = (await fs.readdir(outDir)).filter((name) => /\.(md|docx)$/i.test(name) && !names.has(name)).sort(compareStrings);
  } catch {
    return [];
  }
  if (entries.length === 0) return [];
  const drafts = await draftsAmong(outDir, entries);
  return entries.filter((name) => drafts.has(name));
}

function parseFormats(list: string): Format[] {
  const names = list.split(",").map((name) => name.trim()).filter((name) => name !== "");
  if (names.length === 0) throw new UsageError(`--format needs at least one of ${FORMATS.join(", ")}`);
  for (const name of names) {
    if (!(FORMATS as readonly string[]).includes(name)) throw new UsageError(`unknown format '${name}' (choose from ${FORMATS.join(", ")})`);
  }
  return FORMATS.filter((format) => names.includes(format));
}

/** The --reference-doc file, checked to be a Word document with styles before anything is rendered. */
async function readReferenceDoc(file: string, io: Io): Promise<Uint8Array> {
  const bytes = await fs.readFile(path.resolve(io.cwd, file)).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read the reference document ${file}: ${whyUnread(error)}`);
  });
  const { readPart } = await import("../../render/docx/package.js");
  const { DamagedPart } = await import("../../parse/zip-entries.js");
  let styles: string | undefined;
  try {
    styles = readPart(new Uint8Array(bytes), "word/styles.xml");
  } catch (error) {
    if (error instanceof DamagedPart) throw new UsageError(`cannot read the reference document ${file}: ${error.message}`);
    throw error;
  }
  if (styles === undefined) throw new UsageError(`the reference document ${file} is not a .docx with styles (word/styles.xml); save it from Word as a .docx`);
  // What the Word drafts will read of it, read now: a part docx cannot read is the document's fault, not plan's.
  const { referenceStyleParts } = await import("../../render/docx/reference-doc.js");
  try {
    // As the drafts will: docx reads its styles' XML (an attribute without a value fails here, not as an internal error mid-build).
    await referenceStyleParts(new Uint8Array(bytes));
  } catch (error) {
    throw new UsageError(`the reference document ${file} cannot be read: ${(error as Error).message}; save it from Word as a .docx`);
  }
  return new Uint8Array(bytes);
}

function languagesToBuild(option: BuildOptions["lang"], languages: readonly Lang[]): Lang[] {
  if (option === "all") return [...new Set(languages)];
  if (!languages.includes(option)) {
    throw new UsageError(`the plan is not written in '${option}': its languages are ${languages.join(", ")} (plan.yaml \`languages\`)`);
  }
  return [option];
}

/** " (2 warnings)", " despite 1 error (--force)", or "". */
function outcome(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = summarize(diagnostics, 0);
  if (errors > 0) return ` despite ${plural(errors, "error")} (--force)`;
  return warnings > 0 ? ` (${plural(warnings, "warning")})` : "";
}
