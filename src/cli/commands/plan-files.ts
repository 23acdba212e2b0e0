import path from "node:path";
import { realPathOf } from "../../io/read-source.js";

/**
 * Which of the plan's files (`inputs`, relative to `cwd` as the reports show them) `target` is,
 * links followed, or undefined: a report, baseline or draft written there would destroy it.
 */
export function planFileAt(target: string, inputs: readonly string[], cwd: string): string | undefined {
  const realPath = (file: string) => realPathOf(path.resolve(cwd, file)) ?? path.resolve(cwd, file);
  const written = realPath(target);
  return inputs.find((file) => realPath(file) === written);
}
