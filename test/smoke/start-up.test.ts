/**
 * What `plan validate` loads before it can answer is start-up time (bench/README.md): Node modules
 * that only other commands or other paths need stay unloaded. child_process (commander's executable
 * subcommands), tty and os (chalk's colour detection), v8 (plan build's heap setting), net and the
 * streams (Node's stdout for a pipe, which bin/plan.js writes to itself) and zod (only for a file
 * the zod-free check gives up) each cost milliseconds of a small plan's 200 ms.
 * Checked on the real bin/plan.js, with Node's own list of the modules it loaded.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyToTemp, REPO } from "../helpers/run.js";

/** The Node modules and bundle chunks `plan ARGS` loaded, as Node lists them at exit. */
function loaded(args: string[], cwd: string, stdout: "pipe" | number = "pipe"): { builtins: string[]; chunks: string[] } {
  const list = path.join(mkdtempSync(path.join(tmpdir(), "rcm-start-up-")), "modules.json");
  const record = `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify([process.moduleLoadList, Object.keys(require.cache)])))`;
  const run = spawnSync(process.execPath, ["--eval", `${record}; process.argv.splice(1, 0, "plan"); require(${JSON.stringify(path.join(REPO, "bin/plan.js"))})`, ...args], { cwd, stdio: ["ignore", stdout, "pipe"], encoding: "utf8" });
  expect(run.status, run.stderr).toBeLessThanOrEqual(1);
  const [modules, files] = JSON.parse(readFileSync(list, "utf8")) as [string[], string[]];
  return {
    builtins: modules.filter((m) => m.startsWith("NativeModule ")).map((m) => m.slice("NativeModule ".length)),
    chunks: files.filter((f) => f.includes(`${path.sep}dist${path.sep}bundle${path.sep}`)).map((f) => path.basename(f)),
  };
}

const SHIPPED = path.join(REPO, "plans/rcm-smuggling");
/** Whether a bundle chunk holds zod: its error class's name, which no minifier renames. */
const holdsZod = (chunk: string) => readFileSync(path.join(REPO, "dist/bundle", chunk), "utf8").includes("ZodError");
const UNNEEDED = ["child_process", "tty", "os", "v8", "net", "stream"];

describe("plan validate on the shipped plan", () => {
  it("loads no Node module it does not use, and not zod", () => {
    const { builtins, chunks } = loaded(["validate", SHIPPED], REPO);
    expect(builtins).toContain("fs");
    expect(builtins.filter((name) => UNNEEDED.includes(name))).toEqual([]);
    expect(chunks).toContain("main.cjs");
    expect(chunks.filter(holdsZod)).toEqual([]);
    // Each chunk costs about a millisecond to read and compile. An import() of a module the start-up
    // chunk holds splits it, and every command then loads more (four more, once: 1.045x validate S;
    // one more when the value hints imported model/reference.ts for its ALL). The thirteenth is
    // diagnostics/suggest.ts, split from the value hints' chunk once the build's narrative-dead-link
    // check used it too: validate S counted 681.8 and 692.6 M instructions against 695.9 and 695.2 M
    // before (callgrind), within a run's spread.
    expect(chunks.length).toBeLessThanOrEqual(13);
  });

  it.skipIf(!existsSync("/dev/null"))("loads no stream either when its report goes to /dev/null, as a benchmark's runs do", () => {
    const devNull = openSync("/dev/null", "w");
    try {
      expect(loaded(["validate", SHIPPED], REPO, devNull).builtins.filter((name) => UNNEEDED.includes(name))).toEqual([]);
    } finally {
      closeSync(devNull);
    }
  });

  it("loads zod when a file is not what the zod-free check can read, and v8 for plan build", () => {
    const broken = copyToTemp(SHIPPED);
    const group = path.join(broken, "groups/1-intelligence.yaml");
    writeFileSync(group, readFileSync(group, "utf8").replace(/^group: intelligence$/m, "group: [intelligence]"));
    expect(readFileSync(group, "utf8")).toContain("group: [intelligence]");
    expect(loaded(["validate", broken], REPO).chunks.filter(holdsZod).length).toBe(1);
    const out = mkdtempSync(path.join(tmpdir(), "rcm-start-up-drafts-"));
    expect(loaded(["build", SHIPPED, "--format", "md", "--out", out], REPO).builtins).toContain("v8");
  });
});

describe("the bundle's chunks", () => {
  // V8 keeps an ASCII text in one byte a character, and bin/code-cache.js compiles each chunk's text
  // as it is read, so each must be one function expression already (scripts/bundle.mjs).
  const chunks = readdirSync(path.join(REPO, "dist/bundle")).filter((name) => name.endsWith(".cjs"));

  it("are ASCII, each one CommonJS function expression", () => {
    expect(chunks).toContain("main.cjs");
    for (const chunk of chunks) {
      const text = readFileSync(path.join(REPO, "dist/bundle", chunk), "utf8");
      expect(text.match(/[^\x00-\x7f]/g) ?? [], chunk).toEqual([]);
      expect(text.startsWith("(function (exports, require, module, __filename, __dirname) {"), chunk).toBe(true);
      expect(text.trimEnd().endsWith("})"), chunk).toBe(true);
    }
  });
});
