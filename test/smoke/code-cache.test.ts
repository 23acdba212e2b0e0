/**
 * bin/plan.js compiles the bundle from the V8 code cache that `npm run build` writes. The cache may
 * only make plan start sooner: with a cache that is missing, or damaged (a disk error, a copy from
 * another machine), plan prints the same bytes and exits the same way. Checked on a copy of the
 * installed files, so the real cache is not touched.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyToTemp, REPO } from "../helpers/run.js";

const CASE = copyToTemp(path.join(REPO, "test/golden/core-duplicate-id/input"));

/** bin/, the bundle and the data it reads, as `npm install` lays them out. */
function installCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), "rcm-code-cache-"));
  for (const part of ["bin", "dist/bundle", "dist/data", "templates"]) cpSync(path.join(REPO, part), path.join(root, part), { recursive: true });
  return root;
}

function validate(root: string) {
  const run = spawnSync(process.execPath, [path.join(root, "bin/plan.js"), "validate", "--format", "json"], { cwd: CASE, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the code cache", () => {
  const root = installCopy();
  const cache = path.join(root, "dist/bundle/code-cache");

  it("is written by the build, one file per chunk the shipped plan's commands load", () => {
    expect(readdirSync(cache).filter((name) => name.endsWith(".cjs.v8"))).toContain("main.cjs.v8");
  });

  it("changes nothing plan prints when it is damaged or missing", () => {
    const withCache = validate(root);
    expect(withCache.status).toBe(1);
    expect(JSON.parse(withCache.stdout).diagnostics.length).toBeGreaterThan(0);

    for (const name of readdirSync(cache)) writeFileSync(path.join(cache, name), "not a code cache");
    expect(validate(root)).toEqual(withCache);

    rmSync(cache, { recursive: true });
    expect(existsSync(cache)).toBe(false);
    expect(validate(root)).toEqual(withCache);
  });
});
