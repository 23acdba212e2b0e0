#!/usr/bin/env node
// CommonJS (bin/package.json says so): Node starts a CommonJS entry ~40 ms sooner than an ES module.
// It runs the bundle of dist/cli/main.js (scripts/bundle.mjs), compiled from V8's code cache.
"use strict";
const { requireBundle } = require("./code-cache.js");

const { main, outputTo, shellCwd } = requireBundle();
const io = { cwd: shellCwd(process.cwd(), process.env.PWD), env: process.env, stdout: outputTo(1, () => process.stdout), stderr: outputTo(2, () => process.stderr) };
main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
