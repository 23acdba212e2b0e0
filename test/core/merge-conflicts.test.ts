/**
 * Git's merge-conflict markers left in a plan's files: a group that merged main into its branch,
 * or a consolidator merging two groups' branches, commits them more often than anyone admits.
 * Each conflict is one error that names it, and nothing else is said of the file; the other files
 * are checked as if its actions were there.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mergeConflicts } from "../../src/parse/merge-conflicts.js";
import { copyToTemp, REPO, runPlan } from "../helpers/run.js";

const SHIPPED = path.join(REPO, "plans/rcm-smuggling");

interface JsonDiagnostic {
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A copy of the shipped plan with `edit` applied to each named file's lines. */
function shippedWith(edits: Record<string, (lines: string[]) => string[]>): string {
  const dir = copyToTemp(SHIPPED);
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    writeFileSync(target, edit(readFileSync(target, "utf8").split("\n")).join("\n"));
  }
  return dir;
}

/** `lines` with the first line matching `pattern` in conflict: `ours` above =======, `theirs` below. */
function conflictAt(pattern: RegExp, theirs: (line: string) => string, labels = ["HEAD", "feature"], base?: string) {
  return (lines: string[]): string[] => {
    const at = lines.findIndex((line) => pattern.test(line));
    if (at < 0) throw new Error(`no line matches ${pattern}`);
    const ours = lines[at]!;
    const middle = base === undefined ? [] : [`||||||| ${base}`, ours];
    return [...lines.slice(0, at), `<<<<<<< ${labels[0]}`, ours, ...middle, "=======", theirs(ours), `>>>>>>> ${labels[1]}`, ...lines.slice(at + 1)];
  };
}

async function validate(dir: string) {
  const result = await runPlan(["validate", "--format", "json"], dir);
  return { ...result, diagnostics: (JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics };
}

describe("merge conflicts left in a plan's files", () => {
  it("a conflict in a YAML group and one in a Markdown matrix (diff3 style) are one error each, over the conflict's lines, and nothing else", async () => {
    const dir = shippedWith({
      "groups/1-intelligence.yaml": conflictAt(/^ {8}lead: /, (line) => line.replace("IOM", "UNODC")),
      "groups/2-field-operations.md": conflictAt(/^\| FLD-1\.1 /, (line) => line.replace("2019", "2020"), ["main", "fld-timeframes"], "merged common ancestor"),
    });
    const { exitCode, diagnostics } = await validate(dir);
    expect(exitCode).toBe(1);
    const yamlStart = readFileSync(path.join(dir, "groups/1-intelligence.yaml"), "utf8").split("\n").indexOf("<<<<<<< HEAD") + 1;
    const mdStart = readFileSync(path.join(dir, "groups/2-field-operations.md"), "utf8").split("\n").indexOf("<<<<<<< main") + 1;
    // No cascade: no indentation error, no one-cell table row, and the other groups' references to INT and FLD actions still resolve.
    expect(diagnostics.map((d) => [d.file, d.code, d.line, d.column, d.endLine, d.endColumn, d.message])).toEqual([
      ["groups/1-intelligence.yaml", "merge-conflict", yamlStart, 1, yamlStart + 4, 16, `an unresolved merge conflict: lines ${yamlStart}–${yamlStart + 4} hold git's markers and two versions ('HEAD' and 'feature')`],
      ["groups/2-field-operations.md", "merge-conflict", mdStart, 1, mdStart + 6, 23, `an unresolved merge conflict: lines ${mdStart}–${mdStart + 6} hold git's markers and two versions ('main' and 'fld-timeframes') and their common ancestor's`],
    ]);
  });

  it("a conflict written with the common ancestor (diff3 style) is hinted to delete that version and its ||||||| line too, which the drafts would otherwise keep", async () => {
    const dir = shippedWith({ "narrative/en/01-background.md": conflictAt(/^Migrant smuggling/, (line) => line.replace("Migrant", "The"), ["HEAD", "b"], "0d85477") });
    const { stdout } = await runPlan(["validate"], dir);
    expect(stdout).toContain("hold git's markers and two versions ('HEAD' and 'b') and their common ancestor's  merge-conflict\n");
    expect(stdout).toContain(
      "  hint: Keep the version you want (or join the two), delete the other, the common ancestor's version between ||||||| and =======, and the marker lines (<<<<<<<, |||||||, =======, >>>>>>>), and check again",
    );
  });

  it("the GitHub annotation spans the conflict, and its hint says what to do", async () => {
    const dir = shippedWith({ "groups/1-intelligence.yaml": conflictAt(/^ {8}partners: /, (line) => line) });
    const { stdout } = await runPlan(["validate", "--format", "github"], dir);
    expect(stdout).toMatch(/^::error file=groups\/1-intelligence\.yaml,line=(\d+),col=1,endLine=\d+,endColumn=16,title=merge-conflict::an unresolved merge conflict: .*\(hint: Keep the version you want \(or join the two\), delete the other and the marker lines/m);
  });

  it("a conflict in a narrative file is an error, so that build writes no draft holding git's markers", async () => {
    const dir = shippedWith({ "narrative/es/01-antecedentes.md": conflictAt(/^[A-ZÁÉÍÓÚ¿¡]/, (line) => `¿${line}?`) });
    const { diagnostics } = await validate(dir);
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([["narrative/es/01-antecedentes.md", "merge-conflict"]]);
    const build = await runPlan(["build"], dir);
    expect(build.exitCode).toBe(1);
    expect(build.stdout + build.stderr).toContain("merge-conflict");
    expect(existsSync(path.join(dir, "drafts"))).toBe(false);
  });

  it("plan.yaml in conflict: said so, and the groups still checked under the default pattern", async () => {
    const dir = shippedWith({ "plan.yaml": conflictAt(/^period:/, (line) => line.replace("2025", "2026"), ["ours", "theirs"]) });
    const { diagnostics } = await validate(dir);
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([["plan.yaml", "merge-conflict"]]);
  });

  it("plan fmt and plan convert refuse a file in conflict and leave it as it is", async () => {
    const dir = shippedWith({ "groups/3-detention-alternatives.yaml": conflictAt(/^ {8}lead: /, (line) => line) });
    const file = path.join(dir, "groups/3-detention-alternatives.yaml");
    const before = readFileSync(file, "utf8");
    for (const args of [["fmt", "groups/3-detention-alternatives.yaml"], ["convert", "groups/3-detention-alternatives.yaml", "--to", "md", "-o", "out.md"]]) {
      const result = await runPlan(args, dir);
      expect(result.exitCode).toBe(1);
      expect(result.stdout + result.stderr).toContain("merge-conflict");
    }
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(existsSync(path.join(dir, "out.md"))).toBe(false);
  });
});

describe("mergeConflicts", () => {
  it("a marker left alone is said as that: a start with no end, an end with no start", () => {
    const unclosed = mergeConflicts("g.yaml", "group: a\n<<<<<<< HEAD\ntheme: b\n");
    expect(unclosed.map((d) => [d.line, d.column, d.endLine, d.endColumn, d.message])).toEqual([[2, 1, 2, 13, "git's merge-conflict marker '<<<<<<< HEAD' with no >>>>>>> line after it"]]);
    const unopened = mergeConflicts("g.yaml", "group: a\ntheme: b\n>>>>>>> 4f2a9c1 (Add FLD-1.6)\n");
    expect(unopened.map((d) => [d.line, d.message])).toEqual([[3, "git's merge-conflict marker '>>>>>>> 4f2a9c1 (Add FLD-1.6)' with no <<<<<<< line before it"]]);
  });

  it("CRLF lines and markers without labels", () => {
    const found = mergeConflicts("g.md", "a\r\n<<<<<<<\r\nb\r\n=======\r\nc\r\n>>>>>>>\r\nd\r\n");
    expect(found.map((d) => [d.line, d.endLine, d.endColumn, d.message])).toEqual([[2, 6, 8, "an unresolved merge conflict: lines 2–6 hold git's markers and two versions"]]);
  });

  it("what only looks like a marker is left alone: a setext heading's =======, quotes, eight signs, signs inside a line", () => {
    const text = [
      "Antecedentes",
      "=======",
      "",
      ">>> ¿Una cita dentro de otra?",
      "<<<<<<<< eight",
      "title: see <<<<<<< HEAD in the log",
      ">>>>>>>not a marker",
      "|||||||",
      "||||||| a table's row of empty cells is no marker outside a conflict",
    ].join("\n");
    expect(mergeConflicts("n.md", text)).toEqual([]);
    // Inside one, a row of empty cells is no common ancestor: only `||||||| label` is.
    const row = mergeConflicts("g.md", "<<<<<<< HEAD\n| a | b |\n|||||||\n=======\n| a | c |\n>>>>>>> b\n");
    expect(row.map((d) => d.message)).toEqual(["an unresolved merge conflict: lines 1–6 hold git's markers and two versions ('HEAD' and 'b')"]);
  });
});
