/**
 * Spawns the real bin/plan.js (built by `npm run build`, which `npm test` runs first), so the
 * packaging, the exit code as the shell sees it and the colour rules are tested as a user meets them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyToTemp, REPO } from "../helpers/run.js";

const BIN = path.join(REPO, "bin/plan.js");
const LINE = /^\S+:\d+:\d+  (error|warning|info)  .+  [a-z-]+$/;
const ANSI = /\u001b\[/;

/** Runs bin/plan.js with only the variables given (no inherited NO_COLOR, FORCE_COLOR or CI). */
function plan(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { PATH: process.env.PATH ?? "", ...options.env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const golden = (name: string) => copyToTemp(path.join(REPO, "test/golden", name, "input"));

beforeAll(() => {
  expect(existsSync(path.join(REPO, "dist/cli/main.js")), "run `npm run build` first").toBe(true);
});

describe("plan validate (bin/plan.js)", () => {
  it("passes the shipped plan", () => {
    const result = plan(["validate", "plans/rcm-smuggling"]);
    expect(result).toEqual({ status: 0, stdout: "no problems in 12 files\n", stderr: "" });
  });

  it("-o /dev/stdout: stdout is the report alone, which parses, and the summary goes to stderr", () => {
    const dir = golden("core-unknown-country");
    const json = plan(["validate", "--format", "json", "-o", "/dev/stdout"], { cwd: dir });
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { summary: { errors: number; files: number } };
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(json.stderr).toMatch(/^\d+ problems? \(\d+ errors?, .*\) in \d+ files?\njson report written to \/dev\/stdout\n$/);
    const sarif = plan(["validate", "--format", "sarif", "-o", "/dev/stdout"], { cwd: dir });
    expect((JSON.parse(sarif.stdout) as { version: string }).version).toBe("2.1.0");
  });

  it("defaults to the current directory", () => {
    const result = plan(["validate"], { cwd: path.join(REPO, "plans/rcm-smuggling") });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("no problems in 12 files\n");
  });

  it("reports a broken plan, one `file:line:column  severity  message  code` line each, and exits 1", () => {
    const result = plan(["validate"], { cwd: golden("core-unknown-key") });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("");
    const lines = result.stdout.trimEnd().split("\n");
    const reports = lines.filter((line) => !line.startsWith("  ") && line !== "").slice(0, -1);
    expect(reports).toHaveLength(3);
    for (const line of reports) expect(line).toMatch(LINE);
    expect(reports[0]).toBe("groups/intelligence.yaml:3:32  error  unknown key 'organisation' in 'facilitator'  unknown-key");
    expect(lines.at(-1)).toBe("3 problems (3 errors, 0 warnings, 0 infos) in 2 files");
  });

  it("prints paths relative to the working directory", () => {
    const result = plan(["validate", path.join(golden("core-missing-lead"), "groups", "..")], { cwd: REPO });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^\.\.\/.*\/groups\/intelligence\.yaml:9:13  error  action INT-1\.1 has no lead  missing-lead$/m);
  });

  it("prints paths as the shell names the directory, when it is reached through a symbolic link", () => {
    // macOS's /tmp is /private/tmp: `cd /tmp/plan && plan validate /tmp/plan` must not say ../../../tmp/plan/groups.
    const real = golden("core-missing-lead");
    const link = `${real}-link`;
    symlinkSync(real, link);
    const result = plan(["validate", link], { cwd: link, env: { PWD: link } });
    expect(result.stdout).toMatch(/^groups\/intelligence\.yaml:9:13  error  action INT-1\.1 has no lead  missing-lead$/m);
    const elsewhere = plan(["validate", link], { cwd: real, env: { PWD: REPO } }); // a stale PWD is not believed
    expect(elsewhere.stdout).toMatch(/^\.\.\/\S+-link\/groups\/intelligence\.yaml:9:13 /m);
  });

  it("exits 2 with a message on stderr and no stack trace for a missing directory", () => {
    const result = plan(["validate", "no/such/plan"]);
    expect(result).toEqual({ status: 2, stdout: "", stderr: "plan: no such file or directory: no/such/plan\n" });
  });

  it("exits 2 for a file named with a trailing slash, as a shell or git would: not a directory", () => {
    const cwd = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    const before = readFileSync(path.join(cwd, "plan.yaml"), "utf8");
    const refused = (name: string) => ({ status: 2, stdout: "", stderr: `plan: not a directory: ${name}\n` });
    expect(plan(["fmt", "plan.yaml/"], { cwd })).toEqual(refused("plan.yaml/"));
    expect(plan(["validate", "groups/1-intelligence.yaml/"], { cwd })).toEqual(refused("groups/1-intelligence.yaml/"));
    expect(plan(["convert", "groups/1-intelligence.yaml/", "--to", "md"], { cwd })).toEqual(refused("groups/1-intelligence.yaml/"));
    expect(plan(["textconv", `${REPO}/templates/reference.docx/`], { cwd })).toEqual(refused(`${REPO}/templates/reference.docx/`));
    expect(plan(["build", "--reference-doc=plan.yaml/"], { cwd })).toEqual(refused("plan.yaml/"));
    expect(readFileSync(path.join(cwd, "plan.yaml"), "utf8")).toBe(before);
    // A directory named with its slash is as before.
    expect(plan(["validate", "./"], { cwd }).status).toBe(0);
    // A file to write, named with a slash, whether or not something is there yet: nothing is written.
    const toWrite = (option: string, name: string) => ({ status: 2, stdout: "", stderr: `plan: ${option} names the file to write: ${name} ends in a slash, as a directory's name does; write it without the slash\n` });
    expect(plan(["validate", "-o", "report.json/"], { cwd })).toEqual(toWrite("-o", "report.json/"));
    expect(plan(["validate", "-oreport.json/"], { cwd })).toEqual(toWrite("-o", "report.json/"));
    expect(plan(["validate", "--baseline=known.json/", "--update-baseline"], { cwd })).toEqual(toWrite("--baseline", "known.json/"));
    expect(plan(["convert", "groups/1-intelligence.yaml", "--to", "md", "--output", "groups/"], { cwd })).toEqual(toWrite("--output", "groups/"));
    expect(readdirSync(cwd).sort()).toEqual(["groups", "narrative", "plan.yaml"]);
  });

  it("reads -o - as the terminal, as plan schema does, not as a file named '-'", () => {
    const cwd = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    const validated = plan(["validate", "--format", "json", "-o", "-"], { cwd });
    expect(validated.status).toBe(0);
    expect(JSON.parse(validated.stdout)).toMatchObject({ diagnostics: [] });
    const converted = plan(["convert", "groups/1-intelligence.yaml", "--to", "md", "-o", "-"], { cwd });
    expect(converted.stdout).toMatch(/^---\n/);
    expect(existsSync(path.join(cwd, "-"))).toBe(false);
  });

  it("exits 2 for an empty argument, which would otherwise stand for the current directory", () => {
    // `plan validate "$PLAN"` with PLAN unset, run inside a plan: the plan there was validated instead.
    const cwd = path.join(REPO, "plans/rcm-smuggling");
    expect(plan(["validate", ""], { cwd })).toEqual({ status: 2, stdout: "", stderr: "plan: argument 2 (after validate) is empty (''): give a value, or leave it out (an unset variable?)\n" });
    // `--out ""` wrote the drafts among the plan's own files.
    expect(plan(["build", ".", "--out="], { cwd })).toEqual({ status: 2, stdout: "", stderr: "plan: the value of --out is empty: give one, or leave the option out (an unset variable?)\n" });
  });

  it("exits 2 for a directory without plan.yaml", () => {
    const result = plan(["validate", "docs"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("plan: no plan.yaml in docs; is this a plan directory? (`plan init` makes one)\n");
  });

  it("exits 2 for an unknown option or format", () => {
    const option = plan(["validate", "--bogus"]);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("unknown option '--bogus'");
    const format = plan(["validate", "--format", "xml", "plans/rcm-smuggling"]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain("xml");
    expect(format.stdout).toBe("");
  });

  it("--strict fails on warnings too", () => {
    const cwd = golden("core-short-period");
    const plain = plan(["validate"], { cwd });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain("1 problem (0 errors, 1 warning, 0 infos) in 2 files");
    expect(plan(["validate", "--strict"], { cwd }).status).toBe(1);
    expect(plan(["validate", "--strict", "plans/rcm-smuggling"]).status).toBe(0);
  });

  it("--format json prints the documented report", () => {
    const result = plan(["validate", "--format", "json"], { cwd: golden("core-unknown-indicator") });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report.diagnostics[0])).toEqual(["code", "severity", "message", "file", "line", "column", "endLine", "endColumn", "path", "hint"]);
    expect(report.diagnostics[0]).toMatchObject({ code: "unknown-indicator", message: "unknown indicator SOM-6.9", hint: "Did you mean SOM-6.1?", path: "objectives.0.actions.0.protocol.0" });
    expect(report.summary).toEqual({ errors: 2, warnings: 0, infos: 0, files: 2 });
  });
});

describe("colour", () => {
  const cwd = () => golden("core-unknown-indicator");

  it("none when writing to a pipe", () => {
    expect(plan(["validate"], { cwd: cwd() }).stdout).not.toMatch(ANSI);
  });

  it("FORCE_COLOR=1 turns it on", () => {
    const result = plan(["validate"], { cwd: cwd(), env: { FORCE_COLOR: "1" } });
    expect(result.stdout).toMatch(ANSI);
    expect(result.stdout.replace(/\u001b\[[0-9;]*m/g, "")).toBe(plan(["validate"], { cwd: cwd() }).stdout);
  });

  it("NO_COLOR wins over FORCE_COLOR (no-color.org), and FORCE_COLOR=0 keeps it off", () => {
    expect(plan(["validate"], { cwd: cwd(), env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toMatch(ANSI);
    expect(plan(["validate"], { cwd: cwd(), env: { FORCE_COLOR: "0" } }).stdout).not.toMatch(ANSI);
  });

  it("never colours the JSON report", () => {
    const result = plan(["validate", "--format", "json"], { cwd: cwd(), env: { FORCE_COLOR: "1" } });
    expect(result.stdout).not.toMatch(ANSI);
  });
});

describe("plan", () => {
  it("--version prints package.json's version", () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string };
    expect(plan(["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help lists the commands", () => {
    const result = plan(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage: plan [options] [command]");
    expect(result.stdout).toMatch(/^Commands:$/m);
    expect(result.stdout).toMatch(/^ {2}validate \[options\] \[dir\] +check a plan's files/m);
  });

  it("without a command shows the commands on stderr and exits 2, as a usage error; `plan help` exits 0", () => {
    const bare = plan([]);
    expect(bare.status).toBe(2);
    expect(bare.stdout).toBe("");
    expect(bare.stderr).toContain("Usage: plan [options] [command]");
    expect(plan(["help"]).status).toBe(0);
    expect(plan(["help", "build"]).stdout).toContain("write the drafts (Word, Markdown, JSON)");
  });

  it("validate --help documents --format and --strict", () => {
    const result = plan(["validate", "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("--format <name>");
    expect(result.stdout).toContain("--strict");
  });
});
