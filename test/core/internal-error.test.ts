/**
 * A parser bug on one file must not stop the run: that file gets an internal-error and the other
 * files are still checked. No input makes the real parsers throw, so the test makes one throw.
 */
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { REPO, runPlan } from "../helpers/run.js";

vi.mock("../../src/parse/parse-source.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/parse/parse-source.js")>();
  return {
    ...real,
    parseSource: (file: string, text: string) => {
      if (file.endsWith("crash.yaml")) throw new TypeError("cannot read properties of undefined (reading 'range')");
      return real.parseSource(file, text);
    },
  };
});

describe("internal-error", () => {
  it("reports a parser crash on the file and checks the others", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-plan-crash-"));
    cpSync(path.join(REPO, "test/golden/core-clean/input"), dir, { recursive: true });
    writeFileSync(path.join(dir, "groups/crash.yaml"), "group: crash\n");
    writeFileSync(path.join(dir, "groups/other.yaml"), "group: other\ntheme: intelligence\nfacilitator: {name: A}\n");
    const result = await runPlan(["validate"], dir);
    expect(result.stdout).toBe(
      [
        "groups/crash.yaml:1:1  error  reading this file failed: cannot read properties of undefined (reading 'range')  internal-error",
        "  hint: This is a bug in rcm-plan; please report it with the file.",
        "groups/other.yaml:1:8  warning  group 'other' has no objectives  empty-group",
        "  hint: Add its objectives and actions, or leave the file out of groups/ until the group drafts them.",
        "groups/other.yaml:1:8  warning  group 'other' has no rapporteur  missing-rapporteur",
        "  hint: Add `rapporteur: {name, country}`.",
        "",
        "3 problems (1 error, 2 warnings, 0 infos) in 4 files",
        "",
      ].join("\n"),
    );
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(1);
  });
});
