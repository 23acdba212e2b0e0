// Bundles dist/cli/main.js (as tsc wrote it) into dist/bundle/: one minified CommonJS file for the
// start-up path, and lazy chunks for what the code loads with import() (remark, docx, renderers).
// bin/plan.js runs the bundle. Start-up is resolving and compiling ~200 small module files
// (zod alone is 95); one file cuts `plan --version` by ~40% and `plan validate` by ~25% (bench/).
// CommonJS, because Node 20 starts CommonJS faster than ES modules and lets bin/code-cache.js
// compile it from V8's code cache, which this script then fills by running plan (writeCodeCache).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const root = (relative) => fileURLToPath(new URL(`../${relative}`, import.meta.url));
const out = root("dist/bundle");
rmSync(out, { recursive: true, force: true });
const bundle = await rolldown({ input: root("dist/cli/main.js"), platform: "node", logLevel: "warn", plugins: [startUpOnly()] });
// import() of a Node module becomes require() too: bin/code-cache.js compiles chunks as scripts,
// which have no ES module loader to import with. Each chunk is written inside the function wrapper
// Node would put around a CommonJS module, so that bin/code-cache.js compiles the text it read
// rather than a copy joined to the wrapper (~250 KB less for the collector to copy at start-up).
// ASCII, so that V8 holds the texts in one byte a character.
await bundle.write({
  dir: out,
  format: "cjs",
  minify: true,
  entryFileNames: "main.cjs",
  chunkFileNames: "[name]-[hash].cjs",
  dynamicImportInCjs: false,
  charset: "ascii",
  postBanner: "(function (exports, require, module, __filename, __dirname) {",
  postFooter: "\n})",
});
await bundle.close();
writeCodeCache();

/**
 * Two Node modules the dependencies load at start-up for something plan never does, ~8 ms of a
 * small `plan validate` (child_process pulls in net, dgram and the streams):
 * - commander requires child_process to spawn executable subcommands, which plan has none of: it
 *   gets a stand-in that requires child_process on first use;
 * - chalk asks supports-color (which loads tty and os) for the default instance's colour level;
 *   plan always gives the level itself (wantsColor in cli/io.ts), so chalk gets the variant that
 *   reads nothing.
 */
function startUpOnly() {
  const LAZY_CHILD_PROCESS = "\0lazy-child-process";
  return {
    name: "start-up-only",
    resolveId(id, importer) {
      if (id === "node:child_process" && importer?.includes("/node_modules/commander/")) return LAZY_CHILD_PROCESS;
      if (id === "#supports-color" && importer?.includes("/node_modules/chalk/")) return root("node_modules/chalk/source/vendor/supports-color/browser.js");
      return undefined;
    },
    load(id) {
      if (id !== LAZY_CHILD_PROCESS) return undefined;
      // Its own require of child_process is left to Node: resolveId above redirects only commander's.
      return `let loaded;
module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require("node:child_process"))[key] });`;
    },
  };
}

/**
 * Runs the commands people run most, so that bin/code-cache.js saves what they compiled: validate
 * first (it writes the start-up chunks), then a build of every format (the renderers). On a plan
 * that `plan init --markdown` makes (tests hold it valid, with YAML and Markdown files), not on
 * the shipped plan, whose edits must not break the build.
 */
function writeCodeCache() {
  const scratch = mkdtempSync(path.join(tmpdir(), "rcm-code-cache-"));
  const plan = path.join(scratch, "plan");
  const runs = [
    { args: ["init", plan, "--markdown"], record: false },
    { args: ["validate", plan], record: true },
    { args: ["build", plan, "--format", "md,docx,json"], record: true },
  ];
  try {
    for (const { args, record } of runs) {
      const env = { ...process.env, RCM_PLAN_WRITE_CODE_CACHE: record ? "1" : "" };
      const run = spawnSync(process.execPath, [root("bin/plan.js"), ...args], { env, encoding: "utf8" });
      if (run.status !== 0) throw new Error(`plan ${args[0]} failed while writing the code cache:\n${run.stderr}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
