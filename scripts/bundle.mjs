// Bundles dist/cli/main.js (as tsc wrote it) into dist/bundle/: one minified CommonJS file for the
// start-up path, and lazy chunks for what the code loads with import() (remark, docx, renderers).
// bin/plan.js runs the bundle. Start-up is resolving and compiling ~200 small module files
// (zod alone is 95); one file cuts `plan --version` by ~40% and `plan validate` by ~25% (bench/).
// CommonJS, because Node 20 starts CommonJS faster than ES modules and lets bin/code-cache.js
// compile it from V8's code cache, which this script then fills by running plan on the shipped plan.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const root = (relative) => fileURLToPath(new URL(`../${relative}`, import.meta.url));
const out = root("dist/bundle");
rmSync(out, { recursive: true, force: true });
const bundle = await rolldown({ input: root("dist/cli/main.js"), platform: "node", logLevel: "warn" });
await bundle.write({ dir: out, format: "cjs", minify: true, entryFileNames: "main.cjs", chunkFileNames: "[name]-[hash].cjs" });
await bundle.close();
writeCodeCache();

/**
 * Runs the commands people run most, so that bin/code-cache.js saves what they compiled: validate
 * first (it writes the start-up chunks), then a build of every format (the renderers).
 */
function writeCodeCache() {
  const drafts = mkdtempSync(path.join(tmpdir(), "rcm-code-cache-"));
  const plan = root("plans/rcm-smuggling");
  const runs = [["validate", plan], ["build", plan, "--format", "md,docx,json", "--out", drafts]];
  try {
    for (const args of runs) {
      const run = spawnSync(process.execPath, [root("bin/plan.js"), ...args], { env: { ...process.env, RCM_PLAN_WRITE_CODE_CACHE: "1" }, encoding: "utf8" });
      if (run.status !== 0) throw new Error(`plan ${args[0]} failed while writing the code cache:\n${run.stderr}`);
    }
  } finally {
    rmSync(drafts, { recursive: true, force: true });
  }
}
