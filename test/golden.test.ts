/**
 * Golden cases: test/golden/<case>/ holds `args` (the arguments, one per line), `input/` (the
 * working directory, copied to a temporary folder first) and `expected/` (stdout, stderr, exit,
 * and under files/ every file the command must write). UPDATE_GOLDEN=1 rewrites expected/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyToTemp, REPO, runPlan } from "./helpers/run.js";

const GOLDEN = path.join(REPO, "test/golden");
const update = process.env.UPDATE_GOLDEN === "1";

function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

const cases = readdirSync(GOLDEN, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe("golden cases", () => {
  it("has cases to run", () => expect(cases.length).toBeGreaterThan(0));

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(GOLDEN, name);
      const args = readFileSync(path.join(dir, "args"), "utf8").split("\n").filter((line) => line !== "");
      const cwd = copyToTemp(path.join(dir, "input"));
      const result = await runPlan(args, cwd);
      const expected = path.join(dir, "expected");
      const written = listFiles(path.join(expected, "files"));
      if (update) {
        rmSync(expected, { recursive: true, force: true });
        mkdirSync(expected, { recursive: true });
        writeFileSync(path.join(expected, "stdout"), result.stdout);
        writeFileSync(path.join(expected, "stderr"), result.stderr);
        writeFileSync(path.join(expected, "exit"), `${result.exitCode}\n`);
        for (const file of written) {
          mkdirSync(path.dirname(path.join(expected, "files", file)), { recursive: true });
          writeFileSync(path.join(expected, "files", file), readFileSync(path.join(cwd, file)));
        }
        return;
      }
      expect(result.stdout).toBe(readFileSync(path.join(expected, "stdout"), "utf8"));
      expect(result.stderr).toBe(readFileSync(path.join(expected, "stderr"), "utf8"));
      expect(result.exitCode).toBe(Number(readFileSync(path.join(expected, "exit"), "utf8")));
      for (const file of written) {
        expect(readFileSync(path.join(cwd, file), "utf8"), file).toBe(readFileSync(path.join(expected, "files", file), "utf8"));
      }
    });
  }
});
