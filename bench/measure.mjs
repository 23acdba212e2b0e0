// How one command is timed: wall time from the parent (hrtime around the whole child), peak RSS
// from GNU time's %M (the child's own maximum resident set size, in KB, from wait4's rusage).

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const GNU_TIME = "/usr/bin/time";
export const HAS_GNU_TIME = existsSync(GNU_TIME);
const scratch = mkdtempSync(path.join(tmpdir(), "rcm-bench-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

/** A run slower than this is not repeated: the file cache is warm by then and five would take minutes. */
export const SLOW_MS = 5_000;
/** A run is stopped after this long (coreutils `timeout`, which GNU time waits for, so %M still counts the child). */
export const LIMIT_S = Number(process.env.RCM_BENCH_LIMIT_S ?? 240);
const TIMED_OUT = 124;

/** Runs `command args` once; `ok` unless it could not start or ended with a status not in `okStatus`. */
export function runOnce(command, args, { cwd, okStatus = [0] } = {}) {
  const rssFile = path.join(scratch, "rss");
  const limited = ["timeout", "-k", "5", String(LIMIT_S), command, ...args];
  const [file, argv] = HAS_GNU_TIME ? [GNU_TIME, ["-f", "%M", "-o", rssFile, ...limited]] : [limited[0], limited.slice(1)];
  const start = process.hrtime.bigint();
  const child = spawnSync(file, argv, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error) return { ok: false, reason: child.error.message };
  // A stopped run still says something: it took at least the limit, a lower bound a ratio can use.
  if (child.status === TIMED_OUT) return { ok: false, reason: `did not finish within ${LIMIT_S} s (stopped)`, atLeastMs: LIMIT_S * 1000 };
  if (!okStatus.includes(child.status)) {
    const said = (child.stderr || child.stdout || "").trim().split("\n").find((line) => line.trim() !== "") ?? "";
    return { ok: false, reason: `exit ${child.status}${said ? `: ${said.slice(0, 120)}` : ""}` };
  }
  const rssKb = HAS_GNU_TIME ? Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()) : undefined;
  return { ok: true, ms, rssKb, status: child.status };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * One warm-up, then `runs` timed runs: the median wall time and the largest peak RSS. A warm-up
 * slower than SLOW_MS (or `once`) is itself the one sample, and the result says so.
 * With `beside` (a yardstick's [command, args], `node -e 0`), each timed run follows one run of
 * the yardstick, and `besideMs` is the yardstick's median over those: a ratio of two medians taken
 * in the same seconds. A virtual machine's slow and fast spells move both; a yardstick measured
 * minutes apart gave the same build 1.2× to 2.1× (bench/README.md).
 */
export function measure(command, args, { runs = 5, once = false, beside, ...options } = {}) {
  const warm = runOnce(command, args, options);
  if (!warm.ok) return warm;
  if (once || warm.ms > SLOW_MS) return { ok: true, ms: warm.ms, rssKb: warm.rssKb, runs: 1, note: once ? "measured once" : "slow: 1 run, no warm-up" };
  const samples = [];
  const yardstick = [];
  for (let i = 0; i < runs; i++) {
    if (beside) {
      const run = runOnce(beside[0], beside[1]);
      if (run.ok) yardstick.push(run.ms);
    }
    const run = runOnce(command, args, options);
    if (!run.ok) return run;
    samples.push(run);
  }
  const rss = samples.map((s) => s.rssKb).filter((kb) => kb !== undefined);
  const besideMs = yardstick.length === runs ? median(yardstick) : undefined;
  const note = beside && besideMs === undefined ? "× node from the first row: a node -e 0 beside it failed" : undefined;
  return { ok: true, ms: median(samples.map((s) => s.ms)), rssKb: rss.length ? Math.max(...rss) : undefined, runs, besideMs, note };
}

/** Whether `name` is on PATH. */
export function onPath(name) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).status === 0;
}
