import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { clip, makeDiagnostic } from "../diagnostics/make.js";
import { LineIndex } from "./positions.js";

/**
 * The lines git writes before and after a merge conflict: seven of one sign at the line's start,
 * then a space and a label (`<<<<<<< HEAD`, `>>>>>>> feature`) or nothing. The `=======` between
 * the versions is not looked for: alone, it underlines a Markdown heading. Nor is a `|||||||` line
 * alone, a table's row of empty cells; inside a conflict, with its label, it starts the versions'
 * common ancestor, which git writes there in diff3 style (`merge.conflictStyle`).
 */
const MARKER = /^(<{7}|>{7}|\|{7}(?=[ \t]\S))(?:[ \t]([^\r\n]*))?\r?$/gm;

/** What to do with a conflict that holds the versions' common ancestor too: its lines go as well, which the catalogue's hint does not name. */
const DIFF3_HINT =
  "Keep the version you want (or join the two), delete the other, the common ancestor's version between ||||||| and =======, and the marker lines (<<<<<<<, |||||||, =======, >>>>>>>), and check again: the rest of the file is checked once no conflict is left.";

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
  let open: { at: number; label: string | undefined; ancestor: boolean } | undefined;
  for (const marker of text.matchAll(MARKER)) {
    const sign = marker[1]!.charAt(0);
    const label = marker[2]?.trim() || undefined;
    if (sign === "|") {
      if (open) open.ancestor = true;
    } else if (sign === "<") {
      if (open) found.push(unclosed(open.at));
      open = { at: marker.index, label, ancestor: false };
    } else {
      const end = marker.index + marker[0].trimEnd().length;
      if (open) {
        const from = lines.position(open.at).line;
        const to = lines.position(marker.index).line;
        const sides = open.label && label ? ` ('${clip(open.label, 40)}' and '${clip(label, 40)}')` : "";
        const versions = open.ancestor ? `two versions${sides} and their common ancestor's` : `two versions${sides}`;
        const hint = open.ancestor ? { hint: DIFF3_HINT } : {};
        found.push(makeDiagnostic("merge-conflict", `an unresolved merge conflict: lines ${from}–${to} hold git's markers and ${versions}`, file, lines.range(open.at, end), hint));
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
