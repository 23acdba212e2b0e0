import { compareStrings, type Diagnostic } from "../diagnostic.js";
import type { FormatOptions, Formatter } from "./types.js";

/**
 * JUnit XML, which CI servers show as test results: a <testsuite> per file checked, a <testcase>
 * per diagnostic, and a <failure> for each error. Warnings and infos are passing test cases with the
 * text in <system-out> (the exit code, with --strict or --max-warnings, decides whether they fail the
 * run). A file with no problems is one passing test case, so clean files show in the report too.
 * Every suite and case has `time="0"`: nothing is timed (the same plan gives the same bytes), and
 * reporters read the attribute as a number (dorny/test-reporter's `parseFloat(time)` showed `NaNms`).
 */
export const junit: Formatter = (diagnostics, { files = [], places }) => {
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of files) byFile.set(file, []);
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const names = [...byFile.keys()].sort(compareStrings);
  const suites = names.map((file) => suiteOf(file, byFile.get(file)!, places));
  const tests = names.reduce((total, file) => total + Math.max(1, byFile.get(file)!.length), 0);
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    // The <failure>s written, as each suite counts them: a line's flood of errors is told as ten (withoutFloods).
    `<testsuites name="rcm-plan" tests="${tests}" failures="${diagnostics.filter((d) => d.severity === "error").length}" errors="0">`,
    ...suites,
    `</testsuites>`,
  ];
  return lines.join("\n") + "\n";
};

function suiteOf(file: string, diagnostics: readonly Diagnostic[], places: FormatOptions["places"]): string {
  const failures = diagnostics.filter((d) => d.severity === "error").length;
  const head = `  <testsuite name="${escapeXmlAttribute(file)}" tests="${Math.max(1, diagnostics.length)}" failures="${failures}" errors="0" skipped="0" time="0">`;
  const cases = diagnostics.length === 0 ? [`    <testcase classname="${escapeXmlAttribute(file)}" name="no problems" time="0"/>`] : caseNames(diagnostics, places).map((name, i) => caseOf(diagnostics[i]!, name));
  return [head, ...cases, `  </testsuite>`].join("\n");
}

/**
 * Each case's name, by what it is about rather than where: `missing-lead at
 * objectives[INT-O1].actions[INT-1.2]` (its place as a baseline names it, where `places` gives
 * one, else its data path). A CI server tracks a test by its name (GitLab's "new failures"), and a
 * line number changes with any line added above, a position with any action inserted before. A
 * finding without a data path (a YAML syntax error) is named by its line and column; a name a
 * suite already has is told apart by its count (`#2`).
 */
function caseNames(diagnostics: readonly Diagnostic[], places: FormatOptions["places"]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const name = `${d.code} at ${(d.path && places?.get(d)) || d.path || `${d.line}:${d.column}`}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} #${count}`;
  });
}

function caseOf(d: Diagnostic, name: string): string {
  const text = `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}${d.hint ? `\nhint: ${d.hint}` : ""}`;
  const open = `    <testcase classname="${escapeXmlAttribute(d.file)}" name="${escapeXmlAttribute(name)}" time="0">`;
  const body =
    d.severity === "error"
      ? `      <failure message="${escapeXmlAttribute(d.message)}" type="${escapeXmlAttribute(d.code)}">${escapeXmlText(text)}</failure>`
      : `      <system-out>${escapeXmlText(text)}</system-out>`;
  return [open, body, `    </testcase>`].join("\n");
}

/** Text content: `&` and `<` (and `>`, for `]]>`) escaped; characters XML 1.0 forbids dropped. */
export function escapeXmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A double-quoted attribute value: as text, plus `"`, and line breaks kept as character references. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
