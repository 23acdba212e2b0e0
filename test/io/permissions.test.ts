/**
 * Folders and files the user may not read (a folder copied from another account, a mount with
 * other permissions). The tests run as root in CI, where permissions do not bite, so the system
 * calls answer EACCES through spies, as they do for another user.
 */
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { copyToTemp, REPO, runPlan } from "../helpers/run.js";

const SHIPPED = path.join(REPO, "plans/rcm-smuggling");

afterEach(() => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
});

/** Makes `call` of node:fs fail with EACCES for the paths `denied` picks, as the system would for another user. */
function deny(call: "readdirSync" | "statSync" | "openSync", denied: (file: string) => boolean): void {
  const original = fs[call] as (...args: unknown[]) => unknown;
  vi.spyOn(fs, call).mockImplementation(((file: fs.PathLike, ...rest: unknown[]) => {
    if (denied(String(file))) throw Object.assign(new Error(`EACCES: permission denied, '${String(file)}'`), { code: "EACCES", path: String(file), syscall: call });
    return original(file, ...rest);
  }) as never);
  syncBuiltinESMExports();
}

/** Makes fs.promises.access say `file` may not be written, as it does for a file its owner made read-only. */
function denyWriting(file: string): void {
  const access = fs.promises.access;
  vi.spyOn(fs.promises, "access").mockImplementation(async (asked, mode) => {
    if (String(asked) === file) throw Object.assign(new Error("EACCES"), { code: "EACCES", path: file, syscall: "access" });
    return access(asked, mode);
  });
}

describe("a groups folder the user may not list", () => {
  it("is an unreadable-file error, exit 1, where validate had passed having checked no group", async () => {
    const dir = copyToTemp(SHIPPED);
    deny("readdirSync", (file) => file === path.join(dir, "groups"));
    const result = await runPlan(["validate", "--format", "json"], dir);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as { diagnostics: { file: string; code: string; line: number; message: string }[] };
    // Not uncovered-theme five times, nor no-groups: the themes' groups are in the folder not listed.
    expect(report.diagnostics.map((d) => [d.file, d.code, d.line, d.message])).toEqual([["groups", "unreadable-file", 1, "the folder cannot be listed: permission denied"]]);
  });

  it("stops plan fmt --check with the folder named (exit 2), where it had passed having checked plan.yaml alone", async () => {
    const dir = copyToTemp(SHIPPED);
    deny("readdirSync", (file) => file === path.join(dir, "groups"));
    const result = await runPlan(["fmt", "--check", "."], dir);
    expect(result).toEqual({ exitCode: 2, stdout: "", stderr: "plan: cannot read groups: permission denied\n" });
  });

  it("is not said for a folder no groups pattern looks in: narrative/, nor groups/archive/ for groups/*.{yaml,yml,md}", async () => {
    const dir = copyToTemp(SHIPPED);
    fs.mkdirSync(path.join(dir, "groups/archive"));
    deny("readdirSync", (file) => file === path.join(dir, "narrative") || file === path.join(dir, "groups/archive"));
    expect(await runPlan(["validate"], dir)).toMatchObject({ exitCode: 0, stdout: "no problems in 12 files\n" });
  });

  it("is said of the plan directory itself when it cannot be listed", async () => {
    const dir = copyToTemp(SHIPPED);
    deny("readdirSync", (file) => file === dir);
    const result = await runPlan(["validate", "--format", "json"], dir);
    const report = JSON.parse(result.stdout) as { diagnostics: { file: string; code: string }[] };
    expect(report.diagnostics.map((d) => [d.file, d.code])).toEqual([[".", "unreadable-file"]]);
    expect(result.exitCode).toBe(1);
  });
});

describe("a narrative file the user may not read", () => {
  it("is unreadable-file at the file, not a missing-file at its name in plan.yaml", async () => {
    const dir = copyToTemp(SHIPPED);
    const chapter = path.join(dir, "narrative/es/01-antecedentes.md");
    deny("statSync", (file) => file === chapter);
    deny("openSync", (file) => file === chapter);
    const result = await runPlan(["validate", "--format", "json"], dir);
    const report = JSON.parse(result.stdout) as { diagnostics: { file: string; code: string; message: string }[] };
    expect(report.diagnostics.map((d) => [d.file, d.code, d.message])).toEqual([["narrative/es/01-antecedentes.md", "unreadable-file", "cannot read the file: permission denied"]]);
    expect(result.exitCode).toBe(1);
  });
});

describe("a file or folder the user may not write", () => {
  /** A copy of the shipped plan whose first group is out of form, so that fmt would rewrite it. */
  function planToFormat(): string {
    const dir = copyToTemp(SHIPPED);
    const group = path.join(dir, "groups/1-intelligence.yaml");
    fs.writeFileSync(group, fs.readFileSync(group, "utf8").replace("group: intelligence", "group:   intelligence"));
    return dir;
  }

  /** `plan fmt target` in `dir` with `readOnly` made read-only: refused (exit 2), the first group named, and `readOnly` left as it was. */
  async function expectRefused(dir: string, readOnly: string, target: string): Promise<void> {
    const before = fs.readFileSync(readOnly, "utf8");
    denyWriting(readOnly);
    const result = await runPlan(["fmt", target], dir);
    expect(result).toEqual({ exitCode: 2, stdout: "", stderr: "plan: cannot write groups/1-intelligence.yaml: permission denied\n" });
    expect(fs.readFileSync(readOnly, "utf8")).toBe(before);
  }

  it("a read-only group file is not replaced by fmt (exit 2): the rename into its folder had replaced it, and made it the runner's", async () => {
    const dir = planToFormat();
    await expectRefused(dir, path.join(dir, "groups/1-intelligence.yaml"), "groups/1-intelligence.yaml");
  });

  it("nor one fmt reaches through a link in the plan (exit 2)", async () => {
    const dir = planToFormat();
    const group = path.join(dir, "groups/1-intelligence.yaml");
    fs.mkdirSync(path.join(dir, "shared"));
    fs.renameSync(group, path.join(dir, "shared/1.yaml"));
    fs.symlinkSync("../shared/1.yaml", group);
    await expectRefused(dir, fs.realpathSync(path.join(dir, "shared/1.yaml")), ".");
  });

  it("a folder that refuses the temporary file is said of the file asked for, not of a temporary name the user never saw", async () => {
    const dir = planToFormat();
    const open = fs.promises.open;
    vi.spyOn(fs.promises, "open").mockImplementation(async (file, flags, mode) => {
      if (String(file).endsWith(".tmp")) throw Object.assign(new Error("EACCES"), { code: "EACCES", path: String(file), syscall: "open" });
      return open(file, flags, mode);
    });
    const result = await runPlan(["fmt", "groups/1-intelligence.yaml"], dir);
    expect(result).toEqual({ exitCode: 2, stdout: "", stderr: "plan: cannot write groups/1-intelligence.yaml: permission denied\n" });
    expect(fs.readdirSync(path.join(dir, "groups")).filter((name) => name.startsWith("."))).toEqual([]);
  });
});
