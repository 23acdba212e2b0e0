import { readdirSync } from "node:fs";
import path from "node:path";
import { compareStrings } from "../diagnostics/diagnostic.js";

/** Folders a plan's patterns never look into. */
const SKIPPED = new Set(["node_modules", ".git"]);

/**
 * `groups/*.{yaml,md}` as a regular expression over forward-slash relative paths, in any case:
 * a matrix saved as `Matrix.YAML` or `groups/x.MD` on Windows is found, on every system alike.
 */
export function globToRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === "*" && pattern[i + 1] === "*") {
      const slash = pattern[i + 2] === "/";
      source += slash ? "(?:[^/]*/)*" : ".*";
      i += slash ? 2 : 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "{") {
      const close = pattern.indexOf("}", i);
      if (close < 0) source += "\\{";
      else {
        source += `(?:${pattern.slice(i + 1, close).split(",").map(escape).join("|")})`;
        i = close;
      }
    } else source += escape(char);
  }
  return new RegExp(`^${source}$`, "i");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A plan.yaml pattern, relative to the plan directory (a leading `./` or not), as a regular expression. */
export function planPattern(pattern: string): RegExp {
  return globToRegExp(pattern.replace(/^\.\//, ""));
}

/** The files below `root` that match any of `patterns`, as sorted relative paths. */
export function expandGlobs(root: string, patterns: readonly string[]): string[] {
  const matchers = patterns.map(planPattern);
  const found: string[] = [];
  function walk(relative: string): void {
    let entries;
    try {
      entries = readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (SKIPPED.has(entry.name)) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if ((entry.isFile() || entry.isSymbolicLink()) && matchers.some((m) => m.test(child))) found.push(child);
    }
  }
  walk("");
  return found.sort(compareStrings);
}
