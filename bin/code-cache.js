// Loads the bundle (dist/bundle/*.cjs) with V8's code cache, so start-up skips compiling what a
// run of `plan` compiled before: ~15 ms of `plan validate` on a small plan (bench/README.md).
// Node 20 has no compile cache of its own (module.enableCompileCache came in Node 22).
//
// The caches are written by `npm run build` (scripts/bundle.mjs runs plan with RCM_PLAN_WRITE_CODE_CACHE
// set) into dist/bundle/code-cache/, which the build empties with the bundle, so a cache never
// outlives the source it was made from. V8 itself refuses a cache from another Node version or
// other V8 flags; the chunk is then compiled as usual. Nothing here changes what plan outputs.
"use strict";
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const BUNDLE = path.join(__dirname, "../dist/bundle");
const CACHE = path.join(BUNDLE, "code-cache");

/** `require`s the bundle's entry with every bundle chunk compiled through the code cache. */
function requireBundle() {
  const compiled = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function compileFromCache(content, filename) {
    if (path.dirname(filename) !== BUNDLE) return compile.call(this, content, filename);
    const cacheFile = path.join(CACHE, `${path.basename(filename)}.v8`);
    const cachedData = readIfPresent(cacheFile);
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    compiled.push({ script, cacheFile, cached: cachedData !== undefined });
    const module = this;
    const wrapper = script.runInThisContext();
    return wrapper.call(module.exports, module.exports, (id) => module.require(id), module, filename, BUNDLE);
  };
  if (process.env.RCM_PLAN_WRITE_CODE_CACHE) process.once("exit", () => writeCaches(compiled));
  return require(path.join(BUNDLE, "main.cjs"));
}

/**
 * Saves the code V8 compiled for each chunk that had no cache. At exit, so that it holds the
 * functions the run called, not only the chunks' top level. A chunk that has a cache keeps it: a
 * later run (plan build) may have changed V8's flags, and its cache would not fit the first.
 */
function writeCaches(compiled) {
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    for (const { script, cacheFile, cached } of compiled) {
      if (!cached) fs.writeFileSync(cacheFile, script.createCachedData());
    }
  } catch (error) {
    // Without a cache plan only starts slower: the build goes on (V8 refuses a cut-off file).
    process.stderr.write(`plan: the code cache was not written: ${error.message}\n`);
  }
}

function readIfPresent(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

module.exports = { requireBundle };
