#!/usr/bin/env node
// The bundle of dist/cli/main.js (scripts/bundle.mjs): one file loads faster than two hundred.
import { main } from "../dist/bundle/main.js";

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
