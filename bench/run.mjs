#!/usr/bin/env node
// `npm run bench`: times `plan validate` and `plan build` on the S, M and L plans against two
// yardsticks measured in the same run (`node -e 0`, and pandoc turning our own Markdown draft
// into DOCX), prints a table with the issue's targets, and writes bench/out/results.json.
//
//   node bench/run.mjs [--sizes s,m,l] [--runs 5] [--regenerate]
// Run `npm run build` first: the bench times bin/plan.js, which runs dist/.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generate, PLANS_DIR } from "./generate.mjs";
import { HAS_GNU_TIME, LIMIT_S, measure, onPath, SLOW_MS } from "./measure.mjs";
import { printTable, verdicts } from "./report.mjs";

const REPO = path.resolve(import.meta.dirname, "..");
const OUT = path.join(REPO, "bench/out");
const PLAN = path.join(REPO, "bin/plan.js");
const node = process.execPath;
/** The start-up yardstick, also run beside each plan command (see measure). */
const NODE_E_0 = [node, ["-e", "0"]];

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const sizes = arg("sizes", "s,m,l").split(",");
const runs = Number(arg("runs", "5"));

function commands() {
  const help = spawnSync(node, [PLAN, "--help"], { encoding: "utf8" });
  if (help.status !== 0) throw new Error(`bin/plan.js does not run (did you \`npm run build\`?): ${help.stderr}`);
  const has = (name) => new RegExp(`^\\s+${name}\\b`, "m").test(help.stdout);
  const buildHelp = has("build") ? spawnSync(node, [PLAN, "build", "--help"], { encoding: "utf8" }).stdout : "";
  return { validate: has("validate"), build: has("build"), docx: /\bdocx\b/.test(buildHelp) };
}

const na = (reason) => ({ ok: false, reason });

/** The folder with the Markdown draft `plan build --format md` wrote, and the draft's name. */
function findDraft(dir) {
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).filter((file) => file.endsWith(".en.md")).sort()[0];
  return name && path.join(dir, name);
}

function benchSize(size, available, rows) {
  const plan = path.join(PLANS_DIR, size);
  let stopped; // once a command of this size hits the time limit, the slower ones are not started
  const add = (name, result, extra = {}) => {
    rows.push({ size, name, ...extra, ...result });
    if (!result.ok && result.reason.startsWith("did not finish")) stopped ??= `skipped: ${name} did not finish within ${LIMIT_S} s`;
    process.stderr.write(`  ${size} ${name}: ${result.ok ? `${result.ms.toFixed(0)} ms` : `n/a: ${result.reason}`}\n`);
  };
  const okStatus = [0, 1]; // 1 = findings; the plans are clean, but a warning policy must not hide a timing
  add("validate", available.validate ? measure(node, [PLAN, "validate", plan], { runs, okStatus, beside: NODE_E_0 }) : na("no `plan validate`"));
  // L with a fault in every action (generate.mjs, writeFaultyPlan): the checks at scale when they have much to say.
  const faulty = path.join(PLANS_DIR, `${size}f`);
  if (size === "l" && available.validate) add("validate faulty", measure(node, [PLAN, "validate", faulty, "--format", "json"], { runs, okStatus, beside: NODE_E_0 }));
  // On L each build takes a minute or more: only the one the targets name.
  const builds = size === "l" ? [["md+docx", "md,docx"]] : [["md", "md"], ["docx", "docx"], ["md+docx", "md,docx"]];
  for (const [label, format] of builds) {
    const out = path.join(OUT, "build", `${size}-${label.replace("+", "-")}`);
    let result;
    if (!available.build) result = na("no `plan build` yet");
    else if (format.includes("docx") && !available.docx) result = na("`plan build` has no docx format yet");
    else if (stopped) result = na(stopped);
    else result = measure(node, [PLAN, "build", plan, "--out", out, "--format", format, "--lang", "en"], { runs, okStatus, beside: NODE_E_0 });
    add(`build ${label}`, result);
  }
  const draft = findDraft(path.join(OUT, "build", `${size}-md-docx`)) ?? findDraft(path.join(OUT, "build", `${size}-md`));
  let pandoc;
  if (!onPath("pandoc")) pandoc = na("pandoc is not installed");
  else if (!draft) pandoc = na("no Markdown draft (needs `plan build --format md`)");
  else pandoc = measure("pandoc", [draft, "-o", path.join(OUT, "build", `pandoc-${size}.docx`)], { runs, once: size === "l", beside: NODE_E_0 });
  add("pandoc md->docx", pandoc, { yardstick: true });
}

function main() {
  const started = Date.now();
  const needed = sizes.includes("l") ? [...sizes, "lf"] : sizes;
  if (process.argv.includes("--regenerate") || !needed.every((size) => existsSync(path.join(PLANS_DIR, size, "plan.yaml")))) {
    const { markdown } = generate(42);
    if (!markdown) console.log("note: groups are YAML only (`plan convert` does not exist yet)");
  }
  // Drafts of an earlier run must not stand in for a build that failed in this one.
  rmSync(path.join(OUT, "build"), { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const available = commands();
  const baseline = measure(...NODE_E_0, { runs });
  const rows = [{ size: "-", name: "node -e 0", yardstick: true, ...baseline }];
  for (const size of sizes) benchSize(size, available, rows);
  const targets = verdicts(rows, baseline);
  const meta = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    pandoc: onPath("pandoc") ? spawnSync("pandoc", ["--version"], { encoding: "utf8" }).stdout.split("\n")[0] : undefined,
    method: `median of ${runs} runs after one warm-up (a run over ${SLOW_MS / 1000} s is measured once, one over ${LIMIT_S} s is stopped); builds write --lang en only, as pandoc converts one draft; × node against node -e 0 run before each timed run (the first row: on its own); × pandoc of two such ratios where both have them; wall time from hrtime around the child; peak RSS from ${HAS_GNU_TIME ? "GNU time %M" : "n/a (no /usr/bin/time)"}`,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  printTable(rows, baseline, targets, meta);
  writeFileSync(path.join(OUT, "results.json"), `${JSON.stringify({ meta, rows, targets }, null, 2)}\n`);
  console.log(`\nresults written to ${path.relative(process.cwd(), path.join(OUT, "results.json"))} (${meta.seconds} s)`);
}

main();
