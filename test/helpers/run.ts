import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main.js";
import { sealed } from "../../src/render/markdown/seal.js";

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs `plan` in-process, as bin/plan.js does, with `cwd` as the working directory and no terminal. */
export async function runPlan(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const exitCode = await main(args, {
    cwd,
    env,
    stdout: { write: (text) => void (stdout += text), isTTY: false },
    stderr: { write: (text) => void (stderr += text), isTTY: false },
  });
  return { exitCode, stdout, stderr };
}

/**
 * A fresh temporary copy of `dir`, so a test may write into it. Drafts a build left there
 * (the README's first command builds the shipped plan's) are not copied: tests start from sources.
 */
export function copyToTemp(dir: string): string {
  const target = mkdtempSync(path.join(tmpdir(), "rcm-plan-"));
  const drafts = path.join(dir, "drafts");
  cpSync(dir, target, { recursive: true, filter: (source) => source !== drafts });
  return target;
}

export const REPO = path.resolve(import.meta.dirname, "../..");

/** A Markdown draft of the shipped plan as an earlier build wrote it (sealed): a new build replaces it. */
export const LAST_WEEKS_DRAFT = [...sealed(["# Work Plan to Combat Migrant Smuggling\n\nThe draft of last week.\n"], "written from the plan's files")].join("");
