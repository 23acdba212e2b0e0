// The Word draft writes every part itself, so a default build must never load the docx package
// (~100 ms of a small build): only --reference-doc loads it, with import(), to merge the reference's
// styles. Checked by running real builds that list every module they resolve: the compiled modules,
// where the package is resolved by its name, and the bundle bin/plan.js runs, where it sits in a
// chunk of its own. Each check also runs with --reference-doc, where docx must load, so that it
// can fail.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/run.js";
import { SHIPPED } from "./shipped-plan.js";

const RECORDER = pathToFileURL(path.join(REPO, "test/docx/fixtures/record-modules.mjs")).href;
const COMPILED_MAIN = `import { main } from ${JSON.stringify(pathToFileURL(path.join(REPO, "dist/cli/main.js")).href)};
process.exitCode = await main(process.argv.slice(1), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });`;
/** A name the docx package's code holds (a method of its numbering), which no minifier renames and the draft never writes. */
const DOCX_MARK = "createConcreteNumberingInstance";

/** The URLs of the modules resolved by `node ENTRY build` of the shipped plan's English Word draft. */
function resolvedModules(entry: string[], extra: string[] = []): string[] {
  const out = mkdtempSync(path.join(tmpdir(), "rcm-lazy-docx-"));
  const record = path.join(out, "modules.txt");
  const args = ["build", SHIPPED, "--format", "docx", "--lang", "en", "--out", out, ...extra];
  const run = spawnSync(process.execPath, ["--import", RECORDER, ...entry, ...args], {
    cwd: REPO,
    env: { ...process.env, RECORD_MODULES: record },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  expect(readFileSync(path.join(out, "rcm-smuggling.en.docx")).length).toBeGreaterThan(0);
  return readFileSync(record, "utf8").split("\n").filter((url) => url !== "");
}

const REFERENCE = ["--reference-doc", path.join(REPO, "templates/reference.docx")];
const fromDocx = (url: string) => url.includes("/node_modules/docx/");

describe("the docx package", () => {
  it("is not loaded by the compiled modules of a default build, only with --reference-doc", () => {
    const entry = ["--input-type=module", "--eval", COMPILED_MAIN];
    const modules = resolvedModules(entry);
    expect(modules.some((url) => url.endsWith("/dist/render/docx/index.js"))).toBe(true);
    expect(modules.filter(fromDocx)).toEqual([]);
    expect(resolvedModules(entry, REFERENCE).some(fromDocx)).toBe(true);
  });

  it("is in no chunk of the bundle that a default build loads, only with --reference-doc", () => {
    const entry = [path.join(REPO, "bin/plan.js")];
    const chunksHolding = (modules: string[]) =>
      modules.filter((url) => url.includes("/dist/bundle/") && readFileSync(fileURLToPath(url), "utf8").includes(DOCX_MARK));
    expect(chunksHolding(resolvedModules(entry))).toEqual([]);
    expect(chunksHolding(resolvedModules(entry, REFERENCE)).length).toBe(1);
  });
});
