/**
 * Spawns the real bin/plan.js (built by `npm run build`) for init and schema, so the templates are
 * found from dist/ as an installed package finds them, and the exit codes are what a shell sees.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/run.js";

const BIN = path.join(REPO, "bin/plan.js");

function plan(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? "", ...env }, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  expect(existsSync(path.join(REPO, "dist/cli/main.js")), "run `npm run build` first").toBe(true);
});

describe("init, schema and validate --format github (bin/plan.js)", () => {
  it("init writes a plan that validates with no problem, from the templates shipped beside dist/", () => {
    const cwd = mkdtempSync(path.join(tmpdir(), "rcm-plan-smoke-"));
    const init = plan(["init", "nuevo"], cwd, { SOURCE_DATE_EPOCH: "1767225600" });
    expect(init.status).toBe(0);
    expect(init.stderr).toBe("");
    expect(readFileSync(path.join(cwd, "nuevo/plan.yaml"), "utf8")).toContain("id: nuevo\n");
    expect(plan(["validate", "nuevo", "--format", "github"], cwd)).toEqual({ status: 0, stdout: "no problems in 8 files\n", stderr: "" });
    expect(plan(["init", "nuevo"], cwd).status).toBe(2);
  });

  it("schema prints JSON", () => {
    const result = plan(["schema", "--kind", "plan"], REPO);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).$id).toBe("urn:rcm-plan:schema:plan");
  });
});
