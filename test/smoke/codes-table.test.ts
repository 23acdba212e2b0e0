/** docs/codes.md (included in the README) is exactly what scripts/codes-table.mjs prints from the catalogue. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../src/diagnostics/catalogue.js";
import { REPO } from "../helpers/run.js";

describe("the table of diagnostic codes", () => {
  const generated = spawnSync(process.execPath, [path.join(REPO, "scripts/codes-table.mjs")], { cwd: REPO, encoding: "utf8" });

  it("is generated from the built catalogue, one row per code", () => {
    expect(generated.status).toBe(0);
    expect(generated.stderr).toBe("");
    const rows = generated.stdout.split("\n").filter((line) => line.startsWith("| `"));
    expect(rows.map((row) => /^\| `([a-z-]+)`/.exec(row)?.[1])).toEqual(Object.keys(CATALOGUE));
    expect(rows).toContain("| `unknown-indicator` | error | A Protocol compliance indicator that is not in the catalogue | Use an id from the catalogue (SOM-6.1, …) or add it to the plan's `indicators` file. |");
  });

  it("docs/codes.md is up to date (run `npm run docs:codes` after changing a code)", () => {
    expect(readFileSync(path.join(REPO, "docs/codes.md"), "utf8")).toBe(generated.stdout);
  });

  it("stands in the README, between its codes markers", () => {
    const readme = readFileSync(path.join(REPO, "README.md"), "utf8");
    const table = /<!-- codes:start -->\n([\s\S]*?)<!-- codes:end -->/.exec(readme)?.[1];
    expect(table).toBe(generated.stdout);
  });
});
