import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareWithBaseline, formatBaseline, legacyStablePath, makeBaseline, parseBaseline, stablePath, type KeyedDiagnostic } from "../../src/diagnostics/baseline.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { copyToTemp, REPO, runPlan } from "../helpers/run.js";

/** One error (groups/2-field-operations.yaml) and three warnings. */
const MIXED = path.join(REPO, "test/golden/ci-github/input");
/** The same plan without the group that has the error: four warnings. */
const WARNINGS = path.join(REPO, "test/golden/ci-max-warnings/input");

function keyed(code: string, file: string, keyPath: string, line = 1): KeyedDiagnostic {
  const diagnostic: Diagnostic = { code, severity: "warning", message: code, file, line, column: 1, endLine: line, endColumn: 2 };
  return { diagnostic, key: { code, file, path: keyPath } };
}

describe("baseline matching (pure)", () => {
  it("names list items by their id, so inserting an action above keeps the key", () => {
    const before = { objectives: [{ id: "INT-O1", actions: [{ id: "INT-1.1" }, { id: "INT-1.2" }] }] };
    const after = { objectives: [{ id: "INT-O1", actions: [{ id: "INT-1.0" }, { id: "INT-1.1" }, { id: "INT-1.2" }] }] };
    expect(stablePath("objectives.0.actions.1.lead", before)).toBe("objectives[INT-O1].actions[INT-1.2].lead");
    expect(stablePath("objectives.0.actions.2.lead", after)).toBe("objectives[INT-O1].actions[INT-1.2].lead");
    expect(stablePath("participants.3.role", { participants: [{}, {}, {}, { country: "SV" }] })).toBe("participants.3.role");
    expect(stablePath(undefined, {})).toBe("");
  });

  it("names strings and numbers in a list by their value, so inserting or reordering partners keeps the key", () => {
    const action = (lead: unknown[]) => ({ objectives: [{ id: "INT-O1", actions: [{ id: "INT-1.2", lead }] }] });
    const key = "objectives[INT-O1].actions[INT-1.2].lead[='ZZ']";
    expect(stablePath("objectives.0.actions.0.lead.1", action(["GT", "ZZ"]))).toBe(key);
    expect(stablePath("objectives.0.actions.0.lead.2", action(["SV", "GT", "ZZ"]))).toBe(key);
    expect(stablePath("objectives.0.actions.0.lead.0", action(["ZZ", "GT"]))).toBe(key);
    // The number 3 and the string '3' are told apart; a value's '.', ']', quote and backslash end nothing.
    expect(stablePath("years.0", { years: [3] })).toBe("years[=3]");
    expect(stablePath("years.0", { years: ["3"] })).toBe("years[='3']");
    expect(stablePath("lead.0", { lead: ["a.b]'c\\"] })).toBe("lead[='a.b]\\'c\\\\']");
    // A record by id is never read as a value: ids start with a letter or a digit.
    expect(stablePath("organizations.0.name", { organizations: [{ id: "IOM" }] })).toBe("organizations[IOM].name");
    expect(stablePath("lead.0", { lead: ["IOM"] })).toBe("lead[='IOM']");
    // Baselines written before keep the index.
    expect(legacyStablePath("objectives.0.actions.0.lead.1", action(["GT", "ZZ"]))).toBe("objectives[INT-O1].actions[INT-1.2].lead.1");
  });

  it("still matches a baseline entry in the positional form older baselines hold, preferring the new key", () => {
    const problem = (value: string, index: number): KeyedDiagnostic => ({ ...keyed("unknown-country", "g.yaml", `lead[='${value}']`), legacyPath: `lead.${index}` });
    const legacy = makeBaseline([keyed("unknown-country", "g.yaml", "lead.1")]);
    expect(compareWithBaseline([problem("ZZ", 1)], legacy)).toEqual({ fresh: [], known: 1, knownByPosition: 1, listedErrors: 0, fixed: [] });
    // Moved since the old baseline was written: the position no longer matches, as before.
    expect(compareWithBaseline([problem("ZZ", 2)], legacy)).toMatchObject({ known: 0, fixed: [{ path: "lead.1" }] });
    // A new-form entry is used first, so it does not take the legacy entry from another problem.
    const mixed = makeBaseline([keyed("unknown-country", "g.yaml", "lead[='ZZ']"), keyed("unknown-country", "g.yaml", "lead.0")]);
    expect(compareWithBaseline([problem("ZZ", 0), problem("YY", 0)], mixed)).toEqual({ fresh: [], known: 2, knownByPosition: 1, listedErrors: 0, fixed: [] });
  });

  it("matches by code, file and path, counts repeats, and reports fixed entries", () => {
    const baseline = makeBaseline([keyed("missing-translation", "g.yaml", "a"), keyed("missing-translation", "g.yaml", "a"), keyed("missing-lead", "g.yaml", "b")]);
    expect(baseline.problems).toEqual([
      { code: "missing-translation", file: "g.yaml", path: "a", count: 2 },
      { code: "missing-lead", file: "g.yaml", path: "b", count: 1 },
    ]);
    const now = [keyed("missing-translation", "g.yaml", "a", 40), keyed("missing-translation", "g.yaml", "a", 41), keyed("missing-translation", "g.yaml", "a", 42)];
    const result = compareWithBaseline(now, baseline);
    expect(result.known).toBe(2);
    expect(result.fresh.map((d) => d.line)).toEqual([42]);
    expect(result.fixed).toEqual([{ code: "missing-lead", file: "g.yaml", path: "b", count: 1 }]);
    expect(compareWithBaseline([], baseline).fixed.map((entry) => entry.count)).toEqual([2, 1]);
    // One of two repeats fixed: one problem gone, not the entry's two.
    const partly = compareWithBaseline([keyed("missing-translation", "g.yaml", "a"), keyed("missing-lead", "g.yaml", "b")], baseline);
    expect(partly).toMatchObject({ fresh: [], known: 2, fixed: [{ code: "missing-translation", file: "g.yaml", path: "a", count: 1 }] });
  });

  it("writes a baseline file that reads back the same, repeats counted", () => {
    const baseline = makeBaseline([keyed("missing-translation", "g.yaml", "a"), keyed("missing-translation", "g.yaml", "a"), keyed("missing-lead", "g.yaml", "b")]);
    const text = formatBaseline(baseline);
    expect(text).toBe(`{
  "version": 1,
  "problems": [
    {
      "file": "g.yaml",
      "path": "a",
      "code": "missing-translation",
      "count": 2
    },
    {
      "file": "g.yaml",
      "path": "b",
      "code": "missing-lead"
    }
  ]
}
`);
    expect(parseBaseline(text)).toEqual({ baseline });
  });

  it.each([0, -1, 1.5, "2"])("refuses a count of %j", (count) => {
    const text = JSON.stringify({ version: 1, problems: [{ file: "g.yaml", path: "a", code: "missing-lead" }, { file: "g.yaml", path: "b", code: "missing-lead", count }] });
    expect(parseBaseline(text)).toEqual({ error: "problem 2: count must be a whole number of at least 1" });
  });

  it("reads back what it writes, and says what is wrong with a file that is not a baseline", () => {
    expect(parseBaseline(JSON.stringify({ version: 1, problems: [{ file: "g.yaml", path: "", code: "empty-file" }] }))).toEqual({
      baseline: { version: 1, problems: [{ code: "empty-file", file: "g.yaml", path: "", count: 1 }] },
    });
    expect(parseBaseline("{")).toMatchObject({ error: expect.stringContaining("not JSON") });
    expect(parseBaseline('{"version": 1, "problems": [{"code": "x"}]}')).toEqual({ error: "problem 1 needs code, file and path (strings)" });
  });
});

describe("plan validate --baseline", () => {
  it("--update-baseline writes the current problems, sorted, relative to the plan directory, and exits 0", async () => {
    const dir = copyToTemp(WARNINGS);
    const result = await runPlan(["validate", ".", "--baseline", "baseline.json", "--update-baseline"], dir);
    expect(result).toEqual({ exitCode: 0, stdout: "baseline baseline.json written: 4 problems\n", stderr: "" });
    const written = JSON.parse(readFileSync(path.join(dir, "baseline.json"), "utf8"));
    expect(written.problems[3]).toEqual({ file: "plan.yaml", path: "themes[field-operations].id", code: "uncovered-theme" });
  });

  it("accepts no error, which plan build would refuse the drafts for: CI passed where the build of the merge failed", async () => {
    const dir = copyToTemp(MIXED);
    const update = await runPlan(["validate", "--baseline", "baseline.json", "--update-baseline"], dir);
    expect(update).toEqual({
      exitCode: 0,
      stdout: "baseline baseline.json written: 3 problems\n",
      stderr: "plan: 1 error left out of the baseline, as plan build refuses the drafts while one stands: plan validate reports it until fixed\n",
    });
    expect(readFileSync(path.join(dir, "baseline.json"), "utf8")).not.toContain("unknown-key");
    const checked = await runPlan(["validate", "--baseline", "baseline.json"], dir);
    expect(checked.exitCode).toBe(1);
    expect(checked.stdout).toContain("groups/2-field-operations.yaml:14:9  error  unknown key 'presupuesto' in action FLD-1.1  unknown-key\n");
    expect(checked.stdout).toContain("1 problem (1 error, 0 warnings, 0 infos) in 3 files");
    expect((await runPlan(["build"], dir)).exitCode).toBe(1);
    // A baseline an earlier rcm-plan wrote with the error in it: the error is reported all the same, not as fixed.
    const written = JSON.parse(readFileSync(path.join(dir, "baseline.json"), "utf8"));
    written.problems.push({ file: "groups/2-field-operations.yaml", path: "objectives[FLD-O1].actions[FLD-1.1].presupuesto", code: "unknown-key" });
    writeFileSync(path.join(dir, "old.json"), JSON.stringify(written));
    const old = await runPlan(["validate", "--baseline", "old.json"], dir);
    expect(old).toMatchObject({ exitCode: 1, stdout: checked.stdout });
    expect(old.stderr).toBe("plan: 3 known problems in old.json not reported\nplan: 1 error that old.json lists reported all the same, as plan build refuses the drafts while one stands\n");
  });

  it("holds when run from another directory and when lines move, and fails on a new problem", async () => {
    const dir = copyToTemp(WARNINGS);
    await runPlan(["validate", "--baseline", "baseline.json", "--update-baseline"], dir);
    const fromParent = await runPlan(["validate", path.basename(dir), "--baseline", path.join(path.basename(dir), "baseline.json")], path.dirname(dir));
    expect(fromParent.exitCode).toBe(0);
    expect(fromParent.stdout).toBe("no problems in 2 files\n");

    const group = path.join(dir, "groups/1-intelligence.yaml");
    writeFileSync(group, "# moved\n# down\n# three lines\n" + readFileSync(group, "utf8"));
    const moved = await runPlan(["validate", "--baseline", "baseline.json"], dir);
    expect(moved.exitCode).toBe(0);
    expect(moved.stderr).toBe("plan: 4 known problems in baseline.json not reported\n");

    writeFileSync(group, readFileSync(group, "utf8").replace("lead: [GT]", "lead: [GT, ZZ]"));
    const fresh = await runPlan(["validate", "--baseline", "baseline.json"], dir);
    expect(fresh.exitCode).toBe(1);
    expect(fresh.stdout).toContain("groups/1-intelligence.yaml:19:");
    expect(fresh.stdout).toContain("1 problem (1 error, 0 warnings, 0 infos) in 2 files");
    // Saved again by an editor that starts the file with a byte-order mark, it reads the same.
    writeFileSync(path.join(dir, "baseline.json"), `\uFEFF${readFileSync(path.join(dir, "baseline.json"), "utf8")}`);
    expect(await runPlan(["validate", "--baseline", "baseline.json"], dir)).toMatchObject({ exitCode: 1, stdout: fresh.stdout });
  });

  it("keeps a known bad partner known when a partner is inserted before it or the list is reordered, and reads an older baseline's positions", async () => {
    const dir = copyToTemp(WARNINGS);
    const group = path.join(dir, "groups/1-intelligence.yaml");
    const original = readFileSync(group, "utf8");
    const leads = (lead: string) => writeFileSync(group, original.replace("lead: [GT]", `lead: [${lead}]`));
    leads("GT, CO");
    await runPlan(["validate", "--baseline", "baseline.json", "--update-baseline"], dir);
    const baseline = readFileSync(path.join(dir, "baseline.json"), "utf8");
    expect(baseline).toContain(`"path": "objectives[INT-O1].actions[INT-1.2].lead[='CO']",`);
    for (const lead of ["SV, GT, CO", "CO, GT"]) {
      leads(lead);
      expect(await runPlan(["validate", "--baseline", "baseline.json"], dir)).toEqual({ exitCode: 0, stdout: "no problems in 2 files\n", stderr: "plan: 5 known problems in baseline.json not reported\n" });
    }
    // A baseline written before values named list items holds the index; where nothing moved it still matches.
    writeFileSync(path.join(dir, "baseline.json"), baseline.replace("lead[='CO']", "lead.1"));
    leads("GT, CO");
    expect(await runPlan(["validate", "--baseline", "baseline.json"], dir)).toEqual({
      exitCode: 0,
      stdout: "no problems in 2 files\n",
      stderr: "plan: 5 known problems in baseline.json not reported\nplan: 1 of them matched by its position in a list, as older baselines name it; --update-baseline names it by value, which a list's changes do not move\n",
    });
    await runPlan(["validate", "--baseline", "baseline.json", "--update-baseline"], dir);
    expect(readFileSync(path.join(dir, "baseline.json"), "utf8")).toBe(baseline);
  });

  it("stops with exit 2 when the baseline is missing or not a baseline, or --update-baseline has no file", async () => {
    const dir = copyToTemp(MIXED);
    const missing = await runPlan(["validate", "--baseline", "nope.json"], dir);
    expect(missing).toMatchObject({ exitCode: 2, stderr: "plan: no baseline at nope.json; write one with --update-baseline\n" });
    writeFileSync(path.join(dir, "bad.json"), "[]");
    expect((await runPlan(["validate", "--baseline", "bad.json"], dir)).exitCode).toBe(2);
    const noFile = await runPlan(["validate", "--update-baseline"], dir);
    expect(noFile).toMatchObject({ exitCode: 2, stderr: "plan: --update-baseline needs --baseline <file>: where to write it\n" });
    const directory = await runPlan(["validate", "--baseline", "groups"], dir);
    expect(directory).toMatchObject({ exitCode: 2, stderr: "plan: cannot read the baseline groups: is a directory\n" });
    const withReport = await runPlan(["validate", "--baseline", "new.json", "--update-baseline", "-o", "report.txt"], dir);
    expect(withReport).toMatchObject({ exitCode: 2, stderr: "plan: --update-baseline writes the baseline and no report: leave out -o, and report with --baseline alone\n" });
    expect(existsSync(path.join(dir, "new.json")) || existsSync(path.join(dir, "report.txt"))).toBe(false);
  });

  it("--update-baseline refuses to write over one of the plan's files (exit 2), and leaves it as it was", async () => {
    const dir = copyToTemp(MIXED);
    const manifest = readFileSync(path.join(dir, "plan.yaml"), "utf8");
    const overPlan = await runPlan(["validate", "--baseline", "plan.yaml", "--update-baseline"], dir);
    expect(overPlan).toEqual({ exitCode: 2, stdout: "", stderr: "plan: --baseline plan.yaml is one of the plan's files (plan.yaml); the baseline would replace it\n" });
    expect(readFileSync(path.join(dir, "plan.yaml"), "utf8")).toBe(manifest);
    const group = readFileSync(path.join(dir, "groups/1-intelligence.yaml"), "utf8");
    const fromElsewhere = await runPlan(["validate", path.basename(dir), "--baseline", `${path.basename(dir)}/groups/./1-intelligence.yaml`, "--update-baseline"], path.dirname(dir));
    expect(fromElsewhere.exitCode).toBe(2);
    expect(readFileSync(path.join(dir, "groups/1-intelligence.yaml"), "utf8")).toBe(group);
  });
});
