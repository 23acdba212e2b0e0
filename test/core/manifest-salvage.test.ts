/**
 * plan.yaml at fault in one place is still checked everywhere else: its own rules, its `rules`
 * settings, and the group files against its organisations and themes. What is checked is what a
 * user of `plan validate` reads: each finding's place, message and code, and the exit code.
 */
import { describe, expect, it } from "vitest";
import { groupYaml, planDir, planYaml } from "../helpers/plans.js";
import { runPlan } from "../helpers/run.js";

/** A group whose lead is the plan's own organisation (ACME) and whose related action is unknown. */
const GROUP = groupYaml({ lead: "[MX, ACME]", more: "        related: [INT-9.9]\n" });

/** The shipped helper's plan.yaml with the plan's own organisation, and `extra` lines at its end. */
function manifest(extra = "", period = "{start: 2024, end: 2028}"): string {
  return `${planYaml({ period })}organizations:\n  - {id: ACME, name: Acme Foundation}\n${extra}`;
}

/** `plan validate`'s findings, as `file:line:column code message`, and its exit code. */
async function validate(planFile: string, group = GROUP): Promise<{ exitCode: number; lines: string[] }> {
  const dir = planDir({ "plan.yaml": planFile, "groups/intelligence.yaml": group }, "rcm-plan-salvage-");
  const result = await runPlan(["validate", "--format", "json"], dir);
  const report = JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; column: number; code: string; message: string }[] };
  return { exitCode: result.exitCode, lines: report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`) };
}

const UNKNOWN_RELATED = "groups/intelligence.yaml:14:19 unknown-action no action in the plan has the id 'INT-9.9'";

describe("plan.yaml with a fault the groups are not checked against", () => {
  it("an unknown key: the group's use of the plan's organisation is no error, and the plan's own rules still speak", async () => {
    const found = await validate(manifest("author: IOM\ncountries: [MX, XX]\n", "{start: 2028, end: 2024}"));
    expect(found).toEqual({
      exitCode: 1,
      lines: [
        UNKNOWN_RELATED,
        "plan.yaml:6:17 period-order the plan period starts in 2028, after it ends in 2024",
        "plan.yaml:12:1 unknown-key unknown key 'author' at the top level",
        "plan.yaml:13:17 unknown-country 'XX' is not an ISO 3166-1 alpha-2 country code",
      ],
    });
  });

  it("plan.yaml's `rules` still apply, but a setting at fault, which is said once", async () => {
    const found = await validate(manifest("rules: {unknown-action: info, missing-protocol: of}\ndraft: one\n").replace("draft: 1\n", ""));
    expect(found.lines).toEqual([
      "groups/intelligence.yaml:14:19 unknown-action no action in the plan has the id 'INT-9.9'",
      "plan.yaml:11:49 invalid-value 'of' is not allowed for 'missing-protocol'; use one of: off, info, warning, error",
      "plan.yaml:12:8 invalid-type 'draft' must be a number, not 'one'",
    ]);
    // unknown-action is an info, as the plan says: only plan.yaml's errors fail the run.
    const json = await runPlan(["validate", "--format", "json"], planDir({ "plan.yaml": manifest("rules: {unknown-action: info, missing-protocol: of}\n"), "groups/intelligence.yaml": GROUP }));
    const severities = (JSON.parse(json.stdout) as { diagnostics: { code: string; severity: string }[] }).diagnostics.map((d) => `${d.code} ${d.severity}`);
    expect(severities).toEqual(["unknown-action info", "invalid-value error"]);
  });

  it("a theme or an organisation at fault but for its id: the group is checked against its id, and nothing is said of the stand-in", async () => {
    const planFile = manifest().replace("{id: intelligence, number: 1, title: Intelligence}", "{id: intelligence, number: first, title: Intelligence, lead: MX}")
      .replace("{id: ACME, name: Acme Foundation}", "{id: ACME}");
    expect(await validate(planFile)).toEqual({
      exitCode: 1,
      lines: [
        UNKNOWN_RELATED,
        "plan.yaml:9:32 invalid-type 'number' must be a number, not 'first'",
        "plan.yaml:9:60 unknown-key unknown key 'lead' in theme intelligence",
        "plan.yaml:11:5 missing-field missing required field 'name' in organisation ACME",
      ],
    });
  });

  it("a theme whose number is at fault: nothing the rules say of it names the number that stood in", async () => {
    const planFile = manifest().replace("themes:\n", "themes:\n  - {id: field-operations, number: two, title: Field operations}\n");
    const found = await validate(planFile);
    expect(found.lines.filter((line) => line.startsWith("plan.yaml"))).toEqual(["plan.yaml:9:36 invalid-type 'number' must be a number, not 'two'"]);
    expect(found.lines.join("\n")).not.toMatch(/10\d{3}/);
  });
});

describe("plan.yaml with a fault the groups are checked against", () => {
  it("a period at fault: the plan's rules wait for it, and the groups are still checked, against the plan's organisations", async () => {
    // ACME as written; ZETA, at fault, by its id: the group leads with both.
    const planFile = manifest("author: IOM\n", "{start: 2024}").replace("- {id: ACME, name: Acme Foundation}", "- {id: ACME, name: Acme Foundation}\n  - {id: ZETA, acronym: Z}");
    const found = await validate(planFile, GROUP.replace("lead: [MX, ACME]", "lead: [ZETA, ACME]"));
    expect(found).toEqual({
      exitCode: 1,
      lines: [
        UNKNOWN_RELATED,
        "plan.yaml:6:9 missing-field missing required field 'end' in 'period'",
        "plan.yaml:12:5 missing-field missing required field 'name' in organisation ZETA",
        "plan.yaml:12:16 unknown-key unknown key 'acronym' in organisation ZETA",
        "plan.yaml:13:1 unknown-key unknown key 'author' at the top level",
      ],
    });
  });
});
