#!/usr/bin/env node
// CommonJS (bin/package.json says so): Node starts a CommonJS entry ~40 ms sooner than an ES module.
// It runs the bundle of dist/cli/main.js (scripts/bundle.mjs), compiled from V8's code cache.
"use strict";
const { requireBundle } = require("./code-cache.js");

const { main, outputTo, shellCwd } = requireBundle();
const cwd = workingDirectory();
if (cwd === undefined) {
  process.exitCode = 2;
} else {
  const io = { cwd: shellCwd(cwd, process.env.PWD), env: process.env, stdout: outputTo(1, () => process.stdout), stderr: outputTo(2, () => process.stderr) };
  main(process.argv.slice(2), io).then((code) => {
    // With every byte of the output written, plan ends here: Node's teardown of the heap, which a
    // natural end waits for, writes nothing (~4 ms of a small validate, more after a large build).
    if (io.stdout.written() && io.stderr.written()) process.exit(code);
    else process.exitCode = code;
  });
}

/** The working directory, or undefined, said why, when there is none to read (removed, or a path too long). */
function workingDirectory() {
  try {
    return process.cwd();
  } catch (error) {
    const why = error && error.code === "ENOENT" ? "it no longer exists" : `${(error && error.code) || error}`;
    process.stderr.write(`plan: the current directory cannot be read: ${why}; cd into a directory that exists and run it again\n`);
    return undefined;
  }
}
