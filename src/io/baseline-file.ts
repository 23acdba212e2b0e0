import { promises as fs } from "node:fs";
import path from "node:path";
import { formatBaseline, legacyStablePath, parseBaseline, stablePath, type Baseline, type KeyedDiagnostic } from "../diagnostics/baseline.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { PlanSources } from "../validate/sources.js";
import { writeFileAtomic } from "./atomic-write.js";
import { UsageError } from "./load-plan.js";
import { displayPath } from "./read-source.js";
import { describeReason } from "./system-error.js";

/** Reads the baseline at `file`; a missing or malformed one stops the command (exit 2). */
export async function readBaseline(file: string, cwd: string): Promise<Baseline> {
  const absolute = path.resolve(cwd, file);
  const read = await fs.readFile(absolute, "utf8").then((text) => ({ text }), (error: NodeJS.ErrnoException) => ({ code: error.code }));
  if ("code" in read) {
    if (read.code === "ENOENT") throw new UsageError(`no baseline at ${file}; write one with --update-baseline`);
    throw new UsageError(`cannot read the baseline ${file}: ${describeReason(read.code) ?? read.code ?? "unknown error"}`);
  }
  // A byte-order mark, as an editor on Windows may save the file with, is no part of the JSON.
  const text = read.text.replace(/^\uFEFF/, "");
  const parsed = parseBaseline(text);
  if ("error" in parsed) throw new UsageError(`${file} is not a usable baseline: ${parsed.error}`);
  return parsed.baseline;
}

export async function writeBaseline(file: string, cwd: string, baseline: Baseline): Promise<void> {
  await writeFileAtomic(path.resolve(cwd, file), formatBaseline(baseline));
}

/**
 * Each diagnostic with its baseline key: the file relative to the plan directory (diagnostics name
 * files relative to the working directory) and the data path with list items named by id or value,
 * and the path an older baseline may hold it by.
 */
export function keyDiagnostics(diagnostics: readonly Diagnostic[], sources: PlanSources, cwd: string): KeyedDiagnostic[] {
  const documents = new Map<string, unknown>();
  for (const doc of [sources.manifest, ...sources.groups, sources.indicators]) if (doc) documents.set(doc.file, doc.value);
  return diagnostics.map((diagnostic) => {
    const document = documents.get(diagnostic.file);
    const stable = stablePath(diagnostic.path, document);
    const legacy = legacyStablePath(diagnostic.path, document);
    const key = { code: diagnostic.code, file: displayPath(sources.root, path.resolve(cwd, diagnostic.file)), path: stable };
    return legacy === stable ? { diagnostic, key } : { diagnostic, key, legacyPath: legacy };
  });
}
