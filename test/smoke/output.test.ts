/**
 * bin/plan.js writes its output to a pipe or a file itself, without Node's stream (which loads net
 * and the streams for a pipe: start-up time). What a script or CI job reading that output sees must
 * not change: the same bytes, Spanish included, whatever the size; and a reader that stops early
 * (`plan validate --format json | head -1`) ends plan quietly, not with a stack trace.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeSyntheticPlan } from "../../bench/generate.mjs";
import { copyToTemp, REPO, runPlan } from "../helpers/run.js";

const BIN = path.join(REPO, "bin/plan.js");
const NON_BLOCKING_PIPE = path.join(REPO, "test/smoke/fixtures/nonblocking-pipe.py");
const SPANISH_GROUP = path.join(REPO, "plans/rcm-smuggling/groups/5-prevention-assistance.md");

describe("plan's standard output", () => {
  it("carries the same bytes to a pipe and to a file as plan gives in-process, accents and ñ included", async () => {
    const args = ["convert", SPANISH_GROUP, "--to", "yaml"];
    const expected = (await runPlan(args, REPO)).stdout;
    expect(expected).toMatch(/campaña/);
    expect(expected).toMatch(/tráfico ilícito/);

    // Node hands a child a socket pair; a shell's `|` is a pipe.
    const socket = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: "utf8" });
    expect(socket.stderr).toBe("");
    expect(socket.status).toBe(0);
    expect(socket.stdout).toBe(expected);
    const pipe = spawnSync("sh", ["-c", `"$0" "$@" | cat`, process.execPath, BIN, ...args], { cwd: REPO, encoding: "utf8" });
    expect(pipe.stderr).toBe("");
    expect(pipe.stdout).toBe(expected);

    const file = path.join(mkdtempSync(path.join(tmpdir(), "rcm-output-")), "group.yaml");
    const fd = openSync(file, "w");
    const toFile = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
    closeSync(fd);
    expect(toFile.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(expected);
  });

  it("carries an output larger than a pipe holds, whole", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-output-plan-"));
    writeSyntheticPlan(dir, "p", { actions: 300, groups: 1 });
    const group = readdirSync(path.join(dir, "groups")).find((name) => name.endsWith(".yaml"))!;
    const args = ["convert", path.join(dir, "groups", group), "--to", "md"];
    const expected = (await runPlan(args, dir)).stdout;
    // More than a pipe (64 KB on Linux) or a socket pair (~200 KB) holds: the writes wait for the reader.
    expect(Buffer.byteLength(expected)).toBeGreaterThan(256 * 1024);

    const socket = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(socket.stderr).toBe("");
    expect(socket.stdout).toBe(expected);
    const pipe = spawnSync("sh", ["-c", `"$0" "$@" | cat`, process.execPath, BIN, ...args], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(pipe.stderr).toBe("");
    expect(pipe.stdout).toBe(expected);

    // A non-blocking pipe (a parent may hand one down) takes 64 KB, then refuses until it is read.
    const nonBlocking = spawnSync("python3", [NON_BLOCKING_PIPE, process.execPath, BIN, ...args], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(nonBlocking.stderr).toBe("");
    expect(nonBlocking.status).toBe(0);
    expect(nonBlocking.stdout).toBe(expected);

    // …and a reader that goes away once the rest waits in Node's stream: plan still ends quietly.
    const stopped = spawnSync("python3", [NON_BLOCKING_PIPE, "--stop-early", process.execPath, BIN, ...args], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(stopped.stderr).toBe("");
    expect(stopped.status).toBe(0);
    expect(expected.startsWith(stopped.stdout)).toBe(true);
    expect(stopped.stdout.length).toBeGreaterThan(0);
  });

  it("ends quietly, with the checks' exit code, when the reader goes away", async () => {
    // A shell pipe whose reader is gone before plan writes.
    const pipe = spawnSync("bash", ["-c", `"$0" "$@" | true; exit "\${PIPESTATUS[0]}"`, process.execPath, BIN, "validate", path.join(REPO, "plans/rcm-smuggling"), "--format", "json"], { encoding: "utf8" });
    expect(pipe.stderr).toBe("");
    expect(pipe.status).toBe(0);

    const child = spawn(process.execPath, [BIN, "validate", path.join(REPO, "plans/rcm-smuggling"), "--format", "json"], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy(); // the reader closes before plan writes: its write meets EPIPE
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it.skipIf(!existsSync("/dev/null"))("ends with the checks' exit code when the report goes to /dev/null, and says nothing", () => {
    const faulty = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    const group = path.join(faulty, "groups/1-intelligence.yaml");
    writeFileSync(group, readFileSync(group, "utf8").replace("priority: high", "priority: urgent"));
    const devNull = openSync("/dev/null", "w");
    try {
      const reportGone = spawnSync(process.execPath, [BIN, "validate", faulty], { stdio: ["ignore", devNull, "pipe"], encoding: "utf8" });
      expect(reportGone.status).toBe(1);
      expect(reportGone.stderr).toBe("");
      // With stderr at /dev/null, the report still reaches stdout whole.
      const stderrGone = spawnSync(process.execPath, [BIN, "validate", faulty], { stdio: ["ignore", "pipe", devNull], encoding: "utf8" });
      expect(stderrGone.status).toBe(1);
      expect(stderrGone.stdout).toMatch(/1-intelligence\.yaml:50:\d+ +error +.*'urgent'/);
    } finally {
      closeSync(devNull);
    }
  });

  it.skipIf(!existsSync("/dev/full"))("fails with exit 2 and one line, no stack trace, when the output cannot be written", () => {
    // /dev/full is a device, so Node's stream writes to it and reports ENOSPC later, as an event.
    const full = openSync("/dev/full", "w");
    try {
      const result = spawnSync(process.execPath, [BIN, "validate", path.join(REPO, "plans/rcm-smuggling")], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      expect(result.stderr).toBe("plan: cannot write the standard output: no space left on the device\n");
      expect(result.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});

describe("a working directory that is gone", () => {
  // A terminal left in a folder that a checkout or a clean removed: Node cannot read the working directory at all.
  it("is said in a sentence, with exit 2, not a stack trace, even for a plan named by its full path", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "rcm-gone-"));
    const run = spawnSync("sh", ["-c", `mkdir gone && cd gone && rmdir ../gone && exec "$0" "$@"`, process.execPath, BIN, "validate", path.join(REPO, "plans/rcm-smuggling")], { cwd: parent, encoding: "utf8" });
    expect(run.stderr).toBe("plan: the current directory cannot be read: it no longer exists; cd into a directory that exists and run it again\n");
    expect(run.stdout).toBe("");
    expect(run.status).toBe(2);
  });
});
