import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { shippedCopy } from "../build/helpers.js";
import { copyToTemp, REPO, runPlan } from "../helpers/run.js";

const PLAN = path.join(REPO, "plans/rcm-smuggling");
const GROUP = "groups/1-intelligence.yaml";

describe("plan convert", () => {
  it("refuses a narrative chapter, which is no matrix, as plan fmt does, instead of reading it as a matrix at fault", async () => {
    const result = await runPlan(["convert", "narrative/en/01-background.md", "--to", "yaml"], PLAN);
    expect(result).toEqual({ exitCode: 2, stdout: "", stderr: "plan: narrative/en/01-background.md is one of the plan's narrative chapters, which the drafts take as written; plan convert converts a group file (groups/…)\n" });
    // Named through a link, as a chapter kept beside the matrices may be.
    const dir = copyToTemp(PLAN);
    symlinkSync("../narrative/es/01-antecedentes.md", path.join(dir, "groups/antecedentes.md"));
    expect((await runPlan(["convert", "groups/antecedentes.md", "--to", "yaml"], dir)).stderr).toMatch(/^plan: groups\/antecedentes\.md is one of the plan's narrative chapters/);
  });

  it("writes no matrix over a narrative chapter, with --force either: the drafts would print it as the plan's narrative", async () => {
    const dir = copyToTemp(PLAN);
    const chapter = readFileSync(path.join(dir, "narrative/en/01-background.md"), "utf8");
    for (const force of [[], ["--force"]]) {
      const result = await runPlan(["convert", GROUP, "--to", "md", "-o", "narrative/en/01-background.md", ...force], dir);
      expect(result).toEqual({ exitCode: 2, stdout: "", stderr: "plan: narrative/en/01-background.md is one of the plan's narrative chapters: name the output after the group (groups/…)\n" });
    }
    expect(readFileSync(path.join(dir, "narrative/en/01-background.md"), "utf8")).toBe(chapter);
  });

  it("refused over an existing file, says nothing of the conversion it did not write", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-plan-convert-"));
    expect((await runPlan(["init", "p"], dir)).exitCode).toBe(0);
    const convert = () => runPlan(["convert", "p/groups/2-field-operations.yaml", "--to", "md", "-o", "p/groups/2-field-operations.md"], dir);
    // plan init's matrix has comments among its objectives, which a Markdown matrix has no place for.
    expect((await convert()).stderr).toMatch(/^plan: 4 comments of p\/groups\/2-field-operations\.yaml's objectives not carried/);
    expect(await convert()).toEqual({ exitCode: 2, stdout: "", stderr: "plan: p/groups/2-field-operations.md exists; pass --force to overwrite it\n" });
  });

  it("prints the Markdown matrix, and writes it with -o but never over an existing file", async () => {
    const dir = copyToTemp(PLAN);
    const printed = await runPlan(["convert", GROUP, "--to", "md"], dir);
    expect(printed.exitCode).toBe(0);
    // The YAML file's comment above the group's details is the front matter's too.
    expect(printed.stdout).toMatch(/^---\n# Working group 1: Intelligence and Investigation - Data Collection and Exchange\ngroup: intelligence\n/);
    expect(printed.stdout).toContain("| Id ");

    expect((await runPlan(["convert", GROUP, "--to", "md", "-o", "groups/1.md"], dir)).exitCode).toBe(0);
    expect(readFileSync(path.join(dir, "groups/1.md"), "utf8")).toBe(printed.stdout);
    const again = await runPlan(["convert", GROUP, "--to", "md", "-o", "groups/1.md"], dir);
    expect(again).toEqual({ exitCode: 2, stdout: "", stderr: "plan: groups/1.md exists; pass --force to overwrite it\n" });
    expect((await runPlan(["convert", GROUP, "--to", "md", "-o", "groups/1.md", "--force"], dir)).exitCode).toBe(0);
    // A device is written into without --force; a directory is said to be one, not to need --force.
    expect(await runPlan(["convert", GROUP, "--to", "md", "-o", "/dev/null"], dir)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
    expect(await runPlan(["convert", GROUP, "--to", "md", "-o", "groups"], dir)).toEqual({ exitCode: 2, stdout: "", stderr: "plan: cannot write groups: is a directory\n" });
    // A link to a directory is one too: the link is not replaced by the matrix.
    symlinkSync("groups", path.join(dir, "linked"));
    expect(await runPlan(["convert", GROUP, "--to", "md", "-o", "linked"], dir)).toEqual({ exitCode: 2, stdout: "", stderr: "plan: cannot write linked: is a directory\n" });
    expect(lstatSync(path.join(dir, "linked")).isSymbolicLink()).toBe(true);
  });

  it("--lang es writes a Spanish matrix, which fmt then keeps Spanish; --lang is for --to md only", async () => {
    const dir = copyToTemp(PLAN);
    expect((await runPlan(["convert", GROUP, "--to", "md", "--lang", "es", "-o", "groups/1-intelligence.md"], dir)).exitCode).toBe(0);
    const spanish = readFileSync(path.join(dir, "groups/1-intelligence.md"), "utf8");
    expect(spanish).toMatch(/\n\| Id +\| Acción +\| Responsables +\|/);
    expect(spanish).toContain("- **Título (en):** ");
    expect((await runPlan(["fmt", "--check", "groups/1-intelligence.md"], dir)).exitCode).toBe(0);
    const wrong = await runPlan(["convert", GROUP, "--to", "yaml", "--lang", "es"], dir);
    expect(wrong).toEqual({ exitCode: 2, stdout: "", stderr: "plan: --lang is the language of a Markdown matrix: use it with --to md\n" });
  });

  it("refuses an output name its form would not read back as, and plan.yaml, which is no group (exit 2)", async () => {
    const dir = copyToTemp(PLAN);
    const yamlInMd = await runPlan(["convert", "groups/2-field-operations.md", "--to", "yaml", "-o", "groups/2.md"], dir);
    expect(yamlInMd).toEqual({ exitCode: 2, stdout: "", stderr: "plan: groups/2.md is named as a Markdown matrix, but --to yaml writes YAML: name it .yaml\n" });
    const mdInYaml = await runPlan(["convert", GROUP, "--to", "md", "-o", "groups/1.yml"], dir);
    expect(mdInYaml.stderr).toBe("plan: groups/1.yml is named as YAML, but --to md writes a Markdown matrix: name it .md\n");
    expect(existsSync(path.join(dir, "groups/2.md")) || existsSync(path.join(dir, "groups/1.yml"))).toBe(false);
    expect((await runPlan(["convert", GROUP, "--to", "md", "-o", "matrix.txt"], dir)).exitCode).toBe(0); // no group extension: as asked
    // Not even with --force: a group written over plan.yaml would be read as the plan's manifest.
    const overManifest = await runPlan(["convert", GROUP, "--to", "yaml", "-o", "plan.yaml", "--force"], dir);
    expect(overManifest).toEqual({ exitCode: 2, stdout: "", stderr: "plan: plan.yaml would be read as a plan's manifest, not as a group: name the output after the group (groups/…)\n" });
    expect(readFileSync(path.join(dir, "plan.yaml"), "utf8")).toContain("themes:");
    const manifest = await runPlan(["convert", "plan.yaml", "--to", "md"], dir);
    expect(manifest).toEqual({ exitCode: 2, stdout: "", stderr: "plan: plan.yaml is the plan's manifest; plan convert converts a group file (groups/…)\n" });
    // A folder is a usage error as a missing file is, not a problem report on an unreadable file.
    const folder = await runPlan(["convert", "groups", "--to", "md"], dir);
    expect(folder).toEqual({ exitCode: 2, stdout: "", stderr: "plan: groups is a directory; plan convert converts one group file (groups/…)\n" });
  });

  it("--lang es keeps an English group's plain texts English: labelled (en), not taken for Spanish", async () => {
    const dir = copyToTemp(PLAN);
    const plain = "group: x\ntheme: intelligence\nobjectives:\n  - id: X-O1\n    title: Share intelligence\n    actions:\n      - id: X-1.1\n        title: Set up a unit\n        timeframe: {start: 2024, end: 2025}\n";
    writeFileSync(path.join(dir, "x.yaml"), plain);
    expect((await runPlan(["convert", "x.yaml", "--to", "md", "--lang", "es", "-o", "x.md"], dir)).exitCode).toBe(0);
    expect(readFileSync(path.join(dir, "x.md"), "utf8")).toContain("- **Título (en):** Set up a unit");
    const back = await runPlan(["convert", "x.md", "--to", "yaml"], dir);
    expect(back.stdout).toContain("title:\n          en: Set up a unit\n");
    expect(back.stdout).not.toContain("es: Set up a unit");
  });

  it("does not convert a file with errors, and says why in validate's format", async () => {
    const dir = copyToTemp(PLAN);
    const file = path.join(dir, GROUP);
    writeFileSync(file, readFileSync(file, "utf8").replace("priority: high", "priority: urgent"));
    const result = await runPlan(["convert", GROUP, "--to", "md", "-o", "out.md"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^groups\/1-intelligence\.yaml:\d+:\d+ {2}error {2}'urgent' is not allowed for 'priority'/);
    expect(existsSync(path.join(dir, "out.md"))).toBe(false);
  });

  it("refuses a text a Markdown matrix would read otherwise, naming the text and the line, and writes nothing", async () => {
    const dir = copyToTemp(PLAN);
    const file = path.join(dir, GROUP);
    const text = readFileSync(file, "utf8");
    // Valid YAML texts whose second lines Markdown reads as a label and as a list item.
    const edited = text
      .replace("          en: >-\n            Each country assigns", "          en: |-\n            See the 2018 mapping.\n            **Related:** INT-1.2\n            Each country assigns")
      .replace("              en: Member countries with an operating", "              en: |-\n                Member countries:\n                - with an operating");
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    expect((await runPlan(["validate"], dir)).exitCode).toBe(0);

    const result = await runPlan(["convert", GROUP, "--to", "md", "-o", "groups/1.md"], dir);
    expect(result.exitCode).toBe(1);
    expect(existsSync(path.join(dir, "groups/1.md"))).toBe(false);
    const lines = edited.split("\n");
    const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start)) + 1;
    expect(result.stderr).toContain(
      `${GROUP}:${lineOf("          en: |-")}:15  error  a Markdown matrix cannot hold this text (action INT-1.1: description, en) as it is: its line '**Related:** INT-1.2' would be read as a block or an item of its own, not as more of the text  unwritable-text`,
    );
    expect(result.stderr).toContain("a Markdown matrix cannot hold this text (action INT-1.1: indicator 1, en) as it is: its line '- with an operating smuggling analysis unit' would be read as a block or an item of its own");
    expect(result.stderr).toContain("hint: Reword the line that would be read as a block or item of its own");
    expect(result.stderr).toContain("2 problems (2 errors, 0 warnings, 0 infos)");
    // The same texts convert to YAML and back without a word changed.
    expect((await runPlan(["convert", GROUP, "--to", "yaml"], dir)).exitCode).toBe(0);
  });
});

describe("plan fmt", () => {
  it("--check lists the files that would change and changes nothing; fmt then makes them clean", async () => {
    const dir = copyToTemp(PLAN);
    const file = path.join(dir, GROUP);
    const original = readFileSync(file, "utf8");
    const reordered = original.replace("group: intelligence\ntheme: intelligence\n", "theme: intelligence\n# the group's id\ngroup: intelligence\n");
    writeFileSync(file, reordered);
    await runPlan(["fmt"], dir);
    writeFileSync(file, reordered);
    const check = await runPlan(["fmt", "--check", GROUP], dir);
    // The list on stdout, for scripts; on stderr what it means and what to run.
    expect(check).toEqual({ exitCode: 1, stdout: `${GROUP}\n`, stderr: "plan: this file is not formatted: run plan fmt to format it\n" });
    expect(readFileSync(file, "utf8")).toBe(reordered);

    expect(await runPlan(["fmt", GROUP], dir)).toEqual({ exitCode: 0, stdout: `${GROUP}\n`, stderr: "" });
    expect(readFileSync(file, "utf8")).toMatch(/^# Working group 1[^\n]*\n# the group's id\ngroup: intelligence\ntheme: intelligence\n/);
    expect(await runPlan(["fmt", "--check"], dir)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
    // A file that is no plan file is said to be one, not "formatted" as a YAML text (exit 0).
    writeFileSync(path.join(dir, "notes.txt"), "minutes of the workshop\n");
    expect(await runPlan(["fmt", "--check", "notes.txt"], dir)).toEqual({ exitCode: 2, stdout: "", stderr: "plan: notes.txt is not a plan file: plan fmt formats plan.yaml and group files (.yaml, .yml, .md)\n" });
  });

  it("leaves a file of the plan its groups patterns do not find, a narrative chapter or a draft, as it is, and says so", async () => {
    const dir = copyToTemp(PLAN);
    const chapter = "narrative/en/01-background.md";
    const before = readFileSync(path.join(dir, chapter), "utf8");
    for (const check of [[], ["--check"]]) {
      const result = await runPlan(["fmt", ...check, chapter, GROUP], dir);
      expect(result).toEqual({
        exitCode: 0,
        stdout: "",
        stderr: `plan: ${chapter} is not one of the plan's group files (plan.yaml's groups: groups/*.{yaml,yml,md}); plan fmt left it as it is\n`,
      });
    }
    expect(readFileSync(path.join(dir, chapter), "utf8")).toBe(before);
  });

  it("formats a linked group file's target, leaving the link a link, and keeps a file's permissions", async () => {
    const dir = copyToTemp(PLAN);
    const reorder = (text: string) => text.replace("group: intelligence\ntheme: intelligence\n", "theme: intelligence\ngroup: intelligence\n");
    // The group's file kept in a shared folder inside the plan, linked from groups/.
    mkdirSync(path.join(dir, "shared"));
    const shared = path.join(dir, "shared/1-intelligence.yaml");
    renameSync(path.join(dir, GROUP), shared);
    symlinkSync("../shared/1-intelligence.yaml", path.join(dir, GROUP));
    writeFileSync(shared, reorder(readFileSync(shared, "utf8")));
    // A group file only its owner may read, out of order.
    const other = path.join(dir, "groups/3-detention-alternatives.yaml");
    const swapped = readFileSync(other, "utf8").replace(/^group: (\S+)\ntheme: (\S+)\n/m, "theme: $2\ngroup: $1\n");
    writeFileSync(other, swapped);
    chmodSync(other, 0o600);

    // Named alone, as a pre-commit hook names the files it changed: the link is a group file, and
    // so is the file it leads to, which git names when it changes.
    expect(await runPlan(["fmt", "--check", GROUP], dir)).toEqual({ exitCode: 1, stdout: `${GROUP}\n`, stderr: "plan: this file is not formatted: run plan fmt to format it\n" });
    expect(await runPlan(["fmt", "--check", "shared/1-intelligence.yaml"], dir)).toEqual({ exitCode: 1, stdout: "shared/1-intelligence.yaml\n", stderr: "plan: this file is not formatted: run plan fmt to format it\n" });
    expect(await runPlan(["fmt"], dir)).toEqual({ exitCode: 0, stdout: `${GROUP}\ngroups/3-detention-alternatives.yaml\n`, stderr: "" });
    expect(lstatSync(path.join(dir, GROUP)).isSymbolicLink()).toBe(true);
    expect(readFileSync(shared, "utf8")).toMatch(/^# Working group 1[^\n]*\ngroup: intelligence\ntheme: intelligence\n/);
    expect(statSync(other).mode & 0o777).toBe(0o600);
    expect(await runPlan(["fmt", "--check"], dir)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
    // convert reads the linked file too, as validate does: it is inside the plan.
    expect((await runPlan(["convert", GROUP, "--to", "md"], dir)).exitCode).toBe(0);

    // Other writers replace a link rather than write where it points: a link committed among the
    // drafts must not make a build (or convert --force) write over a file outside the plan.
    const outside = path.join(copyToTemp(PLAN), "precious.txt");
    writeFileSync(outside, "precious\n");
    symlinkSync(outside, path.join(dir, "out.md"));
    expect((await runPlan(["convert", "groups/3-detention-alternatives.yaml", "--to", "md", "-o", "out.md", "--force"], dir)).exitCode).toBe(0);
    expect(readFileSync(outside, "utf8")).toBe("precious\n");
    expect(lstatSync(path.join(dir, "out.md")).isSymbolicLink()).toBe(false);
  });

  it("keeps a file's CRLF line ends and byte-order mark, so a Windows checkout (autocrlf) is clean", async () => {
    const dir = copyToTemp(PLAN);
    const files = ["plan.yaml", GROUP, "groups/2-field-operations.md"];
    for (const name of files) {
      const file = path.join(dir, name);
      writeFileSync(file, (name === GROUP ? "\uFEFF" : "") + readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
    }
    expect(await runPlan(["fmt", "--check", ...files], dir)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
    const file = path.join(dir, GROUP);
    writeFileSync(file, readFileSync(file, "utf8").replace("priority: high", "priority:  high"));
    expect(await runPlan(["fmt", GROUP], dir)).toMatchObject({ exitCode: 0, stdout: `${GROUP}\n` });
    const formatted = readFileSync(file, "utf8");
    expect(formatted.startsWith("\uFEFF# ")).toBe(true);
    expect(formatted).toContain("priority: high\r\n");
    expect(formatted.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("reads a blank row of a Markdown matrix's table as no action, and deletes it", async () => {
    const dir = copyToTemp(PLAN);
    const file = path.join(dir, "groups/2-field-operations.md");
    const original = readFileSync(file, "utf8");
    const row = original.split("\n").find((line) => line.startsWith("| FLD-1.2 "))!;
    const blank = row.replace(/[^|]/g, " ");
    writeFileSync(file, original.replace(`${row}\n`, `${row}\n${blank}\n`));
    // Not three missing fields of an action without an id, title or timeframe: nothing to say.
    expect(await runPlan(["validate"], dir)).toMatchObject({ exitCode: 0, stdout: "no problems in 12 files\n" });
    expect(await runPlan(["fmt", "--check", "groups/2-field-operations.md"], dir)).toMatchObject({ exitCode: 1 });
    await runPlan(["fmt", "groups/2-field-operations.md"], dir);
    expect(readFileSync(file, "utf8")).toBe(original);
  });

  it("writes a file that mixes LF and CRLF with LF, whichever its first line ends with", async () => {
    const dir = copyToTemp(PLAN);
    const files = [GROUP, "groups/2-field-operations.md"];
    const lf = new Map(files.map((name) => [name, readFileSync(path.join(dir, name), "utf8")]));
    // An editor on Windows that saved its own lines with CRLF: the first line's among them.
    for (const name of files) writeFileSync(path.join(dir, name), lf.get(name)!.replace("\n", "\r\n"));
    expect(await runPlan(["fmt", "--check", ...files], dir)).toEqual({ exitCode: 1, stdout: `${files.join("\n")}\n`, stderr: "plan: these 2 files are not formatted: run plan fmt to format them\n" });
    expect(await runPlan(["fmt", ...files], dir)).toEqual({ exitCode: 0, stdout: `${files.join("\n")}\n`, stderr: "" });
    for (const name of files) expect(readFileSync(path.join(dir, name), "utf8")).toBe(lf.get(name));
  });

  it("rewrites a CRLF file exactly as its LF twin, comment blocks of several lines included", async () => {
    const dir = copyToTemp(PLAN);
    const file = path.join(dir, GROUP);
    const unformatted = readFileSync(file, "utf8").replace("group: intelligence\ntheme: intelligence\n", "theme: intelligence\n# the group's id,\n# as the drafts name it\ngroup: intelligence\n");
    writeFileSync(file, unformatted);
    await runPlan(["fmt", GROUP], dir);
    const expected = readFileSync(file, "utf8").replace(/\n/g, "\r\n");
    writeFileSync(file, unformatted.replace(/\n/g, "\r\n"));

    expect(await runPlan(["fmt", GROUP], dir)).toEqual({ exitCode: 0, stdout: `${GROUP}\n`, stderr: "" });
    expect(readFileSync(file, "utf8")).toBe(expected);
    expect(await runPlan(["fmt", "--check", GROUP], dir)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
  });

  it("keeps a Markdown matrix's front-matter comments at their keys while it puts the keys in order", async () => {
    const dir = copyToTemp(PLAN);
    const name = "groups/2-field-operations.md";
    const file = path.join(dir, name);
    const original = readFileSync(file, "utf8");
    const commented = original
      .replace("group: field-operations\ntheme: field-operations\n", "theme: field-operations # tema 2\n# Acordado en el taller de San José\ngroup: field-operations # the group's id\n")
      .replace("participants:\n", "# ¿Quién faltó el día 2?\nparticipants:\n")
      .replace("  - {country: HN, role: prosecutor}\n", "  - {country: HN, role: prosecutor} # Fiscalía de Honduras\n");
    writeFileSync(file, commented);
    expect(await runPlan(["fmt", name], dir)).toEqual({ exitCode: 0, stdout: `${name}\n`, stderr: "" });
    // The keys in order, each comment where it was: above its key, or after its value.
    const inForm = original
      .replace("group: field-operations\n", "# Acordado en el taller de San José\ngroup: field-operations # the group's id\n")
      .replace("theme: field-operations\n", "theme: field-operations # tema 2\n")
      .replace("participants:\n", "# ¿Quién faltó el día 2?\nparticipants:\n")
      .replace("  - {country: HN, role: prosecutor}\n", "  - {country: HN, role: prosecutor} # Fiscalía de Honduras\n");
    expect(readFileSync(file, "utf8")).toBe(inForm);
    expect(await runPlan(["fmt", "--check", name], dir)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
    // A map fmt writes in braces is written as a block where a comment is inside it; what holds none stays in braces.
    const rapporteur = "rapporteur: {name: {en: Delegation of Guatemala, es: Delegación de Guatemala}, country: GT}\n";
    const commentedInside = "rapporteur:\n  name: {en: Delegation of Guatemala, es: Delegación de Guatemala} # relator\n  country: GT\n";
    expect(inForm).toContain(rapporteur);
    writeFileSync(file, inForm.replace(rapporteur, commentedInside.replace("  country: GT\n", "  country:   GT\n")));
    expect(await runPlan(["fmt", name], dir)).toEqual({ exitCode: 0, stdout: `${name}\n`, stderr: "" });
    expect(readFileSync(file, "utf8")).toBe(inForm.replace(rapporteur, commentedInside));
    // convert to YAML keeps them too.
    const yaml = await runPlan(["convert", name, "--to", "yaml"], dir);
    expect(yaml.stdout).toMatch(/^# Acordado en el taller de San José\ngroup: field-operations # the group's id\ntheme: field-operations # tema 2\n/);
    expect(yaml.stdout).toContain("\n  - {country: HN, role: prosecutor} # Fiscalía de Honduras\n");
  });

  it("convert to Markdown keeps the comments of a YAML file's details and says how many of its objectives' it cannot", async () => {
    const dir = copyToTemp(PLAN);
    const file = path.join(dir, GROUP);
    writeFileSync(file, `# yaml-language-server: $schema=../schemas/group.schema.json\n${readFileSync(file, "utf8").replace("priority: high", "priority: high # agreed on day 2")}`);
    const converted = await runPlan(["convert", GROUP, "--to", "md"], dir);
    expect(converted.exitCode).toBe(0);
    // The schema modeline names a schema for YAML: the matrix has none.
    expect(converted.stdout).toMatch(/^---\n# Working group 1[^\n]*\ngroup: intelligence\n/);
    expect(converted.stdout).not.toContain("agreed on day 2");
    expect(converted.stderr).toBe(`plan: a comment of ${GROUP}'s objectives not carried: a Markdown matrix has no place for comments outside its front matter\n`);
    // To YAML, every comment has its place, the modeline too.
    const yaml = await runPlan(["convert", GROUP, "--to", "yaml"], dir);
    expect(yaml.stdout).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/group\.schema\.json\n# Working group 1/);
    expect(yaml.stdout).toContain("priority: high # agreed on day 2\n");
    expect(yaml.stderr).toBe("");
  });

  it("keeps the comment of a key it leaves out (an empty list) in its place and order, and writes it so that a second fmt changes nothing", async () => {
    const dir = copyToTemp(PLAN);
    const name = "groups/2-field-operations.md";
    const file = path.join(dir, name);
    const original = readFileSync(file, "utf8");
    const end = original.indexOf("---\n", 4);
    const details = original.slice(0, original.indexOf("participants:"));
    writeFileSync(file, `${details}participants: [] # nadie aún\n# último de los datos\n\n# fin\n${original.slice(end)}`);
    expect(await runPlan(["fmt", name], dir)).toMatchObject({ exitCode: 0, stdout: `${name}\n` });
    const formatted = readFileSync(file, "utf8");
    expect(formatted).toContain("country: GT}\n\n# nadie aún\n# último de los datos\n\n# fin\n---\n");
    expect(await runPlan(["fmt", "--check", name], dir)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
    // In YAML, below the group's details is above its objectives, not at the file's end.
    const yaml = (await runPlan(["convert", name, "--to", "yaml"], dir)).stdout;
    expect(yaml).toContain("country: GT}\n\n# nadie aún\n# último de los datos\n\n# fin\nobjectives:\n");
    // An action's left-out last key keeps its comment inside the action, once more as it was.
    const yamlFile = path.join(dir, GROUP);
    const source = readFileSync(yamlFile, "utf8");
    expect(source).toContain("        related: [FLD-2.1]\n\n      - id: INT-1.2\n");
    writeFileSync(yamlFile, source.replace("        related: [FLD-2.1]\n", "        related: [] # a completar en la consolidación\n"));
    const converted = (await runPlan(["convert", GROUP, "--to", "yaml"], dir)).stdout;
    expect(converted).toMatch(/\n {8}# a completar en la consolidación\n\n {6}- id: INT-1\.2\n/);
    writeFileSync(yamlFile, converted);
    expect((await runPlan(["convert", GROUP, "--to", "yaml"], dir)).stdout).toBe(converted);
  });

  it("never rewrites a file that does not parse, and still formats the others", async () => {
    const dir = copyToTemp(PLAN);
    await runPlan(["fmt"], dir);
    const broken = "group: [intelligence\ntheme: x\n";
    writeFileSync(path.join(dir, GROUP), broken);
    const other = path.join(dir, "groups/3-detention-alternatives.yaml");
    writeFileSync(other, readFileSync(other, "utf8").replace(/^group: (.*)\ntheme: (.*)\n/m, "theme: $2\ngroup: $1\n"));
    const result = await runPlan(["fmt"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("groups/3-detention-alternatives.yaml\n");
    expect(result.stderr).toMatch(/^groups\/1-intelligence\.yaml:\d+:\d+ {2}error .* yaml-syntax/);
    expect(readFileSync(path.join(dir, GROUP), "utf8")).toBe(broken);
  });

  it("writes a matrix whose tables were pasted from a spreadsheet (cells tabs apart) as its pipe tables, where nothing else is at fault", async () => {
    const dir = copyToTemp(PLAN);
    const matrix = path.join(dir, "groups/2-field-operations.md");
    const shipped = readFileSync(matrix, "utf8");
    const pasted = asPasted(shipped);
    writeFileSync(matrix, pasted);
    const told = await runPlan(["validate"], dir);
    expect(told.stdout).toContain("hint: Run plan fmt on the file, which writes them as a table; or separate the cells with |");
    expect((await runPlan(["fmt", "--check"], dir))).toMatchObject({ exitCode: 1, stdout: "groups/2-field-operations.md\n" });
    expect(readFileSync(matrix, "utf8")).toBe(pasted);
    expect(await runPlan(["fmt"], dir)).toMatchObject({ exitCode: 0, stdout: "groups/2-field-operations.md\n" });
    expect(readFileSync(matrix, "utf8")).toBe(shipped);
    // A row with a cell more than the header, which only a person can place: not offered to fmt.
    const overfull = pasted.replace("\tGT, MX\t", "\tGT\tMX\t");
    writeFileSync(matrix, overfull);
    expect((await runPlan(["validate"], dir)).stdout.split("\n").slice(0, 2)).toEqual([
      "groups/2-field-operations.md:28:1  error  these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads them as text  md-not-a-table",
      "  hint: Separate the cells with |, and put a |---| line under the header row: `| Id | Action | … |`, then `|----|--------|…|`.",
    ]);
    // With a fault fmt cannot fix beside the pastes, or that row, the file is left as it is.
    for (const text of [overfull, pasted.replace("theme: field-operations", "theme: [field-operations")]) {
      writeFileSync(matrix, text);
      expect((await runPlan(["fmt"], dir)).exitCode).toBe(1);
      expect(readFileSync(matrix, "utf8")).toBe(text);
    }
  });

  it("writes a matrix's pasted tables whose header rows start with a tab, over the rows' numbers, as its pipe tables without the numbers", async () => {
    const dir = copyToTemp(PLAN);
    const matrix = path.join(dir, "groups/2-field-operations.md");
    const shipped = readFileSync(matrix, "utf8");
    let row = 0;
    // Markdown reads such a header row as more of the objective's list above it, and the rows with it.
    const numbered = asPasted(shipped).split("\n").map((line) => (line.startsWith("Id\t") ? ((row = 0), `\t${line}`) : /^[A-Z]+-\d+\.\d+\t/.test(line) ? `${++row}\t${line}` : line)).join("\n");
    writeFileSync(matrix, numbered);
    expect((await runPlan(["validate"], dir)).stdout).toContain("groups/2-field-operations.md:28:1  error  these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads them as more of the list item above, as the first starts with a tab  md-not-a-table\n  hint: Run plan fmt on the file");
    expect(await runPlan(["fmt"], dir)).toMatchObject({ exitCode: 0, stdout: "groups/2-field-operations.md\n" });
    expect(readFileSync(matrix, "utf8")).toBe(shipped);
  });

  it("deletes a pipe table's column of row numbers under an empty heading, as a workshop numbers its rows, and says why where the table would still not read", async () => {
    const dir = copyToTemp(PLAN);
    const matrix = path.join(dir, "groups/2-field-operations.md");
    const shipped = readFileSync(matrix, "utf8");
    let row = 0;
    const numbered = shipped.split("\n").map((line) => (line.startsWith("| Id ") ? ((row = 0), `|   ${line}`) : line.startsWith("| ---") ? `|---${line}` : /^\| [A-Z]+-\d+\.\d+ /.test(line) ? `| ${++row} ${line}` : line)).join("\n");
    writeFileSync(matrix, numbered);
    const told = await runPlan(["validate"], dir);
    expect(told.stdout).toContain("groups/2-field-operations.md:28:2  error  column 1, under an empty heading, numbers the rows: the matrix has no such column  md-unknown-column\n  hint: Delete column 1, which numbers the rows, or run plan fmt on the file, which does.\n");
    expect(await runPlan(["fmt"], dir)).toMatchObject({ exitCode: 0, stdout: "groups/2-field-operations.md\n" });
    expect(readFileSync(matrix, "utf8")).toBe(shipped);
    // A cell the schema refuses, which fmt meets once the column is gone: said as that, not as a pasted table's.
    const refused = numbered.replace("| high     | SOM-11.1", "| urgent   | SOM-11.1");
    writeFileSync(matrix, refused);
    const result = await runPlan(["fmt"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      "groups/2-field-operations.md:28:1  error  plan fmt cannot delete the column here that numbers the rows: without it, the table would still not read: 'urgent' is not allowed for the Priority cell of action FLD-1.1; use one of: high, medium, low (invalid-value); the file is left as it is  unwritable-text\n",
    );
    expect(readFileSync(matrix, "utf8")).toBe(refused);
  });

  it("says what keeps it from writing a pasted table or deleting a numbering column where the error is elsewhere in the file, at that error's place", async () => {
    const dir = copyToTemp(PLAN);
    const matrix = path.join(dir, "groups/2-field-operations.md");
    const shipped = readFileSync(matrix, "utf8");
    // A priority the schema refuses in the last table: no error of the reader's, so validate says it only once the tables read.
    const refused = shipped.replace("| 2020 – 2025       | low      |", "| 2020 – 2025       | urgent   |");
    // The first table's rows numbered, as the workshop did.
    const numbered = refused
      .replace("\n| Id ", "\n|   | Id ")
      .replace("\n| ---", "\n|---| ---")
      .replace(/^\| FLD-1\.(\d) /gm, "| $1 | FLD-1.$1 ");
    const second = refused.indexOf("## FLD-O2");
    const pasted = asPasted(refused.slice(0, second)) + refused.slice(second);
    for (const text of [numbered, pasted]) {
      writeFileSync(matrix, text);
      const urgent = (await runPlan(["validate"], dir)).stdout.split("\n").find((line) => line.includes("'urgent'"));
      expect(urgent).toMatch(/^groups\/2-field-operations\.md:\d+:\d+ {2}error {2}'urgent' is not allowed for the Priority cell of action FLD-\d\.\d;/);
      const line = urgent!.split(":")[1];
      for (const check of [["--check"], []]) {
        const result = await runPlan(["fmt", ...check], dir);
        expect(result.exitCode).toBe(1);
        expect(result.stderr).toContain(
          `groups/2-field-operations.md:28:1  error  plan fmt cannot make its edit here while the file has an error it does not correct, at line ${line} (invalid-value); the file is left as it is  unwritable-text\n` +
            `  hint: Correct the error at line ${line}, then run plan fmt again.\n`,
        );
        expect(result.stderr).toContain(`${urgent}\n`);
        expect(readFileSync(matrix, "utf8")).toBe(text);
      }
    }
  });

  it("says why it does not write a pasted table whose cells, written as a table, would not read, rather than its hint to run plan fmt alone", async () => {
    const dir = copyToTemp(PLAN);
    const matrix = path.join(dir, "groups/2-field-operations.md");
    const pasted = asPasted(readFileSync(matrix, "utf8")).replace("\t2019-Q3 – 2020-Q4\t", "\tpronto\t");
    writeFileSync(matrix, pasted);
    const result = await runPlan(["fmt"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      "groups/2-field-operations.md:28:1  error  plan fmt cannot write the lines here as the table they were pasted as: written so, they would not read: 'pronto' is not a timeframe (md-timeframe); the file is left as it is  unwritable-text\n" +
        "  hint: Write `2019`, `2019-Q3` or a span such as `2019-Q3 – 2021`.\n",
    );
    // Said of that table alone: the others would read.
    expect(result.stderr.match(/unwritable-text/g)).toHaveLength(1);
    expect(readFileSync(matrix, "utf8")).toBe(pasted);
  });

  it("writes the pasted tables of a matrix saved with CRLF (a Windows checkout) in their places, its CRLF kept", async () => {
    const dir = copyToTemp(PLAN);
    const matrix = path.join(dir, "groups/2-field-operations.md");
    const shipped = readFileSync(matrix, "utf8");
    writeFileSync(matrix, asPasted(shipped).replace(/\n/g, "\r\n"));
    expect(await runPlan(["fmt"], dir)).toMatchObject({ exitCode: 0, stdout: "groups/2-field-operations.md\n" });
    expect(readFileSync(matrix, "utf8")).toBe(shipped.replace(/\n/g, "\r\n"));
  });
});

/** A matrix's tables as Excel pastes them: their cells tabs apart, no |---| line. */
function asPasted(matrix: string): string {
  return matrix
    .split("\n")
    .filter((line) => !/^\|[- |]+\|$/.test(line))
    .map((line) => (line.startsWith("| ") ? line.slice(2, -2).split(" | ").map((cell) => cell.trim()).join("\t") : line))
    .join("\n");
}

describe("plan fmt and plan convert on files they cannot write back as they are", () => {
  const MATRIX = "groups/2-field-operations.md";

  it("reads a Markdown matrix saved with CRLF as with LF: fmt keeps CRLF and doubles no CR, and the data holds none", async () => {
    const dir = copyToTemp(PLAN);
    const file = path.join(dir, MATRIX);
    const lf = readFileSync(file, "utf8").replace("handover to the migration authority and the prosecutor.\n", "handover to the migration authority\nand the prosecutor.\n\nA second paragraph.\n");
    writeFileSync(file, lf);
    const json = async (out: string) => {
      expect((await runPlan(["build", "--format", "json", "--out", out], dir)).exitCode).toBe(0);
      return readFileSync(path.join(dir, out, "rcm-smuggling.json"), "utf8");
    };
    const fromLf = await json("lf");
    writeFileSync(file, lf.replace(/\n/g, "\r\n"));
    expect(await json("crlf")).toBe(fromLf);
    expect((await runPlan(["fmt", MATRIX], dir)).exitCode).toBe(0);
    const formatted = readFileSync(file, "utf8");
    expect(formatted).not.toMatch(/\r\r|\r(?!\n)/);
    expect(formatted.replace(/\r\n/g, "\n")).not.toContain("\r");
    expect(formatted.split("\n").length).toBe(formatted.split("\r\n").length);
    expect(await runPlan(["fmt", "--check", MATRIX], dir)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
    expect((await runPlan(["convert", MATRIX, "--to", "yaml"], dir)).stdout).not.toContain("\\r");
  });

  it("fmt leaves a YAML file it would not read back as the same data, says why, and formats the other files", async () => {
    // A long quoted text with a line of a space alone, which the yaml package folds into another text.
    const quoted = '"Párrafo largo con acentos, ñandú y ¿preguntas? que llena la línea hasta pasar el límite de cien caracteres.\\n \\nSegundo párrafo."';
    const dir = shippedCopy({
      // An alias before its anchor once the keys are in order (notes after title).
      [GROUP]: (text) => text.replace(/      - id: INT-1\.1\n        title:\n(?: {10}.*\n)+?(?=        description:)/, "      - id: INT-1.1\n        notes: &t {en: Act, es: Acción}\n        title: *t\n"),
      "groups/3-detention-alternatives.yaml": (text) => text.replace(/(      - id: DET-1\.1\n        title:\n          en: .*\n          es: )>-\n(?: {12}.*\n)+/, `$1${quoted}\n`),
      "groups/4-migration-solutions.yaml": (text) => text.replace("        title:", "        title:  "),
    });
    expect((await runPlan(["validate"], dir)).stdout).toMatch(/^no problems/);
    const before = [GROUP, "groups/3-detention-alternatives.yaml"].map((file) => readFileSync(path.join(dir, file), "utf8"));
    const result = await runPlan(["fmt"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("groups/4-migration-solutions.yaml\n");
    expect(result.stderr).toContain(`${GROUP}:1:1  error  plan fmt cannot write this file in form: the alias *t would come before its anchor &t once the keys are in order; it is left as it is  unwritable-text`);
    expect(result.stderr).toContain("groups/3-detention-alternatives.yaml:1:1  error  plan fmt cannot write this file in form: written in form, it would read back as other data; it is left as it is  unwritable-text");
    expect(result.stderr).not.toContain("internal error");
    expect([GROUP, "groups/3-detention-alternatives.yaml"].map((file) => readFileSync(path.join(dir, file), "utf8"))).toEqual(before);
  });

  it("convert refuses a text a # cut short, whose rest would be lost, and says a converted file's warnings", async () => {
    const dir = shippedCopy({ [GROUP]: (text) => text.replace("          en: Set up or strengthen a specialised migrant smuggling analysis unit in each member country\n", "          en: Set up Unit #2 in each member country\n") });
    const cut = await runPlan(["convert", GROUP, "--to", "md", "-o", "groups/1.md"], dir);
    expect(cut.exitCode).toBe(1);
    expect(cut.stderr).toContain("comment-in-text");
    expect(cut.stderr).toContain("plan: not converting: the rest of a text a # cut short would be lost; quote the text and convert again\n");
    expect(existsSync(path.join(dir, "groups/1.md"))).toBe(false);
    // A warning that loses nothing is said, and the file converted.
    const matrix = path.join(dir, MATRIX);
    writeFileSync(matrix, readFileSync(matrix, "utf8").replace("- **Title (es):** Adoptar", "- **Title (en):** Adoptar"));
    const converted = await runPlan(["convert", MATRIX, "--to", "yaml"], dir);
    expect(converted.exitCode).toBe(0);
    expect(converted.stdout).toContain("id: FLD-1.1");
    expect(converted.stderr).toMatch(/^groups\/2-field-operations\.md:40:3  warning  'Title \(en\)' labels the matrix's own language .*md-own-language-label\n/);
  });
});

describe("plan validate on a Markdown matrix", () => {
  it("hints in the matrix's terms: its Protocol column, its front matter", async () => {
    const dir = copyToTemp(PLAN);
    const file = path.join(dir, "groups/2-field-operations.md");
    const matrix = readFileSync(file, "utf8").replace(/^rapporteur: .*\n/m, "").replace("| SOM-11.1, SOM-16.1, SOM-16.3 |", "|                              |");
    writeFileSync(file, matrix);
    const result = await runPlan(["validate", "--format", "json"], dir);
    const hints = (JSON.parse(result.stdout) as { diagnostics: { code: string; hint: string }[] }).diagnostics.map((d) => [d.code, d.hint]);
    expect(hints).toEqual([
      ["missing-rapporteur", "Add `rapporteur: {name, country}` to the front matter."],
      ["missing-protocol", "Fill in the action's Protocol cell with the ids of the compliance indicators it serves, commas between: `SOM-<article>.<number>, …`."],
    ]);
  });

  it("says an objective's table pasted into its first action's section once, as that: not again at each section, the objective or the files that name its actions", async () => {
    const dir = copyToTemp(PLAN);
    const file = path.join(dir, "groups/2-field-operations.md");
    const shipped = readFileSync(file, "utf8");
    const table = shipped.slice(shipped.indexOf("| Id "), shipped.indexOf("\n\n### FLD-1.1"));
    const pasted = asPasted(table);
    writeFileSync(file, shipped.replace(`${table}\n\n`, "").replace("### FLD-1.1\n", `### FLD-1.1\n\n${pasted}\n`));
    const result = await runPlan(["validate"], dir);
    expect(result).toEqual({
      exitCode: 1,
      stderr: "",
      stdout:
        "groups/2-field-operations.md:30:1  error  these lines are a table pasted from a spreadsheet, its cells separated by tabs, in an action's section (`### FLD-1.1`), where no table goes  md-not-a-table\n" +
        "  hint: The table of an objective's actions goes under the objective's heading (`## FLD-O1: …`), above its actions' sections: move the lines there, then run plan fmt on the file, which writes them as a table; or remove the lines.\n" +
        "\n1 problem (1 error, 0 warnings, 0 infos) in 12 files\n",
    });
  });
});

describe("plan validate on a new plan's Markdown matrix: examples in the plan's own terms", () => {
  it("tells a heading without an id the group's id for it, and a timeframe the plan's years", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-plan-new-"));
    expect((await runPlan(["init", "p", "--markdown", "--lang", "es"], dir)).exitCode).toBe(0);
    const file = path.join(dir, "p/groups/4-migration-solutions.md");
    const matrix = readFileSync(file, "utf8");
    // The period plan init gives, which the hints' years are in (not the shipped plan's 2019).
    expect(readFileSync(path.join(dir, "p/plan.yaml"), "utf8")).toContain("period: {start: 2027, end: 2031}");
    writeFileSync(file, matrix.replace("## SOL-O1: ", "## Objetivo 1: ").replace("| 2027-Q1 – 2028-Q4 |", "| pronto |"));
    const result = await runPlan(["validate", "p"], dir);
    expect(result.exitCode).toBe(1);
    const hints = result.stdout.split("\n").filter((line) => line.startsWith("  hint: "));
    expect(hints).toEqual([
      "  hint: Start the heading with the objective's id and a colon: `## SOL-O1: Garantizar el retorno seguro, ordenado y digno de las personas migrantes objeto de tráfico`.",
      "  hint: Write `2027`, `2027-Q3` or a span such as `2027-Q3 – 2029`.",
    ]);
    writeFileSync(file, matrix.replace("| 2027-Q1 – 2028-Q4 |", "| Permanente |"));
    expect((await runPlan(["validate", "p"], dir)).stdout).toContain("  hint: An ongoing action is written as the span it runs: the plan's whole period, `2027 – 2031`, or the part it runs in.\n");
  });
});
