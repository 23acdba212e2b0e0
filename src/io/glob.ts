import { readdirSync } from "node:fs";
import path from "node:path";
import { compareStrings } from "../diagnostics/diagnostic.js";
import { realPlaceOf } from "./read-source.js";

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

/**
 * A plan.yaml pattern, relative to the plan directory (a leading `./` or not), as a regular
 * expression for names in NFC (nameForm): a name typed with a composed "ó" finds the file macOS
 * saved with a decomposed one.
 */
export function planPattern(pattern: string): RegExp {
  return globToRegExp(patternPath(pattern));
}

/** A pattern as the plan directory's relative paths are matched against it: composed, without a leading `./`. */
function patternPath(pattern: string): string {
  return nameForm(pattern).replace(/^\.\//, "");
}

/** A path's name as patterns match and sorting compares it: composed (NFC), whatever the file system gave. */
function nameForm(name: string): string {
  return name.normalize("NFC");
}

/** File names in code-unit order of their composed form: a group's order, and its actions' numbers, do not depend on how the disk spells "ó". */
function compareNames(a: string, b: string): number {
  return compareStrings(nameForm(a), nameForm(b)) || compareStrings(a, b);
}

export interface Expanded {
  /** Sorted relative paths. */
  files: string[];
  /**
   * Files named as plan files (.yaml, .yml, .md, .markdown, and those with .txt after them), or as a matrix saved from a
   * spreadsheet or word processor (savedAsOther), in a pattern's own folder or below it (`groups/`
   * for `groups/*.yaml`) that no pattern matches, sorted: a group moved into a subfolder or saved
   * as .markdown or .xlsx, which would otherwise drop out of the plan without a word.
   */
  missed: string[];
  /** Directories a pattern could find files in that could not be listed (permission denied), with the error's code. */
  unlisted: { dir: string; code: string }[];
}

/** The files below `root` that match any of `patterns`. */
export function expandGlobs(root: string, patterns: readonly string[]): Expanded {
  const matchers = patterns.map(planPattern);
  // A hidden file or folder is found only by a pattern that names one, as a shell's * finds none:
  // macOS leaves `._name.yaml` beside each file it copies to a USB stick, which is no group.
  const namesHidden = patterns.some((pattern) => /(?:^|\/)\./.test(patternPath(pattern)));
  const bases = patterns.map(patternFolder).filter((base) => base !== "");
  const found: string[] = [];
  const missed: string[] = [];
  const unlisted: Expanded["unlisted"] = [];
  function walk(relative: string): void {
    let entries;
    try {
      entries = readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch (error) {
      // A folder gone or not one is nothing to list; one that could hold group files and is not readable must be said.
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (code !== "ENOENT" && code !== "ENOTDIR" && patterns.some((pattern) => mayHoldMatch(pattern, relative))) unlisted.push({ dir: relative || ".", code });
      return;
    }
    for (const entry of entries) {
      if (SKIPPED.has(entry.name) || (entry.name.startsWith(".") && !namesHidden)) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      // A FIFO, socket or device by a group file's name too: reading it says it is no plan file, where skipping it said nothing.
      else if (matchers.some((m) => m.test(nameForm(child)))) found.push(child);
      // A plan file's name, also with .txt after it: a matrix saved by Notepad (`4-migration-solutions.md.txt`).
      else if ((PLAN_FILE_NAME.test(entry.name.replace(/\.txt$/i, "")) || savedAsOther(entry.name)) && bases.some((base) => child.startsWith(`${base}/`))) missed.push(child);
    }
  }
  walk("");
  return { files: found.sort(compareNames), unlisted, missed: missed.sort(compareNames) };
}

/** A name a plan file has: plan.yaml, a group file (YAML or Markdown), a narrative chapter. */
export const PLAN_FILE_NAME = /\.(?:ya?ml|md|markdown)$/i;

const SAVED_AS = /\.(?:(xlsx|xlsm|xls|ods)|(csv|tsv)|(docx|doc|odt|rtf))$/i;

/**
 * What a file a group's matrix was evidently saved as instead of YAML or Markdown is (a workshop
 * fills its matrix in Excel or Word, and saves it beside the others): "a spreadsheet", …; undefined
 * for any other name.
 */
export function savedAsOther(name: string): string | undefined {
  // `~$matrix.xlsx`: the lock file Office keeps beside a file it has open.
  const match = path.posix.basename(name).startsWith("~$") ? null : SAVED_AS.exec(name);
  if (!match) return undefined;
  return match[1] ? "a spreadsheet" : match[2] ? "a spreadsheet's export" : "a word-processor document";
}

/** The folders a pattern names before its first wildcard (`groups` of `groups/*.yaml`), "" where it starts with one. */
export function patternFolder(pattern: string): string {
  const parts = patternPath(pattern).split("/").slice(0, -1);
  const wild = parts.findIndex((part) => /[*?[{]/.test(part));
  return (wild < 0 ? parts : parts.slice(0, wild)).join("/");
}

/**
 * Whether a file inside the folder `dir` (relative, "" for the plan directory) could match
 * `pattern`: its first parts match the folder's, and a part is left for the file, or a `**` may
 * stand for the rest. `groups/*.yaml` may hold matches in `groups`, not in `groups/archive`.
 */
function mayHoldMatch(pattern: string, dir: string): boolean {
  const parts = patternPath(pattern).split("/");
  const folders = dir === "" ? [] : nameForm(dir).split("/");
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === "**") return true;
    if (i === folders.length) return true;
    if (!globToRegExp(parts[i]!).test(folders[i]!)) return false;
  }
  return false;
}

/** The first of the plan's `groups` patterns (of the plan directory `root`) that would read `file` as a group file, if any. */
export function groupPatternOf(file: string, root: string, patterns: readonly string[]): string | undefined {
  return patternAt(realPlaceOf(file), root, patterns);
}

/**
 * As groupPatternOf, for the name `file` itself where it is a link: the folder's links followed,
 * not the name's own. The patterns find names (a link in groups/ to a file kept elsewhere is a
 * group file), where a report or a draft lands through its links.
 */
export function groupPatternOfName(file: string, root: string, patterns: readonly string[]): string | undefined {
  return patternAt(path.join(realPlaceOf(path.dirname(file)), path.basename(file)), root, patterns);
}

function patternAt(place: string, root: string, patterns: readonly string[]): string | undefined {
  const relative = path.relative(realPlaceOf(root), place).split(path.sep).join("/");
  // Outside the plan directory nothing is read as a group file, whatever `**/*.md` would match of `../x.md`.
  if (relative === ".." || relative.startsWith("../") || path.isAbsolute(relative)) return undefined;
  return patterns.find((pattern) => planPattern(pattern).test(nameForm(relative)));
}
