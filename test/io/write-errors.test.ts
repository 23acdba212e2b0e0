import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyToTemp, LAST_WEEKS_DRAFT, REPO, runPlan } from "../helpers/run.js";

const SHIPPED = path.join(REPO, "plans/rcm-smuggling");

describe("a build that cannot write its drafts", () => {
  it("says which path and why, in one line, and exits 2", async () => {
    const dir = copyToTemp(SHIPPED);
    writeFileSync(path.join(dir, "drafts"), "a file where the drafts folder should be\n");
    const result = await runPlan(["build", "--format", "md"], dir);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("plan: cannot write drafts: not a directory\n");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("replaces none of the drafts when one cannot be put in place, and leaves no temporary file", async () => {
    const dir = copyToTemp(SHIPPED);
    const drafts = path.join(dir, "drafts");
    mkdirSync(path.join(drafts, "rcm-smuggling.en.md"), { recursive: true });
    writeFileSync(path.join(drafts, "rcm-smuggling.es.md"), LAST_WEEKS_DRAFT);
    const result = await runPlan(["build", "--format", "md,json"], dir);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`plan: cannot write ${path.join("drafts", "rcm-smuggling.en.md")}: is a directory\n`);
    expect(readFileSync(path.join(drafts, "rcm-smuggling.es.md"), "utf8")).toBe(LAST_WEEKS_DRAFT);
    expect(readdirSync(drafts).sort()).toEqual(["rcm-smuggling.en.md", "rcm-smuggling.es.md"]);
  });

  it("replaces none of the drafts when the last one's place is a directory: the drafts before it had been put in place", async () => {
    const dir = copyToTemp(SHIPPED);
    const drafts = path.join(dir, "drafts");
    mkdirSync(path.join(drafts, "rcm-smuggling.json"), { recursive: true });
    for (const draft of ["rcm-smuggling.en.md", "rcm-smuggling.es.md"]) writeFileSync(path.join(drafts, draft), LAST_WEEKS_DRAFT);
    const result = await runPlan(["build", "--format", "md,json"], dir);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`plan: cannot write ${path.join("drafts", "rcm-smuggling.json")}: is a directory\n`);
    for (const draft of ["rcm-smuggling.en.md", "rcm-smuggling.es.md"]) expect(readFileSync(path.join(drafts, draft), "utf8")).toBe(LAST_WEEKS_DRAFT);
    expect(readdirSync(drafts).sort()).toEqual(["rcm-smuggling.en.md", "rcm-smuggling.es.md", "rcm-smuggling.json"]);
  });

  it("fails where a directory cannot be made, instead of spinning (Node's recursive mkdir loops under /proc)", async () => {
    const dir = copyToTemp(SHIPPED);
    mkdirSync(path.join(dir, "out"));
    const result = await runPlan(["build", "--format", "md", "--out", "/proc/rcm-plan-test/drafts"], dir);
    expect(result.exitCode).toBe(2);
    // Outside the working directory, by the path given: not ../../../proc/….
    expect(result.stderr).toMatch(/^plan: cannot write \/proc\/rcm-plan-test: no such file or directory\n$/m);
  });
});

describe("a plan named by its plan.yaml instead of its directory", () => {
  it("is told to name the directory (validate reports on the file alone: test/ci/validate-options.test.ts)", async () => {
    const result = await runPlan(["build", "plans/rcm-smuggling/plan.yaml"], REPO);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr).toBe("plan: plans/rcm-smuggling/plan.yaml is a file; name the plan directory, the one holding plan.yaml (plans/rcm-smuggling)\n");
  });

  it("named by a group file, is pointed at the directory that holds plan.yaml, not at the file's own", async () => {
    const result = await runPlan(["build", "groups/1-intelligence.yaml"], path.join(REPO, "plans/rcm-smuggling"));
    expect(result.stderr).toBe("plan: groups/1-intelligence.yaml is a file; name the plan directory, the one holding plan.yaml (.)\n");
  });

  it("named by a folder inside it, is pointed at the plan directory above, by the name the user typed", async () => {
    const plan = path.join(REPO, "plans/rcm-smuggling");
    const inside = await runPlan(["validate"], path.join(plan, "groups"));
    expect(inside).toMatchObject({ exitCode: 2, stderr: "plan: no plan.yaml in .; the plan directory above it is ..\n" });
    const absolute = await runPlan(["validate", path.join(plan, "narrative")], REPO);
    expect(absolute.stderr).toBe(`plan: no plan.yaml in ${path.join(plan, "narrative")}; the plan directory above it is plans/rcm-smuggling\n`);
    // plan fmt, run where its group files are, is pointed there too (it checks no file there).
    const formatted = await runPlan(["fmt", "--check"], path.join(plan, "groups"));
    expect(formatted).toMatchObject({ exitCode: 2, stderr: "plan: no plan.yaml in .; the plan directory above it is ..; or name the files to format\n" });
  });
});

describe("a group file whose name is near the file system's limit", () => {
  it("is formatted in place: its temporary file's name is cut to fit, and none is left", async () => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    // 255 bytes is the limit: a name of 250, ñ and á (two bytes each) among them.
    const name = `1-intelig${"ñá".repeat(20)}${"x".repeat(250 - 9 - 80 - 5)}.yaml`;
    expect(Buffer.byteLength(name)).toBe(250);
    const original = readFileSync(path.join(dir, "groups/1-intelligence.yaml"), "utf8");
    expect(original).toContain("protocol: [SOM-10.4, SOM-6.6]");
    writeFileSync(path.join(dir, "groups", name), original.replace("protocol: [SOM-10.4, SOM-6.6]", "protocol: [ SOM-10.4,   SOM-6.6 ]"));
    const result = await runPlan(["fmt", `groups/${name}`], dir);
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(readFileSync(path.join(dir, "groups", name), "utf8")).toBe(original);
    expect(readdirSync(path.join(dir, "groups")).filter((file) => file.endsWith(".tmp"))).toEqual([]);
  });
});
