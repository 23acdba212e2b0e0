import type { CodeTable } from "../catalogue.js";

/** Reading and parsing files, and the schema check. */
export const CORE_CODES: CodeTable = {
  "yaml-syntax": { severity: "error", title: "The file is not valid YAML", hint: "Check the indentation and quoting on that line; YAML indents with spaces." },
  "comment-in-text": { severity: "warning", title: "A # in an unquoted YAML text starts a comment, and cuts the text short", hint: "Put the whole text in quotes to keep the #; a comment goes on a line of its own." },
  "duplicate-key": { severity: "error", title: "A key appears twice in the same mapping", hint: "Remove or rename one of them; YAML keeps only one." },
  "yaml-aliases": { severity: "error", title: "The file expands too many YAML aliases", hint: "Write the values out instead of repeating anchors (`*alias`)." },
  "forbidden-key": { severity: "error", title: "A key that could alter objects (`__proto__`, `constructor`, `prototype`)", hint: "Remove the key." },
  "empty-file": { severity: "error", title: "The file is empty", hint: "Fill it in from a template (`plan init` writes one per theme) or delete it." },
  "binary-file": { severity: "error", title: "The file is not text", hint: "Save the matrix as YAML or Markdown text, not as a Word or binary file." },
  "line-ending": { severity: "error", title: "A line ends in a lone carriage return (CR)", hint: "Save the file with LF (Unix) or CRLF (Windows) line endings; most editors offer both." },
  "control-character": { severity: "warning", title: "A control character, which editors seldom show and the drafts leave out", hint: "Delete it: it comes with text pasted from a terminal, a PDF or another program. A vertical tab or form feed, as Word's line and page breaks paste, becomes a line break and is not reported." },
  "merge-conflict": { severity: "error", title: "Git's merge-conflict markers are still in the file", hint: "Keep the version you want (or join the two), delete the other and the marker lines (<<<<<<<, =======, >>>>>>>), and check again: the rest of the file is checked once no conflict is left." },
  "encoding": { severity: "error", title: "The file is not UTF-8", hint: "Save the file as UTF-8 (in most editors: Save with encoding → UTF-8)." },
  "nested-too-deep": { severity: "error", title: "The file nests too deeply to be read", hint: "A matrix needs a few levels of nesting at most: look for brackets or `>` quotes repeated by mistake." },
  "file-too-large": { severity: "error", title: "The file is too large to be a plan file", hint: "Split the group into several files, or check that this is the right file." },
  "unreadable-file": { severity: "error", title: "The file cannot be read", hint: "Check that it exists and that you may read it." },
  "outside-plan": { severity: "error", title: "The file leads outside the plan directory", hint: "Copy the file into the plan directory instead of linking to it." },
  "unmatched-group-file": { severity: "warning", title: "A file among the group files that no `groups` pattern reads: its actions are missing from the drafts", hint: "Move it where the pattern reads, or add a pattern for it to plan.yaml's groups." },
  "no-groups": { severity: "error", title: "No group file matches the plan's `groups` patterns: the plan has no actions to check or build", hint: "Add group files under groups/, or fix the `groups` patterns in plan.yaml." },
  "missing-file": { severity: "error", title: "A file named in plan.yaml does not exist", hint: "Create it, or fix the path (relative to plan.yaml)." },
  "not-a-mapping": { severity: "error", title: "The file does not hold a mapping of keys", hint: "A plan or group file is a set of `key: value` lines at the top level." },
  "unknown-key": { severity: "error", title: "A key the format does not know", hint: "Check the spelling against the format in the README." },
  "missing-field": { severity: "error", title: "A required field is missing", hint: "Fill in the field; the README's \"The file format\" lists each one and where it goes." },
  "invalid-type": { severity: "error", title: "A value has the wrong type", hint: "Write the value in the form the message names: a text, a number, a list in [ ], or keys on the lines under it." },
  "invalid-value": { severity: "error", title: "A value is not one of those allowed", hint: "Change the value to one the message allows." },
  "internal-error": { severity: "error", title: "rcm-plan failed on this file", hint: "This is a bug in rcm-plan; please report it with the file." },
};
