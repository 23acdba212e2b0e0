import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** The files below `dir` whose relative path matches `pattern`, as sorted absolute paths. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => pattern.test(file))
    .map((file) => path.join(dir, file))
    .sort();
}
