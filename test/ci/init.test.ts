import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/parse/yaml.js";
import { VERSION } from "../../src/cli/version.js";
import { planIdFor } from "../../src/render/init/skeleton.js";
import { runPlan } from "../helpers/run.js";

/** 2026-01-01, so the dates in the new plan do not depend on the day the test runs. */
const ENV = { SOURCE_DATE_EPOCH: "1767225600" };

const FILES = [
  ".gitattributes",
  ".github/workflows/plan.yml",
  ".vscode/settings.json",
  ".vscode/tasks.json",
  "groups/1-intelligence.yaml",
  "groups/2-field-operations.yaml",
  "groups/3-detention-alternatives.yaml",
  "groups/4-migration-solutions.yaml",
  "groups/5-prevention-assistance.yaml",
  "narrative/en/01-background.md",
  "narrative/es/01-antecedentes.md",
  "plan.yaml",
  "schemas/group.schema.json",
  "schemas/plan.schema.json",
];

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), "rcm-plan-init-"));
}

describe("plan init", () => {
  it("writes a plan with the five themes, a group per theme, narrative, CI and editor settings, and says what it wrote", async () => {
    const cwd = scratch();
    const result = await runPlan(["init", "Plan CRM"], cwd, ENV);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      ["new plan in Plan CRM: 14 files written", ...FILES.map((file) => `  ${file}`), "next: fill in the group files, then run `plan validate \"Plan CRM\"`", ""].join("\n"),
    );
    const plan = readFileSync(path.join(cwd, "Plan CRM/plan.yaml"), "utf8");
    expect(plan.split("\n")[0]).toBe("# yaml-language-server: $schema=schemas/plan.schema.json");
    expect(plan).toContain("id: plan-crm\n");
    expect(plan).toContain("date: 2026-01-01\nperiod: {start: 2027, end: 2031}\n");
    expect(plan).toContain("es: Plan de trabajo para combatir el tráfico ilícito de migrantes");
    const group = readFileSync(path.join(cwd, "Plan CRM/groups/3-detention-alternatives.yaml"), "utf8");
    expect(group.split("\n")[0]).toBe("# yaml-language-server: $schema=../schemas/group.schema.json");
    expect(group).toContain("# Grupo de trabajo 3: Detención administrativa y alternativas\n");
    // A Spanish-speaking group is told, in Spanish, that the keys and values such as high stay English in YAML.
    expect(group).toContain("# partners…) y high, medium, low van en inglés (en una matriz en español: alta, media, baja);\n");
    expect(readFileSync(path.join(cwd, "Plan CRM/.gitattributes"), "utf8")).toContain("*.docx diff=docx\n");
    const workflow = readFileSync(path.join(cwd, "Plan CRM/.github/workflows/plan.yml"), "utf8");
    expect(workflow).toContain("plan validate --format github");
    expect(workflow).toContain("actions/upload-artifact");
    // Node 20 reached its end of life on 2026-04-30, and GitHub warns of actions that run on it: rcm-plan
    // runs on Node 24 there, and each action is a major whose own runtime is Node 24.
    expect(workflow.match(/node-version: \d+/g)).toEqual(["node-version: 24", "node-version: 24"]);
    expect([...new Set(workflow.match(/uses: \S+/g))]).toEqual(["uses: actions/checkout@v5", "uses: actions/setup-node@v5", "uses: actions/upload-artifact@v6"]);
    // rcm-plan is installed as the version that wrote the plan, or from where the repository's RCM_PLAN variable says.
    expect(workflow).toContain(`RCM_PLAN: \${{ vars.RCM_PLAN || 'rcm-plan@${VERSION}' }}\n`);
    // The workflow is YAML GitHub can read: each step's command as written.
    const jobs = (parseYaml("plan.yml", workflow).value as { jobs: Record<string, { steps: { run?: string }[] }> }).jobs;
    const installs = Object.values(jobs).flatMap((job) => job.steps.flatMap((step) => (step.run?.includes("npm install --global") ? [step.run] : [])));
    expect(installs).toHaveLength(2);
    expect(workflow).not.toContain("{{version}}");
    // rcm-plan is not on the npm registry yet: a failed install is annotated with what to set, not
    // left as npm's 404; where RCM_PLAN is set, with what to check in it. Each job's step is run as
    // GitHub runs it (bash -e), with RCM_PLAN_SET as the workflow's expression gives it.
    expect(workflow).toContain("  RCM_PLAN_SET: ${{ vars.RCM_PLAN != '' }}\n");
    const bin = mkdtempSync(path.join(tmpdir(), "rcm-plan-npm-"));
    writeFileSync(path.join(bin, "npm"), "#!/bin/sh\necho 'npm error 404 Not Found' >&2\nexit 1\n", { mode: 0o755 });
    const failedInstall = (step: string, env: Record<string, string>) => spawnSync("bash", ["-e", "-c", step], { env: { PATH: `${bin}:${process.env.PATH}`, ...env }, encoding: "utf8" });
    for (const step of installs) {
      const unset = failedInstall(step, { RCM_PLAN: `rcm-plan@${VERSION}`, RCM_PLAN_SET: "false" });
      expect(unset.status).toBe(1);
      expect(unset.stdout).toBe(`::error title=rcm-plan was not installed::npm could not install rcm-plan@${VERSION}. Until rcm-plan is on the npm registry, set the repository variable RCM_PLAN (Settings, Secrets and variables, Actions, Variables) to where it installs from: a git URL such as github:OWNER/rcm-plan#v${VERSION}, or a tarball's URL.\n`);
      const set = failedInstall(step, { RCM_PLAN: "github:OWNER/rcm-plan#v9.9.9", RCM_PLAN_SET: "true" });
      expect(set.status).toBe(1);
      expect(set.stdout).toBe(`::error title=rcm-plan was not installed::npm could not install github:OWNER/rcm-plan#v9.9.9. The repository variable RCM_PLAN (Settings, Secrets and variables, Actions, Variables) names it: check its value, a git URL such as github:OWNER/rcm-plan#v${VERSION} whose repository and tag exist, or a tarball's URL that answers; npm's error above says what failed.\n`);
    }
    // A git URL, as the message says to set: npm install --global runs its build (prepare) without
    // the devDependencies the build needs and fails (npm/cli#8440, npm 10 and 11); npm pack builds
    // it as a dependency, and the tarball installs. This npm does as those do.
    const gitNpm = mkdtempSync(path.join(tmpdir(), "rcm-plan-npm-"));
    const runnerTemp = mkdtempSync(path.join(tmpdir(), "rcm-plan-runner-"));
    const npm = [
      "#!/bin/sh",
      'if [ "$1" = pack ]; then for last; do :; done; case "$last" in github:*) ;; *) exit 1;; esac; while [ "$1" != --pack-destination ]; do shift; done; : > "$2/rcm-plan-0.1.0.tgz"; echo rcm-plan-0.1.0.tgz; exit 0; fi',
      'case "$3" in *.tgz) [ -f "$3" ] && echo "installed $3" && exit 0;; esac',
      "echo 'npm error git dep preparation failed' >&2; echo 'npm error sh: 1: tsc: not found' >&2; exit 127",
    ];
    writeFileSync(path.join(gitNpm, "npm"), `${npm.join("\n")}\n`, { mode: 0o755 });
    for (const step of installs) {
      const git = spawnSync("bash", ["-e", "-c", step], { env: { PATH: `${gitNpm}:${process.env.PATH}`, RCM_PLAN: `github:OWNER/rcm-plan#v${VERSION}`, RCM_PLAN_SET: "true", RUNNER_TEMP: runnerTemp }, encoding: "utf8" });
      expect(git.stdout).toBe(`installed ${runnerTemp}/rcm-plan-0.1.0.tgz\n`);
      expect(git.status).toBe(0);
    }
    expect(JSON.parse(readFileSync(path.join(cwd, "Plan CRM/.vscode/settings.json"), "utf8"))["yaml.schemas"]).toEqual({
      "./schemas/plan.schema.json": "plan.yaml",
      "./schemas/group.schema.json": ["groups/*.yaml", "groups/*.yml"],
    });
  });

  it("in a subdirectory of a git repository, writes a workflow that names the plan, says where GitHub looks for it, and annotates from the root", async () => {
    const cwd = scratch();
    mkdirSync(path.join(cwd, ".git"));
    const result = await runPlan(["init", "plans/mine"], cwd, ENV);
    expect(result.stdout.split("\n").slice(-3)).toEqual([
      "note: GitHub runs only the workflows at the root of the repository (.): move plans/mine/.github/workflows/plan.yml to .github/workflows/plan.yml; it validates and builds plans/mine",
      'note: VS Code reads .vscode/ (these settings and tasks) in the folder it opens: open plans/mine as the folder, or put these in .vscode/settings.json: "yaml.schemas": {"./plans/mine/schemas/plan.schema.json":"plans/mine/plan.yaml","./plans/mine/schemas/group.schema.json":["plans/mine/groups/*.yaml","plans/mine/groups/*.yml"]}',
      "",
    ]);
    // Each schema the note names is where init wrote it.
    for (const schema of ["plans/mine/schemas/plan.schema.json", "plans/mine/schemas/group.schema.json"]) expect(existsSync(path.join(cwd, schema)), schema).toBe(true);
    const workflow = readFileSync(path.join(cwd, "plans/mine/.github/workflows/plan.yml"), "utf8");
    expect(workflow).toContain("- run: plan validate plans/mine --format github\n");
    expect(workflow).toContain("- run: plan build plans/mine\n");
    expect(workflow).toContain("path: plans/mine/drafts/\n");
    // Validated from the plan's own directory (a step's working-directory), the annotations still name the files from the root.
    const group = path.join(cwd, "plans/mine/groups/1-intelligence.yaml");
    writeFileSync(group, readFileSync(group, "utf8").replace("protocol: [", "protocol: [SOM-6.9, "));
    const annotated = await runPlan(["validate", "--format", "github"], path.join(cwd, "plans/mine"), { GITHUB_WORKSPACE: cwd });
    expect(annotated.stdout).toMatch(/^::error file=plans\/mine\/groups\/1-intelligence\.yaml,line=\d+,col=\d+,.*title=unknown-indicator::unknown indicator SOM-6\.9/);
    // The same from a working directory named through a link to the repository.
    const link = `${cwd}-link`;
    symlinkSync(cwd, link);
    const throughLink = await runPlan(["validate", "--format", "github"], path.join(link, "plans/mine"), { GITHUB_WORKSPACE: cwd });
    expect(throughLink.stdout.split("\n")[0]).toBe(annotated.stdout.split("\n")[0]);
    // Code scanning places a SARIF result from the root too (upload-sarif's checkout path).
    const scanned = await runPlan(["validate", "--format", "sarif"], path.join(cwd, "plans/mine"), { GITHUB_WORKSPACE: cwd });
    const location = JSON.parse(scanned.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: "plans/mine/groups/1-intelligence.yaml", uriBaseId: "%SRCROOT%" });
    // At the repository's root the workflow names no directory, and nothing more is said.
    const atRoot = scratch();
    mkdirSync(path.join(atRoot, ".git"));
    const plain = await runPlan(["init"], atRoot, ENV);
    expect(plain.stdout).not.toContain("note:");
    expect(readFileSync(path.join(atRoot, ".github/workflows/plan.yml"), "utf8")).toContain("- run: plan validate --format github\n");
  });

  it("writes a plan that plan validate finds no problem in, and that its own JSON Schemas accept", async () => {
    const cwd = scratch();
    await runPlan(["init", "plan"], cwd, ENV);
    const validated = await runPlan(["validate", "plan", "--strict"], cwd);
    expect(validated).toMatchObject({ exitCode: 0, stdout: "no problems in 8 files\n" });
    const ajv = new Ajv2020({ strict: true });
    ajv.addKeyword("errorMessage");
    const read = (file: string) => readFileSync(path.join(cwd, "plan", file), "utf8");
    const validatePlanFile = ajv.compile(JSON.parse(read("schemas/plan.schema.json")));
    const validateGroupFile = ajv.compile(JSON.parse(read("schemas/group.schema.json")));
    expect(validatePlanFile(parseYaml("plan.yaml", read("plan.yaml")).value)).toBe(true);
    for (const file of FILES.filter((name) => name.startsWith("groups/"))) {
      expect(validateGroupFile(parseYaml(file, read(file)).value), file).toBe(true);
    }
  });

  it("writes a plan that builds its drafts without a warning: the worked examples are not duplicates of each other", async () => {
    const cwd = scratch();
    await runPlan(["init", "plan"], cwd, ENV);
    const built = await runPlan(["build", "plan", "--format", "md"], cwd);
    expect(built).toMatchObject({ exitCode: 0, stderr: "" });
    expect(built.stdout).toBe("plan/drafts/plan.en.md\nplan/drafts/plan.es.md\nwrote 2 drafts\n");
  });

  it("writes the same bytes for the same date", async () => {
    const [first, second] = [scratch(), scratch()];
    await runPlan(["init", "plan"], first, ENV);
    await runPlan(["init", "plan"], second, ENV);
    for (const file of FILES) expect(readFileSync(path.join(second, "plan", file), "utf8"), file).toBe(readFileSync(path.join(first, "plan", file), "utf8"));
  });

  it("refuses a SOURCE_DATE_EPOCH that is no date plan.yaml can hold (exit 2), and writes nothing", async () => {
    for (const epoch of ["99999999999999", "253402300800", "soon"]) {
      const cwd = scratch();
      const result = await runPlan(["init", "plan"], cwd, { SOURCE_DATE_EPOCH: epoch });
      expect(result, epoch).toMatchObject({ exitCode: 2, stdout: "" });
      expect(result.stderr, epoch).toMatch(/^plan: SOURCE_DATE_EPOCH must be a number of seconds/);
      expect(existsSync(path.join(cwd, "plan")), epoch).toBe(false);
    }
    // The last second of 9999 is one.
    expect(await runPlan(["init", "plan"], scratch(), { SOURCE_DATE_EPOCH: "253402300799" })).toMatchObject({ exitCode: 0 });
  });

  it("refuses a directory that is not empty (exit 2) and writes nothing there", async () => {
    const cwd = scratch();
    writeFileSync(path.join(cwd, "notes.txt"), "mine");
    const result = await runPlan(["init"], cwd, ENV);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr).toBe("plan: . is not empty; use --force to add the files it lacks (existing files are never overwritten)\n");
    expect(existsSync(path.join(cwd, "plan.yaml"))).toBe(false);
  });

  it("with --force adds the missing files and never overwrites one that is there", async () => {
    const cwd = scratch();
    mkdirSync(path.join(cwd, "groups"));
    writeFileSync(path.join(cwd, "plan.yaml"), "# my own plan\n");
    writeFileSync(path.join(cwd, "groups/1-intelligence.yaml"), "# my own group\n");
    const result = await runPlan(["init", "--force"], cwd, ENV);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("new plan in .: 12 files written\n");
    expect(result.stdout).toContain("2 files already there, left as they were:\n  groups/1-intelligence.yaml\n  plan.yaml\n");
    expect(readFileSync(path.join(cwd, "plan.yaml"), "utf8")).toBe("# my own plan\n");
    expect(readFileSync(path.join(cwd, "groups/1-intelligence.yaml"), "utf8")).toBe("# my own group\n");
    expect(existsSync(path.join(cwd, "groups/2-field-operations.yaml"))).toBe(true);
  });

  it("with --force on a plan that has retired a theme writes no matrix for that theme, which validate would call unknown", async () => {
    const cwd = scratch();
    await runPlan(["init", "plan"], cwd, ENV);
    const manifest = path.join(cwd, "plan/plan.yaml");
    const retired = readFileSync(manifest, "utf8").replace(/  - id: migration-solutions\n(?: {4}[^\n]*\n)+/, "");
    expect(retired).not.toContain("migration-solutions");
    writeFileSync(manifest, retired);
    rmSync(path.join(cwd, "plan/groups/4-migration-solutions.yaml"));
    rmSync(path.join(cwd, "plan/.github"), { recursive: true });
    const again = await runPlan(["init", "plan", "--force"], cwd, ENV);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain("new plan in plan: 1 file written\n  .github/workflows/plan.yml\n");
    expect(again.stdout).toContain("1 group file not written, for a theme the plan does not have:\n  groups/4-migration-solutions.yaml (plan.yaml has no theme migration-solutions)\n");
    expect(existsSync(path.join(cwd, "plan/groups/4-migration-solutions.yaml"))).toBe(false);
    expect((await runPlan(["validate", "plan"], cwd, ENV)).exitCode).toBe(0);
  });

  it("with --force --markdown on a YAML plan adds no second matrix for a group it already has", async () => {
    const cwd = scratch();
    await runPlan(["init", "plan"], cwd, ENV);
    const again = await runPlan(["init", "plan", "--force", "--markdown"], cwd, ENV);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain("  groups/1-intelligence.md (groups/1-intelligence.yaml is that group's file)\n");
    expect(existsSync(path.join(cwd, "plan/groups/1-intelligence.md"))).toBe(false);
    expect(await runPlan(["validate", "plan", "--strict"], cwd)).toMatchObject({ exitCode: 0, stdout: "no problems in 8 files\n" });
  });

  it("with --force adds no second matrix for a group whose file was renamed", async () => {
    const cwd = scratch();
    await runPlan(["init", "plan"], cwd, ENV);
    renameSync(path.join(cwd, "plan/groups/1-intelligence.yaml"), path.join(cwd, "plan/groups/intel.yaml"));
    rmSync(path.join(cwd, "plan/.gitattributes"));
    const again = await runPlan(["init", "plan", "--force"], cwd, ENV);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain("new plan in plan: 1 file written\n  .gitattributes\n");
    expect(again.stdout).toContain("  groups/1-intelligence.yaml (groups/intel.yaml is that group's file)\n");
    expect(existsSync(path.join(cwd, "plan/groups/1-intelligence.yaml"))).toBe(false);
    expect(await runPlan(["validate", "plan", "--strict"], cwd)).toMatchObject({ exitCode: 0, stdout: "no problems in 8 files\n" });
  });

  it("with --markdown writes the group files in Markdown, and the plan still validates with no problem", async () => {
    const cwd = scratch();
    const result = await runPlan(["init", "plan", "--markdown"], cwd, ENV);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("  groups/1-intelligence.md\n");
    expect(existsSync(path.join(cwd, "plan/groups/1-intelligence.yaml"))).toBe(false);
    expect(readFileSync(path.join(cwd, "plan/groups/1-intelligence.md"), "utf8")).toContain("INT-1.1");
    expect(await runPlan(["validate", "plan", "--strict"], cwd)).toMatchObject({ exitCode: 0, stdout: "no problems in 8 files\n" });
  });

  it.each([[[]], [["--markdown"]], [["--markdown", "--lang", "es"]]])("with %j writes its files as plan fmt writes them: plan fmt --check finds nothing to change", async (flags) => {
    const cwd = scratch();
    expect((await runPlan(["init", "plan", ...flags], cwd, ENV)).exitCode).toBe(0);
    expect(await runPlan(["fmt", "plan", "--check"], cwd)).toMatchObject({ exitCode: 0, stdout: "" });
  });

  it("with --lang es starts a Spanish-first plan: Spanish listed first, Spanish matrices, clean and building", async () => {
    const cwd = scratch();
    expect((await runPlan(["init", "plan", "--markdown", "--lang", "es"], cwd, ENV)).exitCode).toBe(0);
    expect(readFileSync(path.join(cwd, "plan/plan.yaml"), "utf8")).toContain("\nlanguages: [es, en]\n");
    const matrix = readFileSync(path.join(cwd, "plan/groups/2-field-operations.md"), "utf8");
    expect(matrix).toMatch(/\n\| Id +\| Acción +\| Responsables +\|/);
    expect(matrix).toContain("- **Título (en):** Adopt regional minimum standards");
    // Its comment says the Spanish table's priorities are Spanish, as the table below it writes them.
    expect(matrix).toContain("(en una matriz en español: alta, media, baja)");
    expect(matrix).toMatch(/\| alta +\|/);
    expect(await runPlan(["validate", "plan", "--strict"], cwd)).toMatchObject({ exitCode: 0, stdout: "no problems in 8 files\n" });
    const build = await runPlan(["build", "plan", "--format", "md"], cwd, ENV);
    expect(build.stderr).toBe("");
    // The group's people are named in both drafts' languages, not in English in the Spanish draft.
    expect(readFileSync(path.join(cwd, "plan/drafts/plan.es.md"), "utf8")).toContain("| Por confirmar (OIM) | Por confirmar |");
    expect(readFileSync(path.join(cwd, "plan/drafts/plan.en.md"), "utf8")).toContain("| To be confirmed (IOM) | To be confirmed |");
  });

  it("gives VS Code tasks whose problem matcher reads every problem plan validate prints, file, place, severity, message and code", async () => {
    const cwd = scratch();
    await runPlan(["init", "plan", "--markdown"], cwd, ENV);
    const dir = path.join(cwd, "plan");
    const tasks = JSON.parse(readFileSync(path.join(dir, ".vscode/tasks.json"), "utf8")) as {
      tasks: { label: string; args: string[]; options: { env: Record<string, string> }; problemMatcher: { pattern: { regexp: string } } }[];
    };
    expect(tasks.tasks.map((task) => [task.label, task.args.join(" ")])).toEqual([["plan: check this file", "validate ${relativeFile}"], ["plan: check the plan", "validate"]]);
    // Problems of several kinds, in YAML and in Markdown: an error, a warning, messages holding quotes, colons and two spaces' worth of text.
    const group = path.join(dir, "groups/1-intelligence.md");
    writeFileSync(group, readFileSync(group, "utf8").replace("| high ", "| urgent ").replace("SOM-10.4", "SOM-6.9"));
    const plan = path.join(dir, "plan.yaml");
    writeFileSync(plan, `${readFileSync(plan, "utf8")}rules: {short-period: error, missing-lead: warn}\n`);
    const env = tasks.tasks[0]!.options.env;
    const stylish = await runPlan(["validate"], dir, { ...env, FORCE_COLOR: "1" });
    const json = JSON.parse((await runPlan(["validate", "--format", "json"], dir)).stdout) as { diagnostics: Record<string, unknown>[] };
    expect(json.diagnostics.length).toBeGreaterThan(2);
    for (const task of tasks.tasks) {
      const pattern = new RegExp(task.problemMatcher.pattern.regexp);
      const matched = stylish.stdout.split("\n").flatMap((line) => {
        const m = pattern.exec(line);
        return m ? [{ file: m[1], line: Number(m[2]), column: Number(m[3]), severity: m[4], message: m[5], code: m[6] }] : [];
      });
      expect(matched).toEqual(json.diagnostics.map(({ file, line, column, severity, message, code }) => ({ file, line, column, severity, message, code })));
    }
  });

  it("makes a plan id from the directory name", () => {
    expect(planIdFor("Plan de Acción 2026")).toBe("plan-de-accion-2026");
    expect(planIdFor("___")).toBe("work-plan");
  });
});
