/**
 * Limits a real team runs into: a huge file someone saved into groups/ (an export, a log), a large
 * plan drafted in one language, two builds started at once (a CI job and a person, or two
 * terminals) writing into the same drafts folder, and a build interrupted (Ctrl-C, a cancelled CI
 * job) while it writes.
 */
import { spawn } from "node:child_process";
import fs, { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { copyToTemp, LAST_WEEKS_DRAFT, REPO, runPlan } from "../helpers/run.js";

const SHIPPED = path.join(REPO, "plans/rcm-smuggling");
const BIN = path.join(REPO, "bin/plan.js");

afterEach(() => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
});

/** The files whose bytes readSync read: each read's descriptor is the one the last openSync before it returned (descriptors are reused). */
function readFiles(opened: { mock: { calls: unknown[][]; results: { value: unknown }[]; invocationCallOrder: number[] } }, reads: { mock: { calls: unknown[][]; invocationCallOrder: number[] } }): string[] {
  const opens = opened.mock.calls.map(([file], i) => ({ file: String(file), fd: opened.mock.results[i]!.value, order: opened.mock.invocationCallOrder[i]! }));
  return reads.mock.calls.map(([fd], i) => {
    const order = reads.mock.invocationCallOrder[i]!;
    return opens.filter((open) => open.fd === fd && open.order < order).at(-1)?.file ?? "";
  });
}

describe("a 50 MB group file", () => {
  it("is refused with its size and the limit, without being read, while the other files are still checked", async () => {
    const dir = copyToTemp(SHIPPED);
    // A known fault in another group shows that the plan's other files were still checked.
    const intelligence = path.join(dir, "groups/1-intelligence.yaml");
    const original = readFileSync(intelligence, "utf8");
    expect(original).toContain("protocol: [SOM-10.4, SOM-6.6]");
    writeFileSync(intelligence, original.replace("protocol: [SOM-10.4, SOM-6.6]", "protocol: [SOM-10.4, SOM-99.9]"));
    const huge = path.join(dir, "groups/9-export.yaml");
    writeFileSync(huge, "");
    truncateSync(huge, 50 * 1024 * 1024); // sparse: 50 MB by its size, no disk used
    // Plan files are opened with openSync and read with readSync; the named imports see the spies once the exports are synced.
    const opened = vi.spyOn(fs, "openSync");
    const reads = vi.spyOn(fs, "readSync");
    syncBuiltinESMExports();

    const result = await runPlan(["validate", "--format", "json"], dir);

    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as { diagnostics: { code: string; file: string; line: number; column: number; message: string }[]; summary: { files: number } };
    expect(report.diagnostics.map((d) => [d.file, d.code, d.line, d.column, d.message])).toEqual([
      ["groups/1-intelligence.yaml", "unknown-indicator", expect.any(Number), expect.any(Number), "unknown indicator SOM-99.9"],
      ["groups/9-export.yaml", "file-too-large", 1, 1, "the file is 50.0 MB; plan files are at most 8 MB"],
    ]);
    expect(report.summary.files).toBe(13);
    const read = readFiles(opened, reads);
    expect(read.some((file) => file.endsWith("1-intelligence.yaml"))).toBe(true);
    expect(read.filter((file) => file.endsWith("9-export.yaml"))).toEqual([]);
  });
});

interface Exit {
  code: number | null;
  stderr: string;
}

function planBuild(plan: string, out: string): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "build", plan, "--out", out, "--format", "md,docx,json"], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

/** Every file in `dir` (hidden ones too, where a temporary file would hide) with its bytes. */
function contents(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name))]));
}

describe("lists too long to pass as a call's arguments, which had overflowed the stack", () => {
  /** A bilingual plan whose one group's action has `outputs` in English only, and `narrative`. */
  function planWith(outputs: number, narrative: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-plan-findings-"));
    mkdirSync(path.join(dir, "groups"));
    writeFileSync(path.join(dir, "plan.yaml"), "id: test-plan\ntitle: {en: Test plan, es: Plan de prueba}\ndraft: 1\nstatus: draft\ndate: 2024-01-15\nperiod: {start: 2024, end: 2028}\nlanguages: [en, es]\nthemes:\n  - {id: intelligence, number: 1, title: {en: Intelligence, es: Inteligencia}}\nnarrative: [annex.md]\n");
    writeFileSync(path.join(dir, "annex.md"), narrative);
    const action = "      - id: MNY-1.1\n        title: {en: Set up, es: Crear}\n        lead: [MX]\n        protocol: [SOM-6.1]\n        timeframe: {start: 2024-Q1, end: 2025}\n        outputs:\n";
    writeFileSync(path.join(dir, "groups/many.yaml"), `group: many\ntheme: intelligence\nfacilitator: {name: Ana Núñez, organization: IOM}\nrapporteur: {name: Carlos Peña, country: SV}\nobjectives:\n  - id: MNY-O1\n    title: {en: Share, es: Compartir}\n    actions:\n${action}${"          - an output\n".repeat(outputs)}`);
    return dir;
  }

  // A group's first draft in one language, in a bilingual plan: every text lacks its translation.
  it("150,000 findings are all reported", async () => {
    const dir = planWith(150_000, "# Annex\n");
    const result = await runPlan(["validate", "--format", "json"], dir);
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout) as { diagnostics: { code: string; line: number }[] };
    expect(report.diagnostics).toHaveLength(150_000);
    expect(new Set(report.diagnostics.map((d) => d.code))).toEqual(new Set(["missing-translation"]));
    expect(report.diagnostics.at(-1)!.line).toBe(150_014);
    rmSync(dir, { recursive: true, force: true });
  });

  it("a narrative table's cell of 150,000 words is laid out in the Word draft", async () => {
    const dir = planWith(1, `# Annex\n\n| Words | Note |\n|---|---|\n| ${"palabra ".repeat(150_000)}| ñandú |\n`);
    const result = await runPlan(["build", "--format", "docx", "--lang", "en"], dir);
    expect(result.stderr).not.toContain("internal error");
    expect(result.exitCode).toBe(0);
    expect(readdirSync(path.join(dir, "drafts"))).toEqual(["test-plan.en.docx"]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("a group file of 150,000 faulty actions", () => {
  // A generated or pasted file where every action lacks the same fields: zod gives up past some 100,000 of them.
  it("is told as too large to check, not as an internal error", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-plan-faulty-"));
    const actions = Array.from({ length: 150_000 }, (_, k) => `      - {id: INT-1.${k}, title: a}\n`).join("");
    writeFileSync(path.join(dir, "wide.yaml"), `group: wide\ntheme: intelligence\nobjectives:\n  - id: INT-O1\n    title: {en: T, es: T}\n    actions:\n${actions}`);
    const result = await runPlan(["convert", "wide.yaml", "--to", "md", "-o", "wide.md"], dir);
    expect(result.stderr).not.toContain("internal error");
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("wide.yaml:1:1  error  the file holds too many faulty entries to check one by one");
    expect(readdirSync(dir)).toEqual(["wide.yaml"]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("builds into the same folder at once", () => {
  it("leave whole drafts, byte for byte those of a single build, and no temporary files", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "rcm-plan-race-"));
    const single = path.join(work, "single");
    expect((await planBuild(SHIPPED, single)).code).toBe(0);
    const expected = contents(single);
    expect([...expected.keys()]).toEqual(["rcm-smuggling.en.docx", "rcm-smuggling.en.md", "rcm-smuggling.es.docx", "rcm-smuggling.es.md", "rcm-smuggling.json"]);

    // Three at once: started together, they render for the same time and write at about the same moment.
    const shared = path.join(work, "shared");
    const exits = await Promise.all([planBuild(SHIPPED, shared), planBuild(SHIPPED, shared), planBuild(SHIPPED, shared)]);
    expect(exits.map((exit) => exit.code), exits.map((exit) => exit.stderr).join("\n")).toEqual([0, 0, 0]);
    expect(contents(shared)).toEqual(expected);
    rmSync(work, { recursive: true, force: true });
  });
});

/**
 * `plan build` that sends itself `signal` as soon as it opens its second temporary draft, so that it
 * is interrupted while writing, on every machine alike: one draft written whole to its temporary file,
 * one begun.
 */
function interruptedBuild(plan: string, out: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const hook = path.join(mkdtempSync(path.join(tmpdir(), "rcm-plan-hook-")), "interrupt.cjs");
  writeFileSync(hook, `const fs = require("node:fs");
const open = fs.promises.open;
let temporary = 0;
fs.promises.open = async (file, ...rest) => {
  const handle = await open(file, ...rest);
  if (String(file).endsWith(".tmp") && ++temporary === 2) process.kill(process.pid, ${JSON.stringify(signal)});
  return handle;
};
`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", hook, BIN, "build", plan, "--out", out], { stdio: "ignore" });
    child.on("error", reject);
    child.on("close", (code, killedBy) => resolve({ code, signal: killedBy }));
  });
}

describe("a build interrupted while it writes", () => {
  it("dies of the signal and leaves no temporary file: an existing drafts folder as it was, a new one not made", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "rcm-plan-interrupt-"));
    const existing = path.join(work, "existing");
    mkdirSync(existing);
    writeFileSync(path.join(existing, "rcm-smuggling.en.md"), LAST_WEEKS_DRAFT);
    expect(await interruptedBuild(SHIPPED, existing, "SIGINT")).toEqual({ code: null, signal: "SIGINT" });
    expect(contents(existing)).toEqual(new Map([["rcm-smuggling.en.md", Buffer.from(LAST_WEEKS_DRAFT)]]));

    const fresh = path.join(work, "fresh", "drafts");
    expect(await interruptedBuild(SHIPPED, fresh, "SIGTERM")).toEqual({ code: null, signal: "SIGTERM" });
    expect(readdirSync(work).sort()).toEqual(["existing"]);
    rmSync(work, { recursive: true, force: true });
  });
});
