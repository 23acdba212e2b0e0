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

/**
 * The exports of the bundle's entry. The bundle's chunks require each other by their own names
 * (`./fast-yaml-[hash].cjs`), which are loaded here directly rather than through Node's `require`:
 * its search for each file (stat, realpath, the package.json around it) costs ~1 ms a chunk, and a
 * small `plan validate` loads a dozen. Every other name goes to Node's `require`.
 */
function requireBundle() {
  const compiled = [];
  const requireChunk = (name) => {
    // Joined by hand: a chunk's name is a plain file name, and each path.join walks the whole path.
    const filename = `${BUNDLE}${path.sep}${name}`;
    const known = Module._cache[filename];
    if (known) return known.exports;
    const module = new Module(filename, null);
    module.filename = filename;
    // In Node's cache, as require would have it: the start-up test reads which chunks a command loaded there.
    Module._cache[filename] = module;
    const cacheFile = `${CACHE}${path.sep}${name}.v8`;
    const cachedData = readIfPresent(cacheFile);
    // The chunk's text is a function expression (scripts/bundle.mjs wraps it as Node would).
    const script = new vm.Script(fs.readFileSync(filename, "utf8"), { filename, cachedData });
    compiled.push({ script, cacheFile, cached: cachedData !== undefined });
    const chunkRequire = (id) => (id.startsWith("./") ? requireChunk(id.slice(2)) : require(id));
    try {
      script.runInThisContext().call(module.exports, module.exports, chunkRequire, module, filename, BUNDLE);
    } catch (error) {
      // As Node's require: a chunk that failed is not left half-made for the next to find.
      delete Module._cache[filename];
      throw error;
    }
    module.loaded = true;
    return module.exports;
  };
  if (process.env.RCM_PLAN_WRITE_CODE_CACHE) process.once("exit", () => writeCaches(compiled));
  return requireChunk("main.cjs");
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
