import { execFileSync } from "node:child_process";
import { appendFileSync, closeSync, constants, copyFileSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_CHECKS } from "../../src/cli/commands/validate.js";
import { BUILD_CODES } from "../../src/diagnostics/codes/build.js";
import { copyToTemp, REPO, runPlan } from "../helpers/run.js";

/** Four problems: one error (groups/2-field-operations.yaml) and three warnings (groups/1-intelligence.yaml). */
const MIXED = path.join(REPO, "test/golden/ci-github/input");
/** The same plan without the group that has the error: only warnings. */
const WARNINGS = path.join(REPO, "test/golden/ci-max-warnings/input");

describe("plan validate: failing thresholds", () => {
  it("passes with warnings by default, fails with --strict", async () => {
    expect((await runPlan(["validate"], WARNINGS)).exitCode).toBe(0);
    const strict = await runPlan(["validate", "--strict"], WARNINGS);
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toContain("4 problems (0 errors, 4 warnings, 0 infos) in 2 files");
    expect(strict.stderr).toBe("plan: 4 warnings with --strict, which fails on warnings too\n");
  });

  it("knows every one of the build's own codes (it names them rather than load the build's table at start-up)", () => {
    expect([...BUILD_CHECKS].sort()).toEqual(Object.keys(BUILD_CODES).sort());
  });

  it("reports the build's own checks where plan.yaml makes them errors, as plan build would refuse the drafts", async () => {
    // The shipped plan's one likely duplicate (INT-3.1, FLD-3.1) is build's to say, as a warning.
    const shipped = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    expect(await runPlan(["validate"], shipped)).toMatchObject({ exitCode: 0, stdout: "no problems in 12 files\n" });
    const manifest = path.join(shipped, "plan.yaml");
    writeFileSync(manifest, `${readFileSync(manifest, "utf8")}rules: {likely-duplicate: error, translation-fallback: error}\n`);
    // And INT-3.1's title written in English only.
    const group = path.join(shipped, "groups/1-intelligence.yaml");
    const text = readFileSync(group, "utf8");
    const englishOnly = text.replace(/(\n *en: Designate a national focal point[^\n]*)\n *es: [^\n]*/, "$1");
    expect(englishOnly).not.toBe(text);
    writeFileSync(group, englishOnly);
    const validate = await runPlan(["validate", "--format", "json"], shipped);
    expect(validate.exitCode).toBe(1);
    const found = (JSON.parse(validate.stdout) as { diagnostics: { code: string; severity: string; message: string }[] }).diagnostics;
    expect(found.map((d) => `${d.severity} ${d.code} ${d.message}`)).toEqual([
      "warning missing-translation action INT-3.1: title has no es text",
      "error translation-fallback the es draft uses another language: action INT-3.1: title has no es text",
      "error likely-duplicate action FLD-3.1 (group field-operations) looks like INT-3.1 (group intelligence), similarity 0.63",
    ]);
    expect((await runPlan(["build"], shipped)).exitCode).toBe(1);
    // The Word draft alone prints the fallback too.
    const word = await runPlan(["build", "--format", "docx"], shipped);
    expect(word.exitCode).toBe(1);
    expect(word.stderr).toContain("error  the es draft uses another language: action INT-3.1: title has no es text  translation-fallback");
  });

  it("--max-warnings N fails only above N warnings and says why on stderr", async () => {
    const atLimit = await runPlan(["validate", "--max-warnings", "4"], WARNINGS);
    expect(atLimit.exitCode).toBe(0);
    expect(atLimit.stderr).toBe("");
    const over = await runPlan(["validate", "--max-warnings", "3"], WARNINGS);
    expect(over.exitCode).toBe(1);
    expect(over.stderr).toBe("plan: too many warnings (4; --max-warnings is 3)\n");
  });

  it("errors fail whatever --max-warnings allows", async () => {
    expect((await runPlan(["validate", "--max-warnings", "100"], MIXED)).exitCode).toBe(1);
  });

  it("refuses a --max-warnings that is not a whole number (exit 2)", async () => {
    const result = await runPlan(["validate", "--max-warnings", "many"], WARNINGS);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("expected a whole number");
  });
});

describe("plan validate -o FILE", () => {
  it("writes the report to the file and only the summary line to the terminal", async () => {
    const dir = copyToTemp(MIXED);
    const result = await runPlan(["validate", "--format", "json", "-o", "out/report.json"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("4 problems (1 error, 3 warnings, 0 infos) in 3 files\njson report written to out/report.json\n");
    const report = JSON.parse(readFileSync(path.join(dir, "out/report.json"), "utf8"));
    expect(report.summary).toEqual({ errors: 1, warnings: 3, infos: 0, files: 3 });
    expect(report.diagnostics.map((d: { code: string }) => d.code)).toEqual(["missing-translation", "missing-protocol", "missing-translation", "unknown-key"]);
  });

  it("never puts colour codes in the file, even when the terminal gets them", async () => {
    const dir = copyToTemp(MIXED);
    const result = await runPlan(["validate", "-o", "report.txt"], dir, { FORCE_COLOR: "1" });
    expect(result.stdout).toContain("\u001b[");
    const report = readFileSync(path.join(dir, "report.txt"), "utf8");
    expect(report).not.toContain("\u001b[");
    expect(report).toContain("groups/2-field-operations.yaml:14:9  error  unknown key 'presupuesto' in action FLD-1.1  unknown-key");
  });

  it("refuses to write the report over one of the plan's files or the baseline (exit 2), and leaves them as they were", async () => {
    const dir = copyToTemp(MIXED);
    const group = readFileSync(path.join(dir, "groups/1-intelligence.yaml"), "utf8");
    const overGroup = await runPlan(["validate", "-o", "groups/../groups/1-intelligence.yaml"], dir);
    expect(overGroup.exitCode).toBe(2);
    expect(overGroup.stderr).toBe("plan: -o groups/../groups/1-intelligence.yaml is one of the plan's files (groups/1-intelligence.yaml); the report would replace it\n");
    expect(readFileSync(path.join(dir, "groups/1-intelligence.yaml"), "utf8")).toBe(group);
    expect((await runPlan(["validate", "-o", "plan.yaml"], dir)).exitCode).toBe(2);
    expect((await runPlan(["validate", "--update-baseline", "--baseline", "known.json"], dir)).exitCode).toBe(0);
    const overBaseline = await runPlan(["validate", "--baseline", "known.json", "-o", "known.json"], dir);
    expect(overBaseline.exitCode).toBe(2);
    expect(overBaseline.stderr).toContain("is the baseline (known.json)");
    // Nor where the next run would read the report or the baseline as a group file.
    const intoGroups = await runPlan(["validate", "-o", "groups/report.md"], dir);
    expect(intoGroups).toMatchObject({ exitCode: 2, stdout: "", stderr: "plan: -o groups/report.md would be read as a group file next time (plan.yaml's groups: groups/*.{yaml,yml,md}): write the report elsewhere\n" });
    expect((await runPlan(["validate", "--update-baseline", "--baseline", "groups/known.yaml"], dir)).exitCode).toBe(2);
    expect(existsSync(path.join(dir, "groups/report.md")) || existsSync(path.join(dir, "groups/known.yaml"))).toBe(false);
    // Outside the plan directory nothing is read as a group, though a pattern `**/*.md` matches `../report.md`.
    writeFileSync(path.join(dir, "plan.yaml"), readFileSync(path.join(dir, "plan.yaml"), "utf8").replace(/^groups:.*$/m, "") + 'groups: "**/*.md"\n');
    const outside = `../${path.basename(dir)}-report.md`;
    expect((await runPlan(["validate", "-o", outside], dir)).exitCode).not.toBe(2);
    expect(existsSync(path.join(dir, outside))).toBe(true);
  });

  it("writes into a pipe, as `-o >(jq .)` gives, and leaves the pipe a pipe", async () => {
    const dir = copyToTemp(MIXED);
    const fifo = path.join(dir, "report.fifo");
    execFileSync("mkfifo", [fifo]);
    // Opened for reading first, without waiting for a writer, so that plan's open does not block.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const result = await runPlan(["validate", "--format", "github", "-o", "report.fifo"], dir);
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toBe("4 problems (1 error, 3 warnings, 0 infos) in 3 files\ngithub report written to report.fifo\n");
      const buffer = Buffer.alloc(64 * 1024);
      const report = buffer.toString("utf8", 0, readSync(reader, buffer));
      expect(report).toContain("::error file=groups/2-field-operations.yaml,line=14,col=9,");
      expect(report.endsWith("4 problems (1 error, 3 warnings, 0 infos) in 3 files\n")).toBe(true);
    } finally {
      closeSync(reader);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("writes through a link to a device (/dev/stdout is one) instead of replacing the link", async () => {
    const dir = copyToTemp(MIXED);
    symlinkSync("/dev/null", path.join(dir, "report.txt"));
    const result = await runPlan(["validate", "-o", "report.txt"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe("");
    expect(lstatSync(path.join(dir, "report.txt")).isSymbolicLink()).toBe(true);
  });
});

describe("plan validate FILE: the whole plan checked, one of its files reported on", () => {
  /** MIXED, with field operations' action named as intelligence's first: a finding across two files, said in the second. */
  const withSharedId = () => {
    const dir = copyToTemp(MIXED);
    const file = path.join(dir, "groups/2-field-operations.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("- id: FLD-1.1", "- id: INT-1.1"));
    return dir;
  };

  it("reports that file's problems alone, those the rules find across files among them, and exits by them", async () => {
    const dir = withSharedId();
    const field = await runPlan(["validate", "groups/2-field-operations.yaml"], dir);
    expect(field.exitCode).toBe(1);
    expect(field.stdout.split("\n").filter((line) => line.startsWith("groups/"))).toEqual([
      "groups/2-field-operations.yaml:9:13  error  action id 'INT-1.1' is already used in group 'intelligence'  duplicate-id",
      "groups/2-field-operations.yaml:14:9  error  unknown key 'presupuesto' in action INT-1.1  unknown-key",
    ]);
    expect(field.stdout).toContain("2 problems (2 errors, 0 warnings, 0 infos) in 1 file\n");
    expect(field.stderr).toBe("plan: 3 problems in 1 other file of the plan not reported here (plan validate . reports them)\n");
    // Named from inside groups/, as an editor's task runs it: the warnings alone, exit 0.
    const intelligence = await runPlan(["validate", "1-intelligence.yaml", "--format", "json"], path.join(dir, "groups"));
    expect(intelligence.exitCode).toBe(0);
    const json = JSON.parse(intelligence.stdout) as { diagnostics: { file: string }[]; summary: unknown };
    expect(new Set(json.diagnostics.map((d) => d.file))).toEqual(new Set(["1-intelligence.yaml"]));
    expect(json.summary).toEqual({ errors: 0, warnings: 3, infos: 0, files: 1 });
    // The errors field operations' file has are named as such: the exit code does not count them.
    expect(intelligence.stderr).toBe("plan: 2 problems (2 errors) in 1 other file of the plan not reported here (plan validate .. reports them)\n");
  });

  it("reports plan.yaml's errors with the file's: checked as before where the fault is in a field no group is checked against", async () => {
    const dir = copyToTemp(MIXED);
    const manifest = path.join(dir, "plan.yaml");
    const valid = await runPlan(["validate", "groups/1-intelligence.yaml", "--format", "json"], dir);
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace(/^draft: .*$/m, "draft: one"));
    const result = await runPlan(["validate", "groups/1-intelligence.yaml", "--strict"], dir);
    expect(result.exitCode).toBe(1);
    const files = result.stdout.split("\n").filter((line) => / {2}(error|warning) {2}/.test(line)).map((line) => line.split(":")[0]);
    expect(files).toEqual(["groups/1-intelligence.yaml", "groups/1-intelligence.yaml", "groups/1-intelligence.yaml", "plan.yaml"]);
    expect(result.stdout).toContain("in 2 files\n");
    // The draft number is no group's concern: the file's findings are those of the valid plan, its missing translations among them.
    const json = await runPlan(["validate", "groups/1-intelligence.yaml", "--format", "json"], dir);
    const ofFile = (out: string) => (JSON.parse(out) as { diagnostics: { file: string; code: string; line: number }[] }).diagnostics.filter((d) => d.file !== "plan.yaml");
    expect(ofFile(json.stdout)).toEqual(ofFile(valid.stdout));
    expect(ofFile(json.stdout).map((d) => d.code)).toContain("missing-translation");
  });

  it("reports plan.yaml's errors with the file's: the checks that need plan.yaml are not made where it is at fault in what they read", async () => {
    const dir = copyToTemp(MIXED);
    const manifest = path.join(dir, "plan.yaml");
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace(/^languages: .*$/m, "languages: [en, fr]"));
    const result = await runPlan(["validate", "groups/1-intelligence.yaml", "--strict"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stdout.split("\n").filter((line) => / {2}(error|warning) {2}/.test(line)).map((line) => line.split(":")[0])).toEqual(["groups/1-intelligence.yaml", "plan.yaml"]);
    // The plan's languages are unknown: the file's missing translations went unchecked, which "no problems" would hide.
    expect(result.stdout).not.toContain("missing-translation");
  });

  it("says a path that does not exist is no file or directory (exit 2)", async () => {
    const result = await runPlan(["validate", "groups/3-typo.yaml"], MIXED);
    expect(result).toMatchObject({ exitCode: 2, stdout: "", stderr: "plan: no such file or directory: groups/3-typo.yaml\n" });
  });

  it("refuses a file that is none of the plan's, and a baseline, which holds the whole plan's problems (exit 2)", async () => {
    const dir = copyToTemp(MIXED);
    appendFileSync(path.join(dir, "notes.md"), "# Notes\n");
    const notes = await runPlan(["validate", "notes.md"], dir);
    expect(notes).toMatchObject({ exitCode: 2, stdout: "" });
    expect(notes.stderr).toContain("plan: notes.md is not one of the files of the plan in . (");
    const baseline = await runPlan(["validate", "groups/1-intelligence.yaml", "--baseline", "known.json"], dir);
    expect(baseline).toMatchObject({ exitCode: 2, stderr: "plan: a baseline holds the whole plan's problems: name the plan directory (.), not groups/1-intelligence.yaml\n" });
  });

  it("reports on a file in the groups folder that no pattern reads: what the whole plan's run says of it, not a usage error", async () => {
    const dir = copyToTemp(MIXED);
    mkdirSync(path.join(dir, "groups/archive"));
    copyFileSync(path.join(dir, "groups/1-intelligence.yaml"), path.join(dir, "groups/archive/old.yaml"));
    const result = await runPlan(["validate", "groups/archive/old.yaml"], dir);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split("\n").filter((line) => line.startsWith("groups/"))).toEqual([
      "groups/archive/old.yaml:1:1  warning  this file is not read as a group: no pattern of plan.yaml's groups (groups/*.{yaml,yml,md}) matches it  unmatched-group-file",
    ]);
  });
});

describe("plan.yaml's rules", () => {
  /** The shipped plan with `rules` added to plan.yaml and its first group edited. */
  const planWith = (rules: string, edit: (group: string) => string) => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    appendFileSync(path.join(dir, "plan.yaml"), `rules: ${rules}\n`);
    const group = path.join(dir, "groups/1-intelligence.yaml");
    const text = readFileSync(group, "utf8");
    expect(edit(text)).not.toBe(text);
    writeFileSync(group, edit(text));
    return dir;
  };
  const findings = async (dir: string) => {
    const result = await runPlan(["validate", "--format", "json"], dir);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { code: string; severity: string; file: string }[] };
    return { exitCode: result.exitCode, found: diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`) };
  };

  it("cannot turn off an error of a file's form: the drafts would leave the group out, exit 0", async () => {
    const dir = planWith('{unknown-key: "off"}', (group) => group.replace("        priority: high", "        comments: x\n        priority: high"));
    expect(await findings(dir)).toEqual({ exitCode: 1, found: ["groups/1-intelligence.yaml error unknown-key", "plan.yaml warning unchangeable-rule"] });
    const build = await runPlan(["build", "--format", "json"], dir);
    expect(build.exitCode).toBe(1);
    expect(build.stderr).toContain("'unknown-key' stays an error: it says a file does not fit the format, and such a file is left out of the drafts");
    expect(existsSync(path.join(dir, "drafts/rcm-smuggling.json"))).toBe(false);
  });

  it("cannot turn down the rules the drafts place and number actions by: an unknown theme, an id twice", async () => {
    const dir = planWith("{unknown-theme: warning, duplicate-id: \"off\"}", (group) => group.replace(/^theme: intelligence$/m, "theme: inteligencia").replace("id: INT-1.2", "id: INT-1.1"));
    const { exitCode, found } = await findings(dir);
    expect(exitCode).toBe(1);
    expect(found).toContain("groups/1-intelligence.yaml error unknown-theme");
    expect(found).toContain("groups/1-intelligence.yaml error duplicate-id");
    expect(found.filter((line) => line.endsWith("unchangeable-rule"))).toHaveLength(2);
  });

  it("still turns a rule's own code off, and calls a name of Object.prototype no code", async () => {
    const dir = planWith("{missing-protocol: \"off\", toString: error}", (group) => group.replace(/\n {8}protocol: \[[^\]]*\]/, ""));
    expect(await findings(dir)).toEqual({ exitCode: 0, found: ["plan.yaml warning unknown-rule"] });
  });
});
