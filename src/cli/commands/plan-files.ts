import path from "node:path";
import { realPlaceOf } from "../../io/read-source.js";

/**
 * Which of the plan's files (`inputs`, relative to `cwd` as the reports show them) `target` is,
 * links followed, or undefined: a report, baseline or draft written there would destroy it.
 */
export function planFileAt(target: string, inputs: readonly string[], cwd: string): string | undefined {
  const written = realPlaceOf(path.resolve(cwd, target));
  return inputs.find((file) => realPlaceOf(path.resolve(cwd, file)) === written);
}
