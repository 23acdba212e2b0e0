/**
 * Files that git cannot hold as they are (binary, Latin-1, BOM and CRLF, 9 MB, symlinks, directories),
 * built in a temporary plan at test time. Each one must give one diagnostic on the file at fault while
 * the other files of the plan are still checked: a second group with a known fault is always reported.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { APP_PROPERTIES, corePropertiesPart } from "../../src/render/docx/parts.js";
import { planDir, planYaml } from "../helpers/plans.js";
import { copyToTemp, REPO, runPlan } from "../helpers/run.js";

const PLAN = planYaml();

/** A valid group but for one unknown indicator at line 10, column 20: proof that it was checked. */
const WITNESS = `group: witness
theme: intelligence
facilitator: {name: Ana Núñez, organization: IOM}
rapporteur: {name: Carlos Peña, country: SV}
objectives:
  - id: WIT-O1
    title: Share intelligence
    actions:
      - id: WIT-1.1
        protocol: [SOM-6.9]
        title: Set up an analysis unit
        lead: [MX, IOM]
        timeframe: {start: 2024-Q1, end: 2025}
`;

/** A plan directory with plan.yaml, the witness group and `files` (relative path -> content). */
function makePlan(files: Record<string, string | Uint8Array> = {}): string {
  return planDir({ "plan.yaml": PLAN, "groups/witness.yaml": WITNESS, ...files }, "rcm-plan-bad-");
}

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  hint: string | null;
}

async function validate(dir: string) {
  const result = await runPlan(["validate", "--format", "json"], dir);
  const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[]; summary: { files: number } };
  return { ...result, report, text: result.stdout + result.stderr };
}

/** The one diagnostic on `file`, after checking that the witness group was still checked. */
function only(report: { diagnostics: JsonDiagnostic[] }, file: string): JsonDiagnostic {
  const witness = report.diagnostics.filter((d) => d.file === "groups/witness.yaml");
  expect(witness.map((d) => [d.code, d.line, d.column, d.message])).toEqual([["unknown-indicator", 10, 20, "unknown indicator SOM-6.9"]]);
  const onFile = report.diagnostics.filter((d) => d.file === file);
  expect(onFile).toHaveLength(1);
  return onFile[0]!;
}

describe("bad input: one diagnostic on the file at fault, the other files still checked", () => {
  it("the witness plan alone has exactly the witness's fault", async () => {
    const { exitCode, report } = await validate(makePlan());
    expect(exitCode).toBe(1);
    expect(report.diagnostics).toHaveLength(1);
    expect(report.summary.files).toBe(2);
  });

  it("an empty file", async () => {
    const { exitCode, report } = await validate(makePlan({ "groups/empty.yaml": "" }));
    expect(exitCode).toBe(1);
    expect(only(report, "groups/empty.yaml")).toMatchObject({ code: "empty-file", line: 1, column: 1, message: "the file is empty" });
  });

  it("a file of blank lines only", async () => {
    const { report } = await validate(makePlan({ "groups/blank.yaml": "\n  \n\t\n" }));
    expect(only(report, "groups/blank.yaml")).toMatchObject({ code: "empty-file", line: 1, column: 1, message: "the file holds only white space" });
  });

  it("a Word file renamed to .yaml", async () => {
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.from("[Content_Types].xml")]);
    const { report } = await validate(makePlan({ "groups/matrix.yaml": docx }));
    expect(only(report, "groups/matrix.yaml")).toMatchObject({
      code: "binary-file", line: 1, column: 1, message: "the file is not text (a zip archive, such as a Word .docx file)",
    });
  });

  it("a binary file with NUL bytes", async () => {
    const { report, text } = await validate(makePlan({ "groups/image.yaml": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]) }));
    expect(only(report, "groups/image.yaml")).toMatchObject({ code: "binary-file", message: "the file is not text (it contains NUL bytes)" });
    expect(text).not.toContain("\u0000");
  });

  it("a Latin-1 file: points at the first byte that is not UTF-8, on its line", async () => {
    const latin1 = Buffer.from("group: field\ntheme: intelligence\nobjectives:\n  - id: FLD-O1\n    title: Acción conjunta\n", "latin1");
    const { report } = await validate(makePlan({ "groups/field.yaml": latin1 }));
    expect(only(report, "groups/field.yaml")).toMatchObject({
      code: "encoding", line: 5, column: 16,
      message: "byte 0xF3 ('ó' in Latin-1) is not UTF-8; the file seems to use another encoding",
    });
  });

  it("a UTF-16 file (Notepad's \"Unicode\") is an encoding problem, not a binary file", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("group: field\r\ntheme: intelligence\r\n", "utf16le")]);
    const { report } = await validate(makePlan({ "groups/field.yaml": utf16 }));
    expect(only(report, "groups/field.yaml")).toMatchObject({ code: "encoding", line: 1, column: 1, message: "the file is UTF-16; plan files are UTF-8" });
  });

  it("the same without its byte-order mark, little- or big-endian, Spanish accents and all; a binary file's NULs stay binary", async () => {
    const text = "group: field\r\ntheme: intelligence\r\nfacilitator: {name: Ana Núñez, organization: IOM}\r\n";
    const little = Buffer.from(text, "utf16le");
    const big = Buffer.from(little).swap16();
    const { report } = await validate(makePlan({ "groups/field.yaml": little, "groups/big.md": big, "groups/blob.yaml": Buffer.from([1, 0, 0, 7, 0, 0, 0, 9, 65, 0, 66, 0]) }));
    for (const file of ["groups/field.yaml", "groups/big.md"]) expect(only(report, file)).toMatchObject({ code: "encoding", message: "the file is UTF-16; plan files are UTF-8" });
    expect(only(report, "groups/blob.yaml")).toMatchObject({ code: "binary-file" });
  });

  it("a byte-order mark and CRLF line endings are valid, and positions stay right", async () => {
    const crlf = "\uFEFF" + WITNESS.replaceAll("witness", "field").replaceAll("WIT", "FLD").replace(/\n/g, "\r\n");
    const { exitCode, report } = await validate(makePlan({ "groups/field.yaml": crlf }));
    expect(exitCode).toBe(1);
    const onField = report.diagnostics.filter((d) => d.file === "groups/field.yaml");
    // The same fault at the same place as in the witness: the BOM and the \r are not counted.
    expect(onField.map((d) => [d.code, d.line, d.column, d.message])).toEqual([["unknown-indicator", 10, 20, "unknown indicator SOM-6.9"]]);
    only(report, "groups/field.yaml");
  });

  it("lone CR line endings (old Mac editors): said so at the first one, not called an empty file", async () => {
    const cr = "# the field group\r" + WITNESS.replaceAll("witness", "field").replaceAll("WIT", "FLD").replace(/\n/g, "\r");
    const { report } = await validate(makePlan({ "groups/field.yaml": cr }));
    expect(only(report, "groups/field.yaml")).toMatchObject({
      code: "line-ending", line: 1, column: 18,
      message: "this line ends in a lone carriage return (CR); plan files end their lines in LF or CRLF",
      hint: "Save the file with LF (Unix) or CRLF (Windows) line endings; most editors offer both.",
    });
  });

  it("a lone CR in a Markdown matrix, which Markdown reads as a line break and Git as none: said once, where Git counts the line", async () => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    const file = path.join(dir, "groups/2-field-operations.md");
    const lines = readFileSync(file, "utf8").split("\n");
    // A description's line broken by a CR (as a paste from an old Mac editor), then a table row joined to the next by one.
    const paragraph = lines.findIndex((line) => line.startsWith("Common minimum rules"));
    expect(paragraph).toBeGreaterThan(0);
    lines[paragraph] = lines[paragraph]!.replace(", and ", ",\rand ");
    const row = lines.findIndex((line) => line.startsWith("| FLD-1.1 "));
    lines[row] += "\r" + lines.splice(row + 1, 1)[0];
    writeFileSync(file, lines.join("\n"));
    const result = await runPlan(["validate", "--format", "json"], dir);
    const found = (JSON.parse(result.stdout) as { diagnostics: { code: string; file: string; line: number }[] }).diagnostics;
    expect(found.map((d) => [d.code, d.file, d.line])).toEqual([["line-ending", "groups/2-field-operations.md", paragraph + 1]]);
    expect(result.exitCode).toBe(1);
  });

  it("control characters pasted into a text are warned of where each is, in YAML, a Markdown matrix and a narrative; the drafts leave them out", async () => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    const edit = (relative: string, from: string, to: string) => {
      const file = path.join(dir, relative);
      const text = readFileSync(file, "utf8");
      expect(text).toContain(from);
      writeFileSync(file, text.replace(from, to));
      return text.slice(0, text.indexOf(from)).split("\n");
    };
    const place = (before: string[], offset = 0) => [before.length, before.at(-1)!.length + 1 + offset];
    // A colour code from a terminal in a YAML title, a PDF's control byte in a Markdown cell and in its front matter, a noncharacter in a narrative.
    const yaml = place(edit("groups/1-intelligence.yaml", "en: Generate and manage", "en: \u001b[1mGenerate and manage"), 4);
    const cell = place(edit("groups/2-field-operations.md", "| FLD-1.1 | Adopt", "| FLD-1.1 | Ado\u0002pt"), 15);
    const front = place(edit("groups/2-field-operations.md", "group: field-operations", "group: field-operations # \u0003"), 26);
    const narrative = place(edit("narrative/es/01-antecedentes.md", "Conferencia", "Confe\ufffferencia"), 5);
    // Word's line and page breaks paste as a vertical tab and a form feed: line breaks in the drafts, not reported.
    edit("narrative/en/01-background.md", "Conference", "Con\u000bfer\u000cence");
    const result = await runPlan(["validate", "--format", "json"], dir);
    const found = (JSON.parse(result.stdout) as { diagnostics: { code: string; file: string; line: number; column: number; message: string }[] }).diagnostics
      .filter((d) => d.code === "control-character").map((d) => [d.file, d.line, d.column, d.message]);
    expect(found).toEqual([
      ["groups/1-intelligence.yaml", ...yaml, "U+001B (escape), which editors seldom show: the drafts leave it out"],
      ["groups/2-field-operations.md", ...front, "U+0003 (a control character), which editors seldom show: the drafts leave it out"],
      ["groups/2-field-operations.md", ...cell, "U+0002 (a control character), which editors seldom show: the drafts leave it out"],
      ["narrative/es/01-antecedentes.md", ...narrative, "U+FFFF (a noncharacter), which editors seldom show: the drafts leave it out"],
    ]);
    // Warnings: the plan still builds, and no draft holds what was reported.
    const build = await runPlan(["build", ".", "--out", "out", "--format", "md,json"], dir);
    expect(build.exitCode).toBe(0);
    for (const draft of ["rcm-smuggling.en.md", "rcm-smuggling.es.md", "rcm-smuggling.json"]) {
      expect(readFileSync(path.join(dir, "out", draft), "utf8"), draft).not.toMatch(/[\u0001-\u0008\u000e-\u001f\uffff]/);
    }
    expect(readFileSync(path.join(dir, "out", "rcm-smuggling.en.md"), "utf8")).toContain("Con\nfer\nence");
  });

  it("a control character written as an escape in a YAML text is warned of at the text, as one typed in is; plan convert's YAML of a matrix holding one still says it", async () => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    const yamlFile = path.join(dir, "groups/1-intelligence.yaml");
    const yaml = readFileSync(yamlFile, "utf8");
    expect(yaml).toContain("en: Generate and manage");
    writeFileSync(yamlFile, yaml.replace(/en: (Generate and manage[^\n]*)/, 'en: "\\e[1m$1"'));
    // A Markdown matrix holding a typed-in control character, converted to YAML: the YAML writes it as an escape.
    const markdownFile = path.join(dir, "groups/2-field-operations.md");
    writeFileSync(markdownFile, readFileSync(markdownFile, "utf8").replace("| FLD-1.1 | Adopt", "| FLD-1.1 | Ado\u0002pt"));
    expect((await runPlan(["convert", "groups/2-field-operations.md", "--to", "yaml", "-o", "groups/2-field-operations.yaml"], dir)).exitCode).toBe(0);
    rmSync(markdownFile);
    expect(readFileSync(path.join(dir, "groups/2-field-operations.yaml"), "utf8")).toContain("Ado\\x02pt");
    const result = await runPlan(["validate", "--format", "json"], dir);
    const found = (JSON.parse(result.stdout) as { diagnostics: { code: string; file: string; line: number; message: string }[] }).diagnostics.filter((d) => d.code === "control-character");
    expect(found.map((d) => [d.file, d.message])).toEqual([
      ["groups/1-intelligence.yaml", "U+001B (escape), written as an escape in this text: the drafts leave it out"],
      ["groups/2-field-operations.yaml", "U+0002 (a control character), written as an escape in this text: the drafts leave it out"],
    ]);
    expect(found[0]!.line).toBe(yaml.slice(0, yaml.indexOf("en: Generate and manage")).split("\n").length);
  });

  it("a group file the groups patterns do not read (moved into a subfolder, saved as .markdown) is warned of, not silently left out of the plan", async () => {
    const field = WITNESS.replaceAll("witness", "field").replaceAll("WIT", "FLD");
    const dir = makePlan({ "groups/archive/field.yaml": field, "groups/field.markdown": "# a matrix\n", "groups/notes.txt": "not a plan file\n", "drafts/plan.en.md": "# a draft\n",
      // Saved by Notepad, which adds .txt unless told "All files".
      "groups/4-solutions.md.txt": "# a matrix\n", "groups/5-prevention.markdown.txt": "# a matrix\n",
      // A draft built into the groups folder (build --out groups/drafts, which no pattern reads) is no group left out, edited or not.
      "groups/drafts/plan.en.md": "# A plan\n\nEdited.\n\n<!-- plan build 0123456789abcdef: written from the plan's files. -->\n",
      "groups/drafts/plan.es.md": "# Un plan\r\n\r\n<!-- plan build 0123456789abcdef: escrito a partir de los archivos del plan. -->\r\n" });
    const { report } = await validate(dir);
    const unmatched = report.diagnostics.filter((d) => d.code === "unmatched-group-file");
    expect(unmatched.map((d) => [d.file, d.severity, d.line, d.column, d.message])).toEqual([
      ["groups/4-solutions.md.txt", "warning", 1, 1, "this file is not read as a group: no pattern of plan.yaml's groups (groups/*.{yaml,yml,md}) matches it"],
      ["groups/5-prevention.markdown.txt", "warning", 1, 1, "this file is not read as a group: no pattern of plan.yaml's groups (groups/*.{yaml,yml,md}) matches it"],
      ["groups/archive/field.yaml", "warning", 1, 1, "this file is not read as a group: no pattern of plan.yaml's groups (groups/*.{yaml,yml,md}) matches it"],
      ["groups/field.markdown", "warning", 1, 1, "this file is not read as a group: no pattern of plan.yaml's groups (groups/*.{yaml,yml,md}) matches it"],
    ]);
    expect(unmatched[0]!.hint).toBe(`Rename it to 4-solutions.md: the editor added .txt when it saved the file (Notepad does, unless "All files" is chosen as the type); or, if it is no group file, keep it outside the groups folder.`);
    expect(unmatched[1]!.hint).toMatch(/^Rename it to 5-prevention\.md: the editor added \.txt/);
    expect(unmatched[3]!.hint).toMatch(/^Rename it to \.md/);
    // The pattern that would read it is one for its own kind of file.
    expect(unmatched[2]!.hint).toMatch(/^Move it up into groups\/, the folder the pattern reads, or add a pattern for it to plan\.yaml's groups \(such as `groups\/\*\*\/\*\.yaml`\)/);
    // Read once a pattern names them: nothing is said of them any more.
    const manifest = readFileSync(path.join(dir, "plan.yaml"), "utf8");
    expect(manifest).not.toMatch(/^groups:/m);
    writeFileSync(path.join(dir, "plan.yaml"), `${manifest}groups: [groups/**/*.yaml]\n`);
    const again = await validate(dir);
    expect(again.report.diagnostics.filter((d) => d.code === "unmatched-group-file").map((d) => d.file)).toEqual(["groups/4-solutions.md.txt", "groups/5-prevention.markdown.txt", "groups/field.markdown"]);
  });

  it("a matrix saved from Excel or Word into the groups folder is warned of as such, not left out without a word; plan's own Word drafts there are not", async () => {
    const zip = (parts: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
    // A byte of the part's compressed data flipped (after the 30-byte header and the part's name): it no longer unpacks.
    const damaged = (bytes: Uint8Array) => bytes.map((byte, i) => (i === 52 ? byte ^ 1 : byte));
    const dir = makePlan({
      "groups/2-field-operations.xlsx": zip({ "xl/workbook.xml": "<workbook/>" }),
      "groups/~$2-field-operations.xlsx": "Ana Pérez",
      "groups/prevención.CSV": "id;acción\nPRV-1.1;Campaña\n",
      "groups/old/migration.docx": zip({ "word/document.xml": "<w:document/>" }),
      // A file whose properties part is damaged tells nobody's name: not taken for plan's draft, saved in Word or not.
      "groups/old/solutions.docx": damaged(zip({ "docProps/core.xml": corePropertiesPart({ title: "Matriz", description: "x", date: "2017-09-15" }).replace("<cp:lastModifiedBy>rcm-plan<", "<cp:lastModifiedBy>Ana Pérez<") })),
      // Built with --out groups/drafts, and once opened and saved in Word: plan's, not a group left out.
      "groups/drafts/plan.en.docx": zip({ "docProps/core.xml": corePropertiesPart({ title: "Plan", description: "Draft 1", date: "2017-09-15" }), "docProps/app.xml": APP_PROPERTIES }),
      "groups/drafts/plan.es.docx": zip({ "docProps/core.xml": corePropertiesPart({ title: "Plan", description: "Borrador 1", date: "2017-09-15" }).replace("<cp:lastModifiedBy>rcm-plan<", "<cp:lastModifiedBy>Ana Pérez<"), "docProps/app.xml": "<Properties><Application>Microsoft Office Word</Application></Properties>" }),
    });
    const { report } = await validate(dir);
    const unmatched = report.diagnostics.filter((d) => d.code === "unmatched-group-file");
    expect(unmatched.map((d) => [d.file, d.severity, d.line, d.column, d.message])).toEqual([
      ["groups/2-field-operations.xlsx", "warning", 1, 1, "this file is not read as a group: it is a spreadsheet (.xlsx), and a group file is YAML or Markdown"],
      ["groups/old/migration.docx", "warning", 1, 1, "this file is not read as a group: it is a word-processor document (.docx), and a group file is YAML or Markdown"],
      ["groups/old/solutions.docx", "warning", 1, 1, "this file is not read as a group: it is a word-processor document (.docx), and a group file is YAML or Markdown"],
      ["groups/prevención.CSV", "warning", 1, 1, "this file is not read as a group: it is a spreadsheet's export (.csv), and a group file is YAML or Markdown"],
    ]);
    expect(unmatched[0]!.hint).toBe("Copy its matrix into the group's YAML or Markdown file (`plan init --markdown` writes the Markdown table a matrix takes); or, if it is no group file, keep it outside the groups folder.");
  });

  it("a groups pattern that finds no file is an error, not a warning CI passes: the plan has no actions; a shell's brackets in it are told", async () => {
    const dir = makePlan();
    writeFileSync(path.join(dir, "plan.yaml"), `${readFileSync(path.join(dir, "plan.yaml"), "utf8")}groups: "groups/[*.yaml"\n`);
    const { report, exitCode } = await validate(dir);
    const none = report.diagnostics.filter((d) => d.code === "no-groups");
    expect(none.map((d) => [d.severity, d.message, d.hint])).toEqual([
      ["error", "no file matches groups/[*.yaml", "A pattern takes *, **, ? and {yaml,md}, and reads [ and ] as themselves: write groups/*.yaml."],
    ]);
    expect(exitCode).toBe(1);
    // A shell's character class is not taken apart into a pattern that means something else.
    writeFileSync(path.join(dir, "plan.yaml"), `${readFileSync(path.join(dir, "plan.yaml"), "utf8").replace('groups: "groups/[*.yaml"', 'groups: "groups/[0-9]-*.yaml"')}`);
    expect((await validate(dir)).report.diagnostics.find((d) => d.code === "no-groups")?.hint).toBe("A pattern takes *, **, ? and {yaml,md}, and reads [ and ] as themselves: name the files with those.");
    // A plan that has no group file yet, as it drafts, may make it a warning.
    writeFileSync(path.join(dir, "plan.yaml"), `${readFileSync(path.join(dir, "plan.yaml"), "utf8")}rules: {no-groups: warning}\n`);
    const drafting = await validate(dir);
    expect(drafting.report.diagnostics.filter((d) => d.code === "no-groups" || d.code === "unchangeable-rule").map((d) => [d.code, d.severity])).toEqual([["no-groups", "warning"]]);
    expect(drafting.exitCode).toBe(0);
  });

  it("unmatched-group-file: a file in the pattern's own folder is hinted to be named as the pattern names group files, not moved up; a folder's README is no group", async () => {
    const field = WITNESS.replaceAll("witness", "field").replaceAll("WIT", "FLD");
    const dir = makePlan({ "groups/field.yaml": field, "groups/template.yaml": field, "groups/README.md": "# The groups' matrices\n", "groups/old/notes.md": "# notes\n" });
    writeFileSync(path.join(dir, "plan.yaml"), `${readFileSync(path.join(dir, "plan.yaml"), "utf8")}groups: ["./groups/f*.yaml", "groups/w*.yaml"]\n`);
    const { report } = await validate(dir);
    const unmatched = report.diagnostics.filter((d) => d.code === "unmatched-group-file");
    expect(unmatched.map((d) => [d.file, d.hint])).toEqual([
      ["groups/old/notes.md", "Move it up into groups/, the folder the pattern reads, or add a pattern for it to plan.yaml's groups (such as `groups/**/*.md`); a file kept there on purpose, such as an old version, is better kept outside the groups folder."],
      ["groups/template.yaml", "Name it as the pattern names group files, or add a pattern for it to plan.yaml's groups; a file kept there on purpose, such as an old version, is better kept outside the groups folder."],
    ]);
  });

  it("hidden files among the group files (macOS's ._ files on a USB stick, a .old copy) are not read as groups, as a shell's * finds none", async () => {
    const appleDouble = Buffer.concat([Buffer.from("\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ", "latin1"), Buffer.alloc(64)]);
    const dir = makePlan({ "groups/._witness.yaml": appleDouble, "groups/.witness-old.yaml": WITNESS, "groups/.drafts/x.yaml": WITNESS });
    const { report } = await validate(dir);
    expect(report.diagnostics.filter((d) => d.file.includes("/."))).toEqual([]);
    // The witness's own finding alone: no id said to be used twice by the hidden copy.
    expect(report.diagnostics.map((d) => d.code)).toEqual(["unknown-indicator"]);
    // A pattern that names hidden files reads them.
    writeFileSync(path.join(dir, "plan.yaml"), `${readFileSync(path.join(dir, "plan.yaml"), "utf8")}groups: [groups/*.yaml, groups/.witness-old.yaml]\n`);
    expect((await validate(dir)).report.diagnostics.map((d) => d.code)).toContain("duplicate-id");
  });

  it("a YAML alias bomb", async () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ..."bcdefghi".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(", ")}]`)].join("\n");
    const { report } = await validate(makePlan({ "groups/bomb.yaml": bomb + "\n" }));
    expect(only(report, "groups/bomb.yaml")).toMatchObject({ code: "yaml-aliases", line: 2, column: 8, message: "the file expands more than 100 aliases" });
  });

  it("a YAML file nested thousands deep: said at the start of the file, not as a stack overflow or a bug", async () => {
    const file = "groups/deep.yaml";
    const { report } = await validate(makePlan({ [file]: `group: deep\ntheme: intelligence\nobjectives: ${"[".repeat(5000)}${"]".repeat(5000)}\n` }));
    expect(only(report, file)).toMatchObject({
      code: "nested-too-deep", line: 1, column: 1,
      message: "the file nests lists, mappings, quotes or brackets too deeply to be read",
      hint: "A matrix needs a few levels of nesting at most: look for brackets or `>` quotes repeated by mistake.",
    });
  });

  const FRONT = "---\ngroup: deep\ntheme: intelligence\n---\n\n";
  it.each([
    ["quotes", `${FRONT}${"> ".repeat(20000)}x\n`, 6, 201],
    // remark's search for links grows with the square of their depth: this one took minutes.
    ["links", `${FRONT}${"[a".repeat(30000)}${"](b)".repeat(30000)}\n`, 6, 201],
    // remark's reading of lists in lists too: 33 s, and over two minutes.
    ["list items", `${FRONT}${"- ".repeat(5000)}x\n`, 6, 201],
    ["list items indented", `${FRONT}${Array.from({ length: 1600 }, (_, depth) => `${"  ".repeat(depth)}- item\n`).join("")}`, 106, 201],
  ])("a Markdown matrix nesting %s thousands deep: said where it passes 100 deep, not as a stack overflow or a bug", async (_, text, line, column) => {
    const file = "groups/deep.md";
    const { report } = await validate(makePlan({ [file]: text }));
    expect(only(report, file)).toMatchObject({
      code: "nested-too-deep", line, column,
      message: "lists, quotes or brackets nested more than 100 deep: the file cannot be read",
      hint: "A matrix needs a few levels of lists or quotes at most: look for markers (`- `, `>`, `[`) repeated by mistake.",
    });
  });

  it("a text nesting links thousands deep is built as its own words, not handed to remark for minutes", async () => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    const group = path.join(dir, "groups/1-intelligence.yaml");
    const deep = `${"[a".repeat(30000)}${"](b)".repeat(30000)}`;
    writeFileSync(group, readFileSync(group, "utf8").replace("en: Set up or strengthen a specialised migrant smuggling analysis unit in each member country", `en: '${deep}'`));
    const build = await runPlan(["build", ".", "--lang", "en"], dir);
    expect(build.exitCode).toBe(0);
    expect(readFileSync(path.join(dir, "drafts/rcm-smuggling.en.md"), "utf8")).toContain(`INT-1.1): ${deep}`);
  });

  it("tabs used as indentation", async () => {
    const { report } = await validate(makePlan({ "groups/tabs.yaml": "group: field\ntheme: intelligence\nobjectives:\n\t- id: FLD-O1\n" }));
    expect(only(report, "groups/tabs.yaml")).toMatchObject({
      code: "yaml-syntax", line: 4, column: 1, hint: "YAML indents with spaces, not tabs: replace the tab with spaces.",
    });
  });

  // The parser names these by what the tab did to the lines around it; its first error is not on the tab.
  it.each([
    ["the first item of a list", "        lead:\n\t- MX\n", 13, 1],
    ["the key after a block text", "        notes: >-\n          A note\n\tlead: [MX]\n", 14, 1],
    ["a key, after spaces", "  \t      lead: [MX]\n", 12, 3],
    ["an item's mapping, after its dash", "        lead: [MX]\n        indicators:\n          -\ttext: A unit\n", 14, 12],
  ])("a tab indenting %s is told as the tab, where the hint to fix it is", async (_, lines, line, column) => {
    const group = WITNESS.replaceAll("witness", "field").replaceAll("WIT", "FLD").replace("        lead: [MX, IOM]\n", lines);
    const { report } = await validate(makePlan({ "groups/field.yaml": group }));
    expect(only(report, "groups/field.yaml")).toMatchObject({ code: "yaml-syntax", message: "Tabs are not allowed as indentation", line, column, hint: "YAML indents with spaces, not tabs: replace the tab with spaces." });
  });

  it("a second YAML document (a --- pasted mid-file) is said as that, not as a key without its colon", async () => {
    const group = WITNESS.replaceAll("witness", "field").replaceAll("WIT", "FLD") + "---\ngroup: other\n";
    const { report } = await validate(makePlan({ "groups/field.yaml": group }));
    expect(only(report, "groups/field.yaml")).toMatchObject({
      code: "yaml-syntax", line: 14, column: 1, message: "a second YAML document starts here; a plan file holds one", hint: "A plan file holds one YAML document: remove the second `---`.",
    });
    // After a `...`, the document's end, any line begins a second one: the `...` is what to remove.
    const ended = await validate(makePlan({ "groups/field.yaml": WITNESS.replaceAll("witness", "field").replaceAll("WIT", "FLD") + "...\nnotes: more\n" }));
    expect(only(ended.report, "groups/field.yaml")).toMatchObject({ line: 15, message: "this comes after the `...` that ends the file's YAML document", hint: "Remove the `...` line above: a plan file holds one YAML document." });
  });

  it("a key that is a list is an unknown key, and the YAML package's warning about it stays off the terminal", async () => {
    const group = WITNESS.replaceAll("witness", "field").replaceAll("WIT", "FLD").replace("protocol: [SOM-6.9]", "protocol: [SOM-6.1]") + "? [a, b]\n: c\n";
    const dir = makePlan({ "groups/field.yaml": group });
    const run = spawnSync(process.execPath, [path.join(REPO, "bin/plan.js"), "validate", "--format", "json"], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(only(JSON.parse(run.stdout), "groups/field.yaml")).toMatchObject({ code: "unknown-key", message: "unknown key '[ a, b ]' at the top level" });
  });

  it("a tab YAML allows, inside brackets, is not blamed for the error beside it", async () => {
    const group = WITNESS.replaceAll("witness", "field").replaceAll("WIT", "FLD").replace("        lead: [MX, IOM]\n", "        lead: [MX,\n          \tIOM: a: b]\n");
    const { report } = await validate(makePlan({ "groups/field.yaml": group }));
    expect(only(report, "groups/field.yaml").message).not.toContain("Tabs");
  });

  it("a __proto__ key is refused and pollutes nothing", async () => {
    const group = WITNESS.replaceAll("witness", "field").replaceAll("WIT", "FLD").replace("protocol: [SOM-6.9]", "protocol: [SOM-6.1]") + "__proto__: {polluted: yes}\n";
    const { report } = await validate(makePlan({ "groups/field.yaml": group }));
    expect(only(report, "groups/field.yaml")).toMatchObject({ code: "forbidden-key", line: 14, column: 1, message: "the key '__proto__' is not allowed" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a file over 8 MB", async () => {
    const big = "# " + "x".repeat(9 * 1024 * 1024) + "\n";
    const { report } = await validate(makePlan({ "groups/big.yaml": big }));
    expect(only(report, "groups/big.yaml")).toMatchObject({ code: "file-too-large", line: 1, column: 1, message: "the file is 9.0 MB; plan files are at most 8 MB" });
  });

  it("a symlink to a file outside the plan is refused and its content never shown", async () => {
    const outside = mkdtempSync(path.join(tmpdir(), "rcm-plan-secret-"));
    writeFileSync(path.join(outside, "secret.yaml"), "group: TOP-SECRET-CONTENT\ntheme: [\n");
    const dir = makePlan();
    symlinkSync(path.join(outside, "secret.yaml"), path.join(dir, "groups/linked.yaml"));
    const { report, text } = await validate(dir);
    expect(only(report, "groups/linked.yaml")).toMatchObject({
      code: "outside-plan", line: 1, column: 1, message: "the file is a link to a place outside the plan directory; it was not read",
    });
    expect(text).not.toContain("TOP-SECRET");
    expect(text).not.toContain(outside);
  });

  it("a narrative file plan.yaml names outside the plan is refused at its name in plan.yaml, unread", async () => {
    const dir = makePlan();
    writeFileSync(path.join(path.dirname(dir), "outside-narrative.md"), "# TOP-SECRET-CONTENT\n");
    writeFileSync(path.join(dir, "plan.yaml"), `${PLAN}narrative:\n  - ../outside-narrative.md\n`);
    const { report, text } = await validate(dir);
    expect(only(report, "plan.yaml")).toMatchObject({
      code: "outside-plan", line: 11, column: 5, message: "../outside-narrative.md is outside the plan directory; it was not read",
    });
    expect(text).not.toContain("TOP-SECRET");
  });

  it("a groups pattern leading outside the plan is reported at it in plan.yaml, and matches nothing there", async () => {
    const dir = makePlan();
    writeFileSync(path.join(path.dirname(dir), "stray.yaml"), "group: TOP-SECRET-CONTENT\n");
    writeFileSync(path.join(dir, "plan.yaml"), `${PLAN}groups: [groups/*.yaml, ../*.yaml]\n`);
    const { report, text } = await validate(dir);
    expect(only(report, "plan.yaml")).toMatchObject({
      code: "outside-plan", line: 10, column: 25, message: "the pattern ../*.yaml leads outside the plan directory; group files are looked for only inside it",
    });
    expect(text).not.toContain("TOP-SECRET");
  });

  it("a groups pattern that only leads outside gives that one error: no 'no file matches', no uncovered theme", async () => {
    const dir = makePlan();
    writeFileSync(path.join(dir, "plan.yaml"), `${PLAN}groups: ../*.yaml\n`);
    const { report } = await validate(dir);
    expect(report.diagnostics.map((d) => [d.file, d.code])).toEqual([["plan.yaml", "outside-plan"]]);
  });

  it("a Markdown matrix without front matter gets that one error, not its fields' nor its details' as stray content", async () => {
    const matrix = "group: field\ntheme: intelligence\n\n## FLD-O1: Share\n\n| Id | Action | Lead | Timeframe | Protocol |\n|---|---|---|---|---|\n| FLD-1.1 | Share alerts | MX | 2024 | SOM-6.1 |\n";
    const { report } = await validate(makePlan({ "groups/field.md": matrix }));
    expect(only(report, "groups/field.md")).toMatchObject({ code: "md-front-matter", line: 1, column: 1 });
  });

  it("a group file whose name is in capitals (saved so on Windows) is found and checked", async () => {
    const { report } = await validate(makePlan({ "groups/FIELD.YAML": WITNESS.replace(/WIT/g, "FLD").replace("witness", "field") }));
    expect(report.diagnostics.filter((d) => d.file === "groups/FIELD.YAML").map((d) => [d.code, d.line])).toEqual([["unknown-indicator", 10]]);
    expect(report.summary.files).toBe(3);
  });

  it("a group file whose name holds a line break is reported on one line, its name quoted", async () => {
    const dir = makePlan({ "groups/field\nops.yaml": WITNESS.replace(/WIT/g, "FLD").replace("witness", "field") });
    const { report } = await validate(dir);
    expect(report.diagnostics.filter((d) => d.file === "groups/field\nops.yaml").map((d) => [d.code, d.line])).toEqual([["unknown-indicator", 10]]);
    const stylish = await runPlan(["validate"], dir);
    expect(stylish.stdout).toContain('"groups/field\\nops.yaml":10:20  error  unknown indicator SOM-6.9  unknown-indicator\n');
    expect(stylish.stdout.split("\n").filter((line) => line.includes("ops.yaml"))).toHaveLength(1);
  });

  it("control characters quoted from a file reach the terminal escaped: no escape sequence acts, no line break starts a CI log command", async () => {
    const group = WITNESS.replace("group: witness", String.raw`group: "\e]0;pwned\a\e[2J\e[31mRED"` + "\n" + String.raw`"x\n::error file=evil.yaml,line=1::fake": 1`);
    const dir = makePlan({ "groups/witness.yaml": group });
    const stylish = await runPlan(["validate"], dir);
    expect(stylish.stdout).toContain(String.raw`error  '\u001b]0;pwned\u0007\u001b[2J\u001b[31mRED' is not valid for 'group'`);
    expect(stylish.stdout).toContain(String.raw`error  unknown key 'x\n::error file=evil.yaml,line=1::fake' at the top level  unknown-key`);
    expect(stylish.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]|^::/m);
    // The same in GitHub's annotations, whose log shows escape sequences to its reader too.
    const github = await runPlan(["validate", "--format", "github"], dir);
    expect(github.stdout).toContain(String.raw`::error file=groups/witness.yaml,line=1,col=8,endLine=1,endColumn=36,title=invalid-value::'\u001b]0;pwned\u0007\u001b[2J\u001b[31mRED' is not valid`);
    expect(github.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it("a symlink within the plan is read", async () => {
    const dir = makePlan();
    mkdirSync(path.join(dir, "shared"));
    writeFileSync(path.join(dir, "shared/field.yaml"), "group: field\ntheme: intelligence\nfacilitator: {name: A}\nrapporteur: {name: B}\n");
    symlinkSync(path.join(dir, "shared/field.yaml"), path.join(dir, "groups/field.yaml"));
    const { report } = await validate(dir);
    // Read and checked: a group with no objectives yet says so.
    expect(report.diagnostics.filter((d) => d.file === "groups/field.yaml").map((d) => d.code)).toEqual(["empty-group"]);
    expect(report.summary.files).toBe(3);
  });

  it("a dangling symlink", async () => {
    const dir = makePlan();
    symlinkSync(path.join(dir, "gone.yaml"), path.join(dir, "groups/gone.yaml"));
    const { report } = await validate(dir);
    expect(only(report, "groups/gone.yaml")).toMatchObject({ code: "unreadable-file", line: 1, column: 1, message: "cannot read the file: it is a link to a file that does not exist" });
  });

  it("a symlink that leads back to itself, said in words", async () => {
    const dir = makePlan();
    symlinkSync(path.join(dir, "groups/loop.yaml"), path.join(dir, "groups/loop.yaml"));
    const { report } = await validate(dir);
    expect(only(report, "groups/loop.yaml")).toMatchObject({ code: "unreadable-file", message: "cannot read the file: too many symbolic links (a link that leads back to itself)" });
  });

  it("a symlink to a directory inside the plan", async () => {
    const dir = makePlan();
    mkdirSync(path.join(dir, "folder"));
    symlinkSync(path.join(dir, "folder"), path.join(dir, "groups/folder.yaml"));
    const { report } = await validate(dir);
    expect(only(report, "groups/folder.yaml")).toMatchObject({ code: "unreadable-file", message: "not a regular file" });
  });

  it("a symlink to a FIFO or a socket inside the plan, refused at once (a FIFO is not waited on)", async () => {
    const dir = makePlan();
    execFileSync("mkfifo", [path.join(dir, "pipe")]);
    symlinkSync(path.join(dir, "pipe"), path.join(dir, "groups/pipe.yaml"));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, "socket"), resolve));
    symlinkSync(path.join(dir, "socket"), path.join(dir, "groups/socket.yaml"));
    try {
      const { report } = await validate(dir);
      expect(only(report, "groups/pipe.yaml")).toMatchObject({ code: "unreadable-file", message: "not a regular file" });
      expect(only(report, "groups/socket.yaml")).toMatchObject({ code: "unreadable-file", message: "not a regular file" });
    } finally {
      server.close();
    }
  });

  it("a FIFO or a socket itself by a group file's name is refused too, where it had been skipped without a word", async () => {
    const dir = makePlan();
    execFileSync("mkfifo", [path.join(dir, "groups/pipe.yaml")]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, "groups/socket.md"), resolve));
    try {
      const { report } = await validate(dir);
      expect(only(report, "groups/pipe.yaml")).toMatchObject({ code: "unreadable-file", message: "not a regular file" });
      expect(only(report, "groups/socket.md")).toMatchObject({ code: "unreadable-file", message: "not a regular file" });
      expect(report.summary.files).toBe(4);
      // Named alone, it is that file of the plan, not a plan directory that does not exist.
      const alone = await runPlan(["validate", "groups/pipe.yaml"], dir);
      expect(alone).toMatchObject({ exitCode: 1, stdout: expect.stringMatching(/^groups\/pipe\.yaml:1:1  error  not a regular file  unreadable-file\n/) });
    } finally {
      server.close();
    }
  });

  it("a plan.yaml that is not a mapping still lets the groups be checked", async () => {
    const dir = makePlan({ "plan.yaml": "- just\n- a list\n" });
    const { exitCode, report } = await validate(dir);
    expect(exitCode).toBe(1);
    expect(only(report, "plan.yaml")).toMatchObject({ code: "not-a-mapping", line: 1, column: 1 });
  });
});

describe("a group file that cannot be read hides nothing else, and says nothing of the other files", () => {
  const plan = PLAN.replace("themes:\n", "themes:\n  - {id: field-operations, number: 2, title: Field operations}\n");
  /** The field group: its one action FLD-1.1, its theme field-operations; `broken` puts a tab in the action's mapping. */
  const field = (broken: boolean) => WITNESS.replaceAll("witness", "field").replaceAll("WIT", "FLD")
    .replace("theme: intelligence", "theme: field-operations")
    .replace("protocol: [SOM-6.9]", "protocol: [SOM-6.1]")
    .replace("        lead: [MX, IOM]", broken ? "\tlead: [MX, IOM]" : "        lead: [MX, IOM]");
  /** The witness names FLD-1.1 as related, and GHOST-1.1, which no file holds. */
  const witness = (related: string) => WITNESS.replace("        lead: [MX, IOM]", `        lead: [MX, IOM]\n        related: [${related}]`);

  function planWith(groups: Record<string, string | Uint8Array>): string {
    const dir = makePlan(groups);
    writeFileSync(path.join(dir, "plan.yaml"), plan);
    return dir;
  }

  it("a tab inside an action gives one yaml-syntax error, not one for each line after it", async () => {
    const { report } = await validate(planWith({ "groups/witness.yaml": witness("FLD-1.1"), "groups/field.yaml": field(true) }));
    expect(only(report, "groups/field.yaml")).toMatchObject({ code: "yaml-syntax", line: 12, column: 1, message: "Tabs are not allowed as indentation" });
    // Nor does the witness's reference to FLD-1.1 become an unknown action, nor theme 2 uncovered.
    expect(report.diagnostics.map((d) => d.code)).toEqual(["yaml-syntax", "unknown-indicator"]);
  });

  it("the same for a group file that is not UTF-8", async () => {
    const latin1 = Buffer.from(field(false).replace("Ana Núñez", "Ana Nuñez"), "latin1");
    const { report } = await validate(planWith({ "groups/witness.yaml": witness("FLD-1.1"), "groups/field.yaml": latin1 }));
    expect(report.diagnostics.map((d) => [d.file, d.code])).toEqual([["groups/field.yaml", "encoding"], ["groups/witness.yaml", "unknown-indicator"]]);
  });

  it("a group file whose theme cannot be read might cover any theme: none is called uncovered", async () => {
    const unreadTheme = field(false).replace("theme: field-operations", "theme: [field-operations]");
    const { report } = await validate(planWith({ "groups/witness.yaml": witness("FLD-1.1"), "groups/field.yaml": unreadTheme }));
    expect(report.diagnostics.map((d) => [d.file, d.code, d.line, d.column])).toEqual([
      ["groups/field.yaml", "invalid-type", 2, 8],
      ["groups/witness.yaml", "unknown-indicator", 10, 20],
    ]);
  });

  it("an action id a word processor or a converter wrote (FLD–1.1, FLD\\-1.1) is said once, at the id, not again where another file names the id meant", async () => {
    for (const written of ["FLD\u20131.1", "FLD\\-1.1"]) {
      const { report } = await validate(planWith({ "groups/witness.yaml": witness("FLD-1.1"), "groups/field.yaml": field(false).replace("- id: FLD-1.1", `- id: ${written}`) }));
      expect(report.diagnostics.map((d) => [d.file, d.code, d.hint])).toEqual([
        ["groups/field.yaml", "invalid-value", expect.stringMatching(/: write FLD-1\.1\.$/)],
        ["groups/witness.yaml", "unknown-indicator", expect.any(String)],
      ]);
    }
  });

  it("once every file reads, an id no action has is reported again", async () => {
    const { report } = await validate(planWith({ "groups/witness.yaml": witness("FLD-1.1, GHOST-1.1"), "groups/field.yaml": field(false) }));
    expect(report.diagnostics.map((d) => [d.file, d.code, d.message])).toEqual([
      ["groups/witness.yaml", "unknown-indicator", "unknown indicator SOM-6.9"],
      ["groups/witness.yaml", "unknown-action", "no action in the plan has the id 'GHOST-1.1'"],
    ]);
  });
});
