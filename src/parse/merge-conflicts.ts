import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { clip, makeDiagnostic } from "../diagnostics/make.js";
import { LineIndex } from "./positions.js";

/**
 * The lines git writes before and after a merge conflict: seven of one sign at the line's start,
 * then a space and a label (`<<<<<<< HEAD`, `>>>>>>> feature`) or nothing. The `=======` between
 * the versions is not looked for: alone, it underlines a Markdown heading.
 */
const MARKER = /^(<{7}|>{7})(?:[ \t]([^\r\n]*))?\r?$/gm;

/**
 * Each merge conflict git left in `text`, as an error from its `<<<<<<<` line to its `>>>>>>>`
 * line: a group that merged main into its branch, or a consolidator two groups' branches, and
 * committed the markers. Read as YAML or Markdown they gave a cascade of errors that never named
 * the conflict (an indentation, a table row of one cell), and in a narrative file they went into
 * the drafts. A file without `<<<<<<<` or `>>>>>>>` anywhere costs two string searches.
 */
export function mergeConflicts(file: string, text: string): Diagnostic[] {
  if (!text.includes("<<<<<<<") && !text.includes(">>>>>>>")) return [];
  const lines = new LineIndex(text);
  const found: Diagnostic[] = [];
  let open: { at: number; label: string | undefined } | undefined;
  for (const marker of text.matchAll(MARKER)) {
    const sign = marker[1]!.charAt(0);
    const label = marker[2]?.trim() || undefined;
    if (sign === "<") {
      if (open) found.push(unclosed(open.at));
      open = { at: marker.index, label };
    } else if (sign === ">") {
      const end = marker.index + marker[0].trimEnd().length;
      if (open) {
        const from = lines.position(open.at).line;
        const to = lines.position(marker.index).line;
        const sides = open.label && label ? ` ('${clip(open.label, 40)}' and '${clip(label, 40)}')` : "";
        found.push(makeDiagnostic("merge-conflict", `an unresolved merge conflict: lines ${from}–${to} hold git's markers and two versions${sides}`, file, lines.range(open.at, end)));
        open = undefined;
      } else {
        found.push(makeDiagnostic("merge-conflict", `git's merge-conflict marker '${clip(marker[0].trimEnd())}' with no <<<<<<< line before it`, file, lines.range(marker.index, end)));
      }
    }
  }
  if (open) found.push(unclosed(open.at));
  return found;

  function unclosed(at: number): Diagnostic {
    const line = text.slice(at, text.indexOf("\n", at) === -1 ? text.length : text.indexOf("\n", at)).trimEnd();
    return makeDiagnostic("merge-conflict", `git's merge-conflict marker '${clip(line)}' with no >>>>>>> line after it`, file, lines.range(at, at + line.length));
  }
}
