import { promises as fs } from "node:fs";
import path from "node:path";
import { Option, type Command } from "commander";
import { sortDiagnostics, summarize, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { FORMATTERS } from "../../diagnostics/formatters/index.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { isNarrativeFile, manifestHintsIn, MANIFEST, planDirAbove, planOrganizationsOf, primaryLanguageOf, UsageError } from "../../io/load-plan.js";
import { isMarkdownFile } from "../../parse/parse-source.js";
import { displayPath, readSource } from "../../io/read-source.js";
import { EXIT, wantsColor, type Io } from "../io.js";
import type { CommandState } from "./index.js";

interface ConvertOptions {
  to: "md" | "yaml";
  lang?: "en" | "es";
  output?: string;
  force?: boolean;
}

export function registerConvert(program: Command, io: Io, state: CommandState): void {
  program
    .command("convert")
    .description("write a group file as a Markdown matrix or as YAML, losing nothing")
    .argument("<file>", "the group file (.yaml, .yml or .md)")
    .addOption(new Option("--to <form>", "the form to write").choices(["md", "yaml"]).makeOptionMandatory())
    .addOption(new Option("--lang <lang>", "with --to md: the matrix's language (headings, unlabelled texts)").choices(["en", "es"]))
    .option("-o, --output <file>", "write to this file instead of the standard output (- for the standard output)")
    .option("--force", "overwrite the output file if it exists")
    .action(async (file: string, options: ConvertOptions) => {
      state.exitCode = await convert(file, options, io);
    });
}

async function convert(file: string, options: ConvertOptions, io: Io): Promise<number> {
  // `-o -` is the standard output, as for plan schema, not a file named "-".
  if (options.output === "-") delete options.output;
  if (options.lang && options.to !== "md") throw new UsageError("--lang is the language of a Markdown matrix: use it with --to md");
  // The reader goes by the extension: YAML in a .md file (or a matrix in a .yaml) would not read back.
  const named = options.output === undefined ? undefined : isMarkdownFile(options.output) ? "md" : /\.ya?ml$/i.test(options.output) ? "yaml" : undefined;
  if (named !== undefined && named !== options.to) {
    throw new UsageError(`${options.output} is named as ${options.to === "md" ? "YAML" : "a Markdown matrix"}, but --to ${options.to} writes ${options.to === "md" ? "a Markdown matrix: name it .md" : "YAML: name it .yaml"}`);
  }
  const absolute = path.resolve(io.cwd, file);
  const stat = await fs.stat(absolute).catch(() => undefined);
  if (!stat) throw new UsageError(`no such file: ${file}`);
  if (stat.isDirectory()) throw new UsageError(`${file} is a directory; plan convert converts one group file (groups/…)`);
  if (path.basename(absolute) === MANIFEST) throw new UsageError(`${file} is the plan's manifest; plan convert converts a group file (groups/…)`);
  const display = displayPath(io.cwd, absolute);
  const root = planDirAbove(absolute);
  const hints = root === undefined ? {} : await manifestHintsIn(root);
  if (root !== undefined && isNarrativeFile(absolute, root, hints)) {
    throw new UsageError(`${file} is one of the plan's narrative chapters, which the drafts take as written; plan convert converts a group file (groups/…)`);
  }
  // Refused before the file is read: its problems, or a note of what it would not carry, would speak of a file not to be written.
  const target = options.output === undefined ? undefined : path.resolve(io.cwd, options.output);
  if (target !== undefined) {
    if (path.basename(target) === MANIFEST) throw new UsageError(`${options.output} would be read as a plan's manifest, not as a group: name the output after the group (groups/…)`);
    // A chapter, with --force too: a matrix written over it would be printed as the plan's narrative.
    const targetRoot = planDirAbove(target);
    if (targetRoot !== undefined && isNarrativeFile(target, targetRoot, targetRoot === root ? hints : await manifestHintsIn(targetRoot))) {
      throw new UsageError(`${options.output} is one of the plan's narrative chapters: name the output after the group (groups/…)`);
    }
    // Only a file is overwritten: a pipe or a device (-o /dev/stdout) is written into, and a directory fails to be written.
    if (!options.force && (await fs.stat(target).catch(() => undefined))?.isFile()) {
      io.stderr.write(`plan: ${displayPath(io.cwd, target)} exists; pass --force to overwrite it\n`);
      return EXIT.usage;
    }
  }
  // A group file linked from elsewhere in its plan is read there, as validate reads it; nothing outside the plan is.
  const source = readSource(absolute, root ?? path.dirname(absolute), display);
  const { convertGroup } = await import("../../render/group/convert.js");
  const plan = { plain: primaryLanguageOf(hints.languages), organizations: planOrganizationsOf(hints.organizations) };
  const result = source.diagnostics ? { diagnostics: source.diagnostics } : await convertGroup(display, source.text, options.to, options.lang, plan.plain, plan.organizations);
  // A text a `#` cut short (comment-in-text): its rest is a YAML comment, which the other form
  // would not keep, and the group meant it as text. Refused, so that nothing is lost unsaid.
  const cut = result.diagnostics.some((d) => d.code === "comment-in-text");
  if (result.text === undefined || cut) {
    reportProblems(result.diagnostics, 1, io);
    if (result.text !== undefined) io.stderr.write("plan: not converting: the rest of a text a # cut short would be lost; quote the text and convert again\n");
    return EXIT.findings;
  }
  // The reader's warnings, said as validate says them, on stderr: stdout may be the converted file.
  if (result.diagnostics.length > 0) reportProblems(result.diagnostics, 1, io);
  if (result.uncarried) {
    const count = result.uncarried === 1 ? "a comment" : `${result.uncarried} comments`;
    io.stderr.write(`plan: ${count} of ${display}'s objectives not carried: a Markdown matrix has no place for comments outside its front matter\n`);
  }
  if (target === undefined) {
    io.stdout.write(result.text);
    return EXIT.ok;
  }
  await writeFileAtomic(target, result.text);
  return EXIT.ok;
}

/** The problems that stopped a file, or the warnings of one converted, in validate's stylish format, on stderr (stdout may be the output). */
export function reportProblems(diagnostics: readonly Diagnostic[], files: number, io: Io): void {
  const sorted = sortDiagnostics(diagnostics);
  io.stderr.write(FORMATTERS.stylish!(sorted, { color: wantsColor(io.stderr, io.env), summary: summarize(sorted, files) }));
}
