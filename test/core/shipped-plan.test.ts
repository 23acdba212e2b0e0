/** The shipped plan is the README's example: it must stay clean, and every file in it must be checked. */
import { describe, expect, it } from "vitest";
import { wantsColor } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { REPO, runPlan } from "../helpers/run.js";

describe("plans/rcm-smuggling", () => {
  it("validates with no problems, from the repository root", async () => {
    expect(await runPlan(["validate", "plans/rcm-smuggling"], REPO)).toEqual({ exitCode: 0, stdout: "no problems in 12 files\n", stderr: "" });
  });

  it("validates with no problems under --strict, and its JSON report is empty", async () => {
    const result = await runPlan(["validate", "--strict", "--format", "json", "plans/rcm-smuggling"], REPO);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0, files: 12 } });
  });
});

describe("colour only on a terminal", () => {
  it("follows the terminal, NO_COLOR and FORCE_COLOR", () => {
    expect(wantsColor({ write() {}, isTTY: true }, {})).toBe(true);
    expect(wantsColor({ write() {}, isTTY: false }, {})).toBe(false);
    expect(wantsColor({ write() {} }, {})).toBe(false);
    expect(wantsColor({ write() {}, isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    // no-color.org: an empty NO_COLOR does not count.
    expect(wantsColor({ write() {}, isTTY: true }, { NO_COLOR: "" })).toBe(true);
    expect(wantsColor({ write() {}, isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(wantsColor({ write() {}, isTTY: true }, { FORCE_COLOR: "0" })).toBe(false);
    expect(wantsColor({ write() {}, isTTY: false }, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(false);
    // A terminal that shows no colour says so: TERM=dumb, unless FORCE_COLOR asks.
    expect(wantsColor({ write() {}, isTTY: true }, { TERM: "dumb" })).toBe(false);
    expect(wantsColor({ write() {}, isTTY: true }, { TERM: "dumb", FORCE_COLOR: "1" })).toBe(true);
    expect(wantsColor({ write() {}, isTTY: true }, { TERM: "xterm-256color" })).toBe(true);
  });

  it("colours the report on a terminal", async () => {
    let stdout = "";
    const io = { cwd: REPO, env: {}, stdout: { write: (text: string) => void (stdout += text), isTTY: true }, stderr: { write() {}, isTTY: true } };
    expect(await main(["validate", "test/golden/core-short-period/input"], io)).toBe(0);
    expect(stdout).toContain("\u001b[33mwarning\u001b[39m");
  });
});
